import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { type IntakeFixture, intakeFixture } from './intake-fixture.js';

let ctx: TestContext;
let f: IntakeFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await intakeFixture(ctx);
});
afterAll(async () => ctx.close());

const register = async (over: Record<string, unknown> = {}) => {
  const res = await f.desk.post('/api/contacts', f.contact(over));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { caseId: number; number: string; state: string };
};

describe('records are never altered (S4 4.3.2–4.3.5; issue 3 item 7)', () => {
  it('there is no route that overwrites a case or a contact', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!/^\/api\/(cases|contacts)/.test(path)) continue;
      expect(
        Object.keys(ops).filter((m) => ['put', 'patch', 'delete'].includes(m)),
        path,
      ).toEqual([]);
    }
  });

  it('an amendment keeps the old value, the new value, reason, author and time on the timeline', async () => {
    const r = await register({ summary: '卫生间漏水' });
    const res = await f.desk.post(`/api/cases/${r.caseId}/amendments`, {
      field: 'summary',
      value: '厨房漏水',
      reason: '登记时听错位置',
    });
    expect(res.status).toBe(200);
    const c = (await f.desk.get(`/api/cases/${r.caseId}`)).body;
    expect(c.summary).toBe('厨房漏水');
    const amendment = c.timeline.find((e: { action: string }) => e.action === 'amended');
    expect(amendment).toMatchObject({
      actorId: f.desk.staffId,
      reason: '登记时听错位置',
      data: { field: 'summary', before: '卫生间漏水', after: '厨房漏水' },
    });
    expect(amendment.at).toBe(ctx.clock.now().toISOString());
    // The original registration still says what was first recorded.
    expect(c.timeline[0].data.after.summary).toBe('卫生间漏水');
    expect(c.contacts[0].summary).toBe('卫生间漏水');
  });

  it('an amendment needs a reason and a real change', async () => {
    const r = await register();
    expect(
      (await f.desk.post(`/api/cases/${r.caseId}/amendments`, { field: 'summary', value: '改', reason: '' }))
        .status,
    ).toBe(400);
    const same = await f.desk.post(`/api/cases/${r.caseId}/amendments`, {
      field: 'urgency',
      value: 'normal',
      reason: '无变化',
    });
    expect(same.status).toBe(422);
  });

  it('a complaint takes no shortcut: no close through the desk actions, no re-typing (DOMAIN.md §5)', async () => {
    const r = await register({ type: 'complaint', summary: '保洁不及时', resolution: { mode: 'complaint' } });
    const close = await f.desk.post(`/api/cases/${r.caseId}/actions`, { action: 'close', result: '已处理' });
    expect(close.status).toBe(409);
    const retype = await f.desk.post(`/api/cases/${r.caseId}/amendments`, {
      field: 'type',
      value: 'suggestion',
      reason: '其实是建议',
    });
    expect(retype.status).toBe(422);
  });

  it('a case with an open work order cannot be closed from the desk (S3 篇九 4.5.4: followed until done)', async () => {
    const r = await register({
      type: 'inquiry',
      summary: '询问并报修楼道灯',
      resolution: { mode: 'transfer', departmentId: f.engineering },
    });
    const order = await f.desk.post('/api/work-orders', {
      caseId: r.caseId,
      departmentId: f.engineering,
      assigneeId: f.engineer.id,
      dispatchMode: 'verbal',
    });
    expect(order.status, JSON.stringify(order.body)).toBe(200);
    const close = await f.desk.post(`/api/cases/${r.caseId}/actions`, { action: 'close', result: '已处理' });
    expect(close.status).toBe(409);
    expect(close.body.error.message).toContain(order.body.number);
  });

  it('case histories pass the hash-chain check', async () => {
    const broken = (await (await ctx.as(['admin'], [])).get('/api/admin/history/verify')).body.broken;
    expect(broken.filter((b: { entityType: string }) => b.entityType === 'case')).toEqual([]);
  });
});

