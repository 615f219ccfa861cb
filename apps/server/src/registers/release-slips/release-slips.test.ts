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

const slip = (over: Record<string, unknown> = {}) => ({
  propertyId: f.propertyId,
  roomId: f.room2,
  carrierKind: 'owner',
  carrierName: '赵敏',
  carrierIdNumber: '11010519491231002X',
  hasValidId: true,
  items: [{ name: '冰箱', quantity: 1 }],
  ...over,
});
const create = async (over: Record<string, unknown> = {}) => {
  const res = await f.desk.post('/api/registers/release-slips', slip(over));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as {
    id: number;
    state: string;
    reason: string | null;
    decision: { code?: string; reasons?: { reason: string; clause: string }[] };
  };
};
const issue = async (id: number) =>
  f.desk.post(`/api/registers/release-slips/${id}/issue`, { carrierSigned: true });
const gate = (number: string, client = f.guard) =>
  client.post('/api/registers/gate/release-slips/check', {
    propertyId: f.propertyId,
    number,
    itemsMatch: true,
    signature: '孙浩',
  });

describe('tenant release, paid at the desk, confirmed by the owner, checked at the gate once (S1 租户放行; S3 4.5.7.2 B, 4.5.7.6)', () => {
  it('the whole flow', async () => {
    const s = await create({
      roomId: f.room,
      carrierKind: 'tenant',
      carrierName: '李明',
      isMovingHouse: false,
    });
    expect(s.state).toBe('refused');
    expect(s.reason).toMatch(/^租户存在欠费.*不予放行/);

    const pay = await f.desk.post('/api/registers/payments', {
      propertyId: f.propertyId,
      roomId: f.room,
      payerName: '李明',
      purpose: 'managementFee',
      months: 4,
      amountCents: 120000,
      method: 'cash',
      takenBy: 'desk',
    });
    expect(pay.status, JSON.stringify(pay.body)).toBe(200);
    expect(pay.body.arrears.after).toEqual({ monthsOwed: 0, amountCents: 0 });

    const again = await f.desk.post(`/api/registers/release-slips/${s.id}/recheck`);
    expect(again.body.state).toBe('awaitingOwner');
    expect((await issue(s.id)).status).toBe(409);

    const wrongPhone = await f.desk.post(`/api/registers/release-slips/${s.id}/owner-confirmation`, {
      method: 'phone',
      ownerPersonId: f.ownerId,
      phone: '13999999999',
      answer: 'agreed',
    });
    expect(wrongPhone.status).toBe(400);
    expect(wrongPhone.body.error.message).toContain('业主资料');
    const tenantAsOwner = await f.desk.post(`/api/registers/release-slips/${s.id}/owner-confirmation`, {
      method: 'inPerson',
      ownerPersonId: f.tenantId,
      answer: 'agreed',
    });
    expect(tenantAsOwner.status).toBe(400);

    const callAt = new Date(ctx.clock.now().getTime() - 60_000).toISOString();
    const ok = await f.desk.post(`/api/registers/release-slips/${s.id}/owner-confirmation`, {
      method: 'phone',
      ownerPersonId: f.ownerId,
      phone: '13912345678',
      at: callAt,
      answer: 'agreed',
      rentOwed: false,
    });
    expect(ok.body.state).toBe('approved');

    const issued = await issue(s.id);
    expect(issued.status).toBe(200);
    expect(issued.body.number).toMatch(/^HYFX\d{4}-0001$/);

    const print = await f.desk.get(`/api/registers/release-slips/${s.id}/print`);
    expect(print.body.parts.map((p: { part: string }) => p.part)).toEqual(['存根联', '客户联']);
    expect(print.body.ownerConfirmation).toMatchObject({
      ownerName: '王建华',
      phone: '13912345678',
      at: callAt,
      answer: 'agreed',
    });

    const seen = await f.guard.get(
      `/api/registers/gate/release-slips?propertyId=${f.propertyId}&number=${issued.body.number.toLowerCase()}`,
    );
    expect(seen.body).toMatchObject({ canPass: true, items: [{ name: '冰箱', quantity: 1 }] });
    const first = await gate(issued.body.number);
    expect(first.body.result).toBe('passed');
    const second = await gate(issued.body.number);
    expect(second.body).toMatchObject({ result: 'refused', reason: '该放行条已使用，不能重复放行' });
    const detail = await f.desk.get(`/api/registers/release-slips/${s.id}`);
    expect(detail.body.state).toBe('used');
    expect(detail.body.gateChecks).toHaveLength(2);
    expect(detail.body.history.map((h: { action: string }) => h.action)).toEqual([
      'created',
      'rechecked',
      'owner-confirmed',
      'issued',
      'gate-passed',
      'gate-refused',
    ]);
  });

  it('S1: the owner objects → refused, and cannot be issued', async () => {
    await ctx.db
      .updateTable('arrears')
      .set({ monthsOwed: 0, amountCents: 0 })
      .where('roomId', '=', f.room)
      .execute();
    const s = await create({ roomId: f.room, carrierKind: 'tenant', carrierName: '李明' });
    const r = await f.desk.post(`/api/registers/release-slips/${s.id}/owner-confirmation`, {
      method: 'phone',
      ownerPersonId: f.ownerId,
      phone: '13912345678',
      answer: 'objected',
    });
    expect(r.body).toMatchObject({ state: 'refused', reason: '业主不同意放行，请先与业主联系' });
    expect((await issue(s.id)).status).toBe(409);
  });
});

