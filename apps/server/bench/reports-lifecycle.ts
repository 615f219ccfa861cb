/**
 * A day of one property in the report bench data: the day's cases (with one to three contacts
 * each, taken by whoever is on duty), their work orders or complaints, and the desk's payments.
 */
import { complaintCategories, complaintCategoryDepartment } from '@propdesk/domain';
import { chineseName, mobileNumber, type Rng } from '../src/archive/fake-people.js';
import type { Write } from './reports-data.js';
import { workOrder } from './reports-orders.js';
import { CHANNELS, DETAILS, HOUR_MIX, IDENTITIES, MATTERS, TYPES } from './reports-reference.js';

export const MIN = 60_000;
const DAY = 1440 * MIN;

export type Shift = { kind: string; staffId: number; startsAt: number; endsAt: number };
export type Prop = {
  id: number;
  code: string;
  weight: number;
  rooms: { id: number; buildingId: number; label: string }[];
  depts: Record<string, number>;
  workers: Record<string, number[]>;
  desk: number[];
  prices: { id: number; name: string; unit: string; priceCents: number }[];
  /** The shifts of each day of the data, by day index. */
  roster: Shift[][];
};
export type Ctx = {
  write: Write;
  rng: Rng;
  tz: string;
  now: number;
  ids: Record<string, number>;
  counts: Record<string, number>;
};

export const nextId = (ids: Record<string, number>, table: string) => {
  const id = (ids[table] ?? 0) + 1;
  ids[table] = id;
  return id;
};
const bump = (ctx: Ctx, key: string) => {
  ctx.counts[key] = (ctx.counts[key] ?? 0) + 1;
};
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

const weighted = <T extends string>(rng: Rng, mix: readonly (readonly [T, number])[]) => {
  let r = rng.next() * mix.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of mix) {
    r -= w;
    if (r < 0) return v;
  }
  return mix[0]![0];
};

/** Who takes a contact at instant t: a desk on duty, else the night post, else any desk person. */
const takerAt = (ctx: Ctx, p: Prop, dayIndex: number, t: number) => {
  const live = [...(p.roster[dayIndex] ?? []), ...(p.roster[dayIndex - 1] ?? [])].filter(
    (s) => s.startsAt <= t && t < s.endsAt,
  );
  const desks = live.filter((s) => s.kind === 'desk');
  if (desks.length) return ctx.rng.pick(desks).staffId;
  return live[0]?.staffId ?? ctx.rng.pick(p.desk);
};

const complaint = (
  ctx: Ctx,
  p: Prop,
  caseId: number,
  t: number,
  buildingId: number | null,
  deskId: number,
) => {
  const { rng, now } = ctx;
  const category = rng.pick(complaintCategories);
  const deptKind = complaintCategoryDepartment[category];
  const departmentId = deptKind ? (p.depts[deptKind] ?? null) : null;
  const closedAt = t + rng.between(2 * 1440, 12 * 1440) * MIN;
  const closed = closedAt <= now;
  const visited = closed && rng.chance(0.9);
  const severity = rng.chance(0.85) ? 'ordinary' : rng.chance(0.8) ? 'important' : 'hotspot';
  const where = buildingId ? 'building' : rng.chance(0.75) ? 'commonArea' : 'none';
  const row = {
    caseId,
    propertyId: p.id,
    state: closed ? 'closed' : 'referred',
    category,
    locationKind: where,
    buildingId,
    commonArea: where === 'commonArea' ? '地下车库' : null,
    complainantCount: rng.chance(0.9) ? 1 : rng.between(2, 6),
    lawsuit: 0,
    mediaExposed: 0,
    safetyInvolved: 0,
    publicInterest: 0,
    passedUpToManager: 0,
    anonymous: 0,
    onSpotSatisfied: 0,
    isTypical: 0,
    receivedAt: iso(t)!,
    severity,
    proposedSeverity: severity,
    proposedRule: 'default',
    proposedReason: '一般投诉',
    immediateMode: 'none',
    departmentId,
    referredAt: iso(t + 30 * MIN),
    finding: closed ? rng.pick(['ours', 'notOurs', 'shared']) : null,
    repliedAt: closed ? iso(closedAt - DAY) : null,
    returnVisitAt: visited ? iso(closedAt - 60 * MIN) : null,
    returnVisitBy: visited ? deskId : null,
    returnVisitMethod: visited ? 'phone' : null,
    returnVisitSatisfaction: visited
      ? rng.chance(0.75)
        ? 'satisfied'
        : rng.chance(0.8)
          ? 'basically'
          : 'dissatisfied'
      : null,
    returnVisitSkipReason: closed && !visited ? 'anonymousOrNoContact' : null,
    closedAt: closed ? iso(closedAt) : null,
    createdAt: iso(t)!,
  };
  bump(ctx, 'complaints');
  return { departmentId, closedAt: closed ? closedAt : null, writes: [() => ctx.write('complaints', row)] };
};

