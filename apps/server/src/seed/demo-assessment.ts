import { addDays, localDate, monthOf, previousMonth, startOfLocalDay } from '@propdesk/domain';
import { createAssessmentService } from '../assessment/service.js';
import { createManualClock } from '../kernel/clock.js';
import type { DemoSeeder } from './demo.js';
import { actorOf } from './demo-duty-work.js';

const HOUR = 3_600_000;

/**
 * Assessment demo (issue 8): 华苑's rule values, rewards and penalties (approved, rejected,
 * waiting), training plans with sessions and attendance (the trainee not yet signed off), manual
 * items, and last month's sheets confirmed by the manager. Runs after every other seeder, so the
 * sheets count the duty, work-order, complaint and praise facts they recorded.
 */
export const seedDemoAssessment: DemoSeeder = async (deps, { propertyIds, staffIds }) => {
  const { db } = deps;
  const hy = propertyIds.HY;
  const ids = ['admin', 'assistant', 'supervisor', 'manager', 'reception', 'trainee', 'engineer'] as const;
  if (!hy || ids.some((k) => !staffIds[k])) return;
  const id = (k: (typeof ids)[number]) => staffIds[k]!;
  const now = deps.clock.now();
  const { timezone: tz } = await db
    .selectFrom('properties')
    .select('timezone')
    .where('id', '=', hy)
    .executeTakeFirstOrThrow();
  const clock = createManualClock(now);
  const quiet = createAssessmentService({ db, clock, notify: async () => {} });
  // What still waits for the manager is announced, as it would have been.
  const live = createAssessmentService({ db, clock, notify: deps.notifier.notify });
  const [admin, assistant, supervisor, manager] = await Promise.all(
    (['admin', 'assistant', 'supervisor', 'manager'] as const).map((k) => actorOf(db, id(k))),
  );
  const today = localDate(now, tz);
  const thisMonth = monthOf(now, tz);
  const lastMonth = previousMonth(thisMonth);
  /** Local time on a day of last month (1-based) or of this month, never after now. */
  const at = (day: string, hour: number) => {
    const t = new Date(startOfLocalDay(day, tz).getTime() + hour * HOUR);
    clock.set(t.getTime() < now.getTime() ? t : now);
  };
  const last = (d: number) => `${lastMonth}-${String(d).padStart(2, '0')}`;
  const thisDay = (back: number) => {
    const d = addDays(today, -back);
    return d.startsWith(thisMonth) ? d : `${thisMonth}-01`;
  };

  // Rules (S2 员工考核规程): the admin weights lateness and praise above the defaults.
  at(last(1), 9);
  await quiet.rules.set(admin!, {
    propertyId: hy,
    rules: [
      { kind: 'late', points: 3, isActive: true },
      { kind: 'praise', points: 5, isActive: true },
      { kind: 'shortLead', points: 1, isActive: true },
    ],
    reason: '管理处考核细则（本月起执行）',
  });

  // Rewards and penalties (S2 员工奖惩规程): submitted in writing by the assistant, decided by the manager.
  const rp = async (p: {
    staff: number;
    kind: 'reward' | 'penalty';
    points: number;
    day: string;
    title: string;
    material: string;
    decide?: { approve: boolean; note?: string };
  }) => {
    at(p.day, 16);
    const service = p.decide ? quiet : live;
    const { id: rid } = await service.rewards.submit(assistant!, {
      propertyId: hy,
      staffId: p.staff,
      kind: p.kind,
      points: p.points,
      occurredOn: p.day,
      title: p.title,
      material: p.material,
    });
    if (!p.decide) return;
    at(addDays(p.day, 1), 10);
    await quiet.rewards.decide(manager!, rid, p.decide);
  };
  await rp({
    staff: id('reception'),
    kind: 'reward',
    points: 5,
    day: last(12),
    title: '拾金不昧',
    material: '前台接待员在大堂拾到业主遗失的钱包（内有现金及证件），当即登记并联系失主归还，业主来电致谢。',
    decide: { approve: true, note: '同意，予以表扬' },
  });
  await rp({
    staff: id('engineer'),
    kind: 'penalty',
    points: 3,
    day: last(18),
    title: '维修后未清理现场',
    material: '3 栋住户反映维修工更换水管后未清理地面污水，经主管现场核实属实。',
    decide: { approve: true, note: '同意，并在部门例会上提醒' },
  });
  await rp({
    staff: id('trainee'),
    kind: 'penalty',
    points: 2,
    day: last(22),
    title: '未按规定着装',
    material: '当班未佩戴工作牌，经主管提醒后改正。',
    decide: { approve: false, note: '新员工培训期间，口头提醒即可' },
  });
  await rp({
    staff: id('reception'),
    kind: 'reward',
    points: 3,
    day: thisDay(2),
    title: '耐心化解业主纠纷',
    material: '两户业主因漏水发生争执，前台接待员耐心协调，联系工程部当天修复，双方满意。',
  });

  // Manual items (S0 3.1.5 严禁用前台电话拨打私人电话; S3 篇九 4.1.6 下班前检查记录).
  at(last(9), 15);
  await quiet.sheets.addItem(supervisor!, {
    propertyId: hy,
    staffId: id('reception'),
    month: lastMonth,
    direction: 'deduction',
    points: 2,
    reason: '用前台电话拨打私人电话（S0 3.1.5）',
  });
  at(thisDay(1), 17);
  await quiet.sheets.addItem(supervisor!, {
    propertyId: hy,
    staffId: id('assistant'),
    month: thisMonth,
    direction: 'bonus',
    points: 2,
    reason: '主动整理并补齐当月来函目录（S0 3.3.1）',
  });

  // Training (S2 培训实施作业规程): an approved plan held last month for the desk team…
  const desk = [id('reception'), id('assistant')];
  at(last(3), 10);
  const team = await quiet.training.create(assistant!, {
    propertyId: hy,
    title: '投诉受理与回访技巧',
    content: '投诉分类与等级（S2）、致歉与记录（S4 4.4.2）、当天回访要点（S3 篇九 4.5.5）',
    startDate: last(10),
    endDate: last(10),
    traineeIds: desk,
  });
  await quiet.training.submit(assistant!, team.id);
  at(last(4), 9);
  await quiet.training.decide(manager!, team.id, { approve: true, note: '同意' });
  const teamSession = await quiet.training.addSession(supervisor!, team.id, {
    topic: '投诉受理与回访',
    startsAt: new Date(startOfLocalDay(last(10), tz).getTime() + 14.5 * HOUR).toISOString(),
    endsAt: new Date(startOfLocalDay(last(10), tz).getTime() + 16.5 * HOUR).toISOString(),
    location: '客服中心会议室',
    trainer: '陈建国',
  });
  at(last(10), 17);
  await quiet.training.recordAttendance(assistant!, teamSession.id, {
    records: desk.map((staffId, i) => ({ staffId, status: i === 0 ? 'present' : 'late' })),
  });

  // …the new receptionist's induction, approved, one session held and one to come: not yet signed off (S0 3.1.6).
  at(last(25), 10);
  const induction = await quiet.training.create(assistant!, {
    propertyId: hy,
    title: '新员工岗前培训（周小雨）',
    content: '接待礼仪与用语（S0 3.2）、来电来访登记（S0 3.1.4）、派工与跟踪（S3 篇九 4.5）、考核后独立上岗',
    startDate: last(26),
    endDate: addDays(today, 7),
    traineeIds: [id('trainee')],
  });
  await quiet.training.submit(assistant!, induction.id);
  at(last(25), 15);
  await quiet.training.decide(manager!, induction.id, { approve: true });
  const first = await quiet.training.addSession(assistant!, induction.id, {
    topic: '接待礼仪与来电登记',
    startsAt: new Date(startOfLocalDay(last(26), tz).getTime() + 9 * HOUR).toISOString(),
    endsAt: new Date(startOfLocalDay(last(26), tz).getTime() + 11 * HOUR).toISOString(),
    location: '客服中心会议室',
    trainer: '王丽',
  });
  await quiet.training.addSession(assistant!, induction.id, {
    topic: '派工、回访与投诉受理（上岗考核）',
    startsAt: new Date(startOfLocalDay(addDays(today, 3), tz).getTime() + 9 * HOUR).toISOString(),
    endsAt: new Date(startOfLocalDay(addDays(today, 3), tz).getTime() + 11 * HOUR).toISOString(),
    location: '客服中心会议室',
    trainer: '陈建国',
  });
  at(last(26), 12);
  await quiet.training.recordAttendance(assistant!, first.id, {
    records: [{ staffId: id('trainee'), status: 'present' }],
  });

  // …and a plan waiting for the manager's approval.
  at(thisDay(1), 11);
  const night = await live.training.create(assistant!, {
    propertyId: hy,
    title: '夜班值班与突发事件处理',
    content: '夜间访客登记（S1 十二）、突发事件记录与报告（S4 4.4.4）',
    startDate: addDays(today, 10),
    endDate: addDays(today, 10),
    traineeIds: desk,
  });
  await live.training.submit(assistant!, night.id);

  // Last month's sheets, confirmed by the manager on the 2nd (S2 员工考核规程): frozen from then on.
  at(`${thisMonth}-02`, 10);
  const sheets = await quiet.sheets.list(manager!, hy, lastMonth);
  for (const s of sheets) {
    if (s.staffId === manager!.id || s.state === 'confirmed') continue;
    await quiet.sheets.confirm(manager!, { propertyId: hy, staffId: s.staffId, month: lastMonth });
  }
};
