import {
  periodInstants,
  type ReportQuery,
  type ReportVisit,
  type ReturnVisitReport,
  returnVisitReport,
} from '@propdesk/domain';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import { resolveScope } from './scope.js';

type Deps = { db: Db; clock: Clock };
const flag = (v: number | null) => (v === null ? null : v === 1);

/**
 * 回访结果: work-order visits due in the period (same-day visits and spot checks), the orders
 * redone after an unsatisfied visit, and complaint return visits made in the period.
 */
export const returnVisitReportOf = async (
  { db, clock }: Deps,
  actor: Actor,
  q: ReportQuery,
): Promise<ReturnVisitReport> => {
  const scope = await resolveScope(db, clock, actor, q);
  const visits: ReportVisit[] = [];
  const improperCharges: ReturnVisitReport['improperCharges'] = [];
  const reopened: ReturnVisitReport['reopened'] = [];
  const complaintSatisfaction: (string | null)[] = [];
  for (const p of scope.properties) {
    const { from, to } = periodInstants(scope.period, p.timezone);
    let query = db
      .selectFrom('returnVisits as rv')
      .innerJoin('workOrders as wo', 'wo.id', 'rv.workOrderId')
      .innerJoin('cases', 'cases.id', 'wo.caseId')
      .leftJoin('rooms', 'rooms.id', 'cases.roomId')
      .leftJoin('departments', 'departments.id', 'wo.departmentId')
      .leftJoin('staff', 'staff.id', 'wo.assigneeId')
      .leftJoin('workOrders as redo', 'redo.id', 'rv.reworkOrderId')
      .select([
        'rv.id',
        'rv.kind',
        'rv.dueAt',
        'rv.visitedAt',
        'rv.satisfied',
        'rv.improperCharge',
        'rv.cashCharge',
        'rv.chargeDetail',
        'rv.comment',
        'rv.attitude',
        'rv.quality',
        'rv.reworkOrderId',
        'redo.number as reworkOrderNumber',
        'wo.id as workOrderId',
        'wo.number',
        'wo.departmentId',
        'departments.name as departmentName',
        'staff.name as assigneeName',
        'rooms.label as roomLabel',
      ])
      .where('rv.propertyId', '=', p.id)
      .where('rv.dueAt', '>=', from.toISOString())
      .where('rv.dueAt', '<', to.toISOString());
    if (scope.departmentId) query = query.where('wo.departmentId', '=', scope.departmentId);
    const rows = await query.orderBy('rv.dueAt').orderBy('rv.id').execute();
    for (const r of rows) {
      const departmentName = r.departmentName ?? '';
      visits.push({
        kind: r.kind,
        departmentId: r.departmentId,
        departmentName,
        dueAt: r.dueAt,
        visitedAt: r.visitedAt,
        satisfied: flag(r.satisfied),
        improperCharge: flag(r.improperCharge),
        cashCharge: flag(r.cashCharge),
        attitude: r.attitude,
        quality: r.quality,
        reworkOrderId: r.reworkOrderId,
      });
      if (r.visitedAt && (r.improperCharge === 1 || r.cashCharge === 1))
        improperCharges.push({
          visitId: r.id,
          workOrderId: r.workOrderId,
          workOrderNumber: r.number,
          propertyName: p.name,
          roomLabel: r.roomLabel,
          departmentName,
          assigneeName: r.assigneeName,
          visitedAt: r.visitedAt,
          improperCharge: r.improperCharge === 1,
          cashCharge: r.cashCharge === 1,
          chargeDetail: r.chargeDetail,
          comment: r.comment,
        });
      if (r.visitedAt && r.reworkOrderId !== null)
        reopened.push({
          workOrderId: r.workOrderId,
          workOrderNumber: r.number,
          reworkOrderId: r.reworkOrderId,
          reworkOrderNumber: r.reworkOrderNumber,
          propertyName: p.name,
          departmentName,
          visitedAt: r.visitedAt,
          comment: r.comment,
        });
    }
    let complaints = db
      .selectFrom('complaints')
      .select('returnVisitSatisfaction')
      .where('propertyId', '=', p.id)
      .where('returnVisitAt', '>=', from.toISOString())
      .where('returnVisitAt', '<', to.toISOString());
    if (scope.departmentId) complaints = complaints.where('departmentId', '=', scope.departmentId);
    for (const c of await complaints.execute()) complaintSatisfaction.push(c.returnVisitSatisfaction);
  }
  return returnVisitReport({
    scope: scope.view,
    now: clock.now(),
    visits,
    improperCharges,
    reopened,
    complaintSatisfaction,
  });
};
