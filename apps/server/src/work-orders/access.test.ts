import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext, tableCounts } from '../../test/harness.js';
import { type WorkOrderFixture, workOrderFixture } from './work-order-fixture.js';

let ctx: TestContext;
let f: WorkOrderFixture;
/** The desk of another property, and a receptionist and engineer there. */
let otherDesk: Client;
let guard: Client;
let company: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await workOrderFixture(ctx);
  const other = await ctx.property();
  otherDesk = await ctx.as(['receptionist', 'supervisor', 'manager'], [other]);
  guard = await ctx.as(['gate_guard'], [f.propertyId]);
  company = await ctx.as(['company'], []);
});
afterAll(async () => ctx.close());

const body = (action: string) =>
  ({
    accept: {},
    arrive: {},
    complete: { result: '已修好' },
    'send-back': { reason: '无法处理' },
    reschedule: { reason: '师傅有事', customerAgreed: true, newArrivalAt: f.minutes(120) },
    reassign: { reason: '换人', assigneeId: f.engineer2Staff.id },
    refer: { reason: '能力外', externalContact: '专业公司 123' },
    pause: { reason: '等待配件', resumeAt: f.minutes(60) },
    resume: {},
    close: {},
    'return-visit': f.visit(),
    dispatch: { assigneeId: f.engineerStaff.id, dispatchMode: 'verbal' },
  })[action] ?? {};

describe('the desk’s actions are the desk’s (DOMAIN.md §1; issue 4 roles)', () => {
  for (const action of [
    'reschedule',
    'reassign',
    'refer',
    'pause',
    'resume',
    'close',
    'return-visit',
    'dispatch',
  ])
    it(`an engineer cannot ${action}: 403, nothing written`, async () => {
      const o = await f.dispatched();
      const before = await tableCounts(ctx.db);
      const r = await f.act(f.engineer, o.id, action, body(action));
      expect(r.status).toBe(403);
      expect(await tableCounts(ctx.db)).toEqual(before);
    });
});

