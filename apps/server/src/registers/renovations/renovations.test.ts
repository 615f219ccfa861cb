import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, tableCounts } from '../../../test/harness.js';
import { type RegistersFixture, registersFixture } from '../registers-fixture.js';

let ctx: TestContext;
let f: RegistersFixture;
let id: number;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  f = await registersFixture(ctx);
});
afterAll(async () => ctx.close());

const application = () => ({
  propertyId: f.propertyId,
  roomId: f.room2,
  applicantName: '赵敏',
  applicantPhone: '13700002222',
  contractorName: '美家装饰工程有限公司',
  contractorPhone: '02088889999',
  scope: '厨房卫生间翻新，更换地砖',
  plannedStart: '2026-11-25',
  plannedEnd: '2026-12-25',
  documents: { businessLicence: true, qualification: false, drawings: true },
  workers: [
    { name: '张师傅', idNumber: '11010519491231002X', hasPhoto: true, hasIdCopy: true },
    { name: '李师傅', hasPhoto: true, hasIdCopy: false },
  ],
  supervisorAway: true,
});
const pay = (purpose: string, amountCents: number) =>
  f.desk.post('/api/registers/payments', {
    propertyId: f.propertyId,
    roomId: f.room2,
    payerName: '赵敏',
    purpose,
    amountCents,
    method: 'cash',
    takenBy: 'desk',
    renovationId: id,
  });
const decide = (client = f.engHead, approve = true) =>
  client.post(`/api/registers/renovations/${id}/decision`, { approve, note: approve ? '同意施工' : null });

