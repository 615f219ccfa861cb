import { localDate, startOfLocalDay } from './time.js';

/**
 * Work orders (派工单, DOMAIN.md §4): states, the transitions between them, and the two clocks
 * (arrival and completion). Pure rules: the server stores what these functions decide.
 */
export const workOrderStates = [
  'awaitingDispatch',
  'dispatched',
  'accepted',
  'onSite',
  'paused',
  'completed',
  'returnVisited',
  'closed',
] as const;
export type WorkOrderState = (typeof workOrderStates)[number];
export const workOrderStateLabels: Record<WorkOrderState, string> = {
  awaitingDispatch: '待派工',
  dispatched: '已派工',
  accepted: '已接单',
  onSite: '已到场',
  paused: '已暂停',
  completed: '已完工',
  returnVisited: '已回访',
  closed: '已关闭',
};
/** States in which the work is not done yet: followed every day until done (S3 篇九 4.5.4). */
export const unfinishedStates = [
  'awaitingDispatch',
  'dispatched',
  'accepted',
  'onSite',
  'paused',
] as const satisfies readonly WorkOrderState[];
export const openStates = workOrderStates.filter((s) => s !== 'closed');

/** How a closed order ended. */
export const closedAsValues = ['done', 'referred', 'reworked'] as const;
export type ClosedAs = (typeof closedAsValues)[number];
export const closedAsLabels: Record<ClosedAs, string> = {
  done: '完成关闭',
  referred: '维修能力外，已提供外部联系方式',
  reworked: '回访不满意，已重新派工',
};

export const dispatchModes = ['verbal', 'printed'] as const;
export type DispatchMode = (typeof dispatchModes)[number];
/** S3 篇九 4.5.3.1: 口头派工 and 打单派工 are both recorded. */
export const dispatchModeLabels: Record<DispatchMode, string> = { verbal: '口头派工', printed: '打单派工' };

/** Who started the order: the desk, or a department working a case transferred to it (S4 篇3 抽查回访). */
export const workOrderOrigins = ['desk', 'department'] as const;
export type WorkOrderOrigin = (typeof workOrderOrigins)[number];

export const workOrderActions = [
  'dispatch',
  'accept',
  'arrive',
  'complete',
  'reschedule',
  'reassign',
  'sendBack',
  'refer',
  'pause',
  'resume',
  'returnVisit',
  'close',
] as const;
export type WorkOrderAction = (typeof workOrderActions)[number];
export const workOrderActionLabels: Record<WorkOrderAction, string> = {
  dispatch: '派工',
  accept: '接单',
  arrive: '报到场',
  complete: '完工',
  reschedule: '改约',
  reassign: '改派',
  sendBack: '退回前台',
  refer: '转介（维修能力外）',
  pause: '暂停',
  resume: '恢复',
  returnVisit: '回访',
  close: '关闭',
};

const from: Record<WorkOrderAction, readonly WorkOrderState[]> = {
  dispatch: ['awaitingDispatch'],
  accept: ['dispatched'],
  arrive: ['accepted'],
  complete: ['onSite'],
  reschedule: ['dispatched', 'accepted'],
  reassign: ['dispatched', 'accepted'],
  sendBack: ['dispatched', 'accepted', 'onSite'],
  refer: ['awaitingDispatch', 'dispatched', 'accepted', 'onSite'],
  pause: ['dispatched', 'accepted', 'onSite'],
  resume: ['paused'],
  returnVisit: ['completed'],
  close: ['completed', 'returnVisited'],
};

/** What else, beside the state, decides whether an action is allowed. */
export type TransitionContext = {
  /** The state a paused order returns to. */
  pausedFrom?: WorkOrderState | null;
  /** The arrival is a rescheduled, must-keep appointment (S1 报修). */
  isMustKeep?: boolean;
  /** The completed order waits for a return visit (S3 篇九 4.5.5, or sampled for a spot check). */
  isVisitRequired?: boolean;
  /** Outcome of a return visit: not satisfied closes the order and opens a new one. */
  isSatisfied?: boolean;
};

export type Transition = { ok: true; to: WorkOrderState } | { ok: false; message: string };

