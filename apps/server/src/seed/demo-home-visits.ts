import {
  addDays,
  instantAt,
  localDate,
  quarterBounds,
  quarterOf,
  satisfactionLevels,
} from '@propdesk/domain';
import { createHomeVisitService } from '../home-visits/service.js';
import { createManualClock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { DemoSeeder } from './demo.js';
import { actorOf } from './demo-duty-work.js';

const HOUR = 3_600_000;
const TIMES = ['09:30', '10:30', '14:30', '15:30', '16:30', '19:00'];
const OPINIONS = [
  '对客服中心服务满意，希望小区绿化多修剪',
  '地下车库照明不足，夜间行走不便',
  '电梯偶有异响，希望尽快检修',
  '快递柜不够用，建议增加',
  '楼道堆放杂物，希望加强巡查',
  '对保洁工作满意',
  '希望公布物业费使用情况',
];

/** Owners with a phone in buildings `from`..`to` of the property: the households to call. */
const households = async (db: Db, propertyId: number, from: number, to: number, n: number) => {
  const rows = await db
    .selectFrom('rooms')
    .innerJoin('buildings', 'buildings.id', 'rooms.buildingId')
    .innerJoin('occupancies', 'occupancies.roomId', 'rooms.id')
    .innerJoin('people', 'people.id', 'occupancies.personId')
    .innerJoin('personPhones', 'personPhones.personId', 'people.id')
    .select(['rooms.id as roomId', 'buildings.code', 'people.name', 'personPhones.phone'])
    .where('rooms.propertyId', '=', propertyId)
    .where('occupancies.relation', '=', 'owner')
    .where('occupancies.endDate', 'is', null)
    .orderBy('rooms.id')
    .execute();
  const seen = new Set<number>();
  const eligible = rows.filter((r) => {
    const b = Number(r.code);
    if (b < from || b > to || seen.has(r.roomId)) return false;
    seen.add(r.roomId);
    return true;
  });
  // Evenly over the buildings of the range, not the first rooms only.
  return Array.from(
    { length: Math.min(n, eligible.length) },
    (_, k) => eligible[Math.floor((k * eligible.length) / n)]!,
  );
};

/**
 * 华苑小区 in two 苑区 (东区 walk-ups 1–10, 西区 towers 11–18), this quarter's visits so far
 * (both short of the 20 households, S2 家访 (一)2), a few appointments still to come, one called off.
 */
export const seedDemoHomeVisits: DemoSeeder = async (deps, { propertyIds, staffIds }) => {
  const { db } = deps;
  const hy = propertyIds.HY;
  if (!hy || !staffIds.supervisor || !staffIds.reception || !staffIds.assistant) return;
  const now = deps.clock.now();
  const clock = createManualClock(now);
  const hv = createHomeVisitService({ db, clock });
  const supervisor = await actorOf(db, staffIds.supervisor);
  const callers = [await actorOf(db, staffIds.reception), await actorOf(db, staffIds.assistant), supervisor];
  const buildings = await db
    .selectFrom('buildings')
    .select(['id', 'code'])
    .where('propertyId', '=', hy)
    .execute();
  const ids = (from: number, to: number) =>
    buildings.filter((b) => Number(b.code) >= from && Number(b.code) <= to).map((b) => b.id);
  await hv.areas.create(supervisor, { propertyId: hy, name: '东区', buildingIds: ids(1, 10) });
  await hv.areas.create(supervisor, { propertyId: hy, name: '西区', buildingIds: ids(11, 18) });

  const tz = (
    await db.selectFrom('properties').select('timezone').where('id', '=', hy).executeTakeFirstOrThrow()
  ).timezone;
  const { start } = quarterBounds(quarterOf(now, tz), tz);
  const east = await households(db, hy, 1, 10, 13);
  const west = await households(db, hy, 11, 18, 8);
  // Both teams at work through the quarter: the two areas' visits interleaved.
  const done = east.flatMap((h, i) => (west[i] ? [h, west[i]] : [h]));
  const startDay = localDate(start, tz);
  const days = Math.max(0, (Date.parse(localDate(now, tz)) - Date.parse(startDay)) / 86_400_000);
  for (const [i, h] of done.entries()) {
    // Office hours on days spread over the quarter so far; each called two days before the visit.
    const day = addDays(startDay, Math.floor((days * i) / done.length));
    let at = instantAt(day, TIMES[i % TIMES.length]!, tz);
    if (at >= now) at = new Date(now.getTime() - (done.length - i) * 10 * 60_000);
    // The record is written an hour after the visit, never after the seed's now.
    clock.set(new Date(Math.min(at.getTime() + HOUR, now.getTime())));
    const actor = callers[i % callers.length]!;
    const a = await hv.appointments.create(actor, {
      propertyId: hy,
      roomId: h.roomId,
      residentName: h.name,
      phone: h.phone,
      calledAt: new Date(at.getTime() - 48 * HOUR).toISOString(),
      scheduledAt: at.toISOString(),
      companions: i % 3 === 0 ? '工程部 刘强' : null,
      purpose: '季度家访，听取业户意见',
    });
    await hv.visits.record(actor, a.id, {
      visitedAt: at.toISOString(),
      metName: h.name,
      groomingChecked: true,
      satisfaction: satisfactionLevels[i % 5 === 4 ? 1 : 0]!,
      opinions: OPINIONS[i % OPINIONS.length]!,
      followUp: i % 4 === 1 ? '已转工程部跟进' : null,
    });
  }

  clock.set(now);
  const today = localDate(now, tz);
  const upcoming = await households(db, hy, 1, 18, 40);
  for (const [i, h] of upcoming.slice(-4).entries()) {
    const a = await hv.appointments.create(callers[i % callers.length]!, {
      propertyId: hy,
      roomId: h.roomId,
      residentName: h.name,
      phone: h.phone,
      scheduledAt: instantAt(addDays(today, i + 1), TIMES[(i * 2) % TIMES.length]!, tz).toISOString(),
      companions: null,
      purpose: '季度家访',
    });
    if (i === 3)
      await hv.appointments.close(supervisor, a.id, {
        outcome: 'cancel',
        reason: '业户临时出差，待回来后再约',
      });
  }
};
