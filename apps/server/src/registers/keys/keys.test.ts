import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, tableCounts } from '../../../test/harness.js';
import { type RegistersFixture, registersFixture } from '../registers-fixture.js';
import { runDayEndReminders, runKeyInventoryReminders } from '../sweeps.js';

let ctx: TestContext;
let f: RegistersFixture;
let setA: number;
let setB: number;
// 2026-11-23 10:00 in Shanghai.
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  f = await registersFixture(ctx);
});
afterAll(async () => ctx.close());

const lend = (keySetId: number, quantity = 1) =>
  f.desk.post('/api/registers/key-loans', {
    keySetId,
    quantity,
    borrowerKind: 'contractor',
    borrowerName: '电梯维保 张工',
    borrowerPhone: '13600001234',
    purpose: '机房检修',
  });
const sweepDeps = () => ({ db: ctx.db, clock: ctx.clock, notify: ctx.deps.notifier.notify });

describe('key register (S3 篇九 4.4.3)', () => {
  it('key sets record what they open, how many and where kept; codes are unique per property', async () => {
    const a = await f.desk.post('/api/registers/key-sets', {
      propertyId: f.propertyId,
      code: 'K-001',
      label: '3栋电梯机房',
      quantity: 2,
      location: '钥匙柜 A1',
    });
    const b = await f.desk.post('/api/registers/key-sets', {
      propertyId: f.propertyId,
      code: 'K-002',
      label: '3-2-501 业主寄存钥匙',
      quantity: 1,
      location: '钥匙柜 B2',
      roomId: f.room,
    });
    expect([a.status, b.status]).toEqual([200, 200]);
    setA = a.body.id;
    setB = b.body.id;
    expect(
      (
        await f.desk.post('/api/registers/key-sets', {
          propertyId: f.propertyId,
          code: 'K-001',
          label: 'x',
          quantity: 1,
          location: 'x',
        })
      ).status,
    ).toBe(409);
  });

  it('loans and returns: to whom, why, when; never more than the cabinet holds', async () => {
    const l = await lend(setA, 2);
    expect(l.status).toBe(200);
    const refused = await lend(setA);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('只剩 0 把');
    const sets = (await f.desk.get(`/api/registers/key-sets?propertyId=${f.propertyId}`)).body;
    expect(sets.find((s: { id: number }) => s.id === setA)).toMatchObject({ onLoan: 2, inCabinet: 0 });
    expect((await f.desk.post(`/api/registers/key-loans/${l.body.id}/return`, {})).status).toBe(200);
    expect((await f.desk.post(`/api/registers/key-loans/${l.body.id}/return`, {})).status).toBe(409);
  });

  it('at day end the unreturned keys are listed, each needing a call note; the reminder goes out once', async () => {
    const l = await lend(setA);
    ctx.clock.set('2026-11-23T09:30:00.000Z'); // 17:30 local
    const open = (await f.desk.get(`/api/registers/key-loans?propertyId=${f.propertyId}&open=1`)).body;
    expect(open.find((x: { id: number }) => x.id === l.body.id)).toMatchObject({
      isOpen: true,
      chasedToday: false,
    });
    const check = await f.desk.get(`/api/registers/day-check?propertyId=${f.propertyId}`);
    expect(check.body.gaps).toContainEqual(expect.objectContaining({ register: 'keyLoan', id: l.body.id }));

    await Promise.all([runDayEndReminders(sweepDeps()), runDayEndReminders(sweepDeps())]);
    await runDayEndReminders(sweepDeps());
    const told = await f.notificationsOf(f.desk.staffId, 'registers.day-end');
    expect(told).toHaveLength(1);
    expect(told[0]!.body).toContain('1 把钥匙未归还');

    expect(
      (
        await f.desk.post(`/api/registers/key-loans/${l.body.id}/chase`, {
          note: '已电话联系张工，明早 9 点归还（检修未完）',
        })
      ).status,
    ).toBe(200);
    const after = (await f.desk.get(`/api/registers/key-loans?propertyId=${f.propertyId}&open=1`)).body;
    expect(after.find((x: { id: number }) => x.id === l.body.id)).toMatchObject({ chasedToday: true });
    const check2 = await f.desk.get(`/api/registers/day-check?propertyId=${f.propertyId}`);
    expect(check2.body.gaps.filter((g: { register: string }) => g.register === 'keyLoan')).toEqual([]);
    // The next day the key is still out: a new call is needed.
    ctx.clock.set('2026-11-24T09:30:00.000Z');
    await f.renew();
    const next = (await f.desk.get(`/api/registers/key-loans?propertyId=${f.propertyId}&open=1`)).body;
    expect(next.find((x: { id: number }) => x.id === l.body.id).chasedToday).toBe(false);
    await f.desk.post(`/api/registers/key-loans/${l.body.id}/return`, {});
  });

  it('钥匙领回单: a key taken home by its owner is numbered, lowers the set, and closes the loan', async () => {
    const l = await lend(setB);
    const tb = await f.desk.post('/api/registers/key-take-backs', {
      keySetId: setB,
      loanId: l.body.id,
      takerName: '王建华',
      takerPhone: '13912345678',
      reason: '业主自行保管',
    });
    expect(tb.status, JSON.stringify(tb.body)).toBe(200);
    expect(tb.body.number).toMatch(/^HYLH\d{4}-0001$/);
    const sets = (await f.desk.get(`/api/registers/key-sets?propertyId=${f.propertyId}`)).body;
    expect(sets.find((s: { id: number }) => s.id === setB)).toMatchObject({ quantity: 0, onLoan: 0 });
    expect((await f.desk.post(`/api/registers/key-loans/${l.body.id}/return`, {})).status).toBe(409);
    expect(
      (await f.desk.get(`/api/registers/key-take-backs?propertyId=${f.propertyId}`)).body[0],
    ).toMatchObject({ number: tb.body.number, keyCode: 'K-002' });
  });

  it('inventory: every key set counted, discrepancies listed; due every half month with a daily reminder', async () => {
    ctx.clock.set('2026-11-24T02:00:00.000Z');
    await runKeyInventoryReminders(sweepDeps());
    await runKeyInventoryReminders(sweepDeps());
    expect(await f.notificationsOf(f.supervisor.staffId, 'registers.key-inventory-due')).toHaveLength(1);
    const partial = await f.desk.post('/api/registers/key-inventories', {
      propertyId: f.propertyId,
      lines: [{ keySetId: setA, counted: 2 }],
    });
    expect(partial.status).toBe(400);
    expect(partial.body.error.message).toContain('K-002');
    const inv = await f.desk.post('/api/registers/key-inventories', {
      propertyId: f.propertyId,
      lines: [
        { keySetId: setA, counted: 1, note: '少一把，待查' },
        { keySetId: setB, counted: 0 },
      ],
    });
    expect(inv.body).toMatchObject({ discrepancies: 1 });
    const list = (await f.desk.get(`/api/registers/key-inventories?propertyId=${f.propertyId}`)).body;
    expect(list.status).toMatchObject({ lastDay: '2026-11-24', dueOn: '2026-12-09', isDue: false });
    expect(list.inventories[0].lines.find((l: { keySetId: number }) => l.keySetId === setA)).toMatchObject({
      expected: 2,
      counted: 1,
    });
    ctx.clock.set('2026-12-09T02:00:00.000Z');
    await f.renew();
    await runKeyInventoryReminders(sweepDeps());
    expect(await f.notificationsOf(f.supervisor.staffId, 'registers.key-inventory-due')).toHaveLength(2);
  });

  it('issue 6 item 12: the gate guard and department staff may not keep the key register (403); another property gets 404', async () => {
    const before = await tableCounts(ctx.db);
    for (const c of [f.guard, f.engineer])
      expect(
        (
          await c.post('/api/registers/key-loans', {
            keySetId: setA,
            borrowerKind: 'staff',
            borrowerName: 'x',
            borrowerPhone: '13600001234',
            purpose: 'x',
          })
        ).status,
      ).toBe(403);
    expect(
      (
        await f.otherDesk.post('/api/registers/key-loans', {
          keySetId: setA,
          borrowerKind: 'staff',
          borrowerName: 'x',
          borrowerPhone: '13600001234',
          purpose: 'x',
        })
      ).status,
    ).toBe(404);
    expect((await f.otherDesk.get(`/api/registers/key-sets?propertyId=${f.propertyId}`)).status).toBe(404);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});
