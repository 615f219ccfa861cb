/**
 * One work order of the report bench data, from dispatch to close: the arrival and completion
 * clocks (with breaches and must-keep reschedules), pauses, referrals, priced lines, the return
 * visit and, after an unsatisfied visit, the order redone. Everything after `now` is cut off,
 * so recent orders are still open in whatever state they had reached.
 */
import { localDate, nextDueAt, priorityRank, startOfLocalDay } from '@propdesk/domain';
import { type Ctx, nextId, type Prop } from './reports-lifecycle.js';

const MIN = 60_000;
const DAY = 1440 * MIN;

/** The order and what it decided; `writes` puts its rows in foreign-key order (order first). */
export type OrderOutcome = {
  id: number;
  departmentId: number;
  closedAt: number | null;
  writes: (() => void)[];
};

const departmentOf = (ctx: Ctx, type: string) => {
  const r = ctx.rng.next();
  if (type === 'repair') return r < 0.85 ? 'engineering' : r < 0.93 ? 'security' : 'cleaning';
  if (type === 'paidService') return r < 0.7 ? 'engineering' : 'cleaning';
  return ctx.rng.pick(['security', 'cleaning', 'greening', 'engineering']);
};

export const workOrder = (
  ctx: Ctx,
  p: Prop,
  o: {
    caseId: number;
    type: string;
    summary: string;
    createdAt: number;
    deskId: number;
    reworkOfId?: number;
  },
): OrderOutcome => {
  const { rng, now, write } = ctx;
  const later: (() => void)[] = [];
  const seen = (t: number | null) => (t !== null && t <= now ? t : null);
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  const id = nextId(ctx.ids, 'workOrders');
  const kind = departmentOf(ctx, o.type);
  const departmentId = p.depts[kind]!;
  const assigneeId = rng.pick(p.workers[kind]!);
  const urgency = rng.chance(0.005) ? 'emergency' : rng.chance(0.04) ? 'urgent' : 'normal';
  const openedDay = localDate(new Date(o.createdAt), ctx.tz);
  const dispatchedAt = o.createdAt + rng.between(1, 20) * MIN;
  const acceptedAt = dispatchedAt + rng.between(1, 10) * MIN;
  const breaches: { kind: string; dueAt: number; detectedAt: number; cause: string }[] = [];

  // A rescheduled visit (改约) is a promise for the next morning that must be kept (S1 报修).
  const isMustKeep = rng.chance(0.06);
  let arrivalDueAt: number;
  let arrivedAt: number;
  if (isMustKeep) {
    arrivalDueAt = startOfLocalDay(openedDay, ctx.tz).getTime() + DAY + rng.between(9 * 60, 16 * 60) * MIN;
    arrivedAt = rng.chance(0.85)
      ? arrivalDueAt - rng.between(0, 30) * MIN
      : arrivalDueAt + rng.between(20, 120) * MIN;
    if (arrivedAt > arrivalDueAt)
      breaches.push({
        kind: 'appointment',
        dueAt: arrivalDueAt,
        detectedAt: arrivedAt,
        cause: 'rescheduled',
      });
  } else {
    const limit = urgency === 'normal' ? 30 : 15;
    arrivalDueAt = dispatchedAt + limit * MIN;
    arrivedAt = rng.chance(0.88)
      ? dispatchedAt + rng.between(5, limit - 2) * MIN
      : arrivalDueAt + rng.between(1, 90) * MIN;
    if (arrivedAt > arrivalDueAt)
      breaches.push({
        kind: 'arrival',
        dueAt: arrivalDueAt,
        detectedAt: arrivalDueAt + MIN,
        cause: 'overdue',
      });
  }

  // Waiting for parts stops the completion clock; a few jobs are beyond the estate's trades.
  const paused = rng.chance(0.02);
  const pausedAt = paused ? arrivedAt + 20 * MIN : null;
  const resumeAt = pausedAt === null ? null : pausedAt + 2 * DAY;
  const pauseMs = paused ? 2 * DAY : 0;
  const limit = o.type === 'repair' ? 240 : o.type === 'paidService' ? 1440 : 480;
  const completionDueAt = (isMustKeep ? arrivalDueAt : dispatchedAt) + limit * MIN + pauseMs;
  const referred = !paused && rng.chance(0.02);
  const completedAt = referred
    ? null
    : arrivedAt + pauseMs + (rng.chance(0.93) ? rng.between(15, 150) : rng.between(200, 900)) * MIN;
  if (completedAt !== null && completedAt > completionDueAt)
    breaches.push({
      kind: 'completion',
      dueAt: completionDueAt,
      detectedAt: completionDueAt + MIN,
      cause: 'overdue',
    });

  // Priced lines (有偿服务, and parts on some repairs), written at completion; a few amended.
  let feeCents = 0;
  if (seen(completedAt) !== null && (o.type === 'paidService' || rng.chance(0.08))) {
    for (let n = rng.between(1, 3); n > 0; n--) {
      const item = rng.pick(p.prices);
      const quantity = item.unit === '平方米' ? rng.between(4, 40) / 2 : rng.between(1, 3);
      const amountCents = Math.round(item.priceCents * quantity);
      const line = { workOrderId: id, priceItemId: item.id, name: item.name, unit: item.unit };
      const createdAt = iso(completedAt)!;
      const superseded = rng.chance(0.02);
      if (superseded) {
        const wrong = { ...line, unitPriceCents: item.priceCents, quantity: quantity + 1 };
        const supersededAt = iso(completedAt! + 60 * MIN);
        const amount = Math.round(item.priceCents * (quantity + 1));
        later.push(() =>
          write('workOrderItems', {
            id: nextId(ctx.ids, 'workOrderItems'),
            ...wrong,
            amountCents: amount,
            createdAt,
            supersededAt,
          }),
        );
      }
      later.push(() =>
        write('workOrderItems', {
          id: nextId(ctx.ids, 'workOrderItems'),
          ...line,
          unitPriceCents: item.priceCents,
          quantity,
          amountCents,
          createdAt,
          supersededAt: null,
        }),
      );
      feeCents += amountCents;
    }
  }

  // Return visit: every engineering order the same day (当天回访), a fifth of the others (抽查).
  const visitKind =
    completedAt === null ? null : kind === 'engineering' ? 'required' : rng.chance(0.2) ? 'spotCheck' : null;
  let visitedAt: number | null = null;
  let closedAs = referred ? 'referred' : 'done';
  let closedAt = referred ? arrivedAt + 30 * MIN : completedAt! + rng.between(30, 1440) * MIN;
  if (visitKind && seen(completedAt) !== null) {
    const dueAt = completedAt! + 8 * 60 * MIN;
    const r = rng.next();
    visitedAt = seen(
      r < 0.93
        ? completedAt! + rng.between(10, 420) * MIN
        : r < 0.98
          ? completedAt! + rng.between(540, 1800) * MIN
          : null,
    );
    const satisfied = visitedAt === null ? null : rng.chance(0.95) ? 1 : 0;
    const improper = visitedAt !== null && rng.chance(0.005);
    const cash = visitedAt !== null && rng.chance(0.005);
    let reworkOrderId: number | null = null;
    if (satisfied === 0 && !o.reworkOfId && rng.chance(0.5) && seen(visitedAt! + 10 * MIN) !== null) {
      const redo = workOrder(ctx, p, { ...o, createdAt: visitedAt! + 10 * MIN, reworkOfId: id });
      reworkOrderId = redo.id;
      later.push(...redo.writes);
      closedAs = 'reworked';
    }
    const rating = () =>
      visitedAt === null ? null : rng.chance(0.9) ? 'good' : rng.chance(0.8) ? 'fair' : 'poor';
    const visit = {
      id: nextId(ctx.ids, 'returnVisits'),
      workOrderId: id,
      propertyId: p.id,
      kind: visitKind,
      dueAt: iso(dueAt)!,
      method: visitedAt === null ? null : 'phone',
      attitude: rating(),
      quality: rating(),
      improperCharge: visitedAt === null ? null : improper ? 1 : 0,
      cashCharge: visitedAt === null ? null : cash ? 1 : 0,
      chargeDetail: improper || cash ? '维修师傅现场收取现金，未开收据' : null,
      satisfied,
      comment: visitedAt === null ? null : satisfied ? '满意' : '问题未彻底解决',
      visitedBy: visitedAt === null ? null : o.deskId,
      visitedAt: iso(visitedAt),
      reworkOrderId,
      createdAt: iso(completedAt)!,
    };
    later.push(() => write('returnVisits', visit));
    // Unreachable customers: the order is closed after three days without the visit.
    closedAt = visitedAt === null ? completedAt! + 3 * DAY : visitedAt + rng.between(5, 120) * MIN;
  }

  const closed = seen(closedAt);
  const state =
    closed !== null
      ? 'closed'
      : visitedAt !== null
        ? 'returnVisited'
        : seen(completedAt) !== null
          ? 'completed'
          : pausedAt !== null && pausedAt <= now && resumeAt! > now
            ? 'paused'
            : seen(arrivedAt) !== null
              ? 'onSite'
              : seen(acceptedAt) !== null
                ? 'accepted'
                : seen(dispatchedAt) !== null
                  ? 'dispatched'
                  : 'awaitingDispatch';
  const counted = breaches.filter((b) => b.detectedAt <= now);
  for (const b of counted)
    later.push(() =>
      write('workOrderBreaches', {
        id: nextId(ctx.ids, 'workOrderBreaches'),
        workOrderId: id,
        propertyId: p.id,
        kind: b.kind,
        dueAt: iso(b.dueAt)!,
        detectedAt: iso(b.detectedAt)!,
        cause: b.cause,
        departmentId,
        assigneeId,
      }),
    );
  const breachedAt = (kinds: string[]) =>
    iso(counted.find((b) => kinds.includes(b.kind))?.detectedAt ?? null);
  const clocks = {
    arrivalDueAt: iso(arrivalDueAt)!,
    arrivedAt: iso(seen(arrivedAt)),
    completionDueAt: iso(completionDueAt)!,
    completedAt: iso(seen(completedAt)),
  };
  const visitDueAt = visitKind && seen(completedAt) !== null ? iso(completedAt! + 8 * 60 * MIN) : null;
  const isPaused = state === 'paused';
  const order = {
    id,
    propertyId: p.id,
    caseId: o.caseId,
    number: `${p.code}W${openedDay.replaceAll('-', '')}-${id}`,
    type: o.type,
    urgency,
    priorityRank: priorityRank(urgency),
    origin: rng.chance(0.95) ? 'desk' : 'department',
    description: o.summary,
    departmentId,
    assigneeId,
    state,
    dispatchMode: rng.chance(0.7) ? 'verbal' : 'printed',
    dispatchedBy: o.deskId,
    dispatchedAt: iso(seen(dispatchedAt)),
    acceptedAt: iso(seen(acceptedAt)),
    ...clocks,
    isMustKeep: isMustKeep ? 1 : 0,
    arrivalBreachedAt: breachedAt(['arrival', 'appointment']),
    completionBreachedAt: breachedAt(['completion']),
    nextDueAt: closed !== null ? null : nextDueAt(clocks, visitDueAt),
    breachCount: counted.length,
    pausedFrom: isPaused ? 'onSite' : null,
    pausedAt: isPaused ? iso(pausedAt) : null,
    resumeAt: isPaused ? iso(resumeAt) : null,
    pauseReason: isPaused ? '等待配件' : null,
    result: seen(completedAt) !== null ? '已处理完毕' : null,
    materials: '[]',
    feeCents,
    visitDueAt,
    referredTo: referred && closed !== null ? '已提供专业维修公司联系方式' : null,
    reworkOfId: o.reworkOfId ?? null,
    closedAs: closed !== null ? closedAs : null,
    closedAt: iso(closed),
    openedDay,
    lastNoteDay: closed !== null ? null : localDate(new Date(now - MIN), ctx.tz),
    version: 5,
    createdBy: o.deskId,
    createdAt: iso(o.createdAt)!,
    updatedAt: iso(Math.min(now, Math.max(o.createdAt, closed ?? 0)))!,
  };
  ctx.counts.workOrders = (ctx.counts.workOrders ?? 0) + 1;
  return { id, departmentId, closedAt: closed, writes: [() => write('workOrders', order), ...later] };
};
