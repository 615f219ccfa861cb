import { type CaseType, type Channel, localDate, type Resolution, startOfLocalDay } from '@propdesk/domain';
import { chineseName, createRng, mobileNumber, type Rng } from '../archive/fake-people.js';
import { createIntakeService } from '../intake/service.js';
import { createManualClock } from '../kernel/clock.js';
import type { Actor } from '../kernel/http/actor.js';
import type { DemoSeeder } from './demo.js';

/** What residents say, by type: the desk's everyday matters. */
const SUMMARIES: Record<CaseType, string[]> = {
  repair: [
    '厨房水管漏水，楼下天花板渗水',
    '卫生间下水道堵塞',
    '入户门锁坏了打不开',
    '客厅灯不亮，开关跳闸',
    '阳台雨棚漏水',
    '热水器不出热水',
    '对讲门禁无法开门',
    '窗户玻璃松动',
    '空调外机排水管滴水到楼下',
    '电梯按钮失灵',
  ],
  inquiry: [
    '询问物业费缴费标准',
    '询问停水通知时间',
    '询问装修押金退还流程',
    '询问车位租赁价格',
    '询问快递柜位置',
    '询问垃圾分类投放时间',
    '询问门禁卡补办',
    '询问电梯年检时间',
  ],
  help: [
    '老人摔倒需要帮忙扶起',
    '钥匙锁在家里请求协助',
    '搬运重物需要帮忙',
    '家中宠物走失请求协助寻找',
    '车辆被堵无法出库',
  ],
  paidService: [
    '更换厨房水龙头（有偿）',
    '疏通马桶（有偿）',
    '安装晾衣架（有偿）',
    '更换灯具（有偿）',
    '家电清洗（有偿）',
  ],
  suggestion: [
    '建议增设快递柜',
    '建议小区增加儿童游乐设施',
    '建议延长游泳池开放时间',
    '建议加强夜间巡逻',
    '建议增加电动车充电桩',
  ],
  complaint: [
    '楼上装修噪音太大，晚上十点还在施工',
    '地下停车场车位被外来车辆占用',
    '保洁不及时，楼道垃圾堆放',
    '保安态度恶劣',
    '小区绿化带被踩踏无人管理',
    '维修人员迟到一个多小时',
  ],
  praise: [
    '感谢维修师傅及时修好水管',
    '感谢保安帮忙找回走失的孩子',
    '感谢前台耐心解答',
    '感谢保洁阿姨拾金不昧',
  ],
  otherWork: ['居委会来函联系社区活动', '供电局通知线路检修', '街道办通知消防检查'],
};
const WEIGHTS: [CaseType, number][] = [
  ['repair', 34],
  ['inquiry', 25],
  ['help', 8],
  ['paidService', 8],
  ['suggestion', 7],
  ['complaint', 7],
  ['praise', 5],
  ['otherWork', 6],
];
const ANSWERS = ['已当场答复客户', '已告知具体时间', '已告知办理流程及所需材料', '已告知收费标准'];

const pickWeighted = (rng: Rng) => {
  let n = rng.int(WEIGHTS.reduce((s, [, w]) => s + w, 0));
  for (const [t, w] of WEIGHTS) {
    n -= w;
    if (n < 0) return t;
  }
  return 'repair' as const;
};