const oneCase = (
  ctx: Ctx,
  p: Prop,
  dayOf: (t: number) => number,
  number: string,
  t: number,
  contacts: number,
) => {
  const { rng, now, write } = ctx;
  const caseId = nextId(ctx.ids, 'cases');
  const type = weighted(rng, TYPES);
  const channel = weighted(rng, CHANNELS);
  const identity = weighted(rng, IDENTITIES);
  const room = rng.chance(0.9) ? rng.pick(p.rooms) : null;
  const callerName = chineseName(rng);
  const callerPhone = mobileNumber(rng);
  const summary = `${rng.pick(MATTERS[type]!)}，${rng.pick(DETAILS)}`;
  const taker = takerAt(ctx, p, dayOf(t), t);
  let outcome: { departmentId: number | null; closedAt: number | null; writes?: (() => void)[] };
  const needsOrder =
    type === 'repair' ||
    type === 'paidService' ||
    (type === 'help' && rng.chance(0.3)) ||
    (type === 'otherWork' && rng.chance(0.25));
  if (needsOrder) outcome = workOrder(ctx, p, { caseId, type, summary, createdAt: t, deskId: taker });
  else if (type === 'complaint') outcome = complaint(ctx, p, caseId, t, room?.buildingId ?? null, taker);
  else {
    const closedAt = t + rng.between(5, 2 * 1440) * MIN;
    outcome = { departmentId: null, closedAt: closedAt <= now ? closedAt : null };
  }
  const open = outcome.closedAt === null;
  write('cases', {
    id: caseId,
    propertyId: p.id,
    number,
    type,
    state: !open ? 'closed' : needsOrder ? 'assigned' : 'handling',
    urgency: 'normal',
    channel,
    summary,
    roomId: room?.id ?? null,
    personId: null,
    callerName,
    callerPhone,
    identity,
    firstTakerId: taker,
    ownerId: taker,
    departmentId: outcome.departmentId,
    dueAt: null,
    answer: type === 'inquiry' ? '已当场答复' : null,
    praisedStaffId: null,
    praisedDepartmentId: type === 'praise' ? (p.depts.engineering ?? null) : null,
    handlingSince: open && !needsOrder ? iso(t) : null,
    supervisorAlertedAt: null,
    managerAlertedAt: null,
    createdAt: iso(t)!,
    closedAt: iso(outcome.closedAt),
  });
  for (const w of outcome.writes ?? []) w();
  bump(ctx, 'cases');
  bump(ctx, `type:${type}`);
  // Follow-up calls about the same matter (催办), within three days and never after now.
  for (let n = 0; n < contacts; n++) {
    let at = n === 0 ? t : t + rng.between(30, 3 * 1440) * MIN;
    if (at > now) at = t + n * MIN;
    const id = nextId(ctx.ids, 'contacts');
    write('contacts', {
      id,
      propertyId: p.id,
      caseId,
      channel: n === 0 ? channel : 'call',
      receivedAt: iso(at)!,
      takerId: n === 0 ? taker : takerAt(ctx, p, dayOf(at), at),
      callerName,
      callerPhone,
      roomId: room?.id ?? null,
      personId: null,
      identity,
      summary: n === 0 ? summary : `再次来电：${summary}`,
      idempotencyKey: `bench-${id}`,
      createdAt: iso(at)!,
    });
    bump(ctx, 'contacts');
  }
};

const payments = (ctx: Ctx, p: Prop, dayIndex: number, day: string, start: number) => {
  const { rng, now } = ctx;
  const count = Math.round(100 * p.weight * rng.between(75, 125) * 0.01);
  for (let n = 1; n <= count; n++) {
    const at = start + rng.between(8 * 60 + 30, 17 * 60 + 30) * MIN;
    const purpose = weighted(rng, [
      ['managementFee', 60],
      ['paidService', 15],
      ['renovationDeposit', 5],
      ['workerPassFee', 5],
      ['passDeposit', 5],
      ['deposit', 5],
      ['other', 5],
    ] as const);
    const months = purpose === 'managementFee' ? rng.between(1, 12) : null;
    const handedOver = at + rng.between(60, 1440) * MIN;
    const receivedBy = takerAt(ctx, p, dayIndex, at);
    ctx.write('deskPayments', {
      id: nextId(ctx.ids, 'deskPayments'),
      propertyId: p.id,
      receiptNo: `${p.code}${day.replaceAll('-', '')}${String(n).padStart(4, '0')}`,
      roomId: rng.pick(p.rooms).id,
      payerName: chineseName(rng),
      purpose,
      months,
      amountCents: months ? months * 28_800 : rng.between(20, 500) * 100,
      method: rng.pick(['cash', 'wechat', 'wechat', 'alipay', 'card', 'transfer']),
      takenBy: 'desk',
      renovationId: null,
      reference: null,
      note: null,
      receivedAt: iso(at)!,
      receivedBy,
      handedOverAt: handedOver <= now ? iso(handedOver) : null,
      handedOverBy: handedOver <= now ? receivedBy : null,
      financeReceiverName: handedOver <= now ? '财务部' : null,
      voidedAt: rng.chance(0.01) ? iso(at + 10 * MIN) : null,
    });
    bump(ctx, 'deskPayments');
  }
};

/** One property's day: `contacts` contacts spread over the day's cases, then the payments. */
export const caseDay = (
  ctx: Ctx,
  p: Prop,
  dayIndex: number,
  day: string,
  start: number,
  contacts: number,
) => {
  const { rng } = ctx;
  const perCase: number[] = [];
  for (let left = contacts; left > 0; ) {
    const r = rng.next();
    const n = Math.min(left, r < 0.85 ? 1 : r < 0.97 ? 2 : 3);
    perCase.push(n);
    left -= n;
  }
  const times = perCase
    .map(() => start + Number(weighted(rng, HOUR_MIX)) * 60 * MIN + rng.int(60 * MIN))
    .sort((a, b) => a - b);
  const first = start - dayIndex * DAY;
  const dayOf = (t: number) => Math.floor((t - first) / DAY);
  const ymd = day.replaceAll('-', '');
  perCase.forEach((n, i) => {
    oneCase(ctx, p, dayOf, `${p.code}${ymd}-${String(i + 1).padStart(4, '0')}`, times[i]!, n);
  });
  payments(ctx, p, dayIndex, day, start);
};
