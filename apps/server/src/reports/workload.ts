import {
  attributeContact,
  bump,
  chart,
  daysOfMonth,
  mean,
  monthBounds,
  type WorkloadPersonRow,
  type WorkloadReport,
  type WorkloadReportQuery,
  type WorkloadShiftRow,
} from '@propdesk/domain';
import { listPosts, rosterShifts } from '../duty/repo.js';
import type { DutyService } from '../duty/service.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import { namesOf, resolveScope } from './scope.js';

type Deps = { db: Db; clock: Clock; duty: Pick<DutyService, 'workload'> };
const DAY = 86_400_000;

const toMap = (rows: { who: number | null; n: number | string }[]) => {
  const out = new Map<number, number>();
  for (const r of rows) if (r.who !== null) out.set(Number(r.who), Number(r.n));
  return out;
};

/** Records per person in [from, to): contacts taken, cases first taken, orders dispatched and completed, visits made. */
const personCounts = async (db: Db, propertyId: number, from: Date, to: Date) => {
  const [a, b] = [from.toISOString(), to.toISOString()];
  const [taken, firstTaken, dispatched, completed, visits] = await Promise.all([
    db
      .selectFrom('contacts')
      .select((eb) => ['takerId as who', eb.fn.countAll<number>().as('n')])
      .where('propertyId', '=', propertyId)
      .where('receivedAt', '>=', a)
      .where('receivedAt', '<', b)
      .groupBy('takerId')
      .execute(),
    db
      .selectFrom('cases')
      .select((eb) => ['firstTakerId as who', eb.fn.countAll<number>().as('n')])
      .where('propertyId', '=', propertyId)
      .where('createdAt', '>=', a)
      .where('createdAt', '<', b)
      .groupBy('firstTakerId')
      .execute(),
    db
      .selectFrom('workOrders')
      .select((eb) => ['dispatchedBy as who', eb.fn.countAll<number>().as('n')])
      .where('propertyId', '=', propertyId)
      .where('dispatchedAt', '>=', a)
      .where('dispatchedAt', '<', b)
      .groupBy('dispatchedBy')
      .execute(),
    db
      .selectFrom('workOrders')
      .select((eb) => ['assigneeId as who', eb.fn.countAll<number>().as('n')])
      .where('propertyId', '=', propertyId)
      .where('completedAt', '>=', a)
      .where('completedAt', '<', b)
      .groupBy('assigneeId')
      .execute(),
    db
      .selectFrom('returnVisits')
      .select((eb) => ['visitedBy as who', eb.fn.countAll<number>().as('n')])
      .where('propertyId', '=', propertyId)
      .where('visitedAt', '>=', a)
      .where('visitedAt', '<', b)
      .groupBy('visitedBy')
      .execute(),
  ]);
  return {
    taken: toMap(taken),
    firstTaken: toMap(firstTaken),
    dispatched: toMap(dispatched),
    completed: toMap(completed),
    visits: toMap(visits),
  };
};

/**
 * Per-person and per-shift workload of a month. The person columns of the roster come from the
 * duty feature's own workload (S3 篇一 五.5 attribution); per post, the same attribution is
 * applied to each contact and counted by the post of its shift.
 */
