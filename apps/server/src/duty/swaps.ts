import { type CreateSwapInput, type DecideSwapInput, swapModeLabels } from '@propdesk/domain';
import { appendEvent, listHistory } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { lockRow } from '../kernel/db/locking.js';
import { AppError, forbidden, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess, hasRole } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import { isAdminDeptOf, isSupervisorOrManager } from './access.js';
import { adminDeptStaff, getAssignment, monthBounds, propertyZone, staffWithRoleIn } from './repo.js';
import { checkSwap, lockAssignment, putInEffect } from './swap-rules.js';

type Deps = { db: Db; clock: Clock; notify: Notify };
const monthRange = (day: string) => monthBounds(day.slice(0, 7));

const swapQuery = (db: Db) =>
  db
    .selectFrom('dutySwaps')
    .innerJoin('dutyAssignments as a', 'a.id', 'dutySwaps.assignmentId')
    .innerJoin('dutyPosts as p', 'p.id', 'a.postId')
    .leftJoin('dutyAssignments as x', 'x.id', 'dutySwaps.exchangeAssignmentId')
    .leftJoin('dutyPosts as xp', 'xp.id', 'x.postId')
    .innerJoin('staff as r', 'r.id', 'dutySwaps.requesterId')
    .innerJoin('staff as s', 's.id', 'dutySwaps.substituteId')
    .leftJoin('staff as d', 'd.id', 'dutySwaps.decidedBy')
    .selectAll('dutySwaps')
    .select([
      'a.day',
      'a.startsAt',
      'a.endsAt',
      'p.name as postName',
      'x.day as exchangeDay',
      'xp.name as exchangePostName',
      'r.name as requesterName',
      's.name as substituteName',
      'd.name as decidedByName',
    ]);