describe('owner and moving house (S1 业主放行; S3 4.5.7.4)', () => {
  it('S1: 3+ months of arrears → issued, the manager notified, the owner reminded', async () => {
    await ctx.db
      .updateTable('arrears')
      .set({ monthsOwed: 3, amountCents: 90000 })
      .where('roomId', '=', f.room)
      .execute();
    const s = await create({ roomId: f.room, carrierName: '王建华' });
    expect(s.state).toBe('approved');
    const r = await issue(s.id);
    expect(r.body.managerNotified).toBe(true);
    expect(r.body.ownerReminder).toContain('3 个月');
    const told = await f.notificationsOf(f.manager.staffId, 'release-slip.arrears');
    expect(told.map((n) => n.entityId)).toContain(String(s.id));
    expect(await f.notificationsOf(f.supervisor.staffId, 'release-slip.arrears')).toHaveLength(0);
  });

  it('S3 4.5.7.4: moving house is refused while any arrears are owed, and nothing is issued', async () => {
    await ctx.db
      .updateTable('arrears')
      .set({ monthsOwed: 1, amountCents: 30000 })
      .where('roomId', '=', f.room)
      .execute();
    const s = await create({ roomId: f.room, carrierName: '王建华', isMovingHouse: true });
    expect(s.state).toBe('refused');
    expect(s.decision.code).toBe('movingArrears');
    expect((await issue(s.id)).status).toBe(409);
  });

  it('S3 4.5.7.5: a carrier without ID waits for the owner, who may sign in person', async () => {
    const s = await create({
      carrierKind: 'other',
      carrierName: '搬运工',
      hasValidId: false,
      carrierIdNumber: null,
    });
    expect(s.state).toBe('awaitingOwner');
    expect(s.decision.reasons!.map((r: { clause: string }) => r.clause)).toContain('S3 4.5.7.5');
    const r = await f.desk.post(`/api/registers/release-slips/${s.id}/owner-confirmation`, {
      method: 'inPerson',
      ownerPersonId: f.owner2Id,
      answer: 'agreed',
    });
    expect(r.body.state).toBe('approved');
  });
});