describe('passing up (服务上移, S1)', () => {
  it('one action hands the customer to the supervisor with a reason, on the timeline', async () => {
    const r = await register({
      channel: 'visit',
      type: 'inquiry',
      summary: '询问车位租赁政策',
      resolution: { mode: 'pending' },
    });
    const res = await f.desk.post(`/api/cases/${r.caseId}/pass-up`, {
      to: 'supervisor',
      reason: '客户不满意前台解释，要求找主管',
    });
    expect(res.status).toBe(200);
    const c = (await f.desk.get(`/api/cases/${r.caseId}`)).body;
    expect(c.ownerId).toBe(f.supervisor.id);
    expect(c.firstTakerId).toBe(f.desk.staffId);
    expect(c.timeline.at(-1)).toMatchObject({
      action: 'passed-up',
      reason: '客户不满意前台解释，要求找主管',
    });
    expect((await f.unread(f.supervisor.id)).map((n) => n.kind)).toContain('case.passed-up');
    // 首接责任制 (S1): passing up moves the handling, not the first taker's duty to follow it.
    const mineOf = async (client: typeof f.desk) =>
      ((await client.get('/api/cases?mine=1&open=1')).body as { id: number }[]).map((c) => c.id);
    expect(await mineOf(f.desk)).toContain(r.caseId);
    expect(await mineOf(await ctx.signIn(f.supervisor.username))).toContain(r.caseId);
    const other = await ctx.as(['receptionist'], [f.propertyId], { certifiedForDuty: true });
    expect(await mineOf(other)).not.toContain(r.caseId);
  });

  it('a contact unsettled at the desk tells the supervisor after 3 minutes and the manager 3 minutes later, once each', async () => {
    const r = await register({
      type: 'inquiry',
      summary: '询问装修押金退还',
      resolution: { mode: 'pending' },
    });
    const alerts = async (id: number) =>
      (await f.unread(id)).filter((n) => n.entityId === String(r.caseId) && n.kind.startsWith('case.pass-up'))
        .length;
    ctx.clock.advance(2 * 60_000 + 59_000);
    await ctx.deps.intake.passUpSweep();
    expect(await alerts(f.supervisor.id)).toBe(0);
    ctx.clock.advance(1000);
    await ctx.deps.intake.passUpSweep();
    await ctx.deps.intake.passUpSweep();
    expect(await alerts(f.supervisor.id)).toBe(1);
    expect(await alerts(f.manager.id)).toBe(0);
    ctx.clock.advance(3 * 60_000);
    await Promise.all([ctx.deps.intake.passUpSweep(), ctx.deps.intake.passUpSweep()]);
    expect(await alerts(f.manager.id)).toBe(1);
    const actions = (await f.desk.get(`/api/cases/${r.caseId}`)).body.timeline.map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toEqual(['registered', 'auto-pass-up-supervisor', 'auto-pass-up-manager']);
  });

  it('a settled contact is not passed up', async () => {
    const r = await register({ type: 'inquiry', summary: '询问停水通知', resolution: { mode: 'pending' } });
    ctx.clock.advance(60_000);
    expect(
      (await f.desk.post(`/api/cases/${r.caseId}/actions`, { action: 'answer', answer: '明日 9–12 点停水' }))
        .status,
    ).toBe(200);
    ctx.clock.advance(10 * 60_000);
    await ctx.deps.intake.passUpSweep();
    expect((await f.unread(f.supervisor.id)).filter((n) => n.entityId === String(r.caseId))).toEqual([]);
  });
});

