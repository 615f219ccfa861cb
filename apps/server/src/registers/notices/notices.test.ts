import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, tableCounts } from '../../../test/harness.js';
import { type RegistersFixture, registersFixture } from '../registers-fixture.js';

let ctx: TestContext;
let f: RegistersFixture;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  f = await registersFixture(ctx);
});
afterAll(async () => ctx.close());

const draft = {
  title: '停水通知',
  body: '11 月 25 日 9:00–15:00 3 栋二次供水设备检修，届时停水，请提前储水。',
};
const screen = async () =>
  (await f.desk.get(`/api/registers/notices-screen?propertyId=${f.propertyId}`)).body;

describe('lobby notices (S3 篇九 4.5.8 信息屏发布)', () => {
  it('S3 4.5.8.1: the supervisor drafts, the manager approves, the desk publishes; the screen shows it while valid', async () => {
    const empty = await screen();
    expect(empty.notices).toEqual([]);
    const d = await f.supervisor.post('/api/registers/notices', { propertyId: f.propertyId, ...draft });
    expect(d.status).toBe(200);
    expect((await f.notificationsOf(f.manager.staffId, 'notice.submitted')).map((n) => n.entityId)).toContain(
      String(d.body.id),
    );
    expect(
      (
        await f.desk.post(`/api/registers/notices/${d.body.id}/publish`, {
          validFrom: '2026-11-23T00:00:00Z',
          validTo: '2026-11-26T00:00:00Z',
        })
      ).status,
    ).toBe(409);
    expect(
      (await f.manager.post(`/api/registers/notices/${d.body.id}/decision`, { approve: true })).body,
    ).toEqual({ state: 'approved' });
    expect((await f.notificationsOf(f.desk.staffId, 'notice.decided'))[0]!.title).toContain('请发布');
    expect(
      (
        await f.desk.post(`/api/registers/notices/${d.body.id}/publish`, {
          validFrom: '2026-11-23T00:00:00Z',
          validTo: '2026-11-26T00:00:00Z',
        })
      ).status,
    ).toBe(200);
    const shown = await screen();
    expect(shown.notices.map((n: { title: string }) => n.title)).toEqual(['停水通知']);
    expect(shown.version).not.toBe(empty.version);
    ctx.clock.set('2026-11-26T00:00:01.000Z');
    await f.renew();
    expect((await screen()).notices).toEqual([]);
    expect((await screen()).version).toBe(empty.version);
  });

  it('a rejected notice cannot be published; a published one can be withdrawn and leaves the screen', async () => {
    const a = await f.supervisor.post('/api/registers/notices', {
      propertyId: f.propertyId,
      ...draft,
      title: '草稿 A',
    });
    expect(
      (
        await f.manager.post(`/api/registers/notices/${a.body.id}/decision`, {
          approve: false,
          note: '措辞需修改',
        })
      ).body.state,
    ).toBe('rejected');
    expect(
      (
        await f.desk.post(`/api/registers/notices/${a.body.id}/publish`, {
          validFrom: '2026-11-26T00:00:00Z',
          validTo: '2026-11-30T00:00:00Z',
        })
      ).status,
    ).toBe(409);
    const b = await f.supervisor.post('/api/registers/notices', {
      propertyId: f.propertyId,
      ...draft,
      title: '电梯保养',
    });
    await f.manager.post(`/api/registers/notices/${b.body.id}/decision`, { approve: true });
    await f.desk.post(`/api/registers/notices/${b.body.id}/publish`, {
      validFrom: '2026-11-26T00:00:00Z',
      validTo: '2026-11-30T00:00:00Z',
    });
    expect((await screen()).notices.map((n: { id: number }) => n.id)).toEqual([b.body.id]);
    expect(
      (await f.desk.post(`/api/registers/notices/${b.body.id}/withdraw`, { reason: '保养改期' })).status,
    ).toBe(200);
    expect((await screen()).notices).toEqual([]);
  });

  it('issue 6 item 12: only the supervisor drafts and only the manager approves (others 403); another property 404', async () => {
    const before = await tableCounts(ctx.db);
    for (const c of [f.desk, f.manager, f.assistant, f.guard])
      expect((await c.post('/api/registers/notices', { propertyId: f.propertyId, ...draft })).status).toBe(
        403,
      );
    expect(await tableCounts(ctx.db)).toEqual(before);
    const d = await f.supervisor.post('/api/registers/notices', { propertyId: f.propertyId, ...draft });
    for (const c of [f.supervisor, f.desk, f.assistant])
      expect((await c.post(`/api/registers/notices/${d.body.id}/decision`, { approve: true })).status).toBe(
        403,
      );
    expect(
      (
        await f.guard.post(`/api/registers/notices/${d.body.id}/publish`, {
          validFrom: '2026-11-26T00:00:00Z',
          validTo: '2026-11-30T00:00:00Z',
        })
      ).status,
    ).toBe(403);
    expect((await f.otherDesk.get(`/api/registers/notices-screen?propertyId=${f.propertyId}`)).status).toBe(
      404,
    );
    expect((await f.otherDesk.get(`/api/registers/notices/${d.body.id}`)).status).toBe(404);
  });
});
