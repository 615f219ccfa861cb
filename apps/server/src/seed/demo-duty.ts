import { addDays, daysOfMonth, localDate, type Role, startOfLocalDay } from '@propdesk/domain';
import { hashPassword } from '../access/password.js';
import { createDutyService } from '../duty/service.js';
import { createManualClock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { type DemoSeeder, demoLogins } from './demo.js';
import { actorOf, workShifts } from './demo-duty-work.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Staff the duty month needs beyond the base demo: a third desk person, and 行政部 who handles swaps (S3 篇一 五.4). */
const ensureStaff = async (
  db: Db,
  p: {
    propertyId: number;
    username: string;
    name: string;
    employeeNo: string;
    role: Role;
    deptKind: string;
    at: string;
  },
) => {
  const found = await db
    .selectFrom('staff')
    .select('id')
    .where('username', '=', p.username)
    .executeTakeFirst();
  if (found) return found.id;
  const dept = await db
    .selectFrom('departments')
    .select('id')
    .where('propertyId', '=', p.propertyId)
    .where('kind', '=', p.deptKind)
    .executeTakeFirst();
  const [row] = await db
    .insertInto('staff')
    .values({
      username: p.username,
      passwordHash: await hashPassword(demoLogins.password),
      name: p.name,
      employeeNo: p.employeeNo,
      phone: null,
      departmentId: dept?.id ?? null,
      isDeptHead: 0,
      certifiedForDuty: 1,
      active: 1,
      locale: 'zh-CN',
      createdAt: p.at,
    })
    .returning('id')
    .execute();
  await db.insertInto('staffRoles').values({ staffId: row!.id, role: p.role }).execute();
  await db.insertInto('staffProperties').values({ staffId: row!.id, propertyId: p.propertyId }).execute();
  return row!.id;
};

/** This month's roster (and last month's), swaps, clock-ins, handovers and the duty log (issue 7 item 8). */
export const seedDemoDuty: DemoSeeder = async (deps, { propertyIds, staffIds }) => {
  const { db } = deps;
  const now = deps.clock.now();
  const hy = propertyIds.HY;
  if (!hy || !staffIds.supervisor || !staffIds.reception || !staffIds.assistant) return;
  const tz = (
    await db.selectFrom('properties').select('timezone').where('id', '=', hy).executeTakeFirstOrThrow()
  ).timezone;
  const clock = createManualClock(now);
  const duty = createDutyService({ db, clock, notify: async () => {} });
  const today = localDate(now, tz);
  const month = today.slice(0, 7);
  const days = [...daysOfMonth(addDays(`${month}-01`, -1).slice(0, 7)), ...daysOfMonth(month)];
  const reception3 = await ensureStaff(db, {
    propertyId: hy,
    username: 'reception3',
    name: '黄敏',
    employeeNo: 'E0901',
    role: 'receptionist',
    deptKind: 'service',
    at: now.toISOString(),
  });
  const clerk = await ensureStaff(db, {
    propertyId: hy,
    username: 'admin.clerk',
    name: '何芳',
    employeeNo: 'E0902',
    role: 'dept_staff',
    deptKind: 'admin',
    at: now.toISOString(),
  });
  const sup = await actorOf(db, staffIds.supervisor);
  const before = (day: string, hoursBefore: number) =>
    clock.set(new Date(startOfLocalDay(day, tz).getTime() - hoursBefore * HOUR));

  before(days[0]!, 48);
  const [desk1, desk2, night] = (await duty.posts.createDefaults(sup, hy)) as [number, number, number];
  const desk = [staffIds.reception, staffIds.assistant, reception3];
  const nights = [staffIds.supervisor, staffIds.guard, staffIds['eng.head'], staffIds.engineer].filter(
    (x): x is number => !!x,
  );
  const cells = days.flatMap((day, i) => [
    { postId: desk1, day, staffIds: [desk[i % 3]!] },
    { postId: desk2, day, staffIds: [desk[(i + 1) % 3]!] },
    { postId: night, day, staffIds: [nights[i % nights.length]!] },
  ]);
  await duty.roster.bulk(sup, { propertyId: hy, cells });

  // Swaps (S3 篇一 五.4): the one free desk person of the day substitutes.
  const shiftOf = async (postId: number, day: string) =>
    await db
      .selectFrom('dutyAssignments')
      .select(['id', 'staffId'])
      .where('postId', '=', postId)
      .where('day', '=', day)
      .executeTakeFirstOrThrow();
  const freeOn = (i: number) => desk[(i + 2) % 3]!;
  const swap = async (i: number, mode: 'reported' | 'applied', reason: string) => {
    const s = await shiftOf(desk1, days[i]!);
    before(days[i]!, mode === 'applied' ? 40 : 6);
    return duty.swaps.create(await actorOf(db, s.staffId), {
      assignmentId: s.id,
      substituteId: freeOn(i),
      exchangeAssignmentId: null,
      mode,
      reason,
    });
  };
  await swap(5, 'reported', '家中有事，已与同事调好');
  const approved = await swap(12, 'applied', '参加公司培训');
  await duty.swaps.decide(await actorOf(db, clerk), approved.id, { approve: true, note: '同意' });
  const refused = await swap(19, 'applied', '私事');
  await duty.swaps.decide(await actorOf(db, staffIds.manager!), refused.id, {
    approve: false,
    note: '当天有检查，人手不足',
  });
  const [x, y] = [await shiftOf(night, days[9]!), await shiftOf(night, days[10]!)];
  before(days[9]!, 10);
  await duty.swaps.create(await actorOf(db, x.staffId), {
    assignmentId: x.id,
    substituteId: y.staffId,
    exchangeAssignmentId: y.id,
    mode: 'reported',
    reason: '两人互换夜班',
  });
  const future = days.findIndex((d) => d >= addDays(today, 2));
  if (future >= 0) {
    const s = await shiftOf(desk2, days[future]!);
    clock.set(now);
    await duty.swaps.create(await actorOf(db, s.staffId), {
      assignmentId: s.id,
      substituteId: desk[(future + 2) % 3]!,
      exchangeAssignmentId: null,
      mode: 'applied',
      reason: '孩子学校开家长会',
    });
  }

  await workShifts(db, duty, clock, now, hy, [desk2]);

  // 锦华苑: one desk on weekdays.
  const jh = propertyIds.JH;
  if (jh && staffIds.reception2 && staffIds.admin) {
    const admin = await actorOf(db, staffIds.admin);
    before(days[0]!, 48);
    const post = await duty.posts.create(admin, {
      propertyId: jh,
      name: '前台',
      kind: 'desk',
      headcount: 1,
      weekdaySegments: [
        { start: '08:20', end: '12:00' },
        { start: '14:30', end: '18:00' },
      ],
      weekendSegments: [],
      sortOrder: 1,
    });
    const jhCells = days
      .filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))
      .map((day) => ({ postId: post, day, staffIds: [staffIds.reception2!] }));
    await duty.roster.bulk(admin, { propertyId: jh, cells: jhCells });
    await workShifts(db, duty, clock, now, jh);
  }
  clock.set(now);
  await duty.absenceSweep();
};