describe('accept, arrive, complete are the assignee’s or their department head’s (issue 4 item 4)', () => {
  for (const action of ['accept', 'arrive', 'complete', 'send-back'])
    it(`the receptionist cannot ${action} (403)`, async () => {
      const o = await f.dispatched();
      expect((await f.act(f.desk, o.id, action, body(action))).status).toBe(403);
    });

  it('another engineer of the same department cannot accept someone else’s order (403); the head can', async () => {
    const o = await f.dispatched();
    const r = await f.act(f.engineer2, o.id, 'accept');
    expect(r.status).toBe(403);
    expect(r.body.error.message).toContain('只能操作派给您的派工单');
    await f.ok(f.head, o.id, 'accept');
    expect((await f.detail(o.id)).state).toBe('accepted');
  });

  it('an engineer sees their own order with the customer’s phone, but not a colleague’s (403)', async () => {
    const o = await f.dispatched();
    const mine = await f.engineer.get(`/api/work-orders/${o.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ callerPhone: '13912345678', allowedActions: ['accept', 'sendBack'] });
    expect((await f.engineer2.get(`/api/work-orders/${o.id}`)).status).toBe(403);
    expect((await f.engineer2.get(`/api/work-orders/${o.id}/slip`)).status).toBe(403);
    expect((await f.engineer2.get(`/api/work-orders?caseId=${o.caseId}`)).body.items).toEqual([]);
    expect(
      (await f.engineer.get(`/api/work-orders?caseId=${o.caseId}`)).body.items.map(
        (x: { id: number }) => x.id,
      ),
    ).toEqual([o.id]);
    expect((await guard.get(`/api/work-orders?caseId=${o.caseId}`)).status).toBe(403);
  });

  it('“my orders” lists only mine, with the case and the allowed actions; heads may see the department', async () => {
    const o = await f.dispatched({ urgency: 'urgent' });
    const list = (await f.engineer.get('/api/work-orders/mine')).body as {
      id: number;
      assigneeId: number;
      allowedActions: string[];
      callerPhone: string;
      urgency: string;
    }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((x) => x.assigneeId === f.engineerStaff.id)).toBe(true);
    expect(list[0]!.urgency).toBe('urgent');
    expect(list.find((x) => x.id === o.id)).toMatchObject({
      allowedActions: ['accept', 'sendBack'],
      callerPhone: '13912345678',
    });
    expect(
      (await f.engineer2.get('/api/work-orders/mine')).body.map((x: { id: number }) => x.id),
    ).not.toContain(o.id);
    expect((await f.engineer.get('/api/work-orders/mine?scope=department')).status).toBe(403);
    expect(
      (await f.head.get('/api/work-orders/mine?scope=department')).body.map((x: { id: number }) => x.id),
    ).toContain(o.id);
    expect((await f.desk.get('/api/work-orders/mine')).status).toBe(403);
  });
});

describe('other properties’ orders do not exist (404)', () => {
  it('detail, slip, receipt, actions, notes and board of another property are 404', async () => {
    const o = await f.dispatched();
    for (const url of [
      `/api/work-orders/${o.id}`,
      `/api/work-orders/${o.id}/slip`,
      `/api/work-orders/${o.id}/receipt`,
      `/api/work-orders/board?propertyId=${f.propertyId}`,
      `/api/return-visits?propertyId=${f.propertyId}`,
    ])
      expect((await otherDesk.get(url)).status, url).toBe(404);
    for (const action of ['reschedule', 'pause', 'refer', 'close'])
      expect(
        (await otherDesk.post(`/api/work-orders/${o.id}/${action}`, { version: 1, ...body(action) })).status,
        action,
      ).toBe(404);
    expect((await otherDesk.post(`/api/work-orders/${o.id}/notes`, { text: '跟进中' })).status).toBe(404);
    expect(
      (
        await otherDesk.post('/api/work-orders', {
          caseId: o.caseId,
          departmentId: f.engineering,
          assigneeId: f.engineerStaff.id,
          dispatchMode: 'verbal',
        })
      ).status,
    ).toBe(404);
  });

  it('the company role reads the board and an order of every property but cannot act', async () => {
    const o = await f.dispatched();
    expect((await company.get(`/api/work-orders/board?propertyId=${f.propertyId}`)).status).toBe(200);
    expect((await company.get(`/api/work-orders/${o.id}`)).status).toBe(200);
    expect(
      (await company.post(`/api/work-orders/${o.id}/pause`, { version: 1, ...body('pause') })).status,
    ).toBe(403);
  });
});

describe('other roles', () => {
  it('a gate guard sees neither the board, nor an order, nor the visit queue (403)', async () => {
    const o = await f.dispatched();
    expect((await guard.get(`/api/work-orders/board?propertyId=${f.propertyId}`)).status).toBe(403);
    expect((await guard.get(`/api/work-orders/${o.id}`)).status).toBe(403);
    expect((await guard.get(`/api/return-visits?propertyId=${f.propertyId}`)).status).toBe(403);
    expect(
      (
        await guard.post('/api/work-orders', {
          caseId: o.caseId,
          departmentId: f.engineering,
          assigneeId: f.engineerStaff.id,
          dispatchMode: 'verbal',
        })
      ).status,
    ).toBe(403);
  });

  it('only the admin manages the price list (DOMAIN.md §1 admin)', async () => {
    const r = await f.desk.post('/api/admin/price-items', {
      propertyId: f.propertyId,
      name: '换灯泡',
      unit: '个',
      priceCents: 500,
    });
    expect(r.status).toBe(403);
    expect((await f.desk.post(`/api/admin/price-items/${f.tap}/retire`)).status).toBe(403);
    const otherAdmin = await ctx.as(['admin'], [await ctx.property()]);
    expect((await otherAdmin.post(`/api/admin/price-items/${f.tap}/retire`)).status).toBe(404);
    expect(
      (
        await otherAdmin.post('/api/admin/price-items', {
          propertyId: f.propertyId,
          name: '换灯泡',
          unit: '个',
          priceCents: 500,
        })
      ).status,
    ).toBe(404);
  });

  it('department staff dispatch only cases transferred to their department, to themselves unless head (S4 篇3)', async () => {
    const repair = await f.repairCase();
    const denied = await f.engineer.post('/api/work-orders', {
      caseId: repair,
      departmentId: f.engineering,
      assigneeId: f.engineerStaff.id,
      dispatchMode: 'verbal',
    });
    expect(denied.status).toBe(403);
    const help = await f.desk.post(
      '/api/contacts',
      f.contact({
        type: 'help',
        summary: '楼道灯坏了需要帮忙',
        resolution: { mode: 'transfer', departmentId: f.engineering },
      }),
    );
    const caseId = help.body.caseId;
    const toColleague = await f.engineer.post('/api/work-orders', {
      caseId,
      departmentId: f.engineering,
      assigneeId: f.engineer2Staff.id,
      dispatchMode: 'verbal',
    });
    expect(toColleague.status).toBe(403);
    const own = await f.engineer.post('/api/work-orders', {
      caseId,
      departmentId: f.engineering,
      assigneeId: f.engineerStaff.id,
      dispatchMode: 'verbal',
    });
    expect(own.status).toBe(200);
    expect((await f.detail(own.body.id)).origin).toBe('department');
    const byHead = await f.head.post('/api/work-orders', {
      caseId,
      departmentId: f.engineering,
      assigneeId: f.engineer2Staff.id,
      dispatchMode: 'verbal',
    });
    expect(byHead.status).toBe(200);
  });
});
