import { appendEvent } from '../history/history.js';
import type { CaseRow } from '../intake/case-repo.js';
import { findCase } from '../intake/case-repo.js';
import type { Clock } from '../kernel/clock.js';
import type { Trx } from './repo.js';

/**
 * How orders move their case (the intake feature's `cases`): dispatched, closed when all its
 * orders are closed, reopened when a return visit finds the customer not satisfied. Each
 * change is a case event in the same transaction.
 */

/** A case waiting for dispatch (or still at the desk) becomes assigned once it has an order. */
export const markCaseDispatched = async (
  trx: Trx,
  clock: Clock,
  c: CaseRow,
  order: { id: number; number: string; departmentId: number; assigneeId: number | null },
  actorId: number,
) => {
  const moves = c.state === 'awaitingDispatch' || c.state === 'handling';
  if (moves)
    await trx
      .updateTable('cases')
      .set({ state: 'assigned', handlingSince: null, departmentId: c.departmentId ?? order.departmentId })
      .where('id', '=', c.id)
      .execute();
  await appendEvent(trx, clock, {
    entityType: 'case',
    entityId: c.id,
    propertyId: c.propertyId,
    actorId,
    action: 'work-order-dispatched',
    data: {
      before: { state: c.state },
      after: {
        state: moves ? 'assigned' : c.state,
        workOrderId: order.id,
        workOrderNumber: order.number,
        departmentId: order.departmentId,
        assigneeId: order.assigneeId,
      },
      rule: 'S3 篇九 4.5.3 调配人员（派工）',
    },
  });
};

/**
 * A case closes when it has orders, all of them closed (each visited when a visit was due). A
 * complaint is closed by its own procedure (manager sign-off, S4 4.4.2), not by its orders.
 */
export const closeCaseIfDone = async (trx: Trx, clock: Clock, caseId: number, actorId: number | null) => {
  const c = await findCase(trx, caseId);
  if (!c || c.state === 'closed' || c.type === 'complaint') return false;
  const orders = await trx.selectFrom('workOrders').select(['state']).where('caseId', '=', caseId).execute();
  if (!orders.length || orders.some((o) => o.state !== 'closed')) return false;
  const now = clock.now().toISOString();
  const res = await trx
    .updateTable('cases')
    .set({ state: 'closed', closedAt: now, handlingSince: null })
    .where('id', '=', caseId)
    .where('state', '!=', 'closed')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return false;
  await appendEvent(trx, clock, {
    entityType: 'case',
    entityId: caseId,
    propertyId: c.propertyId,
    actorId,
    action: 'closed',
    data: {
      before: { state: c.state },
      after: { state: 'closed', closedAt: now },
      rule: 'S3 篇九 4.5.5：派工单全部完成并回访后结案',
    },
  });
  return true;
};

/** S3 篇九 4.5.5: the customer is not satisfied: the case is open again with a new order. */
export const reopenCase = async (
  trx: Trx,
  clock: Clock,
  caseId: number,
  actorId: number,
  data: { workOrderId: number; newWorkOrderId: number; comment: string | null },
) => {
  const c = await findCase(trx, caseId);
  if (!c) return;
  const state = c.state === 'closed' ? 'awaitingDispatch' : c.state;
  if (state !== c.state)
    await trx.updateTable('cases').set({ state, closedAt: null }).where('id', '=', caseId).execute();
  await appendEvent(trx, clock, {
    entityType: 'case',
    entityId: caseId,
    propertyId: c.propertyId,
    actorId,
    action: 'reopened',
    data: {
      before: { state: c.state },
      after: { state, ...data },
      rule: 'S3 篇九 4.5.5 回访不满意：重新派工',
    },
    reason: data.comment,
  });
};