/** A month of realistic contacts of every channel and type, through the real intake service. */
export const seedDemoIntake: DemoSeeder = async (deps, { propertyIds }) => {
  const { db } = deps;
  const end = deps.clock.now();
  const clock = createManualClock(end);
  const intake = createIntakeService({ db, clock, notify: async () => {} });
  for (const [code, propertyId] of Object.entries(propertyIds)) {
    const rng = createRng(code === 'HY' ? 31 : 47);
    const tz = (
      await db
        .selectFrom('properties')
        .select('timezone')
        .where('id', '=', propertyId)
        .executeTakeFirstOrThrow()
    ).timezone;
    const desk = await db
      .selectFrom('staff')
      .innerJoin('staffRoles', 'staffRoles.staffId', 'staff.id')
      .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
      .select(['staff.id', 'staff.username', 'staff.name', 'staff.certifiedForDuty', 'staffRoles.role'])
      .where('staffProperties.propertyId', '=', propertyId)
      .where('staffRoles.role', 'in', ['receptionist', 'assistant'])
      .execute();
    const depts = await db
      .selectFrom('departments')
      .select(['id', 'kind'])
      .where('propertyId', '=', propertyId)
      .execute();
    const deptStaff = await db
      .selectFrom('staff')
      .innerJoin('departments', 'departments.id', 'staff.departmentId')
      .select(['staff.id'])
      .where('departments.propertyId', '=', propertyId)
      .where('departments.kind', '!=', 'service')
      .execute();
    const residents = await db
      .selectFrom('occupancies')
      .innerJoin('people', 'people.id', 'occupancies.personId')
      .leftJoin('personPhones', 'personPhones.personId', 'people.id')
      .select([
        'occupancies.roomId',
        'people.id as personId',
        'people.name',
        'personPhones.phone',
        'occupancies.relation',
      ])
      .where('occupancies.propertyId', '=', propertyId)
      .where('occupancies.endDate', 'is', null)
      .where('personPhones.phone', 'is not', null)
      .limit(2000)
      .execute();
    if (!desk.length || !residents.length) continue;
    const actors: Actor[] = desk.map((d) => ({
      id: d.id,
      username: d.username,
      name: d.name,
      roles: [d.role as 'receptionist'],
      propertyIds: [propertyId],
      departmentId: null,
      isDeptHead: false,
      certifiedForDuty: d.certifiedForDuty === 1,
      sessionId: 'seed',
      csrfToken: 'seed',
    }));
    const deptOf = (kind: string) => depts.find((d) => d.kind === kind)?.id ?? depts[0]!.id;
    const today = localDate(end, tz);
    const perDay = code === 'HY' ? 22 : 12;
    for (let back = 30; back >= 0; back--) {
      const day = new Date(Date.parse(`${today}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
      const dayStart = startOfLocalDay(day, tz).getTime();
      const count = back === 0 ? Math.floor(perDay / 3) : perDay - 4 + rng.int(9);
      const times = Array.from(
        { length: count },
        () => dayStart + (8 * 60 + 20 + rng.int(9 * 60 + 40)) * 60_000,
      ).sort((a, b) => a - b);
      for (const t of times) {
        if (t > end.getTime()) break;
        clock.set(new Date(t));
        const type = pickWeighted(rng);
        const r = rng.pick(residents);
        const known = rng.chance(0.85);
        const roll = rng.next();
        const channel: Channel =
          roll < 0.55 ? 'call' : roll < 0.87 ? 'visit' : roll < 0.95 ? 'onsite' : 'online';
        const actor = rng.pick(actors.filter((a) => channel !== 'call' || a.certifiedForDuty));
        const resolution: Resolution =
          type === 'repair' || type === 'paidService'
            ? { mode: 'dispatch' }
            : type === 'inquiry'
              ? rng.chance(0.8)
                ? { mode: 'answered', answer: rng.pick(ANSWERS) }
                : { mode: 'transfer', departmentId: deptOf(rng.pick(['engineering', 'finance', 'admin'])) }
              : type === 'help'
                ? { mode: 'transfer', departmentId: deptOf(rng.pick(['security', 'cleaning'])) }
                : type === 'suggestion'
                  ? rng.chance(0.5)
                    ? { mode: 'answered', answer: '已记录并安排落实' }
                    : { mode: 'report' }
                  : type === 'complaint'
                    ? { mode: 'complaint' }
                    : type === 'praise'
                      ? { mode: 'praise', praisedStaffId: rng.pick(deptStaff.length ? deptStaff : desk).id }
                      : { mode: 'admin' };
        await intake.register(actor, {
          propertyId,
          idempotencyKey: `demo-${code}-${t}-${rng.digits(6)}`,
          channel,
          type,
          roomId: known ? r.roomId : null,
          personId: known ? r.personId : null,
          callerName: known ? r.name : chineseName(rng),
          callerPhone: known ? r.phone : mobileNumber(rng),
          identity: known
            ? r.relation === 'tenant'
              ? 'tenant'
              : r.relation === 'family'
                ? 'family'
                : 'owner'
            : 'visitor',
          summary: rng.pick(SUMMARIES[type]),
          urgency: rng.chance(0.04) ? 'urgent' : 'normal',
          resolution,
          caseId: null,
        });
      }
    }
    // Transfers from earlier days have been answered; today's and yesterday's stay open.
    const cutoff = new Date(end.getTime() - 2 * 86_400_000).toISOString();
    const stale = await db
      .selectFrom('cases')
      .select(['id', 'createdAt'])
      .where('propertyId', '=', propertyId)
      .where('state', '=', 'assigned')
      .where('type', 'in', ['inquiry', 'help', 'otherWork'])
      .where('createdAt', '<', cutoff)
      .execute();
    for (const c of stale) {
      clock.set(new Date(Date.parse(c.createdAt) + (2 + rng.int(20)) * 3600_000));
      await intake.act(actors[0]!, c.id, { action: 'close', result: '已处理完毕并回复客户' });
    }
  }
};
