/**
 * The fixed part of the report bench data: properties, departments, staff, buildings and rooms,
 * the price list, the three default duty posts and a year of their roster; and the mix of work
 * the days are drawn from.
 */
import {
  defaultDutyPosts,
  isWeekendDay,
  roomCode,
  roomLabel,
  segmentsForDay,
  shiftWindow,
} from '@propdesk/domain';
import { chineseName, mobileNumber, type Rng } from '../src/archive/fake-people.js';
import type { Write } from './reports-data.js';
import { nextId, type Prop, type Shift } from './reports-lifecycle.js';

const DEPARTMENTS = [
  ['service', '客户服务中心', 0],
  ['engineering', '工程部', 20],
  ['security', '秩序维护部', 10],
  ['cleaning', '保洁部', 10],
  ['greening', '绿化部', 5],
  ['finance', '财务部', 2],
] as const;

const PRICE_LIST = [
  ['更换水龙头', '个', 3500],
  ['疏通下水道', '次', 8000],
  ['更换灯管', '支', 2500],
  ['更换门锁', '把', 12000],
  ['维修热水器', '次', 10000],
  ['安装晾衣架', '套', 15000],
  ['清洗空调', '台', 9000],
  ['开荒保洁', '平方米', 800],
  ['更换马桶配件', '套', 6000],
  ['墙面修补', '平方米', 5000],
] as const;

/** The mix of the desk's work: case types, channels, callers, hours and what they raise. */
export const TYPES = [
  ['inquiry', 30],
  ['repair', 30],
  ['otherWork', 9],
  ['paidService', 8],
  ['help', 8],
  ['complaint', 5],
  ['suggestion', 6],
  ['praise', 4],
] as const;
export const CHANNELS = [
  ['call', 60],
  ['visit', 25],
  ['onsite', 7],
  ['online', 6],
  ['letter', 2],
] as const;
export const IDENTITIES = [
  ['owner', 70],
  ['tenant', 15],
  ['family', 10],
  ['visitor', 3],
  ['other', 2],
] as const;
/** Relative contacts per local hour: the desk's morning and afternoon peaks, a quiet night. */
const HOURS = [
  0.3, 0.2, 0.2, 0.2, 0.2, 0.3, 0.6, 1.5, 4, 8, 9, 8, 4, 4, 7, 8, 8, 6, 3, 2.5, 2, 1.5, 0.8, 0.4,
];
export const HOUR_MIX = HOURS.map((w, h) => [String(h), w] as const);

export const MATTERS: Record<string, string[]> = {
  inquiry: [
    '物业费缴费标准',
    '停车月卡办理',
    '快递柜位置',
    '装修申请流程',
    '水电费缴纳方式',
    '门禁卡补办',
    '房屋出租备案',
  ],
  repair: [
    '厨房水管漏水',
    '卫生间下水道堵塞',
    '入户门锁损坏',
    '楼道灯不亮',
    '电梯按钮失灵',
    '空调外机滴水',
    '窗户玻璃松动',
    '热水器不出热水',
    '墙面渗水发霉',
    '电表跳闸',
  ],
  paidService: ['更换水龙头', '疏通下水道', '清洗空调', '安装晾衣架', '开荒保洁', '更换门锁'],
  help: ['钥匙锁在屋内', '老人摔倒求助', '车辆被剐蹭', '宠物走失', '快递代收'],
  otherWork: ['绿化带修剪', '公共区域消杀', '垃圾清运', '路灯损坏', '井盖松动'],
  complaint: [
    '楼上装修噪音',
    '宠物噪音扰民',
    '垃圾清运不及时',
    '地下停车场车位被占',
    '保安服务态度差',
    '电梯长时间停运',
  ],
  suggestion: ['增加充电桩', '增设儿童游乐设施', '延长游泳池开放时间', '加强夜间巡逻'],
  praise: ['维修师傅服务热情', '保洁阿姨认真负责', '保安拾金不昧'],
};
export const DETAILS = [
  '请尽快处理',
  '已持续两天',
  '业主情绪较急',
  '下午在家',
  '第二次反映',
  '周末方便上门',
  '希望回电告知',
];

