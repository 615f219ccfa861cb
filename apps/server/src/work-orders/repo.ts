import {
  type BreachKind,
  breachKindLabels,
  checkTransition,
  nextDueAt,
  type OrderClocks,
  type TransitionContext,
  type WorkOrderAction,
  type WorkOrderState,
} from '@propdesk/domain';
import type { Selectable, Transaction } from 'kysely';
import { appendEvent, type Executor } from '../history/history.js';
import { staffWithRole } from '../intake/case-repo.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import { lockRow } from '../kernel/db/locking.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError } from '../kernel/errors.js';
import type { Settings } from '../settings/settings.js';

export type OrderRow = Selectable<Database['workOrders']>;
export type Trx = Transaction<Database>;
type OrderPatch = Partial<Omit<OrderRow, 'id' | 'version'>>;

export const ENTITY = 'workOrder';

export const findOrder = (db: Executor, id: number) =>
  db.selectFrom('workOrders').selectAll().where('id', '=', id).executeTakeFirst();

/** Reads an order inside a write transaction; on PostgreSQL the row stays locked until commit. */
export const lockOrder = (trx: Trx, id: number) =>
  lockRow(trx, trx.selectFrom('workOrders').selectAll().where('id', '=', id)).executeTakeFirst();

export const clocksOf = (o: OrderRow): OrderClocks => ({
  state: o.state as WorkOrderState,
  arrivalDueAt: o.arrivalDueAt,
  arrivedAt: o.arrivedAt,
  arrivalBreachedAt: o.arrivalBreachedAt,
  isMustKeep: o.isMustKeep === 1,
  completionDueAt: o.completionDueAt,
  completedAt: o.completedAt,
  completionBreachedAt: o.completionBreachedAt,
  pausedAt: o.pausedAt,
});

export const conflict = () =>
  new AppError('CONFLICT', {
    message: '派工单已被他人更新，请刷新后重试',
    details: { rule: 'optimistic-concurrency' },
  });

/** Refuses an illegal move with the domain's message (409 INVALID_TRANSITION). */
export const transition = (o: OrderRow, action: WorkOrderAction, ctx: TransitionContext = {}) => {
  const t = checkTransition(o.state as WorkOrderState, action, {
    pausedFrom: (o.pausedFrom as WorkOrderState | null) ?? null,
    isMustKeep: o.isMustKeep === 1,
    ...ctx,
  });
  if (!t.ok)
    throw new AppError('INVALID_TRANSITION', { message: t.message, details: { state: o.state, action } });
  return t.to;
};

/**
 * Writes a change to an order: bumps its version only if nobody else did first (the loser of a
 * race gets 409 CONFLICT), and keeps `nextDueAt` in step with the clocks.
 */
