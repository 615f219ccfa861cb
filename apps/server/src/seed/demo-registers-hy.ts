import { localDate } from '@propdesk/domain';
import type { createIncidents } from '../intake/incidents.js';
import type { ManualClock } from '../kernel/clock.js';
import type { Actor } from '../kernel/http/actor.js';
import type { RegisterService } from '../registers/service.js';
import type { residents } from './demo-registers.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

type Resident = Awaited<ReturnType<typeof residents>>[number];

/** HY has a gate guard and an engineering supervisor: release slips, renovations, passes, moves, notices, an incident. */
export const seedHyRegisters = async (c: {
  reg: RegisterService;
  incidents: ReturnType<typeof createIncidents>;
  at: (msAgo: number) => void;
  end: Date;
  clock: ManualClock;
  propertyId: number;
  desk: Actor;
  guard: Actor;
  engHead: Actor;
  engineer: Actor;
  supervisor: Actor;
  manager: Actor;
  clean: Resident[];
  owing: Resident[];
  tenants: Resident[];
  mover: Resident;
  pick: (list: Resident[], i: number) => Resident;
}) => {
  const {
    reg,
    incidents,
    at,
    end,
    clock,
    propertyId,
    desk,
    guard,
    engHead,
    engineer,
    supervisor,
    manager,
    clean,
    owing,
    tenants,
    mover,
    pick,
  } = c;
  // Release slips (S1 放行; S3 4.5.7): issued and checked, a refusal, one waiting for the owner.
  const owner = pick(clean, 0);
  at(4 * DAY + 3 * HOUR);
  const s1 = await reg.releaseSlips.create(desk, {
    propertyId,
    roomId: owner.roomId,
    carrierKind: 'owner',
    carrierName: owner.name,
    carrierPhone: owner.phone,
    carrierIdNumber: null,
    hasValidId: true,
    isMovingHouse: false,
    items: [
      { name: '旧沙发', quantity: 1, category: 'general' },
      { name: '液晶电视', quantity: 1, category: 'general' },
    ],
    renovationId: null,
    note: null,
  });
  const i1 = await reg.releaseSlips.issue(desk, s1.id);
  at(4 * DAY + 2 * HOUR);
  await reg.releaseGate.check(guard, {
    propertyId,
    number: i1.number,
    itemsMatch: true,
    signature: guard.name,
    note: null,
  });
  const debtor = pick(owing, 0);
  at(3 * DAY + 3 * HOUR);
  const s2 = await reg.releaseSlips.create(desk, {
    propertyId,
    roomId: debtor.roomId,
    carrierKind: 'owner',
    carrierName: debtor.name,
    carrierPhone: debtor.phone,
    carrierIdNumber: null,
    hasValidId: true,
    isMovingHouse: false,
    items: [{ name: '冰箱', quantity: 1, category: 'general' }],
    renovationId: null,
    note: '欠费三个月以上，已通知管理处主任并提醒业主',
  });
  await reg.releaseSlips.issue(desk, s2.id);
  // Moving out while fees are owed: refused (S3 4.5.7.4), a tenant's if one owes, else an owner's.
  at(2 * DAY + 3 * HOUR);
  await reg.releaseSlips.create(desk, {
    propertyId,
    roomId: mover.roomId,
    carrierKind: mover === pick(owing, 1) ? 'owner' : 'tenant',
    carrierName: mover.name,
    carrierPhone: mover.phone,
    carrierIdNumber: null,
    hasValidId: true,
    isMovingHouse: true,
    items: [
      { name: '衣柜', quantity: 1, category: 'general' },
      { name: '洗衣机', quantity: 1, category: 'general' },
    ],
    renovationId: null,
    note: null,
  });
  const tenantClean = tenants.find((t) => !t.monthsOwed);
  if (tenantClean) {
    at(3 * HOUR);
    await reg.releaseSlips.create(desk, {
      propertyId,
      roomId: tenantClean.roomId,
      carrierKind: 'tenant',
      carrierName: tenantClean.name,
      carrierPhone: tenantClean.phone,
      carrierIdNumber: null,
      hasValidId: true,
      isMovingHouse: false,
      items: [{ name: '电脑主机', quantity: 1, category: 'general' }],
      renovationId: null,
      note: null,
    });
  }

  // Renovation (S1 装修): one in progress with its fees, passes and goods; one waiting for approval.
  const renoRoom = pick(clean, 5);
  at(12 * DAY);
  const ren = await reg.renovations.create(desk, {
    propertyId,
    roomId: renoRoom.roomId,
    applicantName: renoRoom.name,
    applicantPhone: renoRoom.phone,
    contractorName: '美家装饰工程有限公司',
    contractorPhone: '02088889999',
    scope: '厨房、卫生间翻新，客厅更换地板',
    plannedStart: localDate(new Date(end.getTime() - 10 * DAY), 'Asia/Shanghai'),
    plannedEnd: localDate(new Date(end.getTime() + 30 * DAY), 'Asia/Shanghai'),
    documents: { businessLicence: true, qualification: true, drawings: true },
    workers: [
      { name: '张建', idNumber: null, phone: null, hasPhoto: true, hasIdCopy: true },
      { name: '李国栋', idNumber: null, phone: null, hasPhoto: true, hasIdCopy: true },
    ],
    supervisorAway: false,
    note: null,
  });
  await reg.renovations.decide(engHead, ren.id, { approve: true, note: '按图施工，不得改动承重墙' });
  await reg.renovations.customerNotified(desk, ren.id, { method: 'inPerson', note: null });
  for (const [purpose, amountCents] of Object.entries(ren.fees.due))
    await reg.payments.record(desk, {
      propertyId,
      roomId: renoRoom.roomId,
      payerName: renoRoom.name,
      purpose: purpose as 'renovationDeposit',
      months: null,
      amountCents,
      method: 'wechat',
      takenBy: 'desk',
      renovationId: ren.id,
      reference: null,
      note: null,
    });
  await reg.renovations.issueWorkerPasses(desk, ren.id);
  at(11 * DAY);
  await reg.renovations.recordGoods(guard, ren.id, {
    direction: 'in',
    kind: 'tool',
    name: '电锤',
    quantity: 2,
    note: null,
  });
  await reg.renovations.recordGoods(guard, ren.id, {
    direction: 'in',
    kind: 'tool',
    name: '切割机',
    quantity: 1,
    note: null,
  });
  at(5 * DAY);
  await reg.renovations.inspect(engineer, ren.id, {
    kind: 'interim',
    passed: true,
    findings: '水电改造隐蔽工程检查合格',
  });
  const pendingRoom = pick(clean, 9);
  at(6 * HOUR);
  await reg.renovations.create(desk, {
    propertyId,
    roomId: pendingRoom.roomId,
    applicantName: pendingRoom.name,
    applicantPhone: pendingRoom.phone,
    contractorName: '安居装饰',
    contractorPhone: '02066667777',
    scope: '阳台封闭',
    plannedStart: localDate(new Date(end.getTime() + 3 * DAY), 'Asia/Shanghai'),
    plannedEnd: localDate(new Date(end.getTime() + 20 * DAY), 'Asia/Shanghai'),
    documents: { businessLicence: true, qualification: false, drawings: true },
    workers: [{ name: '王海', idNumber: null, phone: null, hasPhoto: true, hasIdCopy: false }],
    supervisorAway: true,
    note: '工程主管外出，资料由前台代收',
  });

  // Access passes (S2): a resident card, a temporary pass past its date and still out.
  at(20 * DAY);
  await reg.passes.issue(desk, {
    propertyId,
    kind: 'residentCard',
    holderName: owner.name,
    holderPhone: owner.phone,
    holderIdNumber: null,
    roomId: owner.roomId,
    contractor: null,
    renovationId: null,
    validFrom: localDate(clock.now(), 'Asia/Shanghai'),
    validTo: null,
    depositCents: 0,
    feeCents: 2000,
    note: null,
  });
  await reg.passes.issue(desk, {
    propertyId,
    kind: 'temporary',
    holderName: '钟点工 刘阿姨',
    holderPhone: '13544446666',
    holderIdNumber: null,
    roomId: pick(clean, 11).roomId,
    contractor: null,
    renovationId: null,
    validFrom: localDate(clock.now(), 'Asia/Shanghai'),
    validTo: localDate(new Date(end.getTime() - 5 * DAY), 'Asia/Shanghai'),
    depositCents: 2000,
    feeCents: 0,
    note: null,
  });

  // Move-in and transfer (S1 过户/迁入): one in the archive with its welcome, one overdue.
  const moveRoom = pick(clean, 14);
  at(8 * DAY);
  const mv = await reg.moves.create(desk, {
    propertyId,
    roomId: moveRoom.roomId,
    kind: 'moveIn',
    relation: 'tenant',
    person: { name: '何新宇', phones: ['13912340001'], note: null },
    date: localDate(clock.now(), 'Asia/Shanghai'),
    endOtherOccupants: false,
    documents: { propertyCertificate: false, lease: true, idCard: true, formsFilled: true },
    applyNow: true,
    note: null,
  });
  await reg.moves.welcome(desk, mv.id, {
    steps: ['officeCard', 'neighbourhood', 'parkingCard', 'renovationRules'],
    note: '已办理停车卡',
  });
  const transferRoom = pick(clean, 17);
  at(3 * DAY);
  await reg.moves.create(desk, {
    propertyId,
    roomId: transferRoom.roomId,
    kind: 'transfer',
    relation: null,
    person: { name: '罗婷', phones: ['13912340002'], note: null },
    date: localDate(clock.now(), 'Asia/Shanghai'),
    endOtherOccupants: false,
    documents: { propertyCertificate: true, lease: false, idCard: true, formsFilled: true },
    applyNow: false,
    note: '待资料管理专员更新档案',
  });

  // Lobby notices (S3 4.5.8): one on the screen, one approved, one waiting for the manager.
  at(2 * DAY);
  const n1 = await reg.notices.draft(supervisor, {
    propertyId,
    title: '二次供水水箱清洗停水通知',
    body: '为保障饮用水卫生，本周六 9:00–15:00 对 1–10 栋二次供水水箱进行清洗消毒，届时停水，请提前储水。',
  });
  await reg.notices.decide(manager, n1, { approve: true, note: null });
  await reg.notices.publish(desk, n1, {
    validFrom: clock.now().toISOString(),
    validTo: new Date(end.getTime() + 5 * DAY).toISOString(),
  });
  const n2 = await reg.notices.draft(supervisor, {
    propertyId,
    title: '电梯年检',
    body: '11–18 栋电梯将于下周进行年度检验，每部电梯停运约 2 小时，具体时间见各单元大堂公告。',
  });
  await reg.notices.decide(manager, n2, { approve: true, note: null });
  at(HOUR);
  await reg.notices.draft(supervisor, {
    propertyId,
    title: '冬季消防安全提示',
    body: '冬季用电用火增多，请勿在楼道堆放杂物、为电动车充电。',
  });

  // An incident with who was told and what was done (S4 4.4.4).
  at(6 * DAY);
  const inc = await incidents.create(desk, {
    propertyId,
    caseId: null,
    occurredAt: clock.now().toISOString(),
    title: '地下车库消防水管渗漏',
    description: 'B1 层 C 区消防水管接口渗漏，地面积水',
    location: '地下车库 B1 C 区',
  });
  await incidents.addEntry(desk, inc, {
    kind: 'told',
    whom: `管理处主任 ${manager.name}`,
    note: '电话报告',
    at: undefined,
  });
  await incidents.addEntry(engineer, inc, {
    kind: 'action',
    whom: '工程部',
    note: '关闭分区阀门，更换接口密封圈',
    at: undefined,
  });
  at(5 * DAY);
  await incidents.close(supervisor, inc, '已修复，积水已清理');
};
