import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, tableCounts } from '../../test/harness.js';
import { type RegistersFixture, registersFixture } from './registers-fixture.js';

let ctx: TestContext;
let f: RegistersFixture;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  f = await registersFixture(ctx);
});
afterAll(async () => ctx.close());

describe('mail register (S3 篇九 4.5.6 邮件收发记录本)', () => {
  it('received → resident notified → collected against an ID; the uncollected list', async () => {
    const m = await f.desk.post('/api/registers/mail', {
      propertyId: f.propertyId,
      itemType: 'registered',
      roomId: f.room,
      addressee: '王建华',
      carrier: '中国邮政',
      trackingNo: 'XA123456789CN',
    });
    expect(m.status, JSON.stringify(m.body)).toBe(200);
    const uncollected = async () =>
      (await f.desk.get(`/api/registers/mail?propertyId=${f.propertyId}`)).body.map(
        (x: { id: number }) => x.id,
      );
    expect(await uncollected()).toContain(m.body.id);
    expect((await f.desk.post(`/api/registers/mail/${m.body.id}/notify`, { method: 'phone' })).status).toBe(
      200,
    );
    const noId = await f.desk.post(`/api/registers/mail/${m.body.id}/collect`, {
      collectorName: '王建华',
      idChecked: false,
    });
    expect(noId.status).toBe(400);
    expect(noId.body.error.message).toContain('有效证件');
    const ok = await f.desk.post(`/api/registers/mail/${m.body.id}/collect`, {
      collectorName: '王建华',
      idChecked: true,
      collectorIdNumber: '11010519491231002X',
    });
    expect(ok.status).toBe(200);
    expect(await uncollected()).not.toContain(m.body.id);
    const all = (await f.desk.get(`/api/registers/mail?propertyId=${f.propertyId}&status=all`)).body.find(
      (x: { id: number }) => x.id === m.body.id,
    );
    expect(all).toMatchObject({
      collectorName: '王建华',
      collectorIdMasked: '1101**********002X',
      notifyMethod: 'phone',
    });
    expect(
      (await f.desk.post(`/api/registers/mail/${m.body.id}/collect`, { collectorName: 'x', idChecked: true }))
        .status,
    ).toBe(409);
  });

  it('issue 6 item 12: the gate guard may not write the mail register (403); another property’s desk gets 404', async () => {
    const body = {
      propertyId: f.propertyId,
      itemType: 'parcel',
      roomId: f.room,
      addressee: '王',
      carrier: '顺丰',
    };
    expect((await f.guard.post('/api/registers/mail', body)).status).toBe(403);
    expect((await f.otherDesk.post('/api/registers/mail', body)).status).toBe(404);
    expect((await f.desk.post('/api/registers/mail', { ...body, roomId: f.otherRoom })).status).toBe(400);
  });
});