const targetOf = (action: WorkOrderAction, state: WorkOrderState, ctx: TransitionContext): WorkOrderState => {
  switch (action) {
    case 'dispatch':
    case 'reassign':
      return 'dispatched';
    case 'accept':
      return 'accepted';
    case 'arrive':
      return 'onSite';
    case 'complete':
      return 'completed';
    case 'reschedule':
      return state;
    case 'sendBack':
      return 'awaitingDispatch';
    case 'refer':
    case 'close':
      return 'closed';
    case 'pause':
      return 'paused';
    case 'resume':
      return ctx.pausedFrom ?? 'dispatched';
    case 'returnVisit':
      return ctx.isSatisfied === false ? 'closed' : 'returnVisited';
  }
};

/** The most helpful refusal for an action in a state it does not apply to. */
const refusal = (action: WorkOrderAction, state: WorkOrderState): string => {
  const label = workOrderActionLabels[action];
  if (state === 'closed') return `派工单已关闭，不能${label}`;
  if (state === 'paused') return `派工单已暂停，请先恢复再${label}`;
  if (action === 'accept' && (state === 'accepted' || state === 'onSite')) return '已接单，无需重复接单';
  if (action === 'accept' && state === 'awaitingDispatch') return '派工单尚未派出，不能接单';
  if (action === 'arrive' && state === 'dispatched') return '请先接单，再报到场';
  if (action === 'arrive' && state === 'onSite') return '已报到场，无需重复';
  if (action === 'complete' && (state === 'dispatched' || state === 'accepted'))
    return '维修人员尚未到场，不能完工';
  if (action === 'dispatch' && state !== 'awaitingDispatch') return '派工单已派出，如需换人请改派';
  if ((action === 'reschedule' || action === 'reassign') && state === 'onSite')
    return `维修人员已到场，不能${label}`;
  if (action === 'resume') return '派工单未暂停，无需恢复';
  if (action === 'returnVisit' && state === 'returnVisited') return '已回访，不能重复回访';
  if (action === 'returnVisit') return '派工单尚未完工，不能回访';
  if (action === 'close') return '派工单尚未完工，不能关闭';
  return `派工单当前为“${workOrderStateLabels[state]}”，不能${label}`;
};

/**
 * Whether `action` may happen to an order in `state`, and the state it leads to. Every refusal
 * carries a message the desk can show as it is.
 */
export const checkTransition = (
  state: WorkOrderState,
  action: WorkOrderAction,
  ctx: TransitionContext = {},
): Transition => {
  if (!from[action].includes(state)) return { ok: false, message: refusal(action, state) };
  if (action === 'reschedule' && ctx.isMustKeep)
    return {
      ok: false,
      message:
        '改约后的上门时间必须遵守，不能再次改约（S1 报修：第二次一定按照约定时间准时上门，绝不可失约）',
    };
  if (action === 'close' && state === 'completed' && ctx.isVisitRequired !== false)
    return { ok: false, message: '请先完成回访再关闭（S3 篇九 4.5.5 当天回访）' };
  return { ok: true, to: targetOf(action, state, ctx) };
};

/** The actions an order in `state` allows, for buttons. */
export const allowedActions = (state: WorkOrderState, ctx: TransitionContext = {}) =>
  workOrderActions.filter((a) => checkTransition(state, a, ctx).ok);

// ---- Follow-up, return visits ---------------------------------------------------------------

/**
 * S3 篇九 4.5.4.3: an order not done on its first day is followed every day until done; a day
 * without a follow-up note is flagged.
 */
export const needsFollowUpNote = (o: {
  state: WorkOrderState;
  openedDay: string;
  today: string;
  hasNoteToday: boolean;
}) => (unfinishedStates as readonly string[]).includes(o.state) && o.openedDay < o.today && !o.hasNoteToday;

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** S3 篇九 4.5.5.1: every request completed on a day is visited that day: due at the day's end. */
export const returnVisitDueAt = (completedAt: Date, timeZone: string) =>
  startOfLocalDay(nextDay(localDate(completedAt, timeZone)), timeZone).toISOString();

/**
 * S4 篇3 抽查回访: orders a department started itself are sampled for a return visit. The
 * choice is a pure function of the order id (a 32-bit mix), so it is stable and testable, and
 * about `percent` % of ids are chosen.
 */
export const isSpotChecked = (orderId: number, percent: number) => {
  const p = Math.min(100, Math.max(0, percent));
  let h = orderId >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32 < p / 100;
};

/** Whether a completed order waits for a return visit, and of which kind. */
export const returnVisitKind = (origin: WorkOrderOrigin, orderId: number, spotCheckPercent: number) =>
  origin === 'desk'
    ? ('required' as const)
    : isSpotChecked(orderId, spotCheckPercent)
      ? ('spotCheck' as const)
      : null;
