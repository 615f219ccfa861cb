import {
  type ComplaintLocation,
  monthOf,
  previousMonth,
  type RegisterComplaintInput,
  Role,
  reportReminderAt,
} from '@propdesk/domain';
import { createComplaintService } from '../complaints/service.js';
import { createManualClock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import type { DemoSeeder } from './demo.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

const actorOf = async (db: Db, id: number | undefined): Promise<Actor | null> => {
  if (!id) return null;
  const s = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) return null;
  const roles = await db.selectFrom('staffRoles').select('role').where('staffId', '=', id).execute();
  const props = await db
    .selectFrom('staffProperties')
    .select('propertyId')
    .where('staffId', '=', id)
    .execute();
  return {
    id,
    username: s.username,
    name: s.name,
    roles: roles.map((r) => Role.parse(r.role)),
    propertyIds: props.map((p) => p.propertyId),
    departmentId: s.departmentId,
    isDeptHead: s.isDeptHead === 1,
    certifiedForDuty: s.certifiedForDuty === 1,
    sessionId: 'seed',
    csrfToken: 'seed',
  };
};

/** The `skip`-th owner (one per room) of a building, with a phone, so complaints have real callers. */
const residentOf = async (db: Db, propertyId: number, building: string, skip = 0) => {
  const rows = await db
    .selectFrom('occupancies')
    .innerJoin('rooms', 'rooms.id', 'occupancies.roomId')
    .innerJoin('buildings', 'buildings.id', 'rooms.buildingId')
    .innerJoin('people', 'people.id', 'occupancies.personId')
    .innerJoin('personPhones', 'personPhones.personId', 'people.id')
    .select([
      'rooms.id as roomId',
      'people.id as personId',
      'people.name',
      'personPhones.phone',
      'buildings.id as buildingId',
    ])
    .where('occupancies.propertyId', '=', propertyId)
    .where('buildings.code', '=', building)
    .where('occupancies.relation', '=', 'owner')
    .where('occupancies.endDate', 'is', null)
    .orderBy('rooms.id')
    .limit(40)
    .execute();
  const oneEach = rows.filter(
    (r, i) => rows.findIndex((x) => x.roomId === r.roomId || x.personId === r.personId) === i,
  );
  return oneEach[skip];
};

type Plan = {
  daysAgo: number;
  building?: string;
  skip?: number;
  anonymous?: boolean;
  input: Partial<RegisterComplaintInput> & Pick<RegisterComplaintInput, 'summary' | 'category'>;
  location?: ComplaintLocation | 'building';
  /** Steps after registration, in order. */
  until: 'received' | 'confirmed' | 'referred' | 'replied' | 'informed' | 'verified' | 'closed';
  finding?: 'ours' | 'notOurs' | 'shared';
  skipReason?: 'onSpotSatisfied' | 'anonymousOrNoContact';
  typical?: { cause: string; lesson: string };
  /** A 一般 complaint sent to the engineering department at once (S3 篇九 4.5.2.1), not yet signed. */
  dispatch?: boolean;
};

