import { Role } from '@propdesk/domain';
import { createArchiveService } from '../archive/service.js';
import { createIncidents } from '../intake/incidents.js';
import { createManualClock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import { createRegisterService } from '../registers/service.js';
import type { DemoSeeder } from './demo.js';
import { seedHyRegisters } from './demo-registers-hy.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

const actorOf = async (db: Db, id: number | undefined): Promise<Actor | null> => {
  if (!id) return null;
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

/** Current residents of the property with a phone, one per room, by relation, with the room's arrears. */
export const residents = async (db: Db, propertyId: number, relation: 'owner' | 'tenant') => {
  const rows = await db
    .selectFrom('occupancies')
    .innerJoin('people', 'people.id', 'occupancies.personId')
    .innerJoin('personPhones', 'personPhones.personId', 'people.id')
    .innerJoin('rooms', 'rooms.id', 'occupancies.roomId')
    .leftJoin('arrears', 'arrears.roomId', 'occupancies.roomId')
    .select([
      'occupancies.roomId',
      'rooms.label',
      'people.id as personId',
      'people.name',
      'personPhones.phone',
      'arrears.monthsOwed',
      'arrears.amountCents',
    ])
    .where('occupancies.propertyId', '=', propertyId)
    .where('occupancies.relation', '=', relation)
    .where('occupancies.endDate', 'is', null)
    .orderBy('occupancies.roomId')
    .limit(3000)
    .execute();
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.roomId) && seen.add(r.roomId));
};

/**
 * Demo entries for every front-desk register (issue 6 item 13), written through the registers'
 * own services with a clock walked over the last two weeks, so numbers, history and arrears
 * changes are the real ones. Runs after the archive seeder (it needs rooms, owners, arrears).
 */
