import {
  type AttendanceFact,
  type AttendanceFactKind,
  attendanceFactLabels,
  type ClockInput,
  clockInFacts,
  clockOutFacts,
  shiftToClockIn,
} from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError, forbidden } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import { type Assignment, monthBounds, onDutyShifts, successorShifts, toAssignment } from './repo.js';

type Deps = { db: Db; clock: Clock };
const HOUR = 3_600_000;

const insertFacts = async (
  trx: Transaction<Database>,
  a: Assignment,
  staffId: number,
  facts: AttendanceFact[],
  at: string,
  now: string,
) => {
  for (const f of facts)
    await trx
      .insertInto('dutyFacts')
      .values({
        propertyId: a.propertyId,
        assignmentId: a.id,
        staffId,
        kind: f.kind,
        minutes: f.minutes,
        at,
        createdAt: now,
      })
      .onConflict((oc) => oc.columns(['assignmentId', 'staffId', 'kind']).doNothing())
      .execute();
};

/** Clocking for someone else is refused: everyone clocks in under their own session (issue 7 item 7). */
const assertSelf = (actor: Actor, input: ClockInput) => {
  if (input.staffId !== undefined && input.staffId !== actor.id)
    throw forbidden('不得代他人打卡，请本人登录后打卡');
  assertPropertyAccess(actor, input.propertyId, 'write', '项目');
};

/**
 * S3 篇三 接班人员未到岗，交班人员不得下岗: if a handover of this shift is open, or a shift takes
 * over from it and no handover exists, the outgoing person may not leave yet.
 */
export const assertMayLeave = async (trx: Transaction<Database>, a: Assignment, gapMinutes: number) => {
  const h = await trx
    .selectFrom('dutyHandovers')
    .select(['id', 'state'])
    .where('assignmentId', '=', a.id)
    .executeTakeFirst();
  if (h && (h.state === 'draft' || h.state === 'handedOver'))
    throw new AppError('RULE_VIOLATION', {
      message: '接班人员尚未签字，交班人员不得下岗（S3 篇三）',
      details: { handoverId: h.id },
    });
  if (h) return;
  if ((await successorShifts(trx, a, gapMinutes)).length)
    throw new AppError('RULE_VIOLATION', {
      message: '下一班即将接班：请先填写交接班记录，接班人员签字后方可下岗（S3 篇三）',
    });
};

/** Records the clock-out of `a` by its person on duty, with early leave if before the end. */
export const recordClockOut = async (
  trx: Transaction<Database>,
  clock: Clock,
  a: Assignment,
  staffId: number,
) => {
  const now = clock.now();
  const at = now.toISOString();
  await trx
    .insertInto('dutyClockings')
    .values({ propertyId: a.propertyId, assignmentId: a.id, staffId, kind: 'out', at })
    .execute();
  const facts = clockOutFacts(now, a);
  await insertFacts(trx, a, staffId, facts, at, at);
  await appendEvent(trx, clock, {
    entityType: 'duty-assignment',
    entityId: a.id,
    propertyId: a.propertyId,
    actorId: staffId,
    action: 'clock-out',
    data: { at, facts },
  });
  return facts;
};

/** The shift a person is clocked in to and has not clocked out of, if any. */
export const openShiftOf = async (db: Db | Transaction<Database>, staffId: number, propertyId: number) => {
  const r = await db
    .selectFrom('dutyAssignments')
    .innerJoin('dutyClockings as i', (j) =>
      j
        .onRef('i.assignmentId', '=', 'dutyAssignments.id')
        .on('i.kind', '=', 'in')
        .on('i.staffId', '=', staffId),
    )
    .leftJoin('dutyClockings as o', (j) =>
      j
        .onRef('o.assignmentId', '=', 'dutyAssignments.id')
        .on('o.kind', '=', 'out')
        .on('o.staffId', '=', staffId),
    )
    .selectAll('dutyAssignments')
    .where('dutyAssignments.propertyId', '=', propertyId)
    .where('o.id', 'is', null)
    .orderBy('dutyAssignments.startsAt', 'desc')
    .executeTakeFirst();
  return r ? toAssignment(r) : null;
};

