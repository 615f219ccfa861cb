import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { type WorkOrderFixture, workOrderFixture } from './work-order-fixture.js';

let ctx: TestContext;
let f: WorkOrderFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await workOrderFixture(ctx);
});
afterAll(async () => ctx.close());

const caseOf = async (id: number) => (await f.desk.get(`/api/cases/${id}`)).body;
const events = (timeline: { action: string }[]) => timeline.map((e) => e.action);

describe('dispatch (S3 篇九 4.5.3; S4 4.4.1)', () => {
  it('a repair waiting for dispatch gets an order to a department and an engineer, due on site in 30 minutes (S4 4.4.1)', async () => {
    const o = await f.dispatched({ dispatchMode: 'printed' });
    expect(o.number).toMatch(/W\d{8}-\d{4}$/);
    const d = await f.detail(o.id);
    expect(d).toMatchObject({
      state: 'dispatched',
      dispatchMode: 'printed',
      assigneeId: f.engineerStaff.id,
      departmentName: '工程部',
      origin: 'desk',
      breachCount: 0,
    });
    expect(Date.parse(d.arrival.dueAt) - ctx.clock.now().getTime()).toBe(30 * 60_000);
    expect(Date.parse(d.completion.dueAt) - ctx.clock.now().getTime()).toBe(240 * 60_000);
    expect(d.arrival).toMatchObject({ status: 'running', remainingMs: 30 * 60_000 });
    const c = await caseOf(o.caseId);
    expect(c.state).toBe('assigned');
    expect(events(c.timeline)).toContain('work-order-dispatched');
    expect((await f.unread(f.engineerStaff.id)).map((n) => n.kind)).toContain('work-order.assigned');
  });

  it('the arrival limit is a per-property setting per type (S4 4.4.1 special cases)', async () => {
    const r = await f.admin.put('/api/admin/settings', {
      propertyId: f.propertyId,
      key: 'workOrders.arrivalMinutes.repair',
      value: 45,
    });
    expect(r.status).toBe(200);
    const o = await f.dispatched();
    expect(Date.parse((await f.detail(o.id)).arrival.dueAt) - ctx.clock.now().getTime()).toBe(45 * 60_000);
    await f.admin.put('/api/admin/settings', {
      propertyId: f.propertyId,
      key: 'workOrders.arrivalMinutes.repair',
      value: 30,
    });
  });

  it('an agreed visit time replaces the default and must lie ahead', async () => {
    const o = await f.dispatched({ agreedArrivalAt: f.minutes(180) });
    expect((await f.detail(o.id)).arrival.dueAt).toBe(f.minutes(180));
    const caseId = await f.repairCase();
    const bad = await f.desk.post('/api/work-orders', {
      caseId,
      departmentId: f.engineering,
      assigneeId: f.engineerStaff.id,
      dispatchMode: 'verbal',
      agreedArrivalAt: f.minutes(-5),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('约定上门时间须晚于现在');
  });

  it('the assignee must belong to the chosen department of this property', async () => {
    const caseId = await f.repairCase();
    const r = await f.desk.post('/api/work-orders', {
      caseId,
      departmentId: f.engineering,
      assigneeId: f.clerk.id,
      dispatchMode: 'verbal',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('该员工不在所选部门');
  });

  it('a closed case cannot be dispatched', async () => {
    const r0 = await f.desk.post(
      '/api/contacts',
      f.contact({ type: 'inquiry', resolution: { mode: 'answered', answer: '已答复' } }),
    );
    const r = await f.desk.post('/api/work-orders', {
      caseId: r0.body.caseId,
      departmentId: f.engineering,
      assigneeId: f.engineerStaff.id,
      dispatchMode: 'verbal',
    });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toBe('案件已关闭，不能派工');
  });
});

describe('the whole loop: dispatch → accept → arrive → complete → return visit → close (issue 4 items 1–3, 5, 8)', () => {
  it('fees come only from price-list items; the visit is due the same day; closing the last order closes the case (S3 篇九 4.5.5)', async () => {
    const o = await f.dispatched({}, { type: 'paidService', summary: '更换厨房水龙头（有偿）' });
    const done = await f.finish(o.id, {
      materials: [{ name: '水龙头', quantity: 1, unit: '个' }],
      items: [
        { priceItemId: f.tap, quantity: 1 },
        { priceItemId: f.pipe, quantity: 1.5 },
      ],
    });
    expect(done).toMatchObject({ state: 'completed', feeCents: 4875, returnVisit: 'required' });
    const d = await f.detail(o.id);
    expect(d.items.map((i: { amountCents: number }) => i.amountCents)).toEqual([3000, 1875]);
    expect(d.materials).toEqual([{ name: '水龙头', quantity: 1, unit: '个' }]);
    // Completed at 10:00 in Shanghai: due by local midnight (16:00 UTC).
    expect(d.returnVisit).toMatchObject({
      kind: 'required',
      dueAt: '2026-11-23T16:00:00.000Z',
      visitedAt: null,
    });
    expect(d.allowedActions).toEqual(['returnVisit']);

    const queue = (await f.desk.get(`/api/return-visits?propertyId=${f.propertyId}`)).body;
    expect(queue.items.map((v: { workOrderId: number }) => v.workOrderId)).toContain(o.id);

    const early = await f.act(f.desk, o.id, 'close');
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('回访');

    await f.ok(f.desk, o.id, 'return-visit', f.visit({ method: 'visit' }));
    expect((await f.detail(o.id)).state).toBe('returnVisited');
    const closed = await f.ok(f.desk, o.id, 'close');
    expect(closed.isCaseClosed).toBe(true);
    const c = await caseOf(o.caseId);
    expect(c.state).toBe('closed');
    expect(c.timeline.at(-1)).toMatchObject({
      action: 'closed',
      data: { rule: 'S3 篇九 4.5.5：派工单全部完成并回访后结案' },
    });
    expect(events((await f.detail(o.id)).timeline)).toEqual([
      'dispatched',
      'accepted',
      'arrived',
      'completed',
      'return-visited',
      'closed',
    ]);
  });

  it('the receipt lists the priced lines with their approval and the total in 大写; the slip carries signature lines', async () => {
    const o = await f.dispatched({ dispatchMode: 'printed' }, { type: 'paidService' });
    const before = await f.desk.get(`/api/work-orders/${o.id}/receipt`);
    expect(before.status).toBe(422);
    await f.finish(o.id, { items: [{ priceItemId: f.tap, quantity: 2 }] });
    const receipt = (await f.desk.get(`/api/work-orders/${o.id}/receipt`)).body;
    expect(receipt).toMatchObject({
      title: '有偿服务收费收据',
      totalCents: 6000,
      totalInWords: '陆拾元整',
      roomLabel: '3栋2单元501',
      customerPhone: '13912345678',
    });
    expect(receipt.items[0]).toMatchObject({
      name: '更换水龙头',
      quantity: 2,
      amountCents: 6000,
      approval: '经物价局审批',
      approvalDate: '2026-01-15',
    });
    const slip = (await f.engineer.get(`/api/work-orders/${o.id}/slip`)).body;
    expect(slip).toMatchObject({
      title: '派工单',
      orderNumber: o.number,
      dispatchMode: '打单派工',
      customerName: '王建华',
      feeCents: 6000,
      isMustKeep: false,
    });
    expect(slip.signatureLines.map((l: { label: string }) => l.label)).toContain(
      '客户签字（确认完工及费用）',
    );
    expect((await f.desk.post(`/api/work-orders/${o.id}/slip-printed`)).status).toBe(200);
    expect(events((await f.detail(o.id)).timeline)).toContain('slip-printed');
  });

  it('a fee cannot be typed in, and a retired price item cannot be charged (S1 经物价局审批的维修价目表)', async () => {
    const o = await f.dispatched();
    await f.ok(f.engineer, o.id, 'accept');
    await f.ok(f.engineer, o.id, 'arrive');
    const typed = await f.act(f.engineer, o.id, 'complete', { result: '已修好', feeCents: 99999 });
    expect(typed.status).toBe(200);
    expect((await f.detail(o.id)).feeCents).toBe(0);
    const old = await f.admin.post('/api/admin/price-items', {
      propertyId: f.propertyId,
      name: '疏通下水道',
      unit: '次',
      priceCents: 5000,
    });
    await f.admin.post(`/api/admin/price-items/${old.body.id}/retire`);
    const o2 = await f.dispatched();
    await f.ok(f.engineer, o2.id, 'accept');
    await f.ok(f.engineer, o2.id, 'arrive');
    const r = await f.act(f.engineer, o2.id, 'complete', {
      result: '已疏通',
      items: [{ priceItemId: old.body.id, quantity: 1 }],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('已停用');
    const list = (await f.desk.get(`/api/price-items?propertyId=${f.propertyId}`)).body;
    expect(list.map((p: { id: number }) => p.id)).not.toContain(old.body.id);
  });

  it('not satisfied reopens the case and opens a new order waiting for dispatch (S3 篇九 4.5.5)', async () => {
    const o = await f.dispatched();
    await f.finish(o.id);
    const r = await f.ok(
      f.desk,
      o.id,
      'return-visit',
      f.visit({ satisfied: false, quality: 'poor', comment: '仍然漏水' }),
    );
    expect(r.reworkOrderId).toBeGreaterThan(o.id);
    const old = await f.detail(o.id);
    expect(old).toMatchObject({ state: 'closed', closedAs: 'reworked' });
    expect(old.returnVisit).toMatchObject({
      satisfied: false,
      comment: '仍然漏水',
      reworkOrderId: r.reworkOrderId,
    });
    const fresh = await f.detail(r.reworkOrderId);
    expect(fresh).toMatchObject({
      state: 'awaitingDispatch',
      caseId: o.caseId,
      reworkOfId: o.id,
      urgency: 'urgent',
      assigneeId: null,
    });
    const c = await caseOf(o.caseId);
    expect(c.state).not.toBe('closed');
    expect(events(c.timeline)).toContain('reopened');
    expect((await f.unread(f.supervisor.id)).map((n) => n.kind)).toContain('work-order.unsatisfied');
    await f.ok(f.desk, r.reworkOrderId, 'dispatch', {
      assigneeId: f.engineer2Staff.id,
      dispatchMode: 'verbal',
    });
    expect((await f.detail(r.reworkOrderId)).state).toBe('dispatched');
  });

  it('an improper or cash charge needs its detail, and is reported to the supervisor (S3 篇九 4.5.5.1)', async () => {
    const o = await f.dispatched();
    await f.finish(o.id);
    const missing = await f.act(f.desk, o.id, 'return-visit', f.visit({ cashCharge: true }));
    expect(missing.status).toBe(400);
    await f.ok(
      f.desk,
      o.id,
      'return-visit',
      f.visit({ cashCharge: true, chargeDetail: '维修师傅收现金 50 元未开收据' }),
    );
    expect((await f.detail(o.id)).returnVisit).toMatchObject({
      cashCharge: true,
      chargeDetail: '维修师傅收现金 50 元未开收据',
    });
    expect((await f.unread(f.supervisor.id)).map((n) => n.kind)).toContain('work-order.charge-reported');
  });

  it('out of capability: the external contact is recorded and the order closes as referred (S1 维修能力外)', async () => {
    const o = await f.dispatched();
    await f.ok(f.desk, o.id, 'refer', {
      reason: '燃气管道不属工程部维修范围',
      externalContact: '港华燃气 95158',
    });
    expect(await f.detail(o.id)).toMatchObject({
      state: 'closed',
      closedAs: 'referred',
      referredTo: '港华燃气 95158',
    });
    expect((await caseOf(o.caseId)).state).toBe('closed');
  });

  it('a case with several orders closes only when the last one closes', async () => {
    const first = await f.dispatched();
    const second = await f.desk.post('/api/work-orders', {
      caseId: first.caseId,
      departmentId: f.engineering,
      assigneeId: f.engineer2Staff.id,
      dispatchMode: 'verbal',
      description: '楼下天花板修补',
    });
    expect(second.status).toBe(200);
    await f.ok(f.desk, first.id, 'refer', {
      reason: '需专业防水公司',
      externalContact: '某防水公司 020-12345678',
    });
    expect((await caseOf(first.caseId)).state).toBe('assigned');
    await f.ok(f.desk, second.body.id, 'refer', {
      reason: '需专业防水公司',
      externalContact: '某防水公司 020-12345678',
    });
    expect((await caseOf(first.caseId)).state).toBe('closed');
  });
});

describe('records are corrected by amendment, never overwritten (S4 4.3)', () => {
  it('a result correction keeps the old value, the reason and the author in the history', async () => {
    const o = await f.dispatched();
    await f.finish(o.id, { items: [{ priceItemId: f.tap, quantity: 1 }] });
    const noReason = await f.act(f.engineer, o.id, 'amendments', {
      field: 'result',
      value: '更换水龙头并紧固',
    });
    expect(noReason.status).toBe(400);
    await f.ok(f.engineer, o.id, 'amendments', {
      field: 'result',
      value: '更换水龙头并紧固接头',
      reason: '漏记紧固接头',
    });
    await f.ok(f.desk, o.id, 'amendments', {
      field: 'items',
      value: [
        { priceItemId: f.tap, quantity: 1 },
        { priceItemId: f.pipe, quantity: 2 },
      ],
      reason: '漏记水管',
    });
    const d = await f.detail(o.id);
    expect(d.result).toBe('更换水龙头并紧固接头');
    expect(d.feeCents).toBe(5500);
    const amended = d.timeline.filter((e: { action: string }) => e.action === 'amended');
    expect(amended[0]).toMatchObject({
      reason: '漏记紧固接头',
      data: { field: 'result', before: '已更换水管接头，试水无渗漏', after: '更换水龙头并紧固接头' },
    });
    const lines = await ctx.db
      .selectFrom('workOrderItems')
      .select(['supersededAt'])
      .where('workOrderId', '=', o.id)
      .execute();
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => l.supersededAt !== null)).toHaveLength(1);
  });

  it('the engineer may not amend the description; nothing is amended before completion', async () => {
    const o = await f.dispatched();
    const r = await f.act(f.engineer, o.id, 'amendments', {
      field: 'description',
      value: '改成别的内容',
      reason: '想改一下',
    });
    expect(r.status).toBe(403);
    const early = await f.act(f.desk, o.id, 'amendments', {
      field: 'result',
      value: '结果',
      reason: '提前填写',
    });
    expect(early.status).toBe(422);
  });
});

describe('optimistic concurrency (issue 4 item 10)', () => {
  it('two concurrent state changes on one order: one wins, the other gets 409 CONFLICT', async () => {
    const o = await f.dispatched();
    const { version } = await f.detail(o.id);
    const [a, b] = await Promise.all([
      f.desk.post(`/api/work-orders/${o.id}/pause`, {
        version,
        reason: '客户临时外出',
        resumeAt: f.minutes(120),
      }),
      f.desk.post(`/api/work-orders/${o.id}/reassign`, {
        version,
        assigneeId: f.engineer2Staff.id,
        reason: '刘师傅请假',
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.error.code).toBe('CONFLICT');
    expect((await f.detail(o.id)).version).toBe(version + 1);
  });

  it('the same accept sent twice at once is applied once', async () => {
    const o = await f.dispatched();
    const { version } = await f.detail(o.id);
    const replies = await Promise.all([
      f.engineer.post(`/api/work-orders/${o.id}/accept`, { version }),
      f.engineer.post(`/api/work-orders/${o.id}/accept`, { version }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(events((await f.detail(o.id)).timeline).filter((e) => e === 'accepted')).toHaveLength(1);
  });

  it('a stale version is refused even when the move itself would be legal', async () => {
    const o = await f.dispatched();
    const r = await f.engineer.post(`/api/work-orders/${o.id}/accept`, { version: 99 });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('CONFLICT');
  });
});
