import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, tableCounts } from '../../test/harness.js';
import { type RegistersFixture, registersFixture } from './registers-fixture.js';

let ctx: TestContext;
let f: RegistersFixture;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T09:00:00.000Z' });
  f = await registersFixture(ctx);
});
afterAll(async () => ctx.close());

const mail = () =>
  f.desk.post('/api/registers/mail', {
    propertyId: f.propertyId,
    itemType: 'express',
    roomId: f.room,
    addressee: '王建华',
    carrier: '顺丰',
    trackingNo: 'SF001',
  });

describe('amendments, never overwrites (S4 4.3.2–4.3.5)', () => {
  it('a correction keeps the old value, the reason and the author in the record’s history', async () => {
    const m = await mail();
    const r = await f.desk2.post('/api/registers/amendments', {
      register: 'mailItem',
      id: m.body.id,
      field: 'trackingNo',
      value: 'SF002',
      reason: '单号抄错',
    });
    expect(r.status).toBe(200);
    const h = await f.desk.get(`/api/registers/history?register=mailItem&id=${m.body.id}`);
    expect(h.body.at(-1)).toMatchObject({
      action: 'amended',
      actorId: f.desk2.staffId,
      reason: '单号抄错',
      data: { field: 'trackingNo', before: 'SF001', after: 'SF002' },
    });
    const list = (await f.desk.get(`/api/registers/mail?propertyId=${f.propertyId}`)).body.find(
      (x: { id: number }) => x.id === m.body.id,
    );
    expect(list.trackingNo).toBe('SF002');
  });

  it('fields that are not correctable, empty reasons and the same value are refused and write nothing', async () => {
    const m = await mail();
    const before = await tableCounts(ctx.db);
    expect(
      (
        await f.desk.post('/api/registers/amendments', {
          register: 'mailItem',
          id: m.body.id,
          field: 'receivedAt',
          value: '2020-01-01',
          reason: '改时间',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await f.desk.post('/api/registers/amendments', {
          register: 'mailItem',
          id: m.body.id,
          field: 'carrier',
          value: '顺丰',
          reason: '相同',
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await f.desk.post('/api/registers/amendments', {
          register: 'mailItem',
          id: m.body.id,
          field: 'carrier',
          value: '圆通',
          reason: '',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await f.otherDesk.post('/api/registers/amendments', {
          register: 'mailItem',
          id: m.body.id,
          field: 'carrier',
          value: '圆通',
          reason: '改正',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await f.guard.post('/api/registers/amendments', {
          register: 'mailItem',
          id: m.body.id,
          field: 'carrier',
          value: '圆通',
          reason: '改正',
        })
      ).status,
    ).toBe(403);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('day-end check of the registers (S3 篇九 4.1.6)', () => {
  it('lists the day’s incomplete entries; the supervisor confirms, the receptionist may not (403)', async () => {
    const m = await mail();
    const report = await f.desk.get(`/api/registers/day-check?propertyId=${f.propertyId}`);
    expect(report.body.day).toBe('2026-11-23');
    expect(report.body.gaps).toContainEqual({
      register: 'mailItem',
      id: m.body.id,
      label: '王建华 SF001',
      missing: ['未通知住户领取'],
    });
    expect(report.body.confirmation).toBeNull();
    expect(
      (await f.desk.post('/api/registers/day-check/confirm', { propertyId: f.propertyId, day: '2026-11-23' }))
        .status,
    ).toBe(403);
    expect(
      (
        await f.supervisor.post('/api/registers/day-check/confirm', {
          propertyId: f.propertyId,
          day: '2026-11-24',
        })
      ).status,
    ).toBe(422);
    const ok = await f.supervisor.post('/api/registers/day-check/confirm', {
      propertyId: f.propertyId,
      day: '2026-11-23',
      note: '已逐项核对',
    });
    expect(ok.body.openGaps).toBeGreaterThan(0);
    expect(
      (
        await f.supervisor.post('/api/registers/day-check/confirm', {
          propertyId: f.propertyId,
          day: '2026-11-23',
        })
      ).status,
    ).toBe(409);
    expect(
      (await f.desk.get(`/api/registers/day-check?propertyId=${f.propertyId}`)).body.confirmation,
    ).toMatchObject({ note: '已逐项核对' });
    expect((await f.otherDesk.get(`/api/registers/day-check?propertyId=${f.propertyId}`)).status).toBe(404);
  });
});

describe('incident record (S4 4.4.4), extended: where, who was told and when, actions, closed by', () => {
  it('the manager is told on creation; entries and closure are recorded; only supervisor/manager close', async () => {
    const c = await f.desk.post('/api/incidents', {
      propertyId: f.propertyId,
      occurredAt: '2026-11-23T08:40:00+08:00',
      title: '地下车库水管爆裂',
      description: 'B1 层 C 区消防水管爆裂，积水约 5 厘米',
      location: '地下车库 B1 C 区',
    });
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    expect((await f.notificationsOf(f.manager.staffId, 'incident')).map((n) => n.entityId)).toContain(
      String(c.body.id),
    );
    const told = await f.desk.post(`/api/incidents/${c.body.id}/entries`, {
      kind: 'told',
      whom: '管理处主任 张伟',
      note: '电话报告',
      at: '2026-11-23T08:45:00+08:00',
    });
    expect(told.status).toBe(200);
    expect(
      (await f.desk.post(`/api/incidents/${c.body.id}/entries`, { kind: 'told', note: '未写对象' })).status,
    ).toBe(400);
    await f.engineer.post(`/api/incidents/${c.body.id}/entries`, {
      kind: 'action',
      whom: '工程部',
      note: '关闭阀门，抽水',
    });
    expect((await f.desk.post(`/api/incidents/${c.body.id}/close`, { note: '已修复' })).status).toBe(403);
    expect((await f.otherDesk.get(`/api/incidents/${c.body.id}`)).status).toBe(404);
    expect(
      (await f.supervisor.post(`/api/incidents/${c.body.id}/close`, { note: '水管已更换，积水已清理' }))
        .status,
    ).toBe(200);
    const d = (await f.desk.get(`/api/incidents/${c.body.id}`)).body;
    expect(d).toMatchObject({
      location: '地下车库 B1 C 区',
      closedBy: f.supervisor.staffId,
      closingNote: '水管已更换，积水已清理',
    });
    expect(
      d.entries.map((e: { kind: string; whom: string | null; at: string }) => [e.kind, e.whom, e.at]),
    ).toEqual([
      ['told', '管理处主任 张伟', '2026-11-23T00:45:00.000Z'],
      ['action', '工程部', '2026-11-23T09:00:00.000Z'],
    ]);
    expect(
      (await f.desk.post(`/api/incidents/${c.body.id}/entries`, { kind: 'action', note: '补充' })).status,
    ).toBe(409);
  });
});
