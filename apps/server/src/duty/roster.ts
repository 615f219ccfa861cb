import {
  type BulkRosterInput,
  daysOfMonth,
  isWeekendDay,
  rosterCellProblem,
  type SetRosterCellInput,
  segmentsForDay,
  shiftWindow,
  weekdayOf,
} from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { appendEvent, listHistory } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { getPost, listPosts, onDutyShifts, propertyStaff, propertyZone, staffNames } from './repo.js';

type Deps = { db: Db; clock: Clock };
type Cell = Omit<SetRosterCellInput, 'propertyId'>;

const fail = (message: string, details?: unknown) => new AppError('RULE_VIOLATION', { message, details });
export const cellKey = (postId: number, day: string) => `${postId}:${day}`;

/** Writes one cell (post × date) of the roster inside `trx`; returns whether it changed. */
const writeCell = async (
  trx: Transaction<Database>,
  clock: Clock,
  actor: Actor,
  propertyId: number,
  cell: Cell,
) => {
  const post = await getPost(trx, cell.postId);
  if (!post || post.propertyId !== propertyId) throw notFound('值班岗位');
  const { timezone } = await propertyZone(trx, propertyId);
  const existing = await trx
    .selectFrom('dutyAssignments')
    .selectAll()
    .where('postId', '=', post.id)
    .where('day', '=', cell.day)
    .orderBy('slot')
    .execute();
  const before = existing.map((a) => a.staffId);
  if (before.join(',') === cell.staffIds.join(',')) return false;
  const problem = rosterCellProblem(cell.staffIds, post.headcount);
  if (problem) throw fail(problem, { postId: post.id, day: cell.day });
  if (cell.staffIds.length && !post.active) throw fail(`岗位“${post.name}”已停用`);
  const w = shiftWindow(cell.day, segmentsForDay(post, cell.day), timezone);
  if (!w) {
    if (cell.staffIds.length)
      throw fail(`岗位“${post.name}”${isWeekendDay(cell.day) ? '双休日' : '工作日'}不排班`, {
        postId: post.id,
        day: cell.day,
      });
  } else if (w.startsAt <= clock.now()) {
    throw fail(`${cell.day}“${post.name}”的班次已开始，不能再改排班；临时换人请登记调班`, {
      postId: post.id,
      day: cell.day,
    });
  }

  const removed = existing.filter((a) => !cell.staffIds.includes(a.staffId));
  if (removed.length) {
    const ids = removed.map((a) => a.id);
    const swapped = await trx
      .selectFrom('dutySwaps')
      .select('id')
      .where((eb) => eb.or([eb('assignmentId', 'in', ids), eb('exchangeAssignmentId', 'in', ids)]))
      .executeTakeFirst();
    if (swapped)
      throw new AppError('CONFLICT', {
        message: '该班次已有调班记录，不能移出排班；请通过调班处理',
        details: { swapId: swapped.id },
      });
    const clocked = await trx
      .selectFrom('dutyClockings')
      .select('id')
      .where('assignmentId', 'in', ids)
      .executeTakeFirst();
    if (clocked) throw new AppError('CONFLICT', { message: '值班人员已打卡，不能移出排班' });
    await trx.deleteFrom('dutyAssignments').where('id', 'in', ids).execute();
  }
  const added = cell.staffIds.filter((id) => !before.includes(id));
  const people = await propertyStaff(trx, propertyId, added);
  for (const staffId of added) {
    const p = people.get(staffId);
    if (!p) throw fail('值班人员不属于本项目或已停用', { staffId });
    if (post.kind === 'desk' && !p.certifiedForDuty)
      throw fail(`${p.name}尚未独立上岗，不能排前台班（S0 3.1.6）`, { staffId });
    const clash = (await onDutyShifts(trx, staffId, w!.startsAt, w!.endsAt)).find(
      (a) => !(a.postId === post.id && a.day === cell.day),
    );
    if (clash)
      throw fail(`${p.name}在该时段已有值班（${clash.day}），同一人的班次不能重叠`, {
        staffId,
        assignmentId: clash.id,
      });
  }
  const now = clock.now().toISOString();
  for (const [slot, staffId] of cell.staffIds.entries()) {
    const kept = existing.find((a) => a.staffId === staffId);
    if (kept) {
      if (kept.slot !== slot)
        await trx.updateTable('dutyAssignments').set({ slot }).where('id', '=', kept.id).execute();
      continue;
    }
    await trx
      .insertInto('dutyAssignments')
      .values({
        propertyId,
        postId: post.id,
        day: cell.day,
        slot,
        staffId,
        onDutyId: staffId,
        swapId: null,
        isWeekend: isWeekendDay(cell.day) ? 1 : 0,
        startsAt: w!.startsAt.toISOString(),
        endsAt: w!.endsAt.toISOString(),
        segments: JSON.stringify(w!.segments),
        absenceCheckedAt: null,
        createdBy: actor.id,
        createdAt: now,
      })
      .execute();
  }
  await appendEvent(trx, clock, {
    entityType: 'duty-roster-cell',
    entityId: cellKey(post.id, cell.day),
    propertyId,
    actorId: actor.id,
    action: 'roster-set',
    data: { before, after: cell.staffIds },
  });
  return true;
};