describe('call-backs and messages (S0 3.1.2, 3.1.3)', () => {
  it('a promised call-back is on its owner’s list, overdue when late, done only with an outcome', async () => {
    const r = await register({
      type: 'inquiry',
      summary: '询问公共维修基金使用',
      resolution: { mode: 'pending' },
    });
    const created = await f.desk.post('/api/tasks', {
      propertyId: f.propertyId,
      kind: 'callback',
      caseId: r.caseId,
      ownerId: f.desk.staffId,
      callerName: '王建华',
      callerPhone: '13912345678',
      note: '查明维修基金余额后回电',
    });
    expect(created.status).toBe(200);
    let mine = (await f.desk.get('/api/tasks')).body;
    expect(mine.find((t: { id: number }) => t.id === created.body.id).isOverdue).toBe(false);
    ctx.clock.advance(61 * 60_000);
    mine = (await f.desk.get('/api/tasks')).body;
    expect(mine.find((t: { id: number }) => t.id === created.body.id).isOverdue).toBe(true);
    expect((await f.desk.post(`/api/tasks/${created.body.id}/complete`, { outcome: '' })).status).toBe(400);
    expect(
      (await f.desk.post(`/api/tasks/${created.body.id}/complete`, { outcome: '已回电告知余额' })).status,
    ).toBe(200);
    mine = (await f.desk.get('/api/tasks')).body;
    expect(mine.find((t: { id: number }) => t.id === created.body.id)).toBeUndefined();
  });

  it('a message for an absent colleague notifies them; only they (or a supervisor) can close it', async () => {
    const res = await f.desk.post('/api/tasks', {
      propertyId: f.propertyId,
      kind: 'message',
      ownerId: f.engineer.id,
      callerName: '李女士',
      callerPhone: '13800002222',
      note: '请回电约上门时间',
    });
    expect((await f.unread(f.engineer.id)).map((n) => n.kind)).toContain('task.message');
    const otherDesk = await ctx.as(['receptionist'], [f.propertyId]);
    expect((await otherDesk.post(`/api/tasks/${res.body.id}/complete`, { outcome: '代为回复' })).status).toBe(
      403,
    );
    const engineer = await ctx.signIn(f.engineer.username);
    expect(
      (await engineer.post(`/api/tasks/${res.body.id}/complete`, { outcome: '已回电，约明天上午' })).status,
    ).toBe(200);
  });
});

describe('letters (客户来函目录, S0 3.3)', () => {
  const letter = (over: Record<string, unknown>) => ({
    propertyId: f.propertyId,
    idempotencyKey: crypto.randomUUID(),
    letterClass: 'repair',
    sender: '王建华',
    senderPhone: '13912345678',
    roomId: f.roomId,
    receivedDate: '2026-11-23',
    summary: '来函反映外墙渗水',
    ...over,
  });

  it('yearly serial numbers; a repair letter opens a repair case at once (S0 3.3.2)', async () => {
    const a = await f.desk.post('/api/letters', letter({}));
    const b = await f.desk.post('/api/letters', letter({ summary: '来函反映楼道灯不亮' }));
    const c = await f.desk.post('/api/letters', letter({ receivedDate: '2027-01-03' }));
    const list = (await f.desk.get(`/api/letters?propertyId=${f.propertyId}`)).body as {
      id: number;
      serial: number;
      year: number;
      caseId: number | null;
    }[];
    const byId = (id: number) => list.find((l) => l.id === id)!;
    expect(byId(b.body.letterId).serial).toBe(byId(a.body.letterId).serial + 1);
    expect(byId(c.body.letterId)).toMatchObject({ year: 2027, serial: 1 });
    const kase = (await f.desk.get(`/api/cases/${byId(a.body.letterId).caseId}`)).body;
    expect(kase).toMatchObject({ type: 'repair', state: 'awaitingDispatch', channel: 'letter' });
  });

  it('a complaint letter goes to the assistant, who decides; a receptionist may not (S0 3.3.2)', async () => {
    const res = await f.desk.post(
      '/api/letters',
      letter({ letterClass: 'complaint', summary: '投诉夜间施工噪音' }),
    );
    const id = res.body.letterId;
    const pending = (await f.desk.get(`/api/letters?propertyId=${f.propertyId}&pending=1`)).body;
    expect(pending.map((l: { id: number }) => l.id)).toContain(id);
    expect((await f.unread(f.assistant.id)).map((n) => n.kind)).toContain('letter.complaint');
    expect((await f.desk.post(`/api/letters/${id}/decision`, { decision: 'open' })).status).toBe(403);
    const assistant = await ctx.signIn(f.assistant.username);
    const decided = await assistant.post(`/api/letters/${id}/decision`, { decision: 'open' });
    expect(decided.status).toBe(200);
    const kase = (await assistant.get(`/api/cases/${decided.body.caseId}`)).body;
    expect(kase).toMatchObject({ type: 'complaint', ownerId: f.supervisor.id });
    expect(
      (await assistant.post(`/api/letters/${id}/decision`, { decision: 'decline', reason: '重复' })).status,
    ).toBe(409);
  });

  it('a praise letter needs the praised staff member', async () => {
    expect((await f.desk.post('/api/letters', letter({ letterClass: 'praise' }))).status).toBe(400);
    expect(
      (await f.desk.post('/api/letters', letter({ letterClass: 'praise', praisedStaffId: f.engineer.id })))
        .status,
    ).toBe(200);
  });
});

