import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext } from '../../test/harness.js';
import { listHistory } from '../history/history.js';
import { deliverWebhooks } from './delivery.js';

type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A local receiver on 127.0.0.1 that records each request and answers `status` (or never, when hanging). */
const startReceiver = async () => {
  const state = { status: 200, isHanging: false };
  const requests: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      requests.push({ headers: req.headers, body });
      if (state.isHanging) return;
      res.statusCode = state.status;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    state,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

let ctx: TestContext;
let admin: Client;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let p: number;
const SECRET = 'a-very-secret-key-123';

beforeAll(async () => {
  ctx = await createTestContext();
  p = await ctx.property();
  admin = await ctx.as(['admin'], []);
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await ctx.close();
});

const sweep = (timeoutMs = 5_000) =>
  deliverWebhooks({ db: ctx.db, clock: ctx.clock, workerId: 'test-worker', timeoutMs });
const MIN = 60_000;

/** A fresh webhook (others deactivated) and one notification of `kind`; returns the delivery row id. */
const oneDelivery = async (body: Record<string, unknown>, kind = 'incident') => {
  admin = await ctx.as(['admin'], []); // sessions expire while the tests move the clock by days
  for (const w of (await admin.get('/api/admin/webhooks')).body)
    if (w.active) await admin.post(`/api/admin/webhooks/${w.id}/deactivate`);
  const id = (await admin.post('/api/admin/webhooks', body)).body.id as number;
  receiver.requests.length = 0;
  await ctx.deps.notifier.notify(ctx.db, {
    recipientIds: [admin.staffId],
    propertyId: p,
    kind,
    title: '【突发事件】电梯困人',
    entityType: 'incident',
    entityId: 3,
  });
  const d = await ctx.db
    .selectFrom('webhookDeliveries')
    .selectAll()
    .where('webhookId', '=', id)
    .executeTakeFirstOrThrow();
  return { webhookId: id, deliveryId: d.id };
};
const delivery = (id: number) =>
  ctx.db.selectFrom('webhookDeliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('webhook settings are admin only (issue 2 item 8)', () => {
  it('creates, lists (never the secret), updates, deactivates, with history', async () => {
    const created = await admin.post('/api/admin/webhooks', {
      url: receiver.url,
      kinds: ['incident'],
      secret: SECRET,
    });
    expect(created.status).toBe(200);
    const id = created.body.id;
    const listed = (await admin.get('/api/admin/webhooks')).body.find((w: { id: number }) => w.id === id);
    expect(listed).toEqual({
      id,
      url: receiver.url,
      kinds: ['incident'],
      hasSecret: true,
      active: true,
      createdAt: ctx.clock.now().toISOString(),
    });
    expect(JSON.stringify(listed)).not.toContain(SECRET);

    // Leaving out the secret keeps it; null removes it.
    expect(
      (await admin.put(`/api/admin/webhooks/${id}`, { url: receiver.url, kinds: '*', active: true })).status,
    ).toBe(200);
    let row = await ctx.db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kinds: '*', secret: SECRET });
    await admin.put(`/api/admin/webhooks/${id}`, {
      url: receiver.url,
      kinds: '*',
      active: true,
      secret: null,
    });
    row = await ctx.db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.secret).toBeNull();

    expect((await admin.post(`/api/admin/webhooks/${id}/deactivate`)).status).toBe(200);
    expect(
      (await ctx.db.selectFrom('webhooks').select('active').where('id', '=', id).executeTakeFirstOrThrow())
        .active,
    ).toBe(0);
    const events = await listHistory(ctx.db, 'webhook', id);
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'update', 'deactivate']);
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });

  it('refuses a non-http(s) url, an empty kinds list and a short secret with Chinese messages', async () => {
    const ftp = await admin.post('/api/admin/webhooks', { url: 'ftp://example.com/x', kinds: '*' });
    expect(ftp.status).toBe(400);
    expect(ftp.body.error.code).toBe('VALIDATION_FAILED');
    expect(ftp.body.error.message).toContain('http');
    expect((await admin.post('/api/admin/webhooks', { url: receiver.url, kinds: [] })).status).toBe(400);
    expect(
      (await admin.post('/api/admin/webhooks', { url: receiver.url, kinds: '*', secret: 'short' })).status,
    ).toBe(400);
  });

  it('other roles get 403; an unknown webhook is 404', async () => {
    for (const role of ['manager', 'supervisor', 'receptionist', 'company'] as const) {
      const c = await ctx.as([role], [p]);
      expect((await c.get('/api/admin/webhooks')).status).toBe(403);
      expect((await c.post('/api/admin/webhooks', { url: receiver.url, kinds: '*' })).status).toBe(403);
      expect((await c.post('/api/admin/webhooks/1/deactivate')).status).toBe(403);
      expect((await c.get('/api/admin/webhooks/1/deliveries')).status).toBe(403);
    }
    expect((await admin.post('/api/admin/webhooks/987654/deactivate')).status).toBe(404);
    expect((await admin.get('/api/admin/webhooks/987654/deliveries')).status).toBe(404);
  });
});

