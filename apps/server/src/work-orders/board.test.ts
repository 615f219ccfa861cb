import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isSpotChecked } from '@propdesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { type WorkOrderFixture, workOrderFixture } from './work-order-fixture.js';

let ctx: TestContext;
let f: WorkOrderFixture;
// 2026-11-23 09:00 in Shanghai.
const START = '2026-11-23T01:00:00.000Z';
beforeAll(async () => {
  ctx = await createTestContext({ start: START });
  f = await workOrderFixture(ctx);
  // These tests move the clock across days; the signed-in sessions must outlive them.
  await ctx.db.updateTable('sessions').set({ expiresAt: '2099-01-01T00:00:00.000Z' }).execute();
});
afterAll(async () => ctx.close());

const board = async (query = '') => {
  const r = await f.desk.get(`/api/work-orders/board?propertyId=${f.propertyId}${query}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};
const ids = (items: { id: number }[]) => items.map((i) => i.id);

describe('the follow-up board (issue 4 item 7)', () => {
  it('lists open orders with their clocks, urgent first, and cases still waiting for dispatch', async () => {
    ctx.clock.set(START);
    const normal = await f.dispatched();
    const urgent = await f.dispatched({ urgency: 'urgent' });
    const waiting = await f.repairCase({ summary: '阳台雨棚漏水' });
    const b = await board();
    expect(b.today).toBe('2026-11-23');
    expect(b.timezone).toBe('Asia/Shanghai');
    const list = ids(b.orders.items);
    expect(list.indexOf(urgent.id)).toBeLessThan(list.indexOf(normal.id));
    const row = b.orders.items.find((i: { id: number }) => i.id === normal.id);
    expect(row).toMatchObject({
      state: 'dispatched',
      assigneeName: expect.any(String),
      roomLabel: '3栋2单元501',
      followUpMissing: false,
    });
    expect(row.arrival).toMatchObject({ status: 'running', remainingMs: 30 * 60_000 });
    expect(b.cases.map((c: { id: number }) => c.id)).toContain(waiting);
    expect(b.cases.map((c: { id: number }) => c.id)).not.toContain(normal.caseId);
    expect(b.counts.byState.dispatched).toBeGreaterThanOrEqual(2);
  });

  it('filters by department, type, state and person', async () => {
    const o = await f.dispatched({ assigneeId: f.engineer2Staff.id });
    await f.ok(f.engineer2, o.id, 'accept');
    expect(ids((await board(`&assigneeId=${f.engineer2Staff.id}`)).orders.items)).toEqual([o.id]);
    expect(ids((await board('&state=accepted')).orders.items)).toContain(o.id);
    expect(ids((await board('&state=dispatched')).orders.items)).not.toContain(o.id);
    expect((await board(`&departmentId=${f.engineering}`)).orders.items.length).toBeGreaterThan(0);
    expect((await board(`&departmentId=${f.adminDept}`)).orders.items).toEqual([]);
    expect(
      (await board('&type=paidService')).orders.items.every(
        (i: { type: string }) => i.type === 'paidService',
      ),
    ).toBe(true);
  });

  it('pages follow the same order as the whole list, and totals match the filter', async () => {
    const all = await board('&pageSize=200');
    expect(all.orders.total).toBe(all.orders.items.length);
    expect(all.orders.total).toBe(all.counts.open);
    const second = await board('&pageSize=2&page=2');
    expect(ids(second.orders.items)).toEqual(ids(all.orders.items).slice(2, 4));
    expect(second.cases).toEqual([]);
    const accepted = await board('&state=accepted&pageSize=200');
    expect(accepted.orders.total).toBe(accepted.orders.items.length);
    expect(accepted.orders.total).toBe(all.counts.byState.accepted);
    const ranks = all.orders.items.map((i: { urgency: string }) => (i.urgency === 'urgent' ? 1 : 2));
    expect(ranks).toEqual([...ranks].sort());
  });

  it('overdue and breached orders can be picked out', async () => {
    ctx.clock.set(START);
    const o = await f.dispatched();
    ctx.clock.set(new Date(Date.parse(START) + 40 * 60_000));
    expect(ids((await board('&flag=overdue')).orders.items)).toContain(o.id);
    expect(ids((await board('&flag=breached')).orders.items)).not.toContain(o.id);
    await ctx.deps.workOrders.sweep('test');
    const b = await board('&flag=breached');
    expect(ids(b.orders.items)).toContain(o.id);
    expect(b.counts.breached).toBeGreaterThanOrEqual(1);
    ctx.clock.set(START);
  });
});

describe('daily follow-up notes, in the property’s time zone (S3 篇九 4.5.4.3)', () => {
  it('an unfinished order past its first day without today’s note is flagged; a note clears it', async () => {
    // Opened at 23:30 local time on the 23rd (15:30 UTC).
    ctx.clock.set('2026-11-23T15:30:00.000Z');
    const o = await f.dispatched();
    const flagged = (q = '') =>
      board(q).then((b) => b.orders.items.find((i: { id: number }) => i.id === o.id)?.followUpMissing);
    expect(await flagged()).toBe(false);
    // 00:30 local on the 24th, still the 23rd in UTC: a new local day, so a note is due.
    ctx.clock.set('2026-11-23T16:30:00.000Z');
    expect(await flagged()).toBe(true);
    expect(ids((await board('&flag=followUp')).orders.items)).toContain(o.id);
    const r = await f.engineer.post(`/api/work-orders/${o.id}/notes`, { text: '配件已订，明天上午到货' });
    expect(r.status).toBe(200);
    expect(r.body.day).toBe('2026-11-24');
    expect(await flagged()).toBe(false);
    // The next local day it is due again.
    ctx.clock.set('2026-11-24T16:30:00.000Z');
    expect(await flagged()).toBe(true);
    const d = await f.detail(o.id);
    expect(d.notes).toHaveLength(1);
    expect(d.timeline.map((e: { action: string }) => e.action)).toContain('note-added');
    ctx.clock.set(START);
  });

  it('a note needs text and an open order', async () => {
    const o = await f.dispatched();
    expect((await f.desk.post(`/api/work-orders/${o.id}/notes`, { text: '' })).status).toBe(400);
    await f.ok(f.desk, o.id, 'refer', { reason: '能力外', externalContact: '专业公司 123' });
    expect((await f.desk.post(`/api/work-orders/${o.id}/notes`, { text: '跟进中' })).status).toBe(409);
  });
});

describe('return visits queue and spot checks (S3 篇九 4.5.5; S4 篇3)', () => {
  it('the queue is ordered by due time; a visited order leaves it', async () => {
    ctx.clock.set(START);
    const a = await f.dispatched();
    await f.finish(a.id);
    ctx.clock.set('2026-11-24T02:00:00.000Z');
    const b = await f.dispatched();
    await f.finish(b.id);
    const q = (await f.desk.get(`/api/return-visits?propertyId=${f.propertyId}`)).body;
    const order = q.items.map((v: { workOrderId: number }) => v.workOrderId);
    expect(order.indexOf(a.id)).toBeLessThan(order.indexOf(b.id));
    expect(q.items.find((v: { workOrderId: number }) => v.workOrderId === a.id)).toMatchObject({
      isOverdue: true,
      callerPhone: '13912345678',
      kind: 'required',
    });
    await f.ok(f.desk, a.id, 'return-visit', f.visit());
    const after = (await f.desk.get(`/api/return-visits?propertyId=${f.propertyId}`)).body;
    expect(after.items.map((v: { workOrderId: number }) => v.workOrderId)).not.toContain(a.id);
    const done = (await f.desk.get(`/api/return-visits?propertyId=${f.propertyId}&status=done`)).body;
    expect(done.items[0]).toMatchObject({ workOrderId: a.id, satisfied: true, method: 'phone' });
    ctx.clock.set(START);
  });

  it('the desk’s end-of-day check lists today’s return visits not yet made, until they are made (S3 篇九 4.1.6)', async () => {
    ctx.clock.set(START);
    const o = await f.dispatched();
    await f.finish(o.id);
    const check = async () =>
      (await f.desk.get(`/api/day-check?propertyId=${f.propertyId}`)).body.returnVisitsDue as {
        workOrderId: number;
        number: string;
        kind: string;
      }[];
    expect((await check()).find((v) => v.workOrderId === o.id)).toMatchObject({
      number: (await f.detail(o.id)).number,
      kind: 'required',
    });
    await f.ok(f.desk, o.id, 'return-visit', f.visit());
    expect((await check()).map((v) => v.workOrderId)).not.toContain(o.id);
  });

  const departmentOrder = async () => {
    const help = await f.desk.post(
      '/api/contacts',
      f.contact({
        type: 'help',
        summary: '楼道灯不亮',
        resolution: { mode: 'transfer', departmentId: f.engineering },
      }),
    );
    const r = await f.engineer.post('/api/work-orders', {
      caseId: help.body.caseId,
      departmentId: f.engineering,
      assigneeId: f.engineerStaff.id,
      dispatchMode: 'verbal',
    });
    expect(r.status).toBe(200);
    return r.body.id as number;
  };
  const setShare = (value: number) =>
    f.admin.put('/api/admin/settings', {
      propertyId: f.propertyId,
      key: 'workOrders.spotCheckPercent',
      value,
    });

  it('orders a department started itself are sampled by the set share, deterministically by id (S4 篇3 抽查回访)', async () => {
    await setShare(100);
    const sampled = await departmentOrder();
    expect((await f.finish(sampled)).returnVisit).toBe('spotCheck');
    expect((await f.detail(sampled)).returnVisit.kind).toBe('spotCheck');
    const spot = (await f.desk.get(`/api/return-visits?propertyId=${f.propertyId}&kind=spotCheck`)).body;
    expect(spot.items.map((v: { workOrderId: number }) => v.workOrderId)).toContain(sampled);
    expect(spot.items.every((v: { kind: string }) => v.kind === 'spotCheck')).toBe(true);
    const required = (await f.desk.get(`/api/return-visits?propertyId=${f.propertyId}&kind=required`)).body;
    expect(required.items.map((v: { workOrderId: number }) => v.workOrderId)).not.toContain(sampled);
    await setShare(0);
    const skipped = await departmentOrder();
    expect((await f.finish(skipped)).state).toBe('closed');
    await setShare(20);
    const at20 = await departmentOrder();
    expect((await f.finish(at20)).returnVisit).toBe(isSpotChecked(at20, 20) ? 'spotCheck' : null);
  });

  it('every order the desk dispatched is visited whatever the share', async () => {
    await setShare(0);
    const o = await f.dispatched();
    expect((await f.finish(o.id)).returnVisit).toBe('required');
    await setShare(20);
  });
});

describe('live board over server-sent events (issue 4 item 7)', () => {
  it('a second browser receives a newly registered case and an order’s change without reloading', async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx.app.server.address() as AddressInfo;
    const received: string[] = [];
    let resolveWanted: (v: unknown) => void = () => {};
    const req = http.get({
      host: '127.0.0.1',
      port,
      path: `/api/work-orders/board/stream?propertyId=${f.propertyId}`,
      headers: { cookie: f.supervisorClient.cookie },
    });
    const opened = new Promise<http.IncomingMessage>((resolve, reject) => {
      req.on('response', resolve);
      req.on('error', reject);
    });
    const res = await opened;
    expect(res.headers['content-type']).toContain('text/event-stream');
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      received.push(chunk);
      resolveWanted(undefined);
    });
    const caseId = await f.repairCase({ summary: '电梯按钮失灵' });
    const until = async (pred: () => boolean) => {
      while (!pred())
        await new Promise((r) => {
          resolveWanted = r;
        });
    };
    await until(() =>
      received.join('').includes(`"entityType":"case","entityId":${caseId},"action":"registered"`),
    );
    const o = await f.desk.post('/api/work-orders', {
      caseId,
      departmentId: f.engineering,
      assigneeId: f.engineerStaff.id,
      dispatchMode: 'verbal',
    });
    await until(() =>
      received.join('').includes(`"entityType":"workOrder","entityId":${o.body.id},"action":"dispatched"`),
    );
    expect(received.join('')).toContain('event: board');
    req.destroy();
  });

  it('the stream is for the board’s readers only', async () => {
    const r = await ctx.app.inject({
      method: 'GET',
      url: `/api/work-orders/board/stream?propertyId=${f.propertyId}`,
      headers: { cookie: f.engineer.cookie },
    });
    expect(r.statusCode).toBe(403);
  });
});
