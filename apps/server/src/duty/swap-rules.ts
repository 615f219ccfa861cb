import { activeSwapStates, isAppliedInTime, isOverSwapCap, type SwapMode } from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import { lockRow } from '../kernel/db/locking.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError } from '../kernel/errors.js';
import { type Assignment, getPost, monthBounds, onDutyShifts, propertyStaff, toAssignment } from './repo.js';
import { cellKey } from './roster.js';

/** The rules a swap must pass (S3 篇一 五.4, S3 篇六) and how it takes effect on the roster. */
const fail = (message: string, details?: unknown) => new AppError('RULE_VIOLATION', { message, details });
const monthRange = (day: string) => monthBounds(day.slice(0, 7));

/** Swaps counted against a person's monthly cap (S3 篇六): shifts of theirs taken by someone else. */
const swapsInMonth = async (db: Transaction<Database>, staffId: number, day: string) => {
  const { first, next } = monthRange(day);
  const own = await db
    .selectFrom('dutySwaps')
    .innerJoin('dutyAssignments', 'dutyAssignments.id', 'dutySwaps.assignmentId')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('dutySwaps.requesterId', '=', staffId)
    .where('dutySwaps.state', 'in', activeSwapStates)
    .where('dutyAssignments.day', '>=', first)
    .where('dutyAssignments.day', '<', next)
    .executeTakeFirst();
  const exchanged = await db
    .selectFrom('dutySwaps')
    .innerJoin('dutyAssignments', 'dutyAssignments.id', 'dutySwaps.exchangeAssignmentId')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('dutySwaps.substituteId', '=', staffId)
    .where('dutySwaps.state', 'in', activeSwapStates)
    .where('dutyAssignments.day', '>=', first)
    .where('dutyAssignments.day', '<', next)
    .executeTakeFirst();
  return Number(own?.n ?? 0) + Number(exchanged?.n ?? 0);
};

export const lockAssignment = async (trx: Transaction<Database>, id: number) => {
  const r = await lockRow(
    trx,
    trx.selectFrom('dutyAssignments').selectAll().where('id', '=', id),
  ).executeTakeFirst();
  return r ? toAssignment(r) : null;
};

/** Everything that must hold for `shift` to pass to `substitute` (and `exchange` back), now. */
export const checkSwap = async (
  trx: Transaction<Database>,
  ctx: { now: Date; mode: SwapMode; timezone: string; cap: number; ignoreSwapId?: number },
  shift: Assignment,
  substituteId: number,
  exchange: Assignment | null,
) => {
  const activeOn = await trx
    .selectFrom('dutySwaps')
    .select('id')
    .where('state', 'in', activeSwapStates)
    .where('id', '!=', ctx.ignoreSwapId ?? 0)
    .where((eb) => {
      const ids = [shift.id, ...(exchange ? [exchange.id] : [])];
      return eb.or([eb('assignmentId', 'in', ids), eb('exchangeAssignmentId', 'in', ids)]);
    })
    .executeTakeFirst();
  if (activeOn || shift.onDutyId !== shift.staffId || (exchange && exchange.onDutyId !== exchange.staffId))
    throw new AppError('CONFLICT', {
      message: '该班次已调班或有待审批的调班',
      details: { swapId: activeOn?.id ?? null },
    });
  for (const s of [shift, ...(exchange ? [exchange] : [])]) {
    if (s.startsAt <= ctx.now) throw fail(`${s.day} 的班次已开始，不能调班`);
    if (ctx.mode === 'applied' && !isAppliedInTime(ctx.now, s.day, ctx.timezone))
      throw fail('调班申请须至少提前一天提出（S3 篇一 五.4）；当天的调班请两人自行调好后报行政部', {
        day: s.day,
      });
  }
  const requesterId = shift.staffId;
  const people = await propertyStaff(trx, shift.propertyId, [requesterId, substituteId]);
  const sub = people.get(substituteId);
  if (!sub || substituteId === requesterId) throw fail('替班人员须为本项目的其他在职员工', { substituteId });
  const post = await getPost(trx, shift.postId);
  if (post?.kind === 'desk' && !sub.certifiedForDuty)
    throw fail(`${sub.name}尚未独立上岗，不能替前台班（S0 3.1.6）`);
  if (exchange && exchange.staffId !== substituteId) throw fail('换回的班次须是替班人员本人的班次');
  const busy = (await onDutyShifts(trx, substituteId, shift.startsAt, shift.endsAt)).filter(
    (a) => a.id !== exchange?.id,
  );
  if (busy.length)
    throw fail(`${sub.name}在该时段已有值班（${busy[0]!.day}），不能替班`, { assignmentId: busy[0]!.id });
  if (exchange) {
    const mine = (await onDutyShifts(trx, requesterId, exchange.startsAt, exchange.endsAt)).filter(
      (a) => a.id !== shift.id,
    );
    if (mine.length)
      throw fail(`原值班人员在换回班次的时段已有值班（${mine[0]!.day}）`, { assignmentId: mine[0]!.id });
  }
  const counted: [number, Assignment][] = [
    [requesterId, shift],
    ...(exchange ? ([[substituteId, exchange]] as [number, Assignment][]) : []),
  ];
  for (const [staffId, s] of counted)
    if (isOverSwapCap(await swapsInMonth(trx, staffId, s.day), ctx.cap))
      throw fail(
        `${people.get(staffId)?.name ?? ''}${s.day.slice(0, 7)} 月调班已达上限 ${ctx.cap} 次（S3 篇六）`,
        { staffId, cap: ctx.cap },
      );
};

export const putInEffect = async (
  trx: Transaction<Database>,
  clock: Clock,
  actorId: number,
  swapId: number,
  shift: Assignment,
  substituteId: number,
  exchange: Assignment | null,
) => {
  const moves: [Assignment, number][] = [
    [shift, substituteId],
    ...(exchange ? ([[exchange, shift.staffId]] as [Assignment, number][]) : []),
  ];
  for (const [a, onDutyId] of moves) {
    await trx.updateTable('dutyAssignments').set({ onDutyId, swapId }).where('id', '=', a.id).execute();
    await appendEvent(trx, clock, {
      entityType: 'duty-roster-cell',
      entityId: cellKey(a.postId, a.day),
      propertyId: a.propertyId,
      actorId,
      action: 'substitute-on-duty',
      data: { swapId, assignmentId: a.id, rosteredId: a.staffId, before: a.onDutyId, after: onDutyId },
    });
  }
};