describe('webhook delivery sweep (issue 2 item 8)', () => {
  it('POSTs { id, kind, occurredAt, data } signed with the secret, and marks it delivered', async () => {
    receiver.state.status = 200;
    const { deliveryId } = await oneDelivery({ url: receiver.url, kinds: ['incident'], secret: SECRET });
    const result = await sweep();
    expect(result).toMatchObject({ claimed: 1, acted: 1, failed: 0 });
    expect(receiver.requests).toHaveLength(1);
    const [req] = receiver.requests;
    const body = JSON.parse(req!.body);
    expect(Object.keys(body).sort()).toEqual(['data', 'id', 'kind', 'occurredAt']);
    expect(body).toMatchObject({
      kind: 'incident',
      data: { title: '【突发事件】电梯困人', propertyId: p, entityId: '3' },
    });
    expect(req!.headers['content-type']).toBe('application/json');
    expect(req!.headers['x-propdesk-event']).toBe('incident');
    expect(req!.headers['x-propdesk-signature']).toBe(
      `sha256=${createHmac('sha256', SECRET).update(req!.body).digest('hex')}`,
    );
    expect(await delivery(deliveryId)).toMatchObject({
      status: 'delivered',
      attempts: 1,
      responseStatus: 200,
      lastError: null,
      deliveredAt: ctx.clock.now().toISOString(),
      claimedBy: null,
    });

    // Rerunning the sweep sends nothing more.
    expect((await sweep()).claimed).toBe(0);
    expect(receiver.requests).toHaveLength(1);
  });

  it('sends no signature header without a secret, and only kinds the webhook asked for', async () => {
    const { webhookId } = await oneDelivery({ url: receiver.url, kinds: ['incident'] });
    await sweep();
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0]!.headers['x-propdesk-signature']).toBeUndefined();
    await ctx.deps.notifier.notify(ctx.db, {
      recipientIds: [admin.staffId],
      propertyId: p,
      kind: 'case.passed-up',
      title: '别的事件',
    });
    const rows = await ctx.db
      .selectFrom('webhookDeliveries')
      .select('kind')
      .where('webhookId', '=', webhookId)
      .execute();
    expect(rows.map((r) => r.kind)).toEqual(['incident']);
  });

  it('retries after 1 min, 5 min, 30 min, 2 h, 6 h and gives up after the 6th failure, recording each attempt', async () => {
    receiver.state.status = 500;
    const { webhookId, deliveryId } = await oneDelivery({ url: receiver.url, kinds: '*' });
    const waits = [MIN, 5 * MIN, 30 * MIN, 120 * MIN, 360 * MIN];
    await sweep();
    for (const [i, wait] of waits.entries()) {
      const d = await delivery(deliveryId);
      expect(d).toMatchObject({
        status: 'pending',
        attempts: i + 1,
        responseStatus: 500,
        lastError: 'HTTP 500',
      });
      expect(d.nextAttemptAt).toBe(new Date(ctx.clock.now().getTime() + wait).toISOString());
      ctx.clock.advance(wait - 1_000);
      await sweep(); // not yet due
      expect(receiver.requests).toHaveLength(i + 1);
      ctx.clock.advance(1_000);
      await sweep();
      expect(receiver.requests).toHaveLength(i + 2);
    }
    expect(await delivery(deliveryId)).toMatchObject({
      status: 'failed',
      attempts: 6,
      nextAttemptAt: null,
      deliveredAt: null,
    });
    ctx.clock.advance(24 * 60 * MIN);
    await sweep();
    expect(receiver.requests).toHaveLength(6);

    admin = await ctx.as(['admin'], []);
    const log = await admin.get(`/api/admin/webhooks/${webhookId}/deliveries`);
    expect(log.body.total).toBe(1);
    expect(log.body.items[0]).toMatchObject({
      id: deliveryId,
      status: 'failed',
      attempts: 6,
      responseStatus: 500,
      lastError: 'HTTP 500',
    });
    expect((await admin.get(`/api/admin/webhooks/${webhookId}/deliveries?status=delivered`)).body.total).toBe(
      0,
    );
  });

  it('delivers on a later attempt once the receiver recovers', async () => {
    receiver.state.status = 503;
    const { deliveryId } = await oneDelivery({ url: receiver.url, kinds: '*' });
    await sweep();
    ctx.clock.advance(MIN);
    receiver.state.status = 204;
    await sweep();
    expect(await delivery(deliveryId)).toMatchObject({
      status: 'delivered',
      attempts: 2,
      responseStatus: 204,
      lastError: null,
    });
  });

  it('records a timeout and a refused connection as failed attempts', async () => {
    receiver.state.isHanging = true;
    const { deliveryId } = await oneDelivery({ url: receiver.url, kinds: '*' });
    await sweep(200);
    receiver.state.isHanging = false;
    expect(await delivery(deliveryId)).toMatchObject({
      status: 'pending',
      attempts: 1,
      responseStatus: null,
    });
    expect((await delivery(deliveryId)).lastError).toContain('超时');

    const closed = await startReceiver();
    await closed.close();
    const refused = await oneDelivery({ url: closed.url, kinds: '*' });
    await sweep();
    expect((await delivery(refused.deliveryId)).lastError).toContain('连接失败');
  });

  it('cancels pending deliveries of a deactivated webhook without sending them', async () => {
    receiver.state.status = 200;
    const { webhookId, deliveryId } = await oneDelivery({ url: receiver.url, kinds: '*' });
    await admin.post(`/api/admin/webhooks/${webhookId}/deactivate`);
    await sweep();
    expect(receiver.requests).toHaveLength(0);
    expect(await delivery(deliveryId)).toMatchObject({ status: 'cancelled', attempts: 0 });
  });
});
