import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { type WorkOrderFixture, workOrderFixture } from './work-order-fixture.js';

let ctx: TestContext;
let f: WorkOrderFixture;
const START = '2026-11-23T02:00:00.000Z';
beforeAll(async () => {
  ctx = await createTestContext({ start: START });
  f = await workOrderFixture(ctx);
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.clock.set(START));

const MIN = 60_000;
const sweep = () => ctx.deps.workOrders.sweep('test');
const breaches = async (id: number) =>
  (await f.detail(id)).breaches.map((b: { kind: string; cause: string }) => `${b.kind}:${b.cause}`);
const notices = async (staffId: number, orderId: number) =>
  (await f.unread(staffId)).filter((n) => n.kind === 'work-order.breached' && n.entityId === String(orderId));

describe('arrival and completion clocks, swept (S4 4.4.1 半小时内抵现场; issue 4 item 2)', () => {
  it('no breach at 30 minutes; past it, one breach told to the assignee, the department head and the desk', async () => {
    const o = await f.dispatched();
    ctx.clock.advance(30 * MIN);
    await sweep();
    expect((await f.detail(o.id)).breachCount).toBe(0);
    ctx.clock.advance(MIN);
    await sweep();
    const d = await f.detail(o.id);
    expect(d.breachCount).toBe(1);
    expect(d.arrival).toMatchObject({ status: 'overdue', isBreached: true });
    expect(d.arrival.remainingMs).toBe(-MIN);
    for (const staffId of [f.engineerStaff.id, f.headStaff.id, f.deskStaff.id, f.supervisor.id])
      expect(await notices(staffId, o.id)).toHaveLength(1);
  });

  it('reruns and two sweeps at once count a breach once (conditional stamp)', async () => {
    const o = await f.dispatched();
    ctx.clock.advance(45 * MIN);
    await Promise.all([sweep(), sweep()]);
    await sweep();
    expect(await breaches(o.id)).toEqual(['arrival:overdue']);
    expect(await notices(f.engineerStaff.id, o.id)).toHaveLength(1);
  });

  it('a late arrival the sweep has not seen is counted at the arrival itself', async () => {
    const o = await f.dispatched();
    await f.ok(f.engineer, o.id, 'accept');
    ctx.clock.advance(40 * MIN);
    await f.ok(f.engineer, o.id, 'arrive');
    const d = await f.detail(o.id);
    expect(await breaches(o.id)).toEqual(['arrival:late']);
    expect(d.arrival).toMatchObject({ status: 'metLate', isBreached: true });
  });

  it('a breach stays counted after the order is finished and visited (issue 4 item 2)', async () => {
    const o = await f.dispatched();
    ctx.clock.advance(241 * MIN);
    await sweep();
    expect((await f.detail(o.id)).breachCount).toBe(2);
    await f.finish(o.id);
    await f.ok(f.desk, o.id, 'return-visit', f.visit());
    await f.ok(f.desk, o.id, 'close');
    const d = await f.detail(o.id);
    expect(d.breachCount).toBe(2);
    expect(d.breaches.map((b: { kind: string }) => b.kind)).toEqual(['arrival', 'completion']);
    expect(d.completion.status).toBe('metLate');
  });
});

describe('pause stops the clocks (issue 4 item 3)', () => {
  it('no breach while paused; resuming moves the deadlines by the paused time', async () => {
    const o = await f.dispatched();
    ctx.clock.advance(10 * MIN);
    await f.ok(f.desk, o.id, 'pause', { reason: '客户临时外出，约好下午回来', resumeAt: f.minutes(300) });
    ctx.clock.advance(120 * MIN);
    await sweep();
    const paused = await f.detail(o.id);
    expect(paused).toMatchObject({ state: 'paused', breachCount: 0 });
    expect(paused.arrival).toMatchObject({ status: 'paused', remainingMs: 20 * MIN });
    await f.ok(f.desk, o.id, 'resume');
    const d = await f.detail(o.id);
    expect(d.state).toBe('dispatched');
    expect(d.arrival.dueAt).toBe(new Date(Date.parse(START) + 150 * MIN).toISOString());
    expect(d.arrival.remainingMs).toBe(20 * MIN);
  });

  it('the sweep resumes a paused order at its resume time, back to the state it was paused in', async () => {
    const o = await f.dispatched();
    await f.ok(f.engineer, o.id, 'accept');
    await f.ok(f.desk, o.id, 'pause', { reason: '等待配件', resumeAt: f.minutes(60) });
    ctx.clock.advance(59 * MIN);
    await sweep();
    expect((await f.detail(o.id)).state).toBe('paused');
    ctx.clock.advance(MIN);
    await Promise.all([sweep(), sweep()]);
    const d = await f.detail(o.id);
    expect(d.state).toBe('accepted');
    expect(d.timeline.filter((e: { action: string }) => e.action === 'resumed')).toHaveLength(1);
    expect(d.arrival.dueAt).toBe(new Date(Date.parse(START) + 90 * MIN).toISOString());
  });

  it('a resume time in the past is refused', async () => {
    const o = await f.dispatched();
    const r = await f.act(f.desk, o.id, 'pause', { reason: '等待配件', resumeAt: f.minutes(-1) });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('恢复时间须晚于现在');
  });
});

describe('reschedule: the new appointment must be kept (S1 报修)', () => {
  it('a reschedule that is then missed shows two breaches, counted separately', async () => {
    const o = await f.dispatched();
    ctx.clock.advance(10 * MIN);
    await f.ok(f.desk, o.id, 'reschedule', {
      reason: '维修师傅在处理紧急漏水',
      customerAgreed: true,
      customerAgreement: '王先生同意下午三点',
      newArrivalAt: f.minutes(300),
    });
    const d = await f.detail(o.id);
    expect(d).toMatchObject({ isMustKeep: true, breachCount: 1 });
    expect(d.arrival).toMatchObject({ status: 'running', isBreached: false, dueAt: f.minutes(300) });
    ctx.clock.advance(301 * MIN);
    await sweep();
    const missed = await f.detail(o.id);
    expect(await breaches(o.id)).toEqual(['arrival:rescheduled', 'appointment:overdue']);
    expect(missed.breachCount).toBe(2);
    expect(missed.arrival).toMatchObject({ status: 'overdue', isBreached: true });
  });

  it('the customer must agree, and the new time lies ahead', async () => {
    const o = await f.dispatched();
    expect(
      (
        await f.act(f.desk, o.id, 'reschedule', {
          reason: '师傅有事',
          customerAgreed: false,
          newArrivalAt: f.minutes(120),
        })
      ).status,
    ).toBe(400);
    const past = await f.act(f.desk, o.id, 'reschedule', {
      reason: '师傅有事',
      customerAgreed: true,
      newArrivalAt: f.minutes(-10),
    });
    expect(past.body.error.message).toBe('新的上门时间须晚于现在');
  });

  it('a second reschedule is refused: the second appointment must be kept without fail (S1)', async () => {
    const o = await f.dispatched();
    await f.ok(f.desk, o.id, 'reschedule', {
      reason: '师傅有事',
      customerAgreed: true,
      newArrivalAt: f.minutes(120),
    });
    const again = await f.act(f.desk, o.id, 'reschedule', {
      reason: '还是有事',
      customerAgreed: true,
      newArrivalAt: f.minutes(240),
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INVALID_TRANSITION');
    expect(again.body.error.message).toContain('不能再次改约');
  });

  it('the original promise already counted by the sweep is not counted again at the reschedule', async () => {
    const o = await f.dispatched();
    ctx.clock.advance(35 * MIN);
    await sweep();
    await f.ok(f.desk, o.id, 'reschedule', {
      reason: '配件未到',
      customerAgreed: true,
      newArrivalAt: f.minutes(120),
    });
    expect(await breaches(o.id)).toEqual(['arrival:overdue']);
  });
});

describe('illegal transitions are refused over HTTP with a clear message (issue 4 item 3)', () => {
  const cases: [string, string, string, (id: number) => Promise<void>][] = [
    ['arrive before accepting', 'arrive', '请先接单，再报到场', async () => {}],
    [
      'complete before arriving',
      'complete',
      '维修人员尚未到场，不能完工',
      async (id) => void (await f.ok(f.engineer, id, 'accept')),
    ],
    [
      'accept twice',
      'accept',
      '已接单，无需重复接单',
      async (id) => void (await f.ok(f.engineer, id, 'accept')),
    ],
    [
      'accept a paused order',
      'accept',
      '派工单已暂停，请先恢复再接单',
      async (id) => void (await f.ok(f.desk, id, 'pause', { reason: '等待配件', resumeAt: f.minutes(60) })),
    ],
    [
      'accept a referred order',
      'accept',
      '派工单已关闭，不能接单',
      async (id) =>
        void (await f.ok(f.desk, id, 'refer', { reason: '维修能力外', externalContact: '专业公司 123' })),
    ],
  ];
  for (const [name, action, message, setup] of cases)
    it(`${name} is refused: “${message}”`, async () => {
      const o = await f.dispatched();
      await setup(o.id);
      const r = await f.act(f.engineer, o.id, action, action === 'complete' ? { result: '已修好' } : {});
      expect(r.status).toBe(409);
      expect(r.body.error).toMatchObject({ code: 'INVALID_TRANSITION', message });
    });

  it('the desk cannot return-visit an order not yet completed, nor close it', async () => {
    const o = await f.dispatched();
    expect((await f.act(f.desk, o.id, 'return-visit', f.visit())).body.error.message).toBe(
      '派工单尚未完工，不能回访',
    );
    expect((await f.act(f.desk, o.id, 'close')).body.error.message).toBe('派工单尚未完工，不能关闭');
    expect(
      (await f.act(f.desk, o.id, 'dispatch', { assigneeId: f.engineer2Staff.id, dispatchMode: 'verbal' }))
        .body.error.message,
    ).toBe('派工单已派出，如需换人请改派');
  });

  it('send back returns the order to the desk with its reason; the clocks keep running', async () => {
    const o = await f.dispatched();
    await f.ok(f.engineer, o.id, 'send-back', { reason: '需要电工证，本人无资质' });
    const d = await f.detail(o.id);
    expect(d).toMatchObject({ state: 'awaitingDispatch', assigneeId: null });
    ctx.clock.advance(31 * MIN);
    await sweep();
    expect((await f.detail(o.id)).breachCount).toBe(1);
    expect((await f.unread(f.deskStaff.id)).map((n) => n.kind)).toContain('work-order.sent-back');
  });
});