describe('renovation (S1 场景二 装修; S2 装修管理服务协议)', () => {
  it('the desk takes the application while the engineering supervisor is away; the supervisor is told', async () => {
    const r = await f.desk.post('/api/registers/renovations', application());
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    id = r.body.id;
    expect(r.body.number).toMatch(/^HYZX\d{4}-0001$/);
    expect(r.body.missingDocuments).toEqual(['资质证书', '李师傅 的身份证件']);
    expect(r.body.fees.due).toEqual({ renovationDeposit: 200000, workerPassFee: 2000, passDeposit: 10000 });
    const told = await f.notificationsOf(f.engHead.staffId, 'renovation.submitted');
    expect(told[0]!.title).toContain('前台代收');
  });

  it('S1: incomplete documents cannot be approved', async () => {
    const r = await decide();
    expect(r.status).toBe(422);
    expect(r.body.error.message).toContain('资质证书');
    const docs = await f.desk.post(`/api/registers/renovations/${id}/documents`, {
      documents: { qualification: true },
      workers: [
        {
          workerId: (await f.desk.get(`/api/registers/renovations/${id}`)).body.workers[1].id,
          hasIdCopy: true,
        },
      ],
    });
    expect(docs.body).toEqual([]);
  });

  it('issue 6 item 12: only the engineering supervisor approves — other roles 403, another property’s supervisor 404', async () => {
    const before = await tableCounts(ctx.db);
    for (const c of [f.engineer, f.cleaner, f.desk, f.supervisor, f.manager, f.guard])
      expect((await decide(c)).status).toBe(403);
    expect((await decide(f.otherEngHead)).status).toBe(404);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('approval goes back to the first taker, who tells the customer (S1 首接责任制)', async () => {
    expect((await decide()).body).toEqual({ state: 'inProgress' });
    expect((await decide()).status).toBe(409);
    expect((await f.notificationsOf(f.desk.staffId, 'renovation.decided'))[0]!.title).toContain('已批准');
    const awaiting = async () =>
      (await f.desk.get(`/api/registers/renovations?propertyId=${f.propertyId}&awaitingNotice=1`)).body.map(
        (r: { id: number }) => r.id,
      );
    expect(await awaiting()).toEqual([id]);
    expect(
      (await f.desk.post(`/api/registers/renovations/${id}/customer-notified`, { method: 'phone' })).status,
    ).toBe(200);
    expect(await awaiting()).toEqual([]);
  });

  it('the permit and worker passes wait for the deposit and fees, paid through the desk payments', async () => {
    const permit = await f.desk.get(`/api/registers/renovations/${id}/permit`);
    expect(permit.status).toBe(422);
    expect(permit.body.error.message).toContain('装修保证金');
    expect((await f.desk.post(`/api/registers/renovations/${id}/worker-passes`)).status).toBe(422);
    await pay('workerPassFee', 2000);
    await pay('passDeposit', 10000);
    const passes = await f.desk.post(`/api/registers/renovations/${id}/worker-passes`);
    expect(passes.status, JSON.stringify(passes.body)).toBe(200);
    expect(passes.body).toHaveLength(2);
    expect((await f.desk.post(`/api/registers/renovations/${id}/worker-passes`)).status).toBe(409);
    await pay('renovationDeposit', 200000);
    const ok = await f.desk.get(`/api/registers/renovations/${id}/permit`);
    expect(ok.body).toMatchObject({
      title: '装修许可证',
      roomLabel: '5栋1单元102',
      workerCount: 2,
      plannedEnd: '2026-12-25',
    });
    const detail = (await f.desk.get(`/api/registers/renovations/${id}`)).body;
    expect(detail).toMatchObject({ permitReady: true, fees: { isPaid: true } });
    expect(
      detail.passes.every(
        (p: { state: string; validTo: string }) => p.state === 'out' && p.validTo === '2026-12-25',
      ),
    ).toBe(true);
  });

  it('S3 4.5.7.4: a decorator’s tools registered in the goods register leave on a slip; materials need the owner', async () => {
    expect(
      (
        await f.desk.post(`/api/registers/renovations/${id}/goods`, {
          direction: 'in',
          kind: 'tool',
          name: '电锤',
          quantity: 2,
        })
      ).status,
    ).toBe(200);
    const base = {
      propertyId: f.propertyId,
      roomId: f.room2,
      carrierKind: 'decorator',
      carrierName: '张师傅',
      carrierIdNumber: '11010519491231002X',
      hasValidId: true,
      renovationId: id,
    };
    const tools = await f.desk.post('/api/registers/release-slips', {
      ...base,
      items: [{ name: '电锤', quantity: 1, category: 'tool' }],
    });
    expect(tools.body.state).toBe('approved');
    expect(
      (await f.desk.post(`/api/registers/release-slips/${tools.body.id}/issue`, { carrierSigned: true }))
        .status,
    ).toBe(200);
    const goods = (await f.desk.get(`/api/registers/renovations/${id}`)).body.goods;
    expect(goods.at(-1)).toMatchObject({
      direction: 'out',
      name: '电锤',
      quantity: 1,
      releaseSlipId: tools.body.id,
    });
    const twoMore = await f.desk.post('/api/registers/release-slips', {
      ...base,
      items: [{ name: '电锤', quantity: 2, category: 'tool' }],
    });
    expect(twoMore.body.state).toBe('awaitingOwner');
    const material = await f.desk.post('/api/registers/release-slips', {
      ...base,
      items: [{ name: '剩余瓷砖', quantity: 5, category: 'material' }],
    });
    expect(material.body.state).toBe('awaitingOwner');
    expect(material.body.decision.reasons[0].reason).toContain('业主同意');
    const wrongRoom = await f.desk.post('/api/registers/release-slips', { ...base, roomId: f.room });
    expect(wrongRoom.status).toBe(400);
  });

  it('completion, inspection by the engineering department (failed → reworked → passed), deposit refund', async () => {
    expect((await f.desk.post(`/api/registers/renovations/${id}/completion`)).status).toBe(200);
    const insp = (client: typeof f.engineer, passed: boolean) =>
      client.post(`/api/registers/renovations/${id}/inspections`, {
        kind: 'final',
        passed,
        findings: passed ? '验收合格' : '卫生间防水未做闭水试验',
      });
    expect((await insp(f.cleaner, true)).status).toBe(403);
    expect((await insp(f.desk, true)).status).toBe(403);
    expect(
      (await f.desk.post(`/api/registers/renovations/${id}/deposit-refund`, { amountCents: 200000 })).status,
    ).toBe(409);
    expect((await insp(f.engineer, false)).body).toEqual({ state: 'failed' });
    expect((await f.desk.post(`/api/registers/renovations/${id}/completion`)).status).toBe(200);
    expect((await insp(f.engineer, true)).body).toEqual({ state: 'passed' });
    expect(
      (await f.desk.post(`/api/registers/renovations/${id}/deposit-refund`, { amountCents: 300000 })).status,
    ).toBe(400);
    expect(
      (await f.desk.post(`/api/registers/renovations/${id}/deposit-refund`, { amountCents: 150000 })).status,
    ).toBe(400);
    expect(
      (
        await f.desk.post(`/api/registers/renovations/${id}/deposit-refund`, {
          amountCents: 150000,
          note: '损坏公共走廊墙面，扣除 500 元修复费',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await f.desk.post(`/api/registers/renovations/${id}/deposit-refund`, {
          amountCents: 150000,
          note: 'x',
        })
      ).status,
    ).toBe(409);
    const history = (await f.desk.get(`/api/registers/renovations/${id}`)).body.history.map(
      (h: { action: string }) => h.action,
    );
    expect(history).toEqual(
      expect.arrayContaining([
        'applied',
        'documents-received',
        'approved',
        'customer-notified',
        'inspected-final',
        'deposit-refunded',
      ]),
    );
  });

  it('a rejected application is told to the first taker too', async () => {
    const r = await f.desk2.post('/api/registers/renovations', {
      ...application(),
      documents: { businessLicence: true, qualification: true, drawings: true },
      workers: [{ name: '王师傅', hasPhoto: true, hasIdCopy: true }],
    });
    id = r.body.id;
    expect((await decide(f.engHead, false)).body).toEqual({ state: 'rejected' });
    expect((await f.notificationsOf(f.desk2.staffId, 'renovation.decided'))[0]!.title).toContain('未批准');
  });
});