export const referenceData = (opts: {
  write: Write;
  rng: Rng;
  days: string[];
  tz: string;
  now: number;
  properties: { code: string; name: string; weight: number }[];
}): Prop[] => {
  const { write, rng, tz } = opts;
  const ids: Record<string, number> = {};
  const at = new Date(Date.parse(`${opts.days[0]}T00:00:00Z`) - 30 * 86_400_000).toISOString();
  const staff = (name: string, role: string, propertyId: number, departmentId: number | null, head = 0) => {
    const id = nextId(ids, 'staff');
    write('staff', {
      id,
      username: `bench.${id}`,
      passwordHash: 'x',
      name,
      employeeNo: `E${id}`,
      phone: mobileNumber(rng),
      departmentId,
      isDeptHead: head,
      certifiedForDuty: 1,
      active: 1,
      locale: 'zh-CN',
      createdAt: at,
    });
    write('staffRoles', { staffId: id, role });
    write('staffProperties', { staffId: id, propertyId });
    return id;
  };
  const company = nextId(ids, 'staff');
  write('staff', {
    id: company,
    username: 'bench.company',
    passwordHash: 'x',
    name: '公司客服中心',
    employeeNo: 'C1',
    phone: null,
    departmentId: null,
    isDeptHead: 0,
    certifiedForDuty: 0,
    active: 1,
    locale: 'zh-CN',
    createdAt: at,
  });
  write('staffRoles', { staffId: company, role: 'company' });

  return opts.properties.map((def, pi) => {
    const propertyId = pi + 1;
    write('properties', {
      id: propertyId,
      code: def.code,
      name: def.name,
      timezone: tz,
      address: null,
      phone: null,
      createdAt: at,
    });
    const depts: Record<string, number> = {};
    const workers: Record<string, number[]> = {};
    for (const [kind, name, headcount] of DEPARTMENTS) {
      const id = nextId(ids, 'departments');
      write('departments', { id, propertyId, name, kind, createdAt: at });
      depts[kind] = id;
      workers[kind] = Array.from({ length: headcount }, (_, n) =>
        staff(chineseName(rng), 'dept_staff', propertyId, id, n === 0 ? 1 : 0),
      );
    }
    const desk = Array.from({ length: 8 }, () =>
      staff(chineseName(rng), 'receptionist', propertyId, depts.service!),
    );
    const supervisor = staff(chineseName(rng), 'supervisor', propertyId, depts.service!);
    staff(chineseName(rng), 'assistant', propertyId, depts.service!);
    staff(chineseName(rng), 'manager', propertyId, depts.service!);

    // 2 units × 18 floors × 4 rooms a building; the larger estates have more buildings.
    const rooms: { id: number; buildingId: number; label: string }[] = [];
    for (let b = 1; b <= 8 + Math.round(32 * def.weight); b++) {
      const buildingId = nextId(ids, 'buildings');
      write('buildings', { id: buildingId, propertyId, code: String(b), name: `${b}栋` });
      for (let u = 1; u <= 2; u++) {
        const unitId = nextId(ids, 'units');
        write('units', { id: unitId, propertyId, buildingId, code: String(u), name: `${u}单元` });
        for (let floor = 1; floor <= 18; floor++)
          for (let r = 1; r <= 4; r++) {
            const address = { building: String(b), unit: String(u), room: `${floor}0${r}` };
            const id = nextId(ids, 'rooms');
            const label = roomLabel(address);
            const row = { id, propertyId, buildingId, unitId, code: roomCode(address), label, floor };
            write('rooms', { ...row, areaM2: 90, createdAt: at });
            rooms.push({ id, buildingId, label });
          }
      }
    }
    const prices = PRICE_LIST.map(([name, unit, priceCents]) => {
      const id = nextId(ids, 'priceItems');
      write('priceItems', {
        id,
        propertyId,
        name,
        unit,
        priceCents,
        approval: '物价局备案',
        approvalDate: '2025-01-01',
        active: 1,
        createdBy: supervisor,
        createdAt: at,
      });
      return { id, name, unit, priceCents };
    });

    // The default posts (two desks, night duty), one person each, rotating over the eight desk staff.
    const roster: Shift[][] = opts.days.map(() => []);
    defaultDutyPosts.forEach((post, k) => {
      const postId = nextId(ids, 'dutyPosts');
      write('dutyPosts', {
        id: postId,
        propertyId,
        name: post.name,
        kind: post.kind,
        headcount: post.headcount,
        weekdaySegments: JSON.stringify(post.weekdaySegments),
        weekendSegments: JSON.stringify(post.weekendSegments),
        sortOrder: post.sortOrder,
        active: 1,
        createdAt: at,
        updatedAt: at,
      });
      opts.days.forEach((day, d) => {
        const w = shiftWindow(day, segmentsForDay(post, day), tz);
        if (!w) return;
        const rostered = desk[(2 * d + k + (post.kind === 'night' ? d % 3 : 0)) % desk.length]!;
        // A few shifts are worked by a substitute (调班).
        const onDuty = rng.chance(0.03) ? desk[(2 * d + k + 4) % desk.length]! : rostered;
        const startsAt = w.startsAt.getTime();
        const endsAt = w.endsAt.getTime();
        write('dutyAssignments', {
          id: nextId(ids, 'dutyAssignments'),
          propertyId,
          postId,
          day,
          slot: 1,
          staffId: rostered,
          onDutyId: onDuty,
          swapId: null,
          isWeekend: isWeekendDay(day) ? 1 : 0,
          startsAt: w.startsAt.toISOString(),
          endsAt: w.endsAt.toISOString(),
          segments: JSON.stringify(w.segments),
          absenceCheckedAt: endsAt < opts.now ? w.endsAt.toISOString() : null,
          createdBy: supervisor,
          createdAt: at,
        });
        roster[d]!.push({ kind: post.kind, staffId: onDuty, startsAt, endsAt });
      });
    });
    return {
      id: propertyId,
      code: def.code,
      weight: def.weight,
      rooms,
      depts,
      workers,
      desk,
      prices,
      roster,
    };
  });
};