/** Swaps (调班, S3 篇一 五.4): reported after the two arranged it, or applied for a day ahead. */
export const createSwaps = ({ db, clock, notify }: Deps) => ({
  create: async (actor: Actor, input: CreateSwapInput) => {
    const shift0 = await getAssignment(db, input.assignmentId);
    if (!shift0) throw notFound('班次');
    assertPropertyAccess(actor, shift0.propertyId, 'write', '班次');
    // The rostered person reports or applies; in an exchange the other side gives a shift too.
    const isParty =
      actor.id === shift0.staffId || (input.exchangeAssignmentId !== null && actor.id === input.substituteId);
    if (!isParty && !isSupervisorOrManager(actor) && !(await isAdminDeptOf(db, actor, shift0.propertyId)))
      throw forbidden('调班由原值班人员本人登记（互换时任一方均可），或由行政部、主管代为登记');
    const { timezone } = await propertyZone(db, shift0.propertyId);
    const cap = (await readSettings(db, shift0.propertyId))['duty.swapMonthlyCap'];
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const shift = (await lockAssignment(trx, input.assignmentId))!;
      const exchange = input.exchangeAssignmentId
        ? await lockAssignment(trx, input.exchangeAssignmentId)
        : null;
      if (input.exchangeAssignmentId && (!exchange || exchange.propertyId !== shift.propertyId))
        throw notFound('换回的班次');
      if (exchange?.id === shift.id)
        throw new AppError('RULE_VIOLATION', { message: '换回的班次不能是同一个班次' });
      await checkSwap(trx, { now, mode: input.mode, timezone, cap }, shift, input.substituteId, exchange);
      const state = input.mode === 'reported' ? 'reported' : 'pending';
      const [row] = await trx
        .insertInto('dutySwaps')
        .values({
          propertyId: shift.propertyId,
          mode: input.mode,
          state,
          assignmentId: shift.id,
          requesterId: shift.staffId,
          substituteId: input.substituteId,
          exchangeAssignmentId: exchange?.id ?? null,
          reason: input.reason,
          createdBy: actor.id,
          createdAt: now.toISOString(),
          decidedBy: null,
          decidedAt: null,
          decisionNote: null,
        })
        .returning('id')
        .execute();
      const id = row!.id;
      await appendEvent(trx, clock, {
        entityType: 'duty-swap',
        entityId: id,
        propertyId: shift.propertyId,
        actorId: actor.id,
        action: state,
        data: { after: { ...input, state } },
      });
      if (state === 'reported')
        await putInEffect(trx, clock, actor.id, id, shift, input.substituteId, exchange);
      const approvers = await adminDeptStaff(trx, shift.propertyId);
      const recipients =
        state === 'pending'
          ? [...approvers, ...(await staffWithRoleIn(trx, shift.propertyId, ['manager']))]
          : approvers;
      const told = [...new Set([...recipients, shift.staffId, input.substituteId])].filter(
        (r) => r !== actor.id,
      );
      if (told.length)
        await notify(trx, {
          recipientIds: told,
          propertyId: shift.propertyId,
          kind: state === 'pending' ? 'duty.swap.applied' : 'duty.swap.reported',
          title: `${state === 'pending' ? '调班申请待审批' : '调班报备'}：${shift.day}（${swapModeLabels[input.mode]}）`,
          body: input.reason,
          entityType: 'duty-swap',
          entityId: id,
        });
      return { id, state };
    });
  },

  decide: async (actor: Actor, id: number, input: DecideSwapInput) => {
    const swap = await db.selectFrom('dutySwaps').selectAll().where('id', '=', id).executeTakeFirst();
    if (!swap) throw notFound('调班');
    assertPropertyAccess(actor, swap.propertyId, 'write', '调班');
    if (!hasRole(actor, 'manager') && !(await isAdminDeptOf(db, actor, swap.propertyId)))
      throw forbidden('调班申请由行政部或管理处主任审批');
    if (actor.id === swap.requesterId || actor.id === swap.substituteId)
      throw forbidden('不能审批自己参与的调班');
    const { timezone } = await propertyZone(db, swap.propertyId);
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const current = await lockRow(
        trx,
        trx.selectFrom('dutySwaps').select('state').where('id', '=', id),
      ).executeTakeFirst();
      if (current?.state !== 'pending')
        throw new AppError('INVALID_TRANSITION', { message: '该调班已处理，不能重复审批' });
      const state = input.approve ? 'approved' : 'refused';
      if (input.approve) {
        const shift = (await lockAssignment(trx, swap.assignmentId))!;
        const exchange = swap.exchangeAssignmentId
          ? await lockAssignment(trx, swap.exchangeAssignmentId)
          : null;
        // Approval may come on the day (the one-day rule is the application's); the cap counted it when applied.
        await checkSwap(
          trx,
          { now, mode: 'reported', timezone, cap: 0, ignoreSwapId: id },
          shift,
          swap.substituteId,
          exchange,
        );
        await putInEffect(trx, clock, actor.id, id, shift, swap.substituteId, exchange);
      }
      await trx
        .updateTable('dutySwaps')
        .set({ state, decidedBy: actor.id, decidedAt: now.toISOString(), decisionNote: input.note || null })
        .where('id', '=', id)
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'duty-swap',
        entityId: id,
        propertyId: swap.propertyId,
        actorId: actor.id,
        action: state,
        data: { before: 'pending', after: state, note: input.note },
      });
      await notify(trx, {
        recipientIds: [...new Set([swap.requesterId, swap.substituteId, swap.createdBy])],
        propertyId: swap.propertyId,
        kind: `duty.swap.${state}`,
        title: input.approve ? '调班申请已批准' : '调班申请未批准',
        body: input.note || null,
        entityType: 'duty-swap',
        entityId: id,
      });
    });
  },

  withdraw: async (actor: Actor, id: number) => {
    const swap = await db.selectFrom('dutySwaps').selectAll().where('id', '=', id).executeTakeFirst();
    if (!swap) throw notFound('调班');
    assertPropertyAccess(actor, swap.propertyId, 'write', '调班');
    if (actor.id !== swap.requesterId && actor.id !== swap.createdBy)
      throw forbidden('只有申请人可以撤回调班申请');
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('dutySwaps')
        .set({ state: 'withdrawn' })
        .where('id', '=', id)
        .where('state', '=', 'pending')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw new AppError('INVALID_TRANSITION', { message: '只有待审批的调班申请可以撤回' });
      await appendEvent(trx, clock, {
        entityType: 'duty-swap',
        entityId: id,
        propertyId: swap.propertyId,
        actorId: actor.id,
        action: 'withdrawn',
        data: { before: 'pending', after: 'withdrawn' },
      });
    });
  },

  list: async (actor: Actor, q: { propertyId: number; month?: string | undefined; pending?: boolean }) => {
    assertPropertyAccess(actor, q.propertyId, 'read', '项目');
    let query = swapQuery(db).where('dutySwaps.propertyId', '=', q.propertyId);
    if (q.month) {
      const { first, next } = monthRange(`${q.month}-01`);
      query = query.where('a.day', '>=', first).where('a.day', '<', next);
    }
    if (q.pending) query = query.where('dutySwaps.state', '=', 'pending');
    return query.orderBy('dutySwaps.createdAt', 'desc').orderBy('dutySwaps.id', 'desc').limit(500).execute();
  },

  detail: async (actor: Actor, id: number) => {
    const row = await swapQuery(db).where('dutySwaps.id', '=', id).executeTakeFirst();
    if (!row) throw notFound('调班');
    assertPropertyAccess(actor, row.propertyId, 'read', '调班');
    return { ...row, history: await listHistory(db, 'duty-swap', id) };
  },
});
