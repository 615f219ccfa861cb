import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, tableCounts } from '../../../test/harness.js';
import { type RegistersFixture, registersFixture } from '../registers-fixture.js';

let ctx: TestContext;
let f: RegistersFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await registersFixture(ctx);
});
afterAll(async () => ctx.close());

const fee = (over: Record<string, unknown> = {}) => ({
  propertyId: f.propertyId,
  roomId: f.room,
  payerName: '王建华',
  purpose: 'managementFee',
  months: 2,
  amountCents: 60000,
  method: 'wechat',
  takenBy: 'desk',
  ...over,
});

describe('desk payments (S1 场景三 缴费; DOMAIN.md §7)', () => {
  it('a management-fee payment reduces the room’s arrears, on the room’s timeline, with a numbered receipt', async () => {
    const r = await f.desk.post('/api/registers/payments', fee());
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.receiptNo).toMatch(/^HYSJ\d{4}-0001$/);
    expect(r.body.arrears).toEqual({
      before: { monthsOwed: 4, amountCents: 120000 },
      after: { monthsOwed: 2, amountCents: 60000 },
    });
    expect(await f.arrearsOf(f.room)).toEqual({ monthsOwed: 2, amountCents: 60000 });
    const room = await f.desk.get(`/api/archive/rooms/${f.room}`);
    expect(JSON.stringify(room.body)).toContain(r.body.receiptNo);
    const second = await f.desk.post('/api/registers/payments', fee({ months: 1, amountCents: 30000 }));
    expect(second.body.receiptNo).toMatch(/-0002$/);
    expect(await f.arrearsOf(f.room)).toEqual({ monthsOwed: 1, amountCents: 30000 });
  });

  it('the receipt prints the amount in capitals and, when the desk took it, that the invoice follows', async () => {
    const r = await f.desk.post('/api/registers/payments', fee({ months: 1, amountCents: 30050 }));
    const receipt = await f.desk.get(`/api/registers/payments/${r.body.id}/receipt`);
    expect(receipt.body).toMatchObject({
      amountInWords: '叁佰元伍角整',
      purposeLabel: '管理费（1 个月）',
      roomLabel: '3栋2单元501',
      voided: false,
    });
    expect(receipt.body.footer).toContain('发票');
  });

  it('S1: money the desk took is handed to finance later, the invoice delivered later; both recorded once', async () => {
    const r = await f.desk.post('/api/registers/payments', fee({ roomId: f.room2, payerName: '赵敏' }));
    expect(
      (await f.desk.get(`/api/registers/payments?propertyId=${f.propertyId}&pending=handover`)).body.map(
        (p: { id: number }) => p.id,
      ),
    ).toContain(r.body.id);
    expect(
      (
        await f.desk.post(`/api/registers/payments/${r.body.id}/handover`, {
          financeReceiverName: '财务 周会计',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await f.desk.post(`/api/registers/payments/${r.body.id}/handover`, {
          financeReceiverName: '财务 周会计',
        })
      ).status,
    ).toBe(409);
    expect(
      (await f.desk.get(`/api/registers/payments?propertyId=${f.propertyId}&pending=handover`)).body.map(
        (p: { id: number }) => p.id,
      ),
    ).not.toContain(r.body.id);
    expect(
      (
        await f.desk.post(`/api/registers/payments/${r.body.id}/invoice`, {
          invoiceNo: 'FP0001',
          deliveredTo: '赵敏',
        })
      ).status,
    ).toBe(200);
    expect(
      (await f.desk.get(`/api/registers/payments?propertyId=${f.propertyId}&pending=invoice`)).body.map(
        (p: { id: number }) => p.id,
      ),
    ).not.toContain(r.body.id);
    // Handed over: it can no longer be voided at the desk.
    expect(
      (await f.supervisor.post(`/api/registers/payments/${r.body.id}/void`, { reason: '重复收款' })).status,
    ).toBe(422);
  });

  it('a payment at the finance window needs no hand-over', async () => {
    const r = await f.desk.post('/api/registers/payments', fee({ takenBy: 'finance', roomId: f.room2 }));
    expect(
      (await f.desk.post(`/api/registers/payments/${r.body.id}/handover`, { financeReceiverName: '财务' }))
        .status,
    ).toBe(409);
  });

  it('voiding a management-fee receipt (supervisor) restores the arrears; the receptionist may not void (403)', async () => {
    await ctx.db
      .updateTable('arrears')
      .set({ monthsOwed: 1, amountCents: 30000 })
      .where('roomId', '=', f.room)
      .execute();
    const before = await f.arrearsOf(f.room);
    // Pays more than is owed: the void gives back only what the payment cleared.
    const r = await f.desk.post('/api/registers/payments', fee({ months: 2, amountCents: 60000 }));
    expect(await f.arrearsOf(f.room)).toEqual({ monthsOwed: 0, amountCents: 0 });
    expect(await f.arrearsOf(f.room)).not.toEqual(before);
    expect(
      (await f.desk.post(`/api/registers/payments/${r.body.id}/void`, { reason: '收错房号' })).status,
    ).toBe(403);
    expect(
      (await f.supervisor.post(`/api/registers/payments/${r.body.id}/void`, { reason: '收错房号' })).status,
    ).toBe(200);
    expect(await f.arrearsOf(f.room)).toEqual(before);
    expect((await f.desk.get(`/api/registers/payments/${r.body.id}/receipt`)).body.voided).toBe(true);
  });

  it('renovation fees must name a renovation; paid-service fees a service order number', async () => {
    expect(
      (await f.desk.post('/api/registers/payments', fee({ purpose: 'renovationDeposit', months: null })))
        .status,
    ).toBe(400);
    expect(
      (await f.desk.post('/api/registers/payments', fee({ purpose: 'paidService', months: null }))).status,
    ).toBe(400);
    const ok = await f.desk.post(
      '/api/registers/payments',
      fee({ purpose: 'paidService', months: null, reference: 'WO-0001', amountCents: 5000 }),
    );
    expect(ok.status).toBe(200);
    expect(ok.body.arrears).toBeNull();
  });

  it('issue 6 item 12: the gate guard and department staff cannot take money (403); another property’s desk gets 404', async () => {
    const before = await tableCounts(ctx.db);
    for (const c of [f.guard, f.engHead, f.company])
      expect((await c.post('/api/registers/payments', fee())).status).toBe(403);
    expect((await f.otherDesk.post('/api/registers/payments', fee())).status).toBe(404);
    expect(await tableCounts(ctx.db)).toEqual(before);
    const r = await f.desk.post('/api/registers/payments', fee({ roomId: f.room2 }));
    expect((await f.otherDesk.get(`/api/registers/payments/${r.body.id}/receipt`)).status).toBe(404);
    expect(
      (await f.otherDesk.post(`/api/registers/payments/${r.body.id}/handover`, { financeReceiverName: 'x' }))
        .status,
    ).toBe(404);
    expect((await f.company.get(`/api/registers/payments/${r.body.id}/receipt`)).status).toBe(200);
  });
});
