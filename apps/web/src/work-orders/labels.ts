import {
  type BreachKind,
  breachKindLabels,
  type ClosedAs,
  caseStateLabels,
  caseTypeLabels,
  closedAsLabels,
  type DispatchMode,
  dispatchModeLabels,
  ratingLabels,
  returnVisitMethodLabels,
  urgencyLabels,
  type WorkOrderAction,
  type WorkOrderState,
  workOrderActionLabels,
  workOrderStateLabels,
} from '@propdesk/domain';
import type { Lang } from '../i18n/i18n';

// Chinese comes from the shared domain labels (the server's words); English here.
const en = {
  state: {
    awaitingDispatch: 'Awaiting dispatch',
    dispatched: 'Dispatched',
    accepted: 'Accepted',
    onSite: 'On site',
    paused: 'Paused',
    completed: 'Completed',
    returnVisited: 'Visited back',
    closed: 'Closed',
  } satisfies Record<WorkOrderState, string>,
  action: {
    dispatch: 'Dispatch',
    accept: 'Accept',
    arrive: 'Arrived',
    complete: 'Complete',
    reschedule: 'Reschedule',
    reassign: 'Reassign',
    sendBack: 'Send back to desk',
    refer: 'Refer out (beyond capability)',
    pause: 'Pause',
    resume: 'Resume',
    returnVisit: 'Return visit',
    close: 'Close',
  } satisfies Record<WorkOrderAction, string>,
  breach: {
    arrival: 'Late arrival',
    appointment: 'Missed the rescheduled visit',
    completion: 'Late completion',
  } satisfies Record<BreachKind, string>,
  closedAs: {
    done: 'Closed as done',
    referred: 'Referred out; external contact given',
    reworked: 'Not satisfied; dispatched again',
  } satisfies Record<ClosedAs, string>,
  mode: { verbal: 'Verbal', printed: 'Printed slip' } satisfies Record<DispatchMode, string>,
  rating: { good: 'Good', fair: 'Fair', poor: 'Poor' },
  method: { phone: 'By phone', visit: 'In person' },
  urgency: { normal: 'Normal', urgent: 'Urgent', emergency: 'Emergency' },
  type: {
    inquiry: 'Inquiry',
    help: 'Help',
    paidService: 'Paid service',
    repair: 'Repair',
    suggestion: 'Suggestion',
    complaint: 'Complaint',
    praise: 'Praise',
    otherWork: 'Other business',
  },
  caseState: {
    handling: 'At the desk',
    awaitingDispatch: 'Awaiting dispatch',
    assigned: 'Handed on',
    closed: 'Closed',
  },
};

const pick = (zh: Record<string, string>, english: Record<string, string>, key: string | null, lang: Lang) =>
  key === null ? '—' : ((lang === 'en' ? english : zh)[key] ?? key);

export const woStateText = (v: string, lang: Lang) => pick(workOrderStateLabels, en.state, v, lang);
export const woActionText = (v: string, lang: Lang) => pick(workOrderActionLabels, en.action, v, lang);
export const breachText = (v: string, lang: Lang) => pick(breachKindLabels, en.breach, v, lang);
export const closedAsText = (v: string | null, lang: Lang) => pick(closedAsLabels, en.closedAs, v, lang);
export const modeText = (v: string | null, lang: Lang) => pick(dispatchModeLabels, en.mode, v, lang);
export const ratingText = (v: string | null, lang: Lang) => pick(ratingLabels, en.rating, v, lang);
export const methodText = (v: string | null, lang: Lang) => pick(returnVisitMethodLabels, en.method, v, lang);
export const urgencyText = (v: string, lang: Lang) => pick(urgencyLabels, en.urgency, v, lang);
export const typeText = (v: string, lang: Lang) => pick(caseTypeLabels, en.type, v, lang);
export const caseStateText = (v: string, lang: Lang) => pick(caseStateLabels, en.caseState, v, lang);

export const woStateColor: Record<string, string> = {
  awaitingDispatch: 'gold',
  dispatched: 'blue',
  accepted: 'cyan',
  onSite: 'geekblue',
  paused: 'purple',
  completed: 'green',
  returnVisited: 'lime',
  closed: 'default',
};
export const urgencyColor: Record<string, string> = { normal: 'default', urgent: 'orange', emergency: 'red' };

/** The main line of states an order walks through; paused is shown beside it, not on it. */
export const stepStates = [
  'awaitingDispatch',
  'dispatched',
  'accepted',
  'onSite',
  'completed',
  'returnVisited',
  'closed',
] as const satisfies readonly WorkOrderState[];

/** Cents to "¥1,234.50". */
export const yuan = (cents: number) =>
  `¥${(cents / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