const rowsOfMonth = (db: Db, propertyId: number, month: string) => {
  const days = daysOfMonth(month);
  return db
    .selectFrom('dutyAssignments')
    .selectAll()
    .where('propertyId', '=', propertyId)
    .where('day', '>=', days[0]!)
    .where('day', '<=', days[days.length - 1]!)
    .orderBy('day')
    .orderBy('postId')
    .orderBy('slot')
    .execute();
};

/** The monthly roster (值班表, issue 7 item 1): filled by the supervisor, posted on the wall. */
export const createRoster = ({ db, clock }: Deps) => ({
  grid: async (actor: Actor, propertyId: number, month: string) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const property = await propertyZone(db, propertyId);
    const rows = await rowsOfMonth(db, propertyId, month);
    const posts = (await listPosts(db, propertyId)).filter(
      (p) => p.active || rows.some((r) => r.postId === p.id),
    );
    const names = await staffNames(
      db,
      rows.flatMap((r) => [r.staffId, r.onDutyId]),
    );
    const ids = rows.map((r) => r.id);
    const pending = ids.length
      ? await db
          .selectFrom('dutySwaps')
          .select(['id', 'assignmentId'])
          .where('state', '=', 'pending')
          .where('assignmentId', 'in', ids)
          .execute()
      : [];
    const pendingOf = new Map(pending.map((s) => [s.assignmentId, s.id]));
    return {
      property,
      month,
      generatedAt: clock.now().toISOString(),
      posts,
      days: daysOfMonth(month).map((day) => ({
        day,
        weekday: weekdayOf(day),
        isWeekend: isWeekendDay(day),
        cells: posts.map((p) => ({
          postId: p.id,
          people: rows
            .filter((r) => r.postId === p.id && r.day === day)
            .map((r) => ({
              assignmentId: r.id,
              slot: r.slot,
              staffId: r.staffId,
              staffName: names.get(r.staffId) ?? '',
              onDutyId: r.onDutyId,
              onDutyName: names.get(r.onDutyId) ?? '',
              isSubstitute: r.onDutyId !== r.staffId,
              swapId: r.swapId,
              pendingSwapId: pendingOf.get(r.id) ?? null,
              startsAt: r.startsAt,
              endsAt: r.endsAt,
            })),
        })),
      })),
    };
  },

  setCell: async (actor: Actor, input: SetRosterCellInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    const changed = await db
      .transaction()
      .execute((trx) => writeCell(trx, clock, actor, input.propertyId, input));
    return { changed: changed ? 1 : 0 };
  },

  /** Many cells in one transaction: all are written or none (a month planned at once). */
  bulk: async (actor: Actor, input: BulkRosterInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    return db.transaction().execute(async (trx) => {
      let changed = 0;
      for (const [index, cell] of input.cells.entries()) {
        try {
          if (await writeCell(trx, clock, actor, input.propertyId, cell)) changed++;
        } catch (err) {
          if (err instanceof AppError)
            throw new AppError(err.code, {
              message: `第 ${index + 1} 个班次（${cell.day}）：${err.message}`,
              details: { index, ...(err.details as object) },
            });
          throw err;
        }
      }
      return { changed };
    });
  },

  /** Who can be put on the roster or named as a substitute: active staff serving the property. */
  people: async (actor: Actor, propertyId: number) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const rows = await db
      .selectFrom('staff')
      .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
      .leftJoin('departments', 'departments.id', 'staff.departmentId')
      .select([
        'staff.id',
        'staff.name',
        'staff.employeeNo',
        'staff.certifiedForDuty',
        'departments.name as departmentName',
        'departments.kind as departmentKind',
      ])
      .where('staffProperties.propertyId', '=', propertyId)
      .where('staff.active', '=', 1)
      .orderBy('staff.id')
      .execute();
    const ids = rows.map((r) => r.id);
    const roles = ids.length
      ? await db.selectFrom('staffRoles').select(['staffId', 'role']).where('staffId', 'in', ids).execute()
      : [];
    return rows.map((r) => ({
      ...r,
      certifiedForDuty: r.certifiedForDuty === 1,
      roles: roles.filter((x) => x.staffId === r.id).map((x) => x.role),
    }));
  },

  cellHistory: async (actor: Actor, postId: number, day: string) => {
    const post = await getPost(db, postId);
    if (!post) throw notFound('值班岗位');
    assertPropertyAccess(actor, post.propertyId, 'read', '值班岗位');
    return listHistory(db, 'duty-roster-cell', cellKey(postId, day));
  },
});
