import { Role } from '@propdesk/domain';
import { createRng } from '../archive/fake-people.js';
import type { DutyService } from '../duty/service.js';
import type { ManualClock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

export const actorOf = async (db: Db, id: number): Promise<Actor> => {
  const s = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
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

const NOTES = [
  '夜间巡查正常，无异常情况',
  '凌晨有业主来电反映噪音，已联系秩序维护部处理',
  '停车场道闸偶有失灵，已报工程部',
  '快递柜旁有遗留物品，已登记存放前台',
  '今晚无访客登记',
];
const LOG_EVENTS = [
  '上午接待业主来访咨询装修手续',
  '下午停水通知已张贴各楼栋',
  '大堂空调温度已调整',
  '协助保洁检查一楼卫生间',
  '信息屏通知已更新',
];
const LOG_OPEN = [
  '5栋业主反映电梯异响，工程部次日检修',
  '3栋楼道灯不亮，待工程部更换',
  '业主投诉楼上漏水，约定明天上门查看',
  '地下车库照明部分损坏，待采购配件',
];

type Shift = {
  id: number;
  postId: number;
  day: string;
  startsAt: Date;
  endsAt: Date;
  onDutyId: number;
  kind: string;
};

/** Clock-ins, handovers (night → morning desk) and log entries of the shifts already begun, through the real services. */
export const workShifts = async (
  db: Db,
  duty: DutyService,
  clock: ManualClock,
  now: Date,
  propertyId: number,
  skippable: number[] = [],
) => {
  const rng = createRng(7 + propertyId);
  const rows = await db
    .selectFrom('dutyAssignments')
    .innerJoin('dutyPosts', 'dutyPosts.id', 'dutyAssignments.postId')
    .select([
      'dutyAssignments.id',
      'dutyAssignments.postId',
      'dutyAssignments.day',
      'dutyAssignments.startsAt',
      'dutyAssignments.endsAt',
      'dutyAssignments.onDutyId',
      'dutyPosts.kind',
    ])
    .where('dutyAssignments.propertyId', '=', propertyId)
    .where('dutyAssignments.startsAt', '<', new Date(now.getTime() + 2 * HOUR).toISOString())
    .orderBy('dutyAssignments.startsAt')
    .orderBy('dutyAssignments.id')
    .execute();
  const all: Shift[] = rows.map((r) => ({
    ...r,
    startsAt: new Date(r.startsAt),
    endsAt: new Date(r.endsAt),
  }));
  const shifts = all.filter((s) => s.startsAt < now);
  // A shift whose successor starts within the hour but has not begun yet: its person is still
  // waiting to hand over (S3 篇三), so the seed does not clock them out (the service would refuse).
  const waitingForSuccessor = (s: Shift) =>
    all.some(
      (o) => o.startsAt >= now && o.startsAt > s.endsAt && o.startsAt.getTime() - s.endsAt.getTime() <= HOUR,
    );
  const actors = new Map<number, Actor>();
  const actor = async (id: number) => actors.get(id) ?? actors.set(id, await actorOf(db, id)).get(id)!;
  const at = (t: number) => {
    clock.set(new Date(Math.min(t, now.getTime())));
    return t <= now.getTime();
  };
  for (const s of shifts) {
    const me = await actor(s.onDutyId);
    // Now and then a shift of a post with no handover to it goes unworked: the absence sweep records it.
    if (skippable.includes(s.postId) && s.endsAt <= now && rng.chance(0.03)) continue;
    const arrival = rng.chance(0.8)
      ? -rng.between(11, 20)
      : rng.chance(0.5)
        ? -rng.between(3, 9)
        : rng.between(2, 15);
    if (!at(s.startsAt.getTime() + arrival * MIN)) continue;
    await duty.attendance.clockIn(me, { propertyId });
    if (rng.chance(0.4) && at(s.startsAt.getTime() + 2 * HOUR))
      await duty.log.create(me, {
        assignmentId: s.id,
        kind: 'event',
        text: LOG_EVENTS[rng.int(LOG_EVENTS.length)]!,
      });
    if (rng.chance(0.15) && at(s.startsAt.getTime() + 3 * HOUR)) {
      const e = await duty.log.create(me, {
        assignmentId: s.id,
        kind: 'unresolved',
        text: LOG_OPEN[rng.int(LOG_OPEN.length)]!,
      });
      if (rng.chance(0.6) && at(s.endsAt.getTime() + 20 * HOUR))
        await duty.log.resolve(me, e.id, '已处理完毕，已回访业主');
    }
    if (s.endsAt > now) continue;
    if (s.kind === 'night') {
      const next = shifts.find(
        (o) =>
          o.kind === 'desk' && o.startsAt > s.endsAt && o.startsAt.getTime() - s.endsAt.getTime() <= HOUR,
      );
      if (next && at(s.endsAt.getTime() - 15 * MIN)) {
        const equipment = [
          { name: '值班室钥匙', quantity: 1, condition: 'good' as const, note: '' },
          { name: '对讲机', quantity: 2, condition: 'good' as const, note: '' },
        ];
        const h = await duty.handovers.open(me, {
          propertyId,
          assignmentId: s.id,
          notes: NOTES[rng.int(NOTES.length)]!,
          equipment,
        });
        await duty.handovers.handOver(me, h.id);
        at(s.endsAt.getTime() + 5 * MIN);
        await duty.handovers.signIncoming(await actor(next.onDutyId), h.id, {
          reviewed: true,
          remarks: rng.chance(0.3) ? '对讲机电量不足，已充电' : '',
        });
        at(s.endsAt.getTime() + 8 * MIN);
        await duty.handovers.close(me, h.id);
        continue;
      }
    }
    if (waitingForSuccessor(s)) continue;
    const leave = rng.chance(0.05) ? -rng.between(5, 30) : rng.between(0, 10);
    at(s.endsAt.getTime() + leave * MIN);
    await duty.attendance.clockOut(me, { propertyId });
  }
};