const HY: Plan[] = [
  // Open for 31 days with the finding "ours": the 30-day sweep raises it to 重大 on its first run.
  {
    daysAgo: 31,
    building: '3',
    location: 'building',
    until: 'informed',
    finding: 'ours',
    input: { category: 'repair', summary: '顶楼屋面防水层老化渗水，卧室天花板发霉，已报修两次仍未解决' },
  },
  {
    daysAgo: 22,
    location: { kind: 'commonArea', area: '地下车库' },
    until: 'closed',
    finding: 'ours',
    input: {
      category: 'facilities',
      summary: '地下车库照明大面积损坏，夜间漆黑，12 户业主联名投诉',
      complainantCount: 12,
      publicInterest: true,
      callerName: '业主代表 林先生',
      callerPhone: '13800135566',
    },
    typical: {
      cause: '车库照明线路老化，巡检记录流于形式，故障灯具累积未报修',
      lesson: '公共照明纳入每周夜间巡检并记录；联名投诉当日由经理牵头回复',
    },
  },
  {
    daysAgo: 26,
    building: '2',
    location: 'building',
    until: 'closed',
    finding: 'notOurs',
    input: { category: 'renovation', summary: '楼上装修噪音太大，晚上十点还在施工' },
  },
  {
    daysAgo: 3,
    building: '2',
    location: 'building',
    until: 'confirmed',
    input: { category: 'renovation', summary: '楼上装修再次在晚间施工，上次投诉后未见改善' },
  },
  {
    daysAgo: 8,
    building: '11',
    location: 'building',
    until: 'referred',
    input: {
      category: 'facilities',
      summary: '11 栋电梯困人 40 分钟，业主在本地论坛发帖曝光',
      mediaExposed: true,
    },
  },
  {
    daysAgo: 12,
    building: '5',
    location: 'building',
    until: 'closed',
    finding: 'ours',
    input: { category: 'facilities', summary: '5 栋电梯停运，老人上下楼困难' },
  },
  {
    daysAgo: 7,
    building: '5',
    skip: 1,
    location: 'building',
    until: 'replied',
    finding: 'ours',
    input: { category: 'facilities', summary: '5 栋电梯又坏了，一周内第二次' },
  },
  {
    daysAgo: 1,
    building: '5',
    skip: 2,
    location: 'building',
    until: 'received',
    input: { category: 'facilities', summary: '5 栋电梯频繁故障，要求彻底检修' },
  },
  {
    daysAgo: 15,
    building: '8',
    location: { kind: 'commonArea', area: '消防通道' },
    until: 'verified',
    finding: 'shared',
    input: {
      category: 'renovation',
      summary: '8 栋消防通道被装修垃圾堵塞，存在安全隐患',
      safetyInvolved: true,
    },
    typical: {
      cause: '装修单位未按协议当日清运垃圾，巡查未覆盖消防通道',
      lesson: '装修垃圾清运纳入装修巡查表；消防通道堵塞按重要投诉即报主管',
    },
  },
  {
    daysAgo: 5,
    building: '6',
    location: 'building',
    until: 'closed',
    skipReason: 'onSpotSatisfied',
    input: {
      category: 'attitude',
      summary: '前台电话多次无人接听',
      channel: 'visit',
      immediate: {
        mode: 'answered',
        result: '当面致歉并说明午间值班安排，客户表示满意',
        customerSatisfied: true,
      },
    },
  },
  {
    daysAgo: 10,
    anonymous: true,
    location: { kind: 'commonArea', area: '小区大门' },
    until: 'closed',
    finding: 'ours',
    skipReason: 'anonymousOrNoContact',
    input: { category: 'facilities', channel: 'online', summary: '小区大门道闸经常失灵，车辆排长队' },
  },
  {
    daysAgo: 0,
    building: '9',
    location: 'building',
    until: 'received',
    input: { category: 'attitude', summary: '夜班保安态度恶劣，拒绝帮忙开单元门' },
  },
  {
    daysAgo: 2,
    building: '4',
    location: 'building',
    until: 'received',
    dispatch: true,
    input: { category: 'repair', summary: '维修人员迟到一个多小时' },
  },
];

const JH: Plan[] = [
  {
    daysAgo: 4,
    building: '2',
    location: 'building',
    until: 'received',
    input: { category: 'cleaning', summary: '楼道垃圾两天无人清理' },
  },
  {
    daysAgo: 6,
    location: { kind: 'commonArea', area: '儿童游乐区' },
    until: 'confirmed',
    input: {
      category: 'facilities',
      summary: '儿童游乐区滑梯螺丝松动，孩子差点受伤',
      safetyInvolved: true,
      callerName: '陈女士',
      callerPhone: '13700137001',
    },
  },
];

