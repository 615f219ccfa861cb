import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from '../../test/fixtures/import-files.js';
import { createTestContext, type Reply, type TestContext } from '../../test/harness.js';
import { type WorkOrderFixture, workOrderFixture } from '../work-orders/work-order-fixture.js';

type J = Reply['body'];
const MIN = 60_000;

// Monday 2026-11-23, 10:00 in Shanghai; everything happens within the morning.
let ctx: TestContext;
let f: WorkOrderFixture;
let manager: Awaited<ReturnType<TestContext['signIn']>>;
const month = 'month=2026-11';
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  f = await workOrderFixture(ctx);
  manager = await ctx.signIn(f.manager.username);
  const onTime = await f.dispatched();
  const late = await f.dispatched();
  const redone = await f.dispatched();
  const referred = await f.dispatched();
  const moved = await f.dispatched();
  ctx.clock.advance(10 * MIN);
  await f.finish(onTime.id, { items: [{ priceItemId: f.tap, quantity: 2 }] });
  await f.finish(redone.id);
  await f.ok(f.desk, moved.id, 'reschedule', {
    reason: '维修师傅在处理紧急漏水',
    customerAgreed: true,
    customerAgreement: '业主同意下午三点',
    newArrivalAt: f.minutes(300),
  });
  await f.ok(f.desk, referred.id, 'refer', {
    reason: '燃气管道不属工程部',
    externalContact: '港华燃气 95158',
  });
  ctx.clock.advance(21 * MIN);
  await ctx.deps.workOrders.sweep('test');
  await f.finish(late.id, { items: [{ priceItemId: f.pipe, quantity: 2 }] });
  await f.ok(f.desk, onTime.id, 'return-visit', f.visit());
  await f.ok(
    f.desk,
    late.id,
    'return-visit',
    f.visit({ cashCharge: true, chargeDetail: '师傅收现金 25 元' }),
  );
  await f.ok(f.desk, redone.id, 'return-visit', f.visit({ satisfied: false, comment: '仍然滴水' }));
  const pay = await f.desk.post('/api/registers/payments', {
    propertyId: f.propertyId,
    roomId: f.roomId,
    payerName: '王建华',
    purpose: 'managementFee',
    months: 3,
    amountCents: 90000,
    method: 'wechat',
    takenBy: 'desk',
  });
  expect(pay.status, JSON.stringify(pay.body)).toBe(200);
});
afterAll(async () => ctx.close());

describe('月派工报事统计分析表 (S4 篇3; issue 8 item 1)', () => {
  it('on-time arrival and completion rates, breaches, reschedules, referrals, redone orders and average times', async () => {
    const r = (await manager.get(`/api/reports/work-orders?propertyId=${f.propertyId}&${month}`)).body;
    expect(r.total).toMatchObject({
      orders: 6,
      dispatched: 5,
      arrived: 3,
      arrivedOnTime: 2,
      arrivalOnTimeRate: 0.6667,
      completed: 3,
      completedOnTime: 3,
      completionOnTimeRate: 1,
      unfinished: 2,
      breaches: { arrival: 2, appointment: 0, completion: 0, total: 2 },
      rescheduled: 1,
      referred: 1,
      reworked: 1,
      avgDispatchMinutes: 0,
      feeCents: 8500,
    });
    // Arrivals 10, 10 and 31 minutes after dispatch (S4 4.4.1 半小时内).
    expect(r.total.avgArrivalMinutes).toBe(17);
    expect(r.byDepartment).toHaveLength(1);
    expect(r.byDepartment[0]).toMatchObject({
      departmentId: f.engineering,
      departmentName: '工程部',
      orders: 6,
    });
    expect(r.byType[0]).toMatchObject({ type: 'repair', label: '报修', orders: 6 });
    expect(r.rows).toHaveLength(1);
    const onTime = r.charts.find((c: J) => c.key === 'onTimeByDepartment');
    expect(onTime.series[0].data).toEqual([66.7]);
  });

  it('the .xlsx read back gives the same totals as the JSON', async () => {
    const json = (await manager.get(`/api/reports/work-orders?propertyId=${f.propertyId}&${month}`)).body;
    const res = await download(
      ctx,
      manager,
      `/api/reports/work-orders/report.xlsx?propertyId=${f.propertyId}&${month}`,
    );
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('月派工报事统计分析表');
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.find((x) => x[0] === '部门')!;
    const total = rows.find((x) => x[0] === '合计')!;
    const col = (name: string) => total[header.indexOf(name)];
    expect(col('派工单数')).toBe(json.total.orders);
    expect(col('按时到场率')).toBe(json.total.arrivalOnTimeRate);
    expect(col('违约（未按时到场）')).toBe(json.total.breaches.arrival);
    expect(col('收费（元）')).toBe(json.total.feeCents / 100);
  });

  it('a department filter keeps that department’s orders only', async () => {
    const none = (
      await manager.get(
        `/api/reports/work-orders?propertyId=${f.propertyId}&${month}&departmentId=${f.adminDept}`,
      )
    ).body;
    expect(none.total.orders).toBe(0);
    expect(none.scope.departmentName).toBe('行政部');
  });
});

