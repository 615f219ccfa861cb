import type { WorkOrderState } from './work-orders.js';

/**
 * The two clocks of a work order (DOMAIN.md §4; S4 4.4.1; S1 报修): arrival and completion
 * deadlines, breaches, pause and reschedule, and how the board shows them. Pure rules.
 */

const ms = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();
const MINUTE = 60_000;

/**
 * The two deadlines of a new order (S4 4.4.1: on site within 30 minutes unless a time is agreed;
 * completion at the time agreed with the customer or the type's default). The completion default
 * runs from the agreed visit when there is one.
 */
export const initialDeadlines = (o: {
  at: Date;
  arrivalMinutes: number;
  completionMinutes: number;
  agreedArrivalAt?: string | null;
  agreedCompletionAt?: string | null;
}) => {
  const arrival = o.agreedArrivalAt ? ms(o.agreedArrivalAt) : o.at.getTime() + o.arrivalMinutes * MINUTE;
  const completion = o.agreedCompletionAt
    ? ms(o.agreedCompletionAt)
    : (o.agreedArrivalAt ? arrival : o.at.getTime()) + o.completionMinutes * MINUTE;
  if (o.agreedArrivalAt && arrival <= o.at.getTime())
    return { ok: false as const, message: '约定上门时间须晚于现在' };
  if (completion < arrival) return { ok: false as const, message: '约定完成时间不能早于上门时间' };
  return { ok: true as const, arrivalDueAt: iso(arrival), completionDueAt: iso(completion) };
};

/** The clock fields of an order, as stored. */
export type OrderClocks = {
  state: WorkOrderState;
  arrivalDueAt: string;
  arrivedAt: string | null;
  arrivalBreachedAt: string | null;
  isMustKeep: boolean;
  completionDueAt: string;
  completedAt: string | null;
  completionBreachedAt: string | null;
  pausedAt: string | null;
};

/** arrival: the first promise; appointment: the must-keep rescheduled visit; completion. */
export const breachKinds = ['arrival', 'appointment', 'completion'] as const;
export type BreachKind = (typeof breachKinds)[number];
export const breachKindLabels: Record<BreachKind, string> = {
  arrival: '未按时到场',
  appointment: '改约后仍失约',
  completion: '未按时完成',
};

const clocksRun = (s: WorkOrderState) =>
  s === 'awaitingDispatch' || s === 'dispatched' || s === 'accepted' || s === 'onSite';

/**
 * Deadlines passed and not yet counted. Clocks stop while paused (and once the order is
 * closed or finished); a breach once counted stays counted, whatever happens later.
 */
export const dueBreaches = (o: OrderClocks, now: Date): { kind: BreachKind; dueAt: string }[] => {
  if (!clocksRun(o.state)) return [];
  const t = now.getTime();
  const out: { kind: BreachKind; dueAt: string }[] = [];
  if (!o.arrivedAt && !o.arrivalBreachedAt && t > ms(o.arrivalDueAt))
    out.push({ kind: o.isMustKeep ? 'appointment' : 'arrival', dueAt: o.arrivalDueAt });
  if (!o.completedAt && !o.completionBreachedAt && t > ms(o.completionDueAt))
    out.push({ kind: 'completion', dueAt: o.completionDueAt });
  return out;
};

/** Resuming a paused order moves every deadline not yet met by the time it was paused. */
export const resumedDeadlines = (o: OrderClocks, resumedAt: Date) => {
  const paused = o.pausedAt ? Math.max(0, resumedAt.getTime() - ms(o.pausedAt)) : 0;
  return {
    pausedMs: paused,
    arrivalDueAt: o.arrivedAt ? o.arrivalDueAt : iso(ms(o.arrivalDueAt) + paused),
    completionDueAt: o.completedAt ? o.completionDueAt : iso(ms(o.completionDueAt) + paused),
  };
};

/**
 * S1 报修: the visit cannot be kept, the customer agrees a new time, and that second appointment
 * must be kept. The broken first promise counts as a breach now unless already counted; missing
 * the new one is a second breach of its own kind ('appointment').
 */
export const rescheduledDeadlines = (
  o: OrderClocks,
  now: Date,
  input: { newArrivalAt: string; newCompletionAt?: string | null; completionMinutes: number },
) => {
  const arrival = ms(input.newArrivalAt);
  if (arrival <= now.getTime()) return { ok: false as const, message: '新的上门时间须晚于现在' };
  const completion = input.newCompletionAt
    ? ms(input.newCompletionAt)
    : Math.max(ms(o.completionDueAt), arrival + input.completionMinutes * MINUTE);
  if (completion < arrival) return { ok: false as const, message: '约定完成时间不能早于上门时间' };
  return {
    ok: true as const,
    firstPromiseBreach: o.arrivalBreachedAt ? null : { kind: 'arrival' as const, dueAt: o.arrivalDueAt },
    arrivalDueAt: iso(arrival),
    completionDueAt: iso(completion),
  };
};

export type ClockStatus = 'running' | 'paused' | 'met' | 'metLate' | 'overdue' | 'stopped';
export type ClockView = {
  dueAt: string;
  metAt: string | null;
  status: ClockStatus;
  remainingMs: number | null;
  isBreached: boolean;
};

/** One clock as the board shows it: time left (negative: overdue), frozen while paused. */
export const clockView = (
  c: {
    dueAt: string;
    metAt: string | null;
    breachedAt: string | null;
    pausedAt: string | null;
    isStopped: boolean;
  },
  now: Date,
): ClockView => {
  const isBreached = c.breachedAt !== null;
  const base = { dueAt: c.dueAt, metAt: c.metAt, isBreached };
  if (c.metAt)
    return {
      ...base,
      status: isBreached || ms(c.metAt) > ms(c.dueAt) ? 'metLate' : 'met',
      remainingMs: null,
    };
  if (c.isStopped) return { ...base, status: 'stopped', remainingMs: null };
  if (c.pausedAt) return { ...base, status: 'paused', remainingMs: ms(c.dueAt) - ms(c.pausedAt) };
  const remainingMs = ms(c.dueAt) - now.getTime();
  return { ...base, status: remainingMs < 0 || isBreached ? 'overdue' : 'running', remainingMs };
};

/** Both clocks of an order. */
export const orderClockViews = (o: OrderClocks, now: Date) => {
  const isStopped = o.state === 'closed' || o.state === 'completed' || o.state === 'returnVisited';
  return {
    arrival: clockView(
      {
        dueAt: o.arrivalDueAt,
        metAt: o.arrivedAt,
        breachedAt: o.arrivalBreachedAt,
        pausedAt: o.pausedAt,
        isStopped,
      },
      now,
    ),
    completion: clockView(
      {
        dueAt: o.completionDueAt,
        metAt: o.completedAt,
        breachedAt: o.completionBreachedAt,
        pausedAt: o.pausedAt,
        isStopped,
      },
      now,
    ),
  };
};

/** The deadline the order is working to next (for sorting lists): arrival, then completion. */
export const nextDueAt = (
  o: Pick<OrderClocks, 'arrivedAt' | 'arrivalDueAt' | 'completedAt' | 'completionDueAt'>,
  visitDueAt?: string | null,
) => (!o.arrivedAt ? o.arrivalDueAt : !o.completedAt ? o.completionDueAt : (visitDueAt ?? null));

/** Urgent first in every list (S3 篇九 4.5.3.3). */
export const priorityRank = (urgency: string) => (urgency === 'emergency' ? 0 : urgency === 'urgent' ? 1 : 2);