export const workloadReportOf = async (
  { db, clock, duty }: Deps,
  actor: Actor,
  q: WorkloadReportQuery,
): Promise<WorkloadReport> => {
  const scope = await resolveScope(db, clock, actor, { propertyId: q.propertyId, month: q.month });
  const totals: WorkloadReport['totals'] = [];
  const people: WorkloadPersonRow[] = [];
  const shifts: WorkloadShiftRow[] = [];
  const days = daysOfMonth(q.month);
  const byDay = new Map(days.map((d) => [d, new Map<string, number>()]));
  for (const p of scope.properties) {
    const w = await duty.workload.month(actor, p.id, q.month);
    totals.push({
      propertyId: p.id,
      propertyName: p.name,
      totalContacts: w.totalContacts,
      unattributedContacts: w.unattributedContacts,
    });
    const { from, to } = monthBounds(q.month, p.timezone);
    const { taken, firstTaken, dispatched, completed, visits } = await personCounts(db, p.id, from, to);
    const roster = new Map(w.rows.map((r) => [r.staffId, r]));
    const ids = [
      ...new Set([
        ...roster.keys(),
        ...taken.keys(),
        ...firstTaken.keys(),
        ...dispatched.keys(),
        ...completed.keys(),
        ...visits.keys(),
      ]),
    ];
    const names = await namesOf(db, ids);
    for (const staffId of ids) {
      const r = roster.get(staffId);
      people.push({
        propertyId: p.id,
        propertyName: p.name,
        staffId,
        staffName: r?.staffName ?? names.get(staffId) ?? '',
        shifts: r?.shifts ?? 0,
        weekendShifts: r?.weekendShifts ?? 0,
        substituteShifts: r?.substituteShifts ?? 0,
        absentShifts: r?.absentShifts ?? 0,
        weekendAllowance: r?.weekendAllowance ?? 0,
        contacts: r?.contacts ?? 0,
        contactsAsSubstitute: r?.contactsAsSubstitute ?? 0,
        contactsTaken: taken.get(staffId) ?? 0,
        casesFirstTaken: firstTaken.get(staffId) ?? 0,
        ordersDispatched: dispatched.get(staffId) ?? 0,
        ordersCompleted: completed.get(staffId) ?? 0,
        returnVisits: visits.get(staffId) ?? 0,
      });
    }

    // Per post: the month's shifts, and each contact placed by the duty attribution rule.
    const roster2 = await rosterShifts(
      db,
      p.id,
      new Date(from.getTime() - DAY),
      new Date(to.getTime() + DAY),
    );
    const contacts = await db
      .selectFrom('contacts')
      .select(['receivedAt', 'takerId'])
      .where('propertyId', '=', p.id)
      .where('receivedAt', '>=', new Date(from.getTime() - DAY).toISOString())
      .where('receivedAt', '<', new Date(to.getTime() + DAY).toISOString())
      .execute();
    const perPost = new Map<
      number,
      { shifts: number; weekend: number; contacts: number; days: Map<string, number> }
    >();
    const post = (id: number) => {
      let v = perPost.get(id);
      if (!v) {
        v = { shifts: 0, weekend: 0, contacts: 0, days: new Map() };
        perPost.set(id, v);
      }
      return v;
    };
    for (const s of roster2) {
      if (s.day.slice(0, 7) !== q.month) continue;
      const v = post(s.postId);
      v.shifts++;
      if (s.isWeekend) v.weekend++;
    }
    for (const c of contacts) {
      const a = attributeContact({ receivedAt: new Date(c.receivedAt), takerId: c.takerId }, roster2);
      if (!a || a.day.slice(0, 7) !== q.month) continue;
      const v = post(a.postId);
      v.contacts++;
      bump(v.days, a.day);
      const d = byDay.get(a.day);
      if (d) bump(d, String(a.postId));
    }
    for (const info of await listPosts(db, p.id)) {
      const v = perPost.get(info.id);
      if (!v && !info.active) continue;
      const busiest = [...(v?.days ?? new Map<string, number>())].sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      )[0];
      shifts.push({
        propertyId: p.id,
        propertyName: p.name,
        postId: info.id,
        postName: info.name,
        postKind: info.kind,
        shifts: v?.shifts ?? 0,
        weekendShifts: v?.weekend ?? 0,
        contacts: v?.contacts ?? 0,
        perShift: v?.shifts ? mean([v.contacts / v.shifts]) : null,
        busiestDay: busiest?.[0] ?? null,
        busiestDayContacts: busiest?.[1] ?? 0,
      });
    }
  }
  people.sort(
    (a, b) =>
      a.propertyId - b.propertyId ||
      b.contacts + b.contactsTaken - (a.contacts + a.contactsTaken) ||
      a.staffId - b.staffId,
  );
  const multi = scope.properties.length > 1;
  const personLabel = (r: WorkloadPersonRow) => (multi ? `${r.staffName}（${r.propertyName}）` : r.staffName);
  const postLabel = (s: WorkloadShiftRow) => (multi ? `${s.propertyName} ${s.postName}` : s.postName);
  const byDayAndPost = days.map((day) => ({ day, byPost: Object.fromEntries(byDay.get(day) ?? []) }));
  return {
    scope: scope.view,
    month: q.month,
    totals,
    people,
    shifts,
    byDayAndPost,
    charts: [
      chart('contactsByPerson', '每人来电来访（归属班次 / 本人登记）', 'bar', people.map(personLabel), [
        { name: '归属本人班次', data: people.map((r) => r.contacts) },
        { name: '本人登记', data: people.map((r) => r.contactsTaken) },
      ]),
      chart('contactsByPost', '各岗位来电来访', 'bar', shifts.map(postLabel), [
        { name: '来电来访', data: shifts.map((s) => s.contacts) },
        { name: '班次', data: shifts.map((s) => s.shifts) },
      ]),
      chart(
        'contactsByDayAndPost',
        '每天各岗位来电来访',
        'line',
        days,
        shifts.map((s) => ({
          name: postLabel(s),
          data: byDayAndPost.map((d) => d.byPost[String(s.postId)] ?? 0),
        })),
      ),
    ],
  };
};
