import { type CreatePriceItemInput, localDate, type Role, startOfLocalDay } from '@propdesk/domain';
import { createRng, type Rng } from '../archive/fake-people.js';
import { createManualClock, type ManualClock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import { createClockSweep } from '../work-orders/clock-sweep.js';
import { createWorkOrderService, type WorkOrderService } from '../work-orders/service.js';
import type { DemoSeeder } from './demo.js';

const MIN = 60_000;

/** 经物价局审批的维修价目表 (S1), the same list in both estates. */
const PRICES: Omit<CreatePriceItemInput, 'propertyId'>[] = [
  {
    name: '更换水龙头（不含材料）',
    unit: '个',
    priceCents: 3000,
    approval: '经物价局审批',
    approvalDate: '2026-01-15',
  },
  { name: '更换角阀', unit: '个', priceCents: 2000, approval: '经物价局审批', approvalDate: '2026-01-15' },
  { name: '疏通下水道', unit: '次', priceCents: 5000, approval: '经物价局审批', approvalDate: '2026-01-15' },
  { name: '疏通马桶', unit: '次', priceCents: 4000, approval: '经物价局审批', approvalDate: '2026-01-15' },
  { name: '更换灯具', unit: '盏', priceCents: 2500, approval: '经物价局审批', approvalDate: '2026-01-15' },
  {
    name: '更换开关插座面板',
    unit: '个',
    priceCents: 1500,
    approval: '经物价局审批',
    approvalDate: '2026-01-15',
  },
  { name: '安装晾衣架', unit: '套', priceCents: 8000, approval: '经物价局审批', approvalDate: '2026-01-15' },
  { name: '更换PPR水管', unit: '米', priceCents: 1250, approval: '经物价局审批', approvalDate: '2026-01-15' },
  { name: '空调清洗', unit: '台', priceCents: 6000, approval: '经物价局审批', approvalDate: '2026-03-01' },
];
const RESULTS = [
  '已更换配件，试用正常',
  '已疏通，排水顺畅',
  '已紧固并做防水处理，无渗漏',
  '已检修线路，恢复供电',
  '已调试，功能恢复正常',
];
const MATERIALS = [
  { name: '生料带', quantity: 1, unit: '卷' },
  { name: '密封胶', quantity: 1, unit: '支' },
  { name: '膨胀螺丝', quantity: 4, unit: '个' },
];

const actorOf = async (db: Db, id: number): Promise<Actor> => {
  const s = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const roles = (await db.selectFrom('staffRoles').select('role').where('staffId', '=', id).execute()).map(
    (r) => r.role as Role,
  );
  const propertyIds = (
    await db.selectFrom('staffProperties').select('propertyId').where('staffId', '=', id).execute()
  ).map((r) => r.propertyId);
  return {
    id,
    username: s.username,
    name: s.name,
    roles,
    propertyIds,
    departmentId: s.departmentId,
    isDeptHead: s.isDeptHead === 1,
    certifiedForDuty: true,
    sessionId: 'seed',
    csrfToken: 'seed',
  };
};

/** More workers in each estate's engineering department (锦华苑 has none among the demo logins). */
const moreEngineers = async (db: Db, propertyId: number, code: string, like: number, at: string) => {
  const model = await db.selectFrom('staff').selectAll().where('id', '=', like).executeTakeFirstOrThrow();
  const dept = await db
    .selectFrom('departments')
    .select('id')
    .where('propertyId', '=', propertyId)
    .where('kind', '=', 'engineering')
    .executeTakeFirstOrThrow();
  const people =
    code === 'HY'
      ? ([
          ['eng.wang', '王建军', 0],
          ['eng.chen', '陈国栋', 0],
        ] as const)
      : ([
          [`eng.${code.toLowerCase()}.head`, '黄志明', 1],
          [`eng.${code.toLowerCase()}`, '林师傅', 0],
        ] as const);
  const ids: number[] = [];
  for (const [username, name, isHead] of people) {
    const [row] = await db
      .insertInto('staff')
      .values({
        ...model,
        id: undefined,
        username,
        name,
        employeeNo: `E${code}${ids.length + 1}`,
        phone: `1390000${String(1000 + propertyId * 10 + ids.length)}`,
        departmentId: dept.id,
        isDeptHead: isHead,
        createdAt: at,
      })
      .returning('id')
      .execute();
    await db.insertInto('staffRoles').values({ staffId: row!.id, role: 'dept_staff' }).execute();
    await db.insertInto('staffProperties').values({ staffId: row!.id, propertyId }).execute();
    ids.push(row!.id);
  }
  return ids;
};

type Plan = {
  clock: ManualClock;
  end: number;
  wo: WorkOrderService;
  rng: Rng;
  desk: Actor[];
  engineers: Actor[];
  head: Actor;
  prices: number[];
};

/** Where a recent order is left, so the board shows every state. */
const STOPS = [
  'dispatched',
  'accepted',
  'onSite',
  'paused',
  'completed',
  'returnVisited',
  'sentBack',
  'rescheduled',
] as const;
type Stop = (typeof STOPS)[number] | null;

/**
 * One case's life from dispatch on, step by step at planned times; a step that would fall after
 * "now" is not taken, and `stop` leaves a recent order in a chosen state (issue 4 item 9).
 */
const live = async (p: Plan, c: { id: number; type: string; createdAt: string }, stop: Stop) => {
  const { clock, rng, wo } = p;
  let t = Date.parse(c.createdAt) + rng.between(3, 15) * MIN;
  const at = (minutes: number) => {
    t += minutes * MIN;
    if (t > p.end) return false;
    clock.set(new Date(t));
    return true;
  };
  if (!at(0)) return;
  const desk = rng.pick(p.desk);
  let engineer = rng.pick(p.engineers);
  const created = await wo.create(desk, {
    caseId: c.id,
    departmentId: engineer.departmentId!,
    assigneeId: engineer.id,
    dispatchMode: rng.chance(0.4) ? 'printed' : 'verbal',
  });
  let id = created.id;
  let v = created.version;
  if (stop === 'dispatched') return;
  const roll =
    stop === 'sentBack'
      ? 0.05
      : stop === 'rescheduled'
        ? 0.95
        : stop === 'paused'
          ? 0.5
          : stop
            ? 0.5
            : rng.next();
  if (roll < 0.04) {
    if (at(rng.between(10, 40)))
      await wo.refer(desk, id, {
        version: v,
        reason: '燃气管道维修不属工程部维修范围',
        externalContact: '港华燃气抢修 95158',
      });
    return;
  }
  if (roll < 0.08) {
    if (!at(rng.between(5, 15))) return;
    v = (await wo.sendBack(engineer, id, { version: v, reason: '需持电工证人员处理' })).version;
    if (stop === 'sentBack' || !at(rng.between(10, 25))) return;
    engineer = p.head;
    v = (await wo.dispatch(desk, id, { version: v, assigneeId: engineer.id, dispatchMode: 'verbal' }))
      .version;
  }
  if (!at(rng.between(1, 8))) return;
  v = (await wo.accept(engineer, id, v)).version;
  if (stop === 'accepted') return;
  if (roll > 0.9) {
    if (!at(rng.between(5, 20))) return;
    const appointment = rng.between(120, 360);
    v = (
      await wo.reschedule(desk, id, {
        version: v,
        reason: '维修师傅正在处理紧急爆管',
        customerAgreed: true,
        customerAgreement: '电话联系业主，同意改约',
        newArrivalAt: new Date(t + appointment * MIN).toISOString(),
      })
    ).version;
    // One in four misses the must-keep appointment too: two breaches.
    if (
      stop === 'rescheduled' ||
      !at(appointment + (rng.chance(0.25) ? rng.between(20, 60) : -rng.between(5, 20)))
    )
      return;
  } else if (!at(rng.chance(0.8) ? rng.between(8, 25) : rng.between(32, 70))) return;
  v = (await wo.arrive(engineer, id, v)).version;
  if (stop === 'onSite') return;
  if (stop === 'paused' || rng.chance(0.06)) {
    if (!at(rng.between(10, 30))) return;
    // A paused order left for the board waits past now; the others resume the next day.
    const resumeAt = stop === 'paused' ? Math.max(t, p.end) + 20 * 60 * MIN : t + 20 * 60 * MIN;
    v = (
      await wo.pause(desk, id, {
        version: v,
        reason: '等待配件到货',
        resumeAt: new Date(resumeAt).toISOString(),
      })
    ).version;
    if (stop === 'paused' || !at(20 * 60)) return;
    v = (await wo.resume(desk, id, v)).version;
  }
  if (!at(rng.between(20, 200))) return;
  const items =
    c.type === 'paidService'
      ? [
          { priceItemId: rng.pick(p.prices), quantity: 1 },
          ...(rng.chance(0.3) ? [{ priceItemId: rng.pick(p.prices), quantity: 2 }] : []),
        ]
      : [];
  v = (
    await wo.complete(engineer, id, {
      version: v,
      result: rng.pick(RESULTS),
      materials: rng.chance(0.5) ? [rng.pick(MATERIALS)] : [],
      items,
    })
  ).version;
  if (stop === 'completed' || !at(rng.between(30, 240))) return;
  const isSatisfied = stop === 'returnVisited' || rng.chance(0.9);
  const visit = await wo.returnVisits.record(desk, id, {
    version: v,
    method: rng.chance(0.8) ? 'phone' : 'visit',
    attitude: isSatisfied ? 'good' : 'fair',
    quality: isSatisfied ? 'good' : 'poor',
    improperCharge: false,
    cashCharge: false,
    satisfied: isSatisfied,
    ...(isSatisfied ? {} : { comment: '维修后仍有渗水' }),
  });
  if (stop === 'returnVisited') return;
  if (visit.reworkOrderId) {
    // The reopened order is dispatched again and done properly.
    id = visit.reworkOrderId;
    if (!at(rng.between(10, 30))) return;
    v = (await wo.dispatch(desk, id, { version: 1, assigneeId: p.head.id, dispatchMode: 'printed' })).version;
    for (const step of [() => wo.accept(p.head, id, v), () => wo.arrive(p.head, id, v)]) {
      if (!at(rng.between(5, 20))) return;
      v = (await step()).version;
    }
    if (!at(rng.between(30, 90))) return;
    v = (
      await wo.complete(p.head, id, {
        version: v,
        result: '重新做防水，已无渗水',
        materials: [MATERIALS[1]!],
        items: [],
      })
    ).version;
    if (!at(rng.between(30, 120))) return;
    v = (
      await wo.returnVisits.record(desk, id, {
        version: v,
        method: 'phone',
        attitude: 'good',
        quality: 'good',
        improperCharge: false,
        cashCharge: false,
        satisfied: true,
      })
    ).version;
  } else v = visit.version;
  if (at(rng.between(5, 60))) await wo.close(desk, id, v);
};

/** Daily follow-up notes of unfinished orders, with some of today's left out for the board to flag. */
const followUps = async (p: Plan, db: Db, propertyId: number, timezone: string) => {
  const today = localDate(new Date(p.end), timezone);
  const open = await db
    .selectFrom('workOrders')
    .select(['id', 'openedDay'])
    .where('propertyId', '=', propertyId)
    .where('state', 'in', ['awaitingDispatch', 'dispatched', 'accepted', 'onSite', 'paused'])
    .execute();
  for (const o of open) {
    for (let day = String(o.openedDay); day < today; ) {
      day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const when = startOfLocalDay(day, timezone).getTime() + 16 * 60 * MIN;
      if (when > p.end || (day === today && p.rng.chance(0.5))) continue;
      p.clock.set(new Date(when));
      await p.wo.addNote(
        p.rng.pick(p.desk),
        o.id,
        p.rng.pick(['已电话督促维修人员，配件明天到', '业主白天不在家，约定晚上上门', '已联系工程主管跟进']),
      );
    }
  }
};

/**
 * Price lists, then a month of repairs in each estate through the real work-order service:
 * orders in every state, breaches, reschedules (some missed), pauses, referrals, return visits
 * (some not satisfied, reopened and redone), follow-up notes (issue 4 item 9).
 */
export const seedDemoWorkOrders: DemoSeeder = async (deps, { propertyIds, staffIds }) => {
  const { db } = deps;
  const end = deps.clock.now();
  const clock = createManualClock(end);
  const wo = createWorkOrderService({ db, clock, notify: async () => {} });
  if (!staffIds.admin || !staffIds.engineer) return;
  const admin = await actorOf(db, staffIds.admin);
  for (const [code, propertyId] of Object.entries(propertyIds)) {
    const prices: number[] = [];
    for (const item of PRICES) prices.push((await wo.priceList.create(admin, { ...item, propertyId })).id);
    const extra = await Promise.all(
      (await moreEngineers(db, propertyId, code, staffIds.engineer, end.toISOString())).map((id) =>
        actorOf(db, id),
      ),
    );
    const logins = (code === 'HY' ? ['engineer', 'eng.head'] : []).filter((u) => staffIds[u]);
    const engineers = [...(await Promise.all(logins.map((u) => actorOf(db, staffIds[u]!)))), ...extra];
    const head = engineers.find((e) => e.isDeptHead) ?? engineers[0]!;
    const deskIds = await db
      .selectFrom('staffRoles')
      .innerJoin('staffProperties', 'staffProperties.staffId', 'staffRoles.staffId')
      .innerJoin('staff', 'staff.id', 'staffRoles.staffId')
      .select('staffRoles.staffId')
      .where('staffProperties.propertyId', '=', propertyId)
      .where('staffRoles.role', 'in', ['receptionist', 'supervisor'])
      .where('staff.certifiedForDuty', '=', 1)
      .execute();
    const desk = await Promise.all([...new Set(deskIds.map((d) => d.staffId))].map((id) => actorOf(db, id)));
    if (!desk.length) continue;
    // The demo engineer login gets the largest share.
    const workers = engineers.filter((e) => !e.isDeptHead || code !== 'HY');
    const plan: Plan = {
      clock,
      end: end.getTime(),
      wo,
      rng: createRng(code === 'HY' ? 4_505 : 4_506),
      desk,
      engineers: [...workers, workers[0]!],
      head,
      prices,
    };
    const cases = await db
      .selectFrom('cases')
      .select(['id', 'type', 'createdAt'])
      .where('propertyId', '=', propertyId)
      .where('state', '=', 'awaitingDispatch')
      .where('type', 'in', ['repair', 'paidService'])
      .orderBy('createdAt')
      .execute();
    // The newest three stay waiting at the desk; the sixteen before them stop on the way.
    const handled = cases.slice(0, Math.max(0, cases.length - 3));
    for (const [i, c] of handled.entries()) {
      const fromEnd = handled.length - i;
      await live(plan, c, fromEnd <= 16 ? STOPS[fromEnd % STOPS.length]! : null);
    }
    const { timezone } = await db
      .selectFrom('properties')
      .select('timezone')
      .where('id', '=', propertyId)
      .executeTakeFirstOrThrow();
    await followUps(plan, db, propertyId, timezone);
  }
  // Whatever is overdue now is counted, and its people told, as the running sweep would.
  await createClockSweep({ db, clock: createManualClock(end), notify: deps.notifier.notify })('seed');
};