/** Clock-in and clock-out at the desk, compared with the roster (issue 7 item 3). */
export const createAttendance = ({ db, clock }: Deps) => ({
  clockIn: async (actor: Actor, input: ClockInput) => {
    assertSelf(actor, input);
    const s = await readSettings(db, input.propertyId);
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const mine = (
        await onDutyShifts(
          trx,
          actor.id,
          now,
          new Date(now.getTime() + s['duty.clockInEarlyMinutes'] * 60_000 + 1),
        )
      ).filter((a) => a.propertyId === input.propertyId);
      const clocked = mine.length
        ? await trx
            .selectFrom('dutyClockings')
            .select('assignmentId')
            .where('staffId', '=', actor.id)
            .where('kind', '=', 'in')
            .where(
              'assignmentId',
              'in',
              mine.map((a) => a.id),
            )
            .execute()
        : [];
      const shift = shiftToClockIn(
        mine.map((a) => ({ ...a, hasClockIn: clocked.some((c) => c.assignmentId === a.id) })),
        now,
        s['duty.clockInEarlyMinutes'],
      );
      if (!shift) {
        if (clocked.length) throw new AppError('CONFLICT', { message: '本班次已打过上班卡' });
        throw new AppError('RULE_VIOLATION', { message: '您在此时段没有值班安排；替班请先登记调班' });
      }
      const at = now.toISOString();
      await trx
        .insertInto('dutyClockings')
        .values({ propertyId: shift.propertyId, assignmentId: shift.id, staffId: actor.id, kind: 'in', at })
        .execute();
      const facts = clockInFacts(now, shift, s['duty.handoverLeadMinutes']);
      await insertFacts(trx, shift, actor.id, facts, at, at);
      await appendEvent(trx, clock, {
        entityType: 'duty-assignment',
        entityId: shift.id,
        propertyId: shift.propertyId,
        actorId: actor.id,
        action: 'clock-in',
        data: { at, facts },
      });
      return {
        assignmentId: shift.id,
        at,
        startsAt: shift.startsAt.toISOString(),
        endsAt: shift.endsAt.toISOString(),
        facts,
      };
    });
  },

  clockOut: async (actor: Actor, input: ClockInput) => {
    assertSelf(actor, input);
    const s = await readSettings(db, input.propertyId);
    return db.transaction().execute(async (trx) => {
      const shift = await openShiftOf(trx, actor.id, input.propertyId);
      if (!shift) throw new AppError('RULE_VIOLATION', { message: '您还没有上班打卡' });
      await assertMayLeave(trx, shift, s['duty.handoverGapMinutes']);
      const facts = await recordClockOut(trx, clock, shift, actor.id);
      await trx
        .updateTable('dutyHandovers')
        .set({ state: 'closed', closedAt: clock.now().toISOString() })
        .where('assignmentId', '=', shift.id)
        .where('state', '=', 'signed')
        .execute();
      return { assignmentId: shift.id, at: clock.now().toISOString(), facts };
    });
  },

  /** The actor's own shifts around now, with their clockings: what the clock-in page shows. */
  mine: async (actor: Actor, propertyId: number) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const now = clock.now();
    const shifts = (
      await onDutyShifts(
        db,
        actor.id,
        new Date(now.getTime() - 24 * HOUR),
        new Date(now.getTime() + 48 * HOUR),
      )
    ).filter((a) => a.propertyId === propertyId);
    const ids = shifts.map((a) => a.id);
    const clockings = ids.length
      ? await db
          .selectFrom('dutyClockings')
          .selectAll()
          .where('assignmentId', 'in', ids)
          .where('staffId', '=', actor.id)
          .execute()
      : [];
    return shifts.map((a) => ({
      assignmentId: a.id,
      postId: a.postId,
      day: a.day,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      isSubstitute: a.onDutyId !== a.staffId,
      clockIn: clockings.find((c) => c.assignmentId === a.id && c.kind === 'in')?.at ?? null,
      clockOut: clockings.find((c) => c.assignmentId === a.id && c.kind === 'out')?.at ?? null,
    }));
  },

  /** Late, early leave, absence and short lead of a month, per person (the assessment reads them). */
  facts: async (actor: Actor, propertyId: number, month: string) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const rows = await db
      .selectFrom('dutyFacts')
      .innerJoin('dutyAssignments as a', 'a.id', 'dutyFacts.assignmentId')
      .innerJoin('dutyPosts as p', 'p.id', 'a.postId')
      .innerJoin('staff', 'staff.id', 'dutyFacts.staffId')
      .select([
        'dutyFacts.id',
        'dutyFacts.assignmentId',
        'dutyFacts.staffId',
        'staff.name as staffName',
        'dutyFacts.kind',
        'dutyFacts.minutes',
        'dutyFacts.at',
        'a.day',
        'a.startsAt',
        'a.endsAt',
        'p.name as postName',
      ])
      .where('dutyFacts.propertyId', '=', propertyId)
      .where('a.day', '>=', monthBounds(month).first)
      .where('a.day', '<', monthBounds(month).next)
      .orderBy('a.day')
      .orderBy('dutyFacts.id')
      .execute();
    const people = new Map<
      number,
      { staffId: number; staffName: string } & Record<AttendanceFactKind, number>
    >();
    for (const r of rows) {
      const p = people.get(r.staffId) ?? {
        staffId: r.staffId,
        staffName: r.staffName,
        late: 0,
        earlyLeave: 0,
        absent: 0,
        shortLead: 0,
      };
      p[r.kind as AttendanceFactKind]++;
      people.set(r.staffId, p);
    }
    return {
      month,
      facts: rows.map((r) => ({ ...r, label: attendanceFactLabels[r.kind as AttendanceFactKind] ?? r.kind })),
      perPerson: [...people.values()].sort((a, b) => a.staffId - b.staffId),
    };
  },
});
