import type {
  ContactRegisterQuery,
  FeedbackReportQuery,
  ReportQuery,
  WorkloadReportQuery,
} from '@propdesk/domain';
import type { DutyService } from '../duty/service.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import { contactRegisterOf, contactsReportOf } from './contacts.js';
import { feedbackReportOf } from './feedback.js';
import { returnVisitReportOf } from './return-visits.js';
import { feeReportOf, workOrderReportOf } from './work-orders.js';
import { workloadReportOf } from './workload.js';

/**
 * Reports (issue 8 item 1; DOMAIN.md §9), read from the records each feature keeps. Nothing is
 * stored here: every report is computed on request for the property (or all the actor reads).
 */
export const createReportService = (deps: { db: Db; clock: Clock; duty: Pick<DutyService, 'workload'> }) => ({
  contacts: (actor: Actor, q: ReportQuery) => contactsReportOf(deps, actor, q),
  workOrders: (actor: Actor, q: ReportQuery) => workOrderReportOf(deps, actor, q),
  fees: (actor: Actor, q: ReportQuery) => feeReportOf(deps, actor, q),
  returnVisits: (actor: Actor, q: ReportQuery) => returnVisitReportOf(deps, actor, q),
  feedback: (actor: Actor, q: FeedbackReportQuery) => feedbackReportOf(deps, actor, q),
  workload: (actor: Actor, q: WorkloadReportQuery) => workloadReportOf(deps, actor, q),
  register: (actor: Actor, q: ContactRegisterQuery) => contactRegisterOf(deps, actor, q),
});
export type ReportService = ReturnType<typeof createReportService>;