/** Complaints of every class and every state of the path, through the real services (issue 5 item 9). */
export const seedDemoComplaints: DemoSeeder = async (deps, { propertyIds, staffIds }) => {
  const { db } = deps;
  const end = deps.clock.now();
  const clock = createManualClock(end);
  const svc = createComplaintService({ db, clock, notify: async () => {} });
  const [desk, desk2, supervisor, manager, engineer] = await Promise.all(
    ['reception', 'reception2', 'supervisor', 'manager', 'engineer'].map((u) => actorOf(db, staffIds[u])),
  );
  if (!desk || !supervisor || !manager || !engineer) return;

  for (const [code, plans] of [
    ['HY', HY],
    ['JH', JH],
  ] as const) {
    const propertyId = propertyIds[code];
    const receptionist = code === 'HY' ? desk : desk2;
    if (!propertyId || !receptionist) continue;
    const engineering = await db
      .selectFrom('departments')
      .select('id')
      .where('propertyId', '=', propertyId)
      .where('kind', '=', 'engineering')
      .executeTakeFirst();
    const sorted = [...plans].sort((a, b) => b.daysAgo - a.daysAgo);
    for (const [i, p] of sorted.entries()) {
      clock.set(new Date(end.getTime() - p.daysAgo * DAY - 2 * HOUR - i * 60_000));
      const who = p.anonymous
        ? null
        : p.building
          ? await residentOf(db, propertyId, p.building, p.skip ?? 0)
          : null;
      const location =
        p.location === 'building'
          ? who
            ? { kind: 'building' as const, buildingId: who.buildingId }
            : undefined
          : p.location;
      const reg = await svc.register(receptionist, {
        propertyId,
        idempotencyKey: `demo-complaint-${code}-${i}`,
        channel: 'call',
        anonymous: p.anonymous ?? false,
        roomId: who?.roomId ?? null,
        personId: who?.personId ?? null,
        callerName: p.anonymous ? '' : (who?.name ?? ''),
        callerPhone: p.anonymous ? null : (who?.phone ?? null),
        identity: p.anonymous ? 'other' : 'owner',
        urgency: 'normal',
        complainantCount: 1,
        lawsuit: false,
        mediaExposed: false,
        safetyInvolved: false,
        publicInterest: false,
        passedUpToManager: false,
        repeatOfCaseId: null,
        acknowledgement: { kind: 'apology' },
        immediate: { mode: 'none' },
        ...(location ? { location } : {}),
        ...(p.dispatch && engineering
          ? { immediate: { mode: 'dispatched', departmentId: engineering.id } }
          : {}),
        ...p.input,
      } as RegisterComplaintInput);
      const id = reg.caseId;
      const order = [
        'received',
        'confirmed',
        'referred',
        'replied',
        'informed',
        'verified',
        'closed',
      ] as const;
      const reach = (s: (typeof order)[number]) => order.indexOf(p.until) >= order.indexOf(s);
      const later = (hours: number) =>
        clock.set(new Date(Math.min(clock.now().getTime() + hours * HOUR, end.getTime() - 60_000)));
      if (reach('confirmed')) {
        later(1);
        // 锦华苑 has no supervisor in the demo: its manager confirms.
        await svc.confirmSeverity(code === 'HY' ? supervisor : manager, id, {
          severity: reg.proposedSeverity as 'ordinary',
        });
      }
      if (reach('referred')) {
        later(2);
        const row = await db
          .selectFrom('complaints')
          .select(['state', 'signedAt'])
          .where('caseId', '=', id)
          .executeTakeFirstOrThrow();
        if (!row.signedAt)
          await svc.sign(
            manager,
            id,
            row.state === 'received' && p.input.immediate?.mode !== 'answered'
              ? { departmentId: engineering!.id }
              : {},
          );
      }
      if (reach('replied') && p.input.immediate?.mode !== 'answered') {
        later(20);
        await svc.reply(engineer, id, {
          facts: '经现场查看，情况属实',
          finding: p.finding ?? 'ours',
          responsibleStaffId: null,
          measures:
            p.finding === 'notOurs'
              ? '已约谈装修业主并书面告知装修管理规定，由秩序维护部加强晚间巡查'
              : '已安排维修并加强巡检',
        });
      }
      if (reach('informed') && p.input.immediate?.mode !== 'answered') {
        later(3);
        await svc.inform(receptionist, id, {
          method: p.anonymous ? 'none' : 'phone',
          note: p.anonymous ? '匿名投诉，处理结果在公告栏公布' : '已电话告知客户处理结果',
        });
      }
      if (reach('verified')) {
        later(24);
        await svc.verify(supervisor, id, { passed: true, note: '现场复核，处理合格' });
      }
      if (reach('closed')) {
        later(4);
        if (p.skipReason)
          await svc.skipReturnVisit(supervisor, id, {
            reason: p.skipReason,
            note:
              p.skipReason === 'onSpotSatisfied' ? '现场处理，客户当场表示满意' : '匿名网络投诉，无法联络',
          });
        else
          await svc.returnVisit(supervisor, id, {
            method: 'phone',
            opinion: '客户对处理结果表示满意',
            satisfaction: 'satisfied',
          });
      }
      if (p.typical) {
        later(1);
        await svc.markTypical(supervisor, id, p.typical);
      }
    }
    // The report two months back was confirmed on time; last month's is left for the manager.
    if (code === 'HY') {
      const tz = (
        await db
          .selectFrom('properties')
          .select('timezone')
          .where('id', '=', propertyId)
          .executeTakeFirstOrThrow()
      ).timezone;
      const month = previousMonth(previousMonth(monthOf(end, tz)));
      clock.set(new Date(reportReminderAt(month, tz).getTime() + 30 * HOUR));
      await svc.reports.confirm(manager, { propertyId, month, note: '按时提交' });
    }
  }
};
