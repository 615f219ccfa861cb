import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
let p1: number;
beforeAll(async () => {
  ctx = await createTestContext();
  p1 = await ctx.property();
});
afterAll(async () => ctx.close());

const note = (recipientIds: number[], title = '测试通知', kind = 'case.passed-up') => ({
  recipientIds,
  propertyId: p1,
  kind,
  title,
  body: '说明',
  entityType: 'case',
  entityId: 7,
});

describe('the bell: my notifications (issue 2 item 8)', () => {
  it('lists only mine, unread first then newest, paginated, with totals', async () => {
    const me = await ctx.as(['receptionist'], [p1]);
    const other = await ctx.as(['receptionist'], [p1]);
    for (const t of ['一', '二', '三']) {
      await ctx.deps.notifier.notify(ctx.db, note([me.staffId], `通知${t}`));
      ctx.clock.advance(1_000);
    }
    await ctx.deps.notifier.notify(ctx.db, note([other.staffId], '别人的'));
    const all = (await me.get('/api/notifications')).body;
    expect(all.items.map((n: { title: string }) => n.title)).toEqual(['通知三', '通知二', '通知一']);
    expect(all).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 20 });
    expect(all.items[0]).toMatchObject({
      kind: 'case.passed-up',
      entityType: 'case',
      entityId: '7',
      propertyId: p1,
      readAt: null,
    });

    // Read the newest: it drops below the unread ones.
    expect((await me.post(`/api/notifications/${all.items[0].id}/read`)).status).toBe(200);
    const after = (await me.get('/api/notifications')).body;
    expect(after.items.map((n: { title: string }) => n.title)).toEqual(['通知二', '通知一', '通知三']);
    expect(after.unread).toBe(2);
    expect(after.items[2].readAt).toBe(ctx.clock.now().toISOString());

    const page2 = (await me.get('/api/notifications?page=2&pageSize=2')).body;
    expect(page2.items.map((n: { title: string }) => n.title)).toEqual(['通知三']);
    const unread = (await me.get('/api/notifications?status=unread')).body;
    expect(unread.total).toBe(2);
    expect((await me.get('/api/notifications/unread-count')).body).toEqual({ count: 2 });
  });

  it("someone else's notification is not found for me (404), and read-all touches only mine", async () => {
    const me = await ctx.as(['receptionist'], [p1]);
    const other = await ctx.as(['supervisor'], [p1]);
    const { ids } = await ctx.deps.notifier.notify(ctx.db, note([me.staffId, other.staffId]));
    const theirs = ids[1]!;
    const res = await me.post(`/api/notifications/${theirs}/read`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    expect((await me.post('/api/notifications/987654321/read')).status).toBe(404);

    expect((await me.post('/api/notifications/read-all')).body).toEqual({ ok: true, updated: 1 });
    expect((await me.get('/api/notifications/unread-count')).body.count).toBe(0);
    expect((await other.get('/api/notifications/unread-count')).body.count).toBe(1);
    // Marking again is harmless.
    expect((await me.post(`/api/notifications/${ids[0]}/read`)).status).toBe(200);
  });

  it('needs a session and the CSRF token on writes', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/notifications/stream' })).statusCode).toBe(401);
    const me = await ctx.as(['receptionist'], [p1]);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { cookie: me.cookie },
      payload: {},
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses bad paging with a stable code', async () => {
    const me = await ctx.as(['receptionist'], [p1]);
    const res = await me.get('/api/notifications?pageSize=1000');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('notify() (issue 2 item 8)', () => {
  it('writes one row per distinct recipient inside the caller transaction: a rollback leaves none', async () => {
    const a = await ctx.staff({ roles: ['manager'], propertyIds: [p1] });
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await ctx.deps.notifier.notify(trx, note([a.id, a.id]));
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    const none = await ctx.db
      .selectFrom('notifications')
      .select('id')
      .where('recipientId', '=', a.id)
      .execute();
    expect(none).toHaveLength(0);

    const { ids } = await ctx.db
      .transaction()
      .execute((trx) => ctx.deps.notifier.notify(trx, note([a.id, a.id])));
    expect(ids).toHaveLength(1);
  });

  it('queues a webhook delivery for each active webhook whose kinds match', async () => {
    const admin = await ctx.as(['admin'], []);
    const url = 'http://127.0.0.1:9/hook';
    const all = (await admin.post('/api/admin/webhooks', { url, kinds: '*' })).body.id;
    const cases = (await admin.post('/api/admin/webhooks', { url, kinds: ['case.passed-up'] })).body.id;
    const incidents = (await admin.post('/api/admin/webhooks', { url, kinds: ['incident'] })).body.id;
    const off = (await admin.post('/api/admin/webhooks', { url, kinds: '*' })).body.id;
    await admin.post(`/api/admin/webhooks/${off}/deactivate`);

    const r = await ctx.deps.notifier.notify(ctx.db, note([admin.staffId], '服务上移'));
    expect(r.webhooks).toBe(2);
    const rows = await ctx.db
      .selectFrom('webhookDeliveries')
      .selectAll()
      .where('webhookId', 'in', [all, cases, incidents, off])
      .execute();
    expect(rows.map((d) => d.webhookId).sort()).toEqual([all, cases].sort());
    const payload = JSON.parse(rows[0]!.payload);
    expect(payload).toMatchObject({ kind: 'case.passed-up', occurredAt: ctx.clock.now().toISOString() });
    expect(payload.data).toMatchObject({
      propertyId: p1,
      title: '服务上移',
      entityType: 'case',
      entityId: '7',
      recipientIds: [admin.staffId],
    });
    expect(typeof payload.id).toBe('string');
    expect(rows.every((d) => d.status === 'pending' && d.attempts === 0)).toBe(true);
  });
});