export const seedDemoRegisters: DemoSeeder = async (deps, { propertyIds, staffIds }) => {
  const { db } = deps;
  const end = deps.clock.now();
  const clock = createManualClock(end);
  const notify = async () => {};
  const reg = createRegisterService({ db, clock, notify, archive: createArchiveService({ db, clock }) });
  const incidents = createIncidents({ db, clock, notify });
  const at = (msAgo: number) => clock.set(new Date(end.getTime() - msAgo));

  for (const [code, propertyId] of Object.entries(propertyIds)) {
    const isHY = code === 'HY';
    const desk = await actorOf(db, staffIds[isHY ? 'reception' : 'reception2']);
    if (!desk) continue;
    const owners = await residents(db, propertyId, 'owner');
    const tenants = await residents(db, propertyId, 'tenant');
    if (owners.length < 10) continue;
    const clean = owners.filter((o) => !o.monthsOwed);
    const owing = owners.filter((o) => (o.monthsOwed ?? 0) >= 3);
    const pick = (list: typeof owners, i: number) => list[i % list.length]!;

    // Keys (S3 4.4.3): the cabinet, loans over the fortnight, one still out, a take-back, an inventory.
    at(14 * DAY);
    const sets: number[] = [];
    const keyDefs = [
      ['K-001', '1栋电梯机房', 2, '钥匙柜 A1'],
      ['K-002', '天台门（各栋）', 4, '钥匙柜 A2'],
      ['K-003', '配电房', 1, '钥匙柜 A3'],
      ['K-004', '会所活动室', 2, '钥匙柜 B1'],
      ['K-005', '消防控制室备用', 1, '钥匙柜 B2'],
    ] as const;
    for (const [c, label, quantity, location] of keyDefs)
      sets.push(
        await reg.keys.createSet(desk, {
          propertyId,
          code: c,
          label,
          quantity,
          location,
          roomId: null,
          note: null,
        }),
      );
    const deposited = pick(clean, 3);
    const depositSet = await reg.keys.createSet(desk, {
      propertyId,
      code: 'K-101',
      label: `${deposited.label} 业主寄存钥匙`,
      quantity: 1,
      location: '钥匙柜 C1',
      roomId: deposited.roomId,
      note: '业主出差期间寄存',
    });
    at(10 * DAY);
    await reg.keys.inventory(desk, {
      propertyId,
      lines: [...sets, depositSet].map((keySetId) => ({
        keySetId,
        counted:
          keySetId === sets[1]
            ? 3
            : keySetId === depositSet
              ? 1
              : keyDefs.find((_, i) => sets[i] === keySetId)![2],
        note: keySetId === sets[1] ? '少一把，已查明为 3 栋天台门锁芯更换时留在工程部' : null,
      })),
      note: '月中盘存',
    });
    for (let d = 9; d >= 1; d -= 2) {
      at(d * DAY + 3 * HOUR);
      const loan = await reg.keys.lend(desk, {
        keySetId: sets[d % 4]!,
        quantity: 1,
        borrowerKind: d % 3 ? 'staff' : 'contractor',
        borrowerName: d % 3 ? '工程部 刘强' : '电梯维保 张工',
        borrowerPhone: '13600001234',
        purpose: d % 3 ? '设备巡检' : '电梯月度保养',
        dueBackAt: null,
      });
      at(d * DAY + HOUR);
      await reg.keys.returnLoan(desk, loan, null);
    }
    at(5 * HOUR);
    const open = await reg.keys.lend(desk, {
      keySetId: sets[2]!,
      quantity: 1,
      borrowerKind: 'contractor',
      borrowerName: '供电所 王师傅',
      borrowerPhone: '13622225555',
      purpose: '配电房线路检修',
      dueBackAt: null,
    });
    at(2 * DAY);
    await reg.keys.takeBack(desk, {
      keySetId: depositSet,
      loanId: null,
      quantity: 1,
      takerName: deposited.name,
      takerPhone: deposited.phone,
      takerIdNumber: null,
      reason: '业主出差回来，领回寄存钥匙',
    });
    void open;

    // Mail (S3 4.5.6): received, notified, collected; two still waiting.
    const carriers = ['中国邮政', '顺丰速运', '京东物流', 'EMS'];
    for (let i = 0; i < 8; i++) {
      const o = pick(owners, i * 7 + 2);
      at((7 - i) * DAY + 2 * HOUR);
      const id = await reg.mail.receive(desk, {
        propertyId,
        itemType: i % 3 === 0 ? 'registered' : i % 3 === 1 ? 'parcel' : 'express',
        roomId: o.roomId,
        addressee: o.name,
        carrier: carriers[i % 4]!,
        trackingNo: `${['XA', 'SF', 'JD', 'EM'][i % 4]}${String(100_200_300 + i * 7919)}`,
        note: null,
      });
      if (i === 7) continue;
      at((7 - i) * DAY + HOUR);
      await reg.mail.notify(desk, id, { method: i % 2 ? 'sms' : 'phone', note: null });
      if (i === 6) continue;
      at((7 - i) * DAY);
      await reg.mail.collect(desk, id, {
        collectorName: o.name,
        idChecked: true,
        collectorIdNumber: null,
        note: null,
      });
    }

    // Visitors (S1): a week of callers, two still inside.
    const visitorNames = [
      '陈志明',
      '黄丽华',
      '周建军',
      '吴秀英',
      '徐国强',
      '孙美玲',
      '马俊杰',
      '朱晓燕',
      '胡海涛',
      '郭静',
    ];
    for (let i = 0; i < visitorNames.length; i++) {
      const host = pick(owners, i * 13 + 5);
      at((visitorNames.length - i) * 14 * HOUR);
      const v = await reg.visitors.register(desk, {
        propertyId,
        visitorName: visitorNames[i]!,
        idNumber: null,
        phone: `1350000${String(1000 + i * 37).slice(-4)}`,
        hostRoomId: host.roomId,
        hostName: host.name,
        reason: ['探亲', '访友', '送货', '家政服务', '看房'][i % 5]!,
        partySize: 1 + (i % 3),
        carPlate: i % 3 === 0 ? `粤A${String(10_000 + i * 731).slice(-5)}` : null,
        hostContactMethod: i % 2 ? 'phone' : 'intercom',
        hostAnswer: i === 4 ? 'refused' : 'agreed',
      });
      if (v.admitted && i < visitorNames.length - 2) {
        at((visitorNames.length - i) * 14 * HOUR - 2 * HOUR);
        await reg.visitors.out(desk, v.id);
      }
    }

    // Desk payments (S1 缴费): management fees lowering arrears, handed to finance, invoices delivered.
    // Not the rooms whose arrears the release slips below show.
    const mover = tenants.find((t) => (t.monthsOwed ?? 0) > 0) ?? pick(owing, 1);
    const shown = new Set([pick(owing, 0).roomId, mover.roomId]);
    const payers = owners
      .filter((o) => (o.monthsOwed ?? 0) >= 1 && (o.monthsOwed ?? 0) <= 6 && !shown.has(o.roomId))
      .slice(0, 4);
    const receipts: number[] = [];
    for (const [i, o] of payers.entries()) {
      at((6 - i) * DAY + 4 * HOUR);
      const months = Math.min(o.monthsOwed ?? 1, 1 + (i % 2));
      const perMonth = Math.round((o.amountCents ?? 0) / Math.max(1, o.monthsOwed ?? 1));
      const r = await reg.payments.record(desk, {
        propertyId,
        roomId: o.roomId,
        payerName: o.name,
        purpose: 'managementFee',
        months,
        amountCents: perMonth * months,
        method: i % 2 ? 'cash' : 'wechat',
        takenBy: i === 3 ? 'finance' : 'desk',
        renovationId: null,
        reference: null,
        note: null,
      });
      receipts.push(r.id);
    }
    at(3 * DAY);
    if (receipts[0])
      await reg.payments.handOver(desk, receipts[0], { financeReceiverName: '财务部 周会计', note: null });
    if (receipts[1])
      await reg.payments.handOver(desk, receipts[1], { financeReceiverName: '财务部 周会计', note: null });
    at(2 * DAY);
    if (receipts[0])
      await reg.payments.deliverInvoice(desk, receipts[0], {
        invoiceNo: `FP${code}0001`,
        deliveredTo: payers[0]!.name,
        note: null,
      });

    if (!isHY) continue;
    const guard = await actorOf(db, staffIds.guard);
    const engHead = await actorOf(db, staffIds['eng.head']);
    const engineer = await actorOf(db, staffIds.engineer);
    const supervisor = await actorOf(db, staffIds.supervisor);
    const manager = await actorOf(db, staffIds.manager);
    if (!guard || !engHead || !engineer || !supervisor || !manager) continue;

    await seedHyRegisters({
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
    });
  }
};
