import { addDays, attributeContact, dutyWorkload, localDate, startOfLocalDay } from '@propdesk/domain';
import type { Executor } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { listPosts, monthBounds, propertyZone, rosterShifts, staffNames } from './repo.js';

type Deps = { db: Db; clock: Clock };
const DAY = 86_400_000;

/**
 * Who is on duty at each post at an instant (rostered person or substitute). Other features use
 * it too: night visitor registration goes to the night duty post (S1 十二).
 */
export const onDutyAt = async (db: Executor, propertyId: number, at: Date) => {
  const shifts = (await rosterShifts(db, propertyId, at, new Date(at.getTime() + 1))).sort(
    (a, b) => a.postOrder - b.postOrder,
  );
  const posts = new Map((await listPosts(db, propertyId)).map((p) => [p.id, p]));
  const names = await staffNames(
    db,
    shifts.flatMap((s) => [s.rosteredId, s.onDutyId]),
  );
  return shifts.map((s) => ({
    assignmentId: s.assignmentId,
    postId: s.postId,
    postName: posts.get(s.postId)?.name ?? '',
    postKind: s.postKind,
    day: s.day,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    rosteredId: s.rosteredId,
    rosteredName: names.get(s.rosteredId) ?? '',
    onDutyId: s.onDutyId,
    onDutyName: names.get(s.onDutyId) ?? '',
    isSubstitute: s.onDutyId !== s.rosteredId,
  }));
};

/** Attribution of contacts to shifts (S3 篇一 五.5) and the per-person monthly workload (issue 7 item 4). */
export const createWorkload = ({ db, clock }: Deps) => ({
  month: async (actor: Actor, propertyId: number, month: string) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const { timezone } = await propertyZone(db, propertyId);
    const { first, next } = monthBounds(month);
    const from = new Date(startOfLocalDay(first, timezone).getTime() - DAY);
    const to = new Date(startOfLocalDay(next, timezone).getTime() + DAY);
    const shifts = await rosterShifts(db, propertyId, from, to);
    const contacts = await db
      .selectFrom('contacts')
      .select(['receivedAt', 'takerId'])
      .where('propertyId', '=', propertyId)
      .where('receivedAt', '>=', from.toISOString())
      .where('receivedAt', '<', to.toISOString())
      .execute();
    const ids = shifts.map((s) => s.assignmentId);
    const absent = ids.length
      ? await db
          .selectFrom('dutyFacts')
          .select('assignmentId')
          .where('kind', '=', 'absent')
          .where('assignmentId', 'in', ids)
          .execute()
      : [];
    const w = dutyWorkload({
      month,
      timeZone: timezone,
      asOf: clock.now(),
      shifts,
      contacts: contacts.map((c) => ({ receivedAt: new Date(c.receivedAt), takerId: c.takerId })),
      absentAssignmentIds: new Set(absent.map((a) => a.assignmentId)),
    });
    const names = await staffNames(
      db,
      w.rows.map((r) => r.staffId),
    );
    return { ...w, propertyId, rows: w.rows.map((r) => ({ ...r, staffName: names.get(r.staffId) ?? '' })) };
  },

  /** Each contact of a local day with the shift and person it is attributed to. */
  day: async (actor: Actor, propertyId: number, day?: string) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const { timezone } = await propertyZone(db, propertyId);
    const d = day ?? localDate(clock.now(), timezone);
    const from = startOfLocalDay(d, timezone);
    const to = startOfLocalDay(addDays(d, 1), timezone);
    const shifts = await rosterShifts(db, propertyId, new Date(from.getTime() - DAY), to);
    const contacts = await db
      .selectFrom('contacts')
      .innerJoin('cases', 'cases.id', 'contacts.caseId')
      .select([
        'contacts.id',
        'contacts.caseId',
        'cases.number',
        'contacts.channel',
        'contacts.receivedAt',
        'contacts.takerId',
        'cases.firstTakerId',
      ])
      .where('contacts.propertyId', '=', propertyId)
      .where('contacts.receivedAt', '>=', from.toISOString())
      .where('contacts.receivedAt', '<', to.toISOString())
      .orderBy('contacts.receivedAt')
      .orderBy('contacts.id')
      .execute();
    const attributed = contacts.map((c) => ({
      ...c,
      attribution: attributeContact({ receivedAt: new Date(c.receivedAt), takerId: c.takerId }, shifts),
    }));
    const names = await staffNames(
      db,
      attributed.flatMap((c) => [c.takerId, c.firstTakerId, c.attribution?.staffId]),
    );
    return {
      day: d,
      contacts: attributed.map((c) => ({
        contactId: c.id,
        caseId: c.caseId,
        caseNumber: c.number,
        channel: c.channel,
        receivedAt: c.receivedAt,
        takerId: c.takerId,
        takerName: names.get(c.takerId) ?? '',
        firstTakerId: c.firstTakerId,
        firstTakerName: names.get(c.firstTakerId) ?? '',
        attributedTo: c.attribution
          ? { ...c.attribution, staffName: names.get(c.attribution.staffId) ?? '' }
          : null,
      })),
    };
  },

  onDuty: async (actor: Actor, propertyId: number, at?: string) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const when = at ? new Date(at) : clock.now();
    return { at: when.toISOString(), posts: await onDutyAt(db, propertyId, when) };
  },
});