export const writeOrder = async (
  trx: Trx,
  clock: Clock,
  o: OrderRow,
  patch: OrderPatch,
): Promise<OrderRow> => {
  const next = { ...o, ...patch };
  const res = await trx
    .updateTable('workOrders')
    .set({
      ...patch,
      nextDueAt: nextDueAt(clocksOf(next), next.visitDueAt),
      version: o.version + 1,
      updatedAt: clock.now().toISOString(),
    })
    .where('id', '=', o.id)
    .where('version', '=', o.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw conflict();
  return { ...next, version: o.version + 1 };
};

export const orderEvent = (
  trx: Trx,
  clock: Clock,
  o: OrderRow,
  actorId: number | null,
  action: string,
  data: unknown,
  reason?: string | null,
) =>
  appendEvent(trx, clock, {
    entityType: ENTITY,
    entityId: o.id,
    propertyId: o.propertyId,
    actorId,
    action,
    data,
    reason: reason ?? null,
  });

export const deptHeads = async (db: Executor, departmentId: number) =>
  (
    await db
      .selectFrom('staff')
      .select('id')
      .where('departmentId', '=', departmentId)
      .where('isDeptHead', '=', 1)
      .where('active', '=', 1)
      .execute()
  ).map((r) => r.id);

/** The desk: whoever dispatched the order, the receptionists and the supervisors of the property. */
export const deskStaff = async (db: Executor, propertyId: number, dispatcherId: number | null) => [
  ...(dispatcherId ? [dispatcherId] : []),
  ...(await staffWithRole(db, propertyId, 'receptionist')),
  ...(await staffWithRole(db, propertyId, 'supervisor')),
];

/**
 * Counts deadlines that passed (DOMAIN.md §4, issue 4 item 2). The conditional stamp is the
 * claim (… WHERE arrivalBreachedAt IS NULL AND arrivalDueAt = the deadline seen): a rerun, a
 * second server process or a reschedule in between changes no row and counts nothing. The
 * winner adds one row per clock and deadline, the running count, a history event, and a notice
 * to the assignee, the department head and the desk. A breach stays counted for good.
 */
export const recordBreaches = async (
  trx: Trx,
  deps: { clock: Clock; notify: Notify },
  o: OrderRow,
  found: { kind: BreachKind; dueAt: string }[],
  cause: 'overdue' | 'late' | 'rescheduled',
): Promise<OrderRow> => {
  if (!found.length) return o;
  const now = deps.clock.now().toISOString();
  const arrival = found.find((b) => b.kind !== 'completion');
  const completion = found.find((b) => b.kind === 'completion');
  const stamps = {
    ...(arrival ? { arrivalBreachedAt: now } : {}),
    ...(completion ? { completionBreachedAt: now } : {}),
  };
  // The claim: only the first to stamp these clocks (at these deadlines) counts them.
  const res = await trx
    .updateTable('workOrders')
    .set((eb) => ({ ...stamps, breachCount: eb('breachCount', '+', found.length) }))
    .where('id', '=', o.id)
    .where((eb) =>
      eb.and([
        eb('state', 'in', ['awaitingDispatch', 'dispatched', 'accepted', 'onSite']),
        ...(arrival
          ? [
              eb('arrivalBreachedAt', 'is', null),
              eb('arrivedAt', 'is', null),
              eb('arrivalDueAt', '=', arrival.dueAt),
            ]
          : []),
        ...(completion
          ? [
              eb('completionBreachedAt', 'is', null),
              eb('completedAt', 'is', null),
              eb('completionDueAt', '=', completion.dueAt),
            ]
          : []),
      ]),
    )
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return o;
  await trx
    .insertInto('workOrderBreaches')
    .values(
      found.map((b) => ({
        workOrderId: o.id,
        propertyId: o.propertyId,
        kind: b.kind,
        dueAt: b.dueAt,
        detectedAt: now,
        cause,
        departmentId: o.departmentId,
        assigneeId: o.assigneeId,
      })),
    )
    .execute();
  await orderEvent(trx, deps.clock, o, null, 'breached', {
    breaches: found,
    cause,
    rule: 'S4 4.4.1 半小时内抵现场；S1 报修 改约后必须按约定时间上门',
  });
  const recipients = new Set([
    ...(o.assigneeId ? [o.assigneeId] : []),
    ...(await deptHeads(trx, o.departmentId)),
    ...(await deskStaff(trx, o.propertyId, o.dispatchedBy)),
  ]);
  await deps.notify(trx, {
    recipientIds: [...recipients],
    propertyId: o.propertyId,
    kind: 'work-order.breached',
    title: `派工单 ${o.number} ${found.map((b) => breachKindLabels[b.kind]).join('、')}`,
    body: o.description,
    entityType: ENTITY,
    entityId: o.id,
  });
  return { ...o, ...stamps, breachCount: o.breachCount + found.length };
};

/** The default time limits of an order's type (settings, per property). */
export const limitsFor = (s: Settings, type: string) => {
  const key = type === 'repair' || type === 'paidService' ? type : 'other';
  return {
    arrivalMinutes: s[`workOrders.arrivalMinutes.${key}`],
    completionMinutes: s[`workOrders.completionMinutes.${key}`],
  };
};

/** The assignee must be an active member of that department of this property. */
export const checkAssignee = async (
  db: Executor,
  propertyId: number,
  departmentId: number,
  assigneeId: number,
) => {
  const bad = (field: string, message: string) =>
    new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
  const d = await db
    .selectFrom('departments')
    .select('propertyId')
    .where('id', '=', departmentId)
    .executeTakeFirst();
  if (!d || d.propertyId !== propertyId) throw bad('departmentId', '部门不存在');
  const s = await db
    .selectFrom('staff')
    .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
    .innerJoin('staffRoles', 'staffRoles.staffId', 'staff.id')
    .select(['staff.id', 'staff.name'])
    .where('staff.id', '=', assigneeId)
    .where('staff.departmentId', '=', departmentId)
    .where('staff.active', '=', 1)
    .where('staffProperties.propertyId', '=', propertyId)
    .where('staffRoles.role', '=', 'dept_staff')
    .executeTakeFirst();
  if (!s) throw bad('assigneeId', '该员工不在所选部门');
  return s;
};

export const propertyOf = (db: Executor, propertyId: number) =>
  db
    .selectFrom('properties')
    .select(['id', 'code', 'name', 'timezone', 'address', 'phone'])
    .where('id', '=', propertyId)
    .executeTakeFirstOrThrow();
