import {
  type DeskPaymentRow,
  type FeeReport,
  feeReport,
  localDate,
  localTime,
  type PaidServiceRow,
  paymentMethodLabels,
  paymentPurposeLabels,
  periodInstants,
  type ReportOrder,
  type ReportQuery,
  type WorkOrderReport,
  workOrderReport,
} from '@propdesk/domain';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import { chunks, resolveScope } from './scope.js';

type Deps = { db: Db; clock: Clock };

/** 月派工报事统计分析表: the orders opened in the period, with the breaches counted against each. */
export const workOrderReportOf = async (
  { db, clock }: Deps,
  actor: Actor,
  q: ReportQuery,
): Promise<WorkOrderReport> => {
  const scope = await resolveScope(db, clock, actor, q);
  const orders: ReportOrder[] = [];
  for (const p of scope.properties) {
    const { from, to } = periodInstants(scope.period, p.timezone);
    let query = db
      .selectFrom('workOrders as wo')
      .leftJoin('departments', 'departments.id', 'wo.departmentId')
      .select([
        'wo.id',
        'wo.departmentId',
        'departments.name as departmentName',
        'wo.type',
        'wo.state',
        'wo.createdAt',
        'wo.dispatchedAt',
        'wo.arrivedAt',
        'wo.completedAt',
        'wo.closedAs',
        'wo.isMustKeep',
        'wo.feeCents',
        'wo.breachCount',
      ])
      .where('wo.propertyId', '=', p.id)
      .where('wo.createdAt', '>=', from.toISOString())
      .where('wo.createdAt', '<', to.toISOString());
    if (scope.departmentId) query = query.where('wo.departmentId', '=', scope.departmentId);
    const rows = await query.execute();
    const breaches = new Map<number, string[]>();
    const breached = rows.filter((r) => r.breachCount > 0).map((r) => r.id);
    for (const ids of chunks(breached))
      for (const b of await db
        .selectFrom('workOrderBreaches')
        .select(['workOrderId', 'kind'])
        .where('workOrderId', 'in', ids)
        .execute())
        breaches.set(b.workOrderId, [...(breaches.get(b.workOrderId) ?? []), b.kind]);
    for (const r of rows)
      orders.push({
        departmentId: r.departmentId,
        departmentName: r.departmentName ?? '',
        type: r.type,
        state: r.state,
        createdAt: r.createdAt,
        dispatchedAt: r.dispatchedAt,
        arrivedAt: r.arrivedAt,
        completedAt: r.completedAt,
        closedAs: r.closedAs,
        isMustKeep: r.isMustKeep === 1,
        feeCents: r.feeCents,
        breachKinds: breaches.get(r.id) ?? [],
      });
  }
  return workOrderReport(scope.view, orders);
};

/** 有偿服务收费明细表 (orders completed in the period with priced lines) and the desk's payments. */
export const feeReportOf = async ({ db, clock }: Deps, actor: Actor, q: ReportQuery): Promise<FeeReport> => {
  const scope = await resolveScope(db, clock, actor, q);
  const paid: PaidServiceRow[] = [];
  const payments: DeskPaymentRow[] = [];
  for (const p of scope.properties) {
    const { from, to } = periodInstants(scope.period, p.timezone);
    let orders = db
      .selectFrom('workOrders as wo')
      .innerJoin('cases', 'cases.id', 'wo.caseId')
      .leftJoin('rooms', 'rooms.id', 'cases.roomId')
      .leftJoin('departments', 'departments.id', 'wo.departmentId')
      .leftJoin('staff', 'staff.id', 'wo.assigneeId')
      .select([
        'wo.id',
        'wo.number',
        'wo.completedAt',
        'wo.feeCents',
        'rooms.label as roomLabel',
        'cases.callerName',
        'departments.name as departmentName',
        'staff.name as assigneeName',
      ])
      .where('wo.propertyId', '=', p.id)
      .where('wo.feeCents', '>', 0)
      .where('wo.completedAt', '>=', from.toISOString())
      .where('wo.completedAt', '<', to.toISOString());
    if (scope.departmentId) orders = orders.where('wo.departmentId', '=', scope.departmentId);
    const rows = await orders.orderBy('wo.completedAt').orderBy('wo.id').execute();
    const items = new Map<number, PaidServiceRow['items']>();
    for (const ids of chunks(rows.map((r) => r.id)))
      for (const i of await db
        .selectFrom('workOrderItems')
        .select(['workOrderId', 'name', 'unit', 'unitPriceCents', 'quantity', 'amountCents'])
        .where('workOrderId', 'in', ids)
        .where('supersededAt', 'is', null)
        .orderBy('id')
        .execute()) {
        const { workOrderId, ...line } = i;
        items.set(workOrderId, [...(items.get(workOrderId) ?? []), line]);
      }
    for (const r of rows)
      paid.push({
        workOrderId: r.id,
        number: r.number,
        propertyName: p.name,
        date: localDate(new Date(r.completedAt!), p.timezone),
        roomLabel: r.roomLabel,
        customer: r.callerName,
        items: items.get(r.id) ?? [],
        amountCents: r.feeCents,
        assigneeName: r.assigneeName,
        departmentName: r.departmentName ?? '',
      });
    // Desk payments belong to the desk, not to a department: a department filter leaves them out.
    if (scope.departmentId) continue;
    const taken = await db
      .selectFrom('deskPayments')
      .leftJoin('rooms', 'rooms.id', 'deskPayments.roomId')
      .leftJoin('staff', 'staff.id', 'deskPayments.receivedBy')
      .select([
        'deskPayments.id',
        'deskPayments.receiptNo',
        'deskPayments.receivedAt',
        'rooms.label as roomLabel',
        'deskPayments.payerName',
        'deskPayments.purpose',
        'deskPayments.months',
        'deskPayments.amountCents',
        'deskPayments.method',
        'staff.name as receivedByName',
        'deskPayments.handedOverAt',
        'deskPayments.voidedAt',
      ])
      .where('deskPayments.propertyId', '=', p.id)
      .where('deskPayments.receivedAt', '>=', from.toISOString())
      .where('deskPayments.receivedAt', '<', to.toISOString())
      .orderBy('deskPayments.receivedAt')
      .orderBy('deskPayments.id')
      .execute();
    for (const t of taken) {
      const at = new Date(t.receivedAt);
      payments.push({
        id: t.id,
        receiptNo: t.receiptNo,
        propertyName: p.name,
        date: localDate(at, p.timezone),
        time: localTime(at, p.timezone),
        roomLabel: t.roomLabel,
        payerName: t.payerName,
        purpose: t.purpose,
        purposeLabel: (paymentPurposeLabels as Record<string, string>)[t.purpose] ?? t.purpose,
        months: t.months,
        amountCents: t.amountCents,
        method: t.method,
        methodLabel: (paymentMethodLabels as Record<string, string>)[t.method] ?? t.method,
        receivedByName: t.receivedByName ?? '',
        handedOver: t.handedOverAt !== null,
        voided: t.voidedAt !== null,
      });
    }
  }
  return feeReport(scope.view, paid, payments);
};