describe('who may do what (issue 6 item 12)', () => {
  it('only the gate guard checks slips at the gate; the desk gets 403', async () => {
    const s = await create();
    const { number } = (await issue(s.id)).body;
    const before = await tableCounts(ctx.db);
    for (const c of [f.desk, f.supervisor, f.manager, f.engHead])
      expect((await gate(number, c)).status).toBe(403);
    expect(await tableCounts(ctx.db)).toEqual(before);
    expect((await gate(number)).body.result).toBe('passed');
  });

  it('a guard of another property gets 404 for this property, and a desk of another property cannot see the slip', async () => {
    const s = await create();
    const { number } = (await issue(s.id)).body;
    const res = await f.otherGuard.post('/api/registers/gate/release-slips/check', {
      propertyId: f.propertyId,
      number,
      itemsMatch: true,
      signature: '外',
    });
    expect(res.status).toBe(404);
    // On its own property the number does not exist: refused and logged there.
    const own = await f.otherGuard.post('/api/registers/gate/release-slips/check', {
      propertyId: f.otherPropertyId,
      number,
      itemsMatch: true,
      signature: '外',
    });
    expect(own.body).toMatchObject({ result: 'refused', reason: '放行条编号不存在' });
    expect((await f.otherDesk.get(`/api/registers/release-slips/${s.id}`)).status).toBe(404);
    expect(
      (await f.otherDesk.post(`/api/registers/release-slips/${s.id}/issue`, { carrierSigned: true })).status,
    ).toBe(404);
  });

  it('the gate guard and department staff cannot write slips (403)', async () => {
    for (const c of [f.guard, f.engHead])
      expect((await c.post('/api/registers/release-slips', slip())).status).toBe(403);
    const s = await create();
    expect(
      (await f.guard.post(`/api/registers/release-slips/${s.id}/issue`, { carrierSigned: true })).status,
    ).toBe(403);
  });

  it('the carrier must sign before the slip is issued', async () => {
    const s = await create();
    expect(
      (await f.desk.post(`/api/registers/release-slips/${s.id}/issue`, { carrierSigned: false })).status,
    ).toBe(400);
  });
});

describe('items that do not match, voided slips and the monthly reconciliation (S3 4.5.7.2 B, 4.5.7.6)', () => {
  it('lists stubs not checked, slips presented twice and numbers without a stub', async () => {
    const a = await create();
    const na = (await issue(a.id)).body.number;
    const b = await create();
    const nb = (await issue(b.id)).body.number;
    const c = await create();
    const nc = (await issue(c.id)).body.number;
    expect(
      (
        await f.guard.post('/api/registers/gate/release-slips/check', {
          propertyId: f.propertyId,
          number: nb,
          itemsMatch: false,
          signature: '孙浩',
        })
      ).body.result,
    ).toBe('mismatch');
    await gate(na);
    await gate(na);
    await gate('HYFX2099-9999');
    expect(
      (await f.desk.post(`/api/registers/release-slips/${c.id}/void`, { reason: '填写错误' })).status,
    ).toBe(200);
    expect((await gate(nc)).body).toMatchObject({ result: 'refused', reason: '该放行条已作废' });
    const month = ctx.clock.now().toISOString().slice(0, 7);
    const r = await f.supervisor.get(
      `/api/registers/release-slips-reconciliation?propertyId=${f.propertyId}&month=${month}`,
    );
    const kinds = r.body.mismatches.map((m: { kind: string; number: string }) => `${m.kind}:${m.number}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        `notChecked:${nb}`,
        `itemsMismatch:${nb}`,
        `presentedAgain:${na}`,
        'unknownNumber:HYFX2099-9999',
        `presentedVoided:${nc}`,
      ]),
    );
    expect(kinds).not.toContain(`notChecked:${na}`);
    expect(
      (
        await f.desk.post('/api/registers/release-slips-reconciliation/confirm', {
          propertyId: f.propertyId,
          month,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await f.supervisor.post('/api/registers/release-slips-reconciliation/confirm', {
          propertyId: f.propertyId,
          month,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await f.supervisor.post('/api/registers/release-slips-reconciliation/confirm', {
          propertyId: f.propertyId,
          month,
        })
      ).status,
    ).toBe(409);
  });
});