describe('有偿服务收费明细表 (S4 篇3) and desk payments', () => {
  it('each completed paid order with its price-list lines, totals by item; desk payments by purpose and method', async () => {
    const r = (await manager.get(`/api/reports/fees?propertyId=${f.propertyId}&${month}`)).body;
    expect(r.paidServices.count).toBe(2);
    expect(r.paidServices.amountCents).toBe(8500);
    expect(r.paidServices.rows[0]).toMatchObject({
      date: '2026-11-23',
      roomLabel: '3栋2单元501',
      customer: '王建华',
      amountCents: 6000,
      departmentName: '工程部',
      items: [{ name: '更换水龙头', unit: '个', unitPriceCents: 3000, quantity: 2, amountCents: 6000 }],
    });
    expect(r.paidServices.byItem.map((i: J) => i.name)).toEqual(['更换水龙头', '更换水管']);
    expect(r.deskPayments).toMatchObject({
      count: 1,
      amountCents: 90000,
      voidedCount: 0,
      notHandedOverCents: 90000,
    });
    expect(r.deskPayments.byPurpose.find((p: J) => p.key === 'managementFee')).toMatchObject({
      label: '管理费',
      count: 1,
      amountCents: 90000,
    });
    expect(r.deskPayments.byMethod.find((p: J) => p.key === 'wechat').count).toBe(1);
  });

  it('the .xlsx has the fee list and the desk payments, totals in yuan', async () => {
    const res = await download(
      ctx,
      manager,
      `/api/reports/fees/report.xlsx?propertyId=${f.propertyId}&${month}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.data as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['有偿服务收费明细表', '前台代收款']);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((x) => x[0] === '合计')![5]).toBe(85);
    expect(rows.some((x) => String(x[4]).includes('更换水龙头 2个×30.00'))).toBe(true);
  });
});

describe('return-visit results (S3 篇九 4.5.5; S4 篇3)', () => {
  it('satisfaction rate, cash or improper charges reported, orders redone and reopened', async () => {
    const r = (await manager.get(`/api/reports/return-visits?propertyId=${f.propertyId}&${month}`)).body;
    expect(r.total).toMatchObject({
      due: 3,
      done: 3,
      doneOnTime: 3,
      satisfied: 2,
      satisfactionRate: 0.6667,
      improperCharge: 0,
      cashCharge: 1,
      reworked: 1,
      attitude: { good: 3, fair: 0, poor: 0 },
    });
    expect(r.byKind.find((k: J) => k.kind === 'required').due).toBe(3);
    expect(r.improperCharges).toHaveLength(1);
    expect(r.improperCharges[0]).toMatchObject({ cashCharge: true, chargeDetail: '师傅收现金 25 元' });
    expect(r.reopened).toHaveLength(1);
    expect(r.reopened[0].comment).toBe('仍然滴水');
    expect(r.reopened[0].reworkOrderNumber).toMatch(/W20261123-/);
    expect(r.byDepartment[0]).toMatchObject({ departmentName: '工程部', satisfactionRate: 0.6667 });
  });
});