describe('visitors (S1 前台接待规章 八、十一、十二)', () => {
  const visitor = (over: Record<string, unknown> = {}) => ({
    propertyId: f.propertyId,
    visitorName: '陈访客',
    idNumber: '11010519491231002X',
    phone: '13500005555',
    hostRoomId: f.room,
    hostName: '王建华',
    reason: '探亲',
    partySize: 2,
    carPlate: '粤A12345',
    hostContactMethod: 'intercom',
    hostAnswer: 'agreed',
    ...over,
  });

  it('who, whom, ID (masked), reason, party, car, in and out; visitors inside are listed at closing', async () => {
    const v = await f.desk.post('/api/registers/visitors', visitor());
    expect(v.body).toMatchObject({ admitted: true });
    const inside = (await f.desk.get(`/api/registers/visitors?propertyId=${f.propertyId}&inside=1`)).body;
    const row = inside.find((x: { id: number }) => x.id === v.body.id);
    expect(row).toMatchObject({
      idNumberMasked: '1101**********002X',
      hostRoomLabel: '3栋2单元501',
      isNight: 0,
      partySize: 2,
    });
    expect(JSON.stringify(inside)).not.toContain('11010519491231002X');
    expect((await f.desk.post(`/api/registers/visitors/${v.body.id}/out`, {})).status).toBe(200);
    expect(
      (await f.desk.get(`/api/registers/visitors?propertyId=${f.propertyId}&inside=1`)).body.map(
        (x: { id: number }) => x.id,
      ),
    ).not.toContain(v.body.id);
    expect(
      (await f.desk.get(`/api/registers/visitors?propertyId=${f.propertyId}`)).body.map(
        (x: { id: number }) => x.id,
      ),
    ).toContain(v.body.id);
  });

  it('S1 十一: a host who refuses means the visitor is not admitted, but the registration is kept', async () => {
    const v = await f.desk.post('/api/registers/visitors', visitor({ hostAnswer: 'refused' }));
    expect(v.body.admitted).toBe(false);
    expect((await f.desk.post(`/api/registers/visitors/${v.body.id}/out`, {})).status).toBe(409);
  });

  it('S1 十二: entries made 20:00–08:00 are marked as the night duty post’s', async () => {
    ctx.clock.set('2026-11-23T13:30:00.000Z'); // 21:30 local
    const v = await f.desk.post('/api/registers/visitors', visitor({ idNumber: null }));
    const row = (await f.desk.get(`/api/registers/visitors?propertyId=${f.propertyId}&inside=1`)).body.find(
      (x: { id: number }) => x.id === v.body.id,
    );
    expect(row.isNight).toBe(1);
    const check = await f.desk.get(`/api/registers/day-check?propertyId=${f.propertyId}`);
    expect(check.body.gaps).toContainEqual(
      expect.objectContaining({
        register: 'visitor',
        id: v.body.id,
        missing: ['离开时间（仍在小区内）', '证件号码'],
      }),
    );
    ctx.clock.set('2026-11-23T02:00:00.000Z');
  });

  it('issue 6 item 12: department staff may not register visitors (403)', async () => {
    const before = await tableCounts(ctx.db);
    expect((await f.engineer.post('/api/registers/visitors', visitor())).status).toBe(403);
    expect((await f.otherDesk.post('/api/registers/visitors', visitor())).status).toBe(404);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('access passes (S2 小区出入证管理规定)', () => {
  const pass = (over: Record<string, unknown> = {}) => ({
    propertyId: f.propertyId,
    kind: 'temporary',
    holderName: '钟点工 刘阿姨',
    roomId: f.room2,
    validFrom: '2026-11-20',
    validTo: '2026-11-22',
    depositCents: 2000,
    ...over,
  });

  it('temporary passes need a validity; expired passes still out are listed; return and loss are recorded once', async () => {
    expect((await f.desk.post('/api/registers/passes', pass({ validTo: null }))).status).toBe(400);
    const p = await f.desk.post('/api/registers/passes', pass());
    expect(p.body.number).toMatch(/^HYLS\d{4}-0001$/);
    const card = await f.desk.post(
      '/api/registers/passes',
      pass({ kind: 'residentCard', holderName: '赵敏', validTo: null }),
    );
    expect(card.body.number).toMatch(/^HYZH/);
    const expired = (
      await f.desk.get(`/api/registers/passes?propertyId=${f.propertyId}&status=expired`)
    ).body.map((x: { id: number }) => x.id);
    expect(expired).toEqual([p.body.id]);
    expect(
      (await f.desk.post(`/api/registers/passes/${p.body.id}/return`, { depositRefundedCents: 5000 })).status,
    ).toBe(400);
    expect(
      (await f.desk.post(`/api/registers/passes/${p.body.id}/return`, { depositRefundedCents: 2000 })).status,
    ).toBe(200);
    expect((await f.desk.post(`/api/registers/passes/${p.body.id}/lost`, { note: '丢失' })).status).toBe(409);
    expect(
      (await f.desk.post(`/api/registers/passes/${card.body.id}/lost`, { note: '住户卡遗失，已补办' }))
        .status,
    ).toBe(200);
    expect(
      (await f.desk.get(`/api/registers/passes?propertyId=${f.propertyId}&status=expired`)).body,
    ).toEqual([]);
  });

  it('issue 6 item 12: the gate guard may not issue passes (403); another property gets 404', async () => {
    expect((await f.guard.post('/api/registers/passes', pass())).status).toBe(403);
    expect((await f.otherDesk.post('/api/registers/passes', pass())).status).toBe(404);
  });
});
