import {
  needsFollowUpNote,
  orderClockViews,
  type WorkOrderState,
  type WorkOrderSummary,
} from '@propdesk/domain';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Executor } from '../history/history.js';
import type { Database } from '../kernel/db/schema.js';

export type WoDb = Database & { wo: Database['workOrders'] };
/** A query over `workOrders as wo`, filtered, before its columns are chosen. */
// biome-ignore lint/complexity/noBannedTypes: Kysely's own type of a query before its select.
export type OrderBase = SelectQueryBuilder<WoDb, 'wo', {}>;

export const ordersFrom = (db: Executor): OrderBase =>
  (db as unknown as Kysely<WoDb>).selectFrom('workOrders as wo');

/** The columns every list of orders shows. */
export const withSummary = (base: OrderBase) =>
  base
    .innerJoin('cases', 'cases.id', 'wo.caseId')
    .leftJoin('rooms', 'rooms.id', 'cases.roomId')
    .leftJoin('departments', 'departments.id', 'wo.departmentId')
    .leftJoin('staff as assignee', 'assignee.id', 'wo.assigneeId')
    .select([
      'wo.id',
      'wo.number',
      'wo.propertyId',
      'wo.caseId',
      'cases.number as caseNumber',
      'wo.type',
      'wo.urgency',
      'wo.state',
      'wo.origin',
      'wo.description',
      'wo.departmentId',
      'departments.name as departmentName',
      'wo.assigneeId',
      'assignee.name as assigneeName',
      'assignee.phone as assigneePhone',
      'rooms.label as roomLabel',
      'cases.callerName',
      'cases.callerPhone',
      'wo.dispatchMode',
      'wo.dispatchedAt',
      'wo.arrivalDueAt',
      'wo.arrivedAt',
      'wo.arrivalBreachedAt',
      'wo.isMustKeep',
      'wo.completionDueAt',
      'wo.completedAt',
      'wo.completionBreachedAt',
      'wo.pausedAt',
      'wo.resumeAt',
      'wo.breachCount',
      'wo.visitDueAt',
      'wo.closedAs',
      'wo.version',
      'wo.createdAt',
      'wo.openedDay',
      'wo.lastNoteDay',
    ]);

type SummaryRow = Awaited<ReturnType<ReturnType<typeof withSummary>['execute']>>[number];

/** One row as lists show it: clocks with time left or overdue, and the follow-up flag. */
export const toSummary = (r: SummaryRow, now: Date, today: string): WorkOrderSummary => {
  const state = r.state as WorkOrderState;
  const clocks = orderClockViews(
    {
      state,
      arrivalDueAt: r.arrivalDueAt,
      arrivedAt: r.arrivedAt,
      arrivalBreachedAt: r.arrivalBreachedAt,
      isMustKeep: r.isMustKeep === 1,
      completionDueAt: r.completionDueAt,
      completedAt: r.completedAt,
      completionBreachedAt: r.completionBreachedAt,
      pausedAt: r.pausedAt,
    },
    now,
  );
  return {
    id: r.id,
    number: r.number,
    propertyId: r.propertyId,
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    type: r.type,
    urgency: r.urgency,
    state,
    origin: r.origin as WorkOrderSummary['origin'],
    description: r.description,
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    assigneeId: r.assigneeId,
    assigneeName: r.assigneeName,
    assigneePhone: r.assigneePhone,
    roomLabel: r.roomLabel,
    callerName: r.callerName,
    callerPhone: r.callerPhone,
    dispatchMode: r.dispatchMode,
    dispatchedAt: r.dispatchedAt,
    ...clocks,
    isMustKeep: r.isMustKeep === 1,
    breachCount: r.breachCount,
    resumeAt: r.resumeAt,
    followUpMissing: needsFollowUpNote({
      state,
      openedDay: String(r.openedDay),
      today,
      hasNoteToday: r.lastNoteDay !== null && String(r.lastNoteDay) === today,
    }),
    visitDueAt: r.visitDueAt,
    closedAs: r.closedAs as WorkOrderSummary['closedAs'],
    version: r.version,
    createdAt: r.createdAt,
  };
};