describe('case search (issue 3 item 10)', () => {
  it('finds two-character words, numbers, rooms and 4 phone digits', async () => {
    const leak = await register({ summary: '阳台雨棚漏水严重' });
    const parking = await register({
      type: 'inquiry',
      summary: '地下停车场车位出租',
      resolution: { mode: 'answered', answer: '每月 300 元' },
    });
    const other = await register({
      roomId: null,
      personId: null,
      callerName: '赵女士',
      callerPhone: '13566667777',
      identity: 'visitor',
      summary: '询问快递柜位置',
      type: 'inquiry',
      resolution: { mode: 'answered', answer: '1 栋门口' },
    });
    const ids = async (q: string) =>
      (await f.desk.get(`/api/cases?propertyId=${f.propertyId}&q=${encodeURIComponent(q)}`)).body.map(
        (c: { id: number }) => c.id,
      );
    expect(await ids('漏水')).toContain(leak.caseId);
    expect(await ids('漏水')).not.toContain(parking.caseId);
    expect(await ids('停车')).toContain(parking.caseId);
    expect(await ids(parking.number)).toEqual([parking.caseId]);
    expect(await ids('3-2-501')).toContain(leak.caseId);
    expect(await ids('3-2-501')).not.toContain(other.caseId);
    expect(await ids('6677')).toEqual([other.caseId]);
    expect(await ids('每月')).toContain(parking.caseId);
  });
});

describe('end of day (S3 篇九 4.1.6)', () => {
  it('lists incomplete records, due tasks and cases without a next step; the supervisor confirms', async () => {
    const day = (await f.desk.get(`/api/day-check?propertyId=${f.propertyId}`)).body;
    expect(day.contactCount).toBeGreaterThan(0);
    expect(day.noNextStep.length).toBeGreaterThan(0);
    expect(day.confirmation).toBeNull();
    expect(
      (await f.desk.post('/api/day-check/confirm', { propertyId: f.propertyId, day: day.day })).status,
    ).toBe(403);
    const sup = await ctx.signIn(f.supervisor.username);
    expect(
      (await sup.post('/api/day-check/confirm', { propertyId: f.propertyId, day: day.day, note: '已核对' }))
        .status,
    ).toBe(200);
    expect(
      (await sup.post('/api/day-check/confirm', { propertyId: f.propertyId, day: day.day })).status,
    ).toBe(409);
    ctx.clock.advance(24 * 3600_000);
    f.desk = await ctx.signIn(f.deskStaff.username); // sessions last 12 hours
    const next = (await f.desk.get(`/api/day-check?propertyId=${f.propertyId}`)).body;
    expect(next.earlierUnconfirmed).not.toContain(day.day);
  });

  it('an unconfirmed day is shown the next morning', async () => {
    await register({ summary: '楼道灯坏了' });
    const today = (await f.desk.get(`/api/day-check?propertyId=${f.propertyId}`)).body.day;
    ctx.clock.advance(24 * 3600_000);
    f.desk = await ctx.signIn(f.deskStaff.username);
    const next = (await f.desk.get(`/api/day-check?propertyId=${f.propertyId}`)).body;
    expect(next.earlierUnconfirmed).toContain(today);
  });
});
