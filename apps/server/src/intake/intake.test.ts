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
const detail = async (id: number) => (await f.desk.get(`/api/cases/${id}`)).body;

describe('registration and routing per type (DOMAIN.md §3, S0 4.2)', () => {
  it('a repair from a known caller waits for dispatch with the receptionist as first taker (S1 报修)', async () => {
    const r = await register();
    expect(r.state).toBe('awaitingDispatch');
    expect(r.number).toMatch(/^[A-Za-z0-9_-]+\d{8}-\d{4}$/);
    const c = await detail(r.caseId);
    expect(c.firstTakerId).toBe(f.desk.staffId);
    expect(c.room.code).toBe('3-2-501');
    expect(c.contacts).toHaveLength(1);
    expect(c.timeline[0]).toMatchObject({ action: 'registered', data: { rule: 'S1 报修：派工单' } });
  });

  it('咨询 answered on the spot closes at once with the answer recorded (S0 4.2.1)', async () => {
    const r = await register({
      type: 'inquiry',
      summary: '询问物业费标准',
      resolution: { mode: 'answered', answer: '2.5 元/㎡·月' },
    });
    const c = await detail(r.caseId);
    expect(c.state).toBe('closed');
    expect(c.answer).toBe('2.5 元/㎡·月');
    expect(c.closedAt).not.toBeNull();
  });

  it('咨询 transferred to a department gets a due time and tells its staff (S0 4.2.1)', async () => {
    const r = await register({
      type: 'inquiry',
      summary: '询问电梯年检时间',
      resolution: { mode: 'transfer', departmentId: f.engineering },
    });
    const c = await detail(r.caseId);
    expect(c.state).toBe('assigned');
    expect(c.departmentId).toBe(f.engineering);
    expect(Date.parse(c.dueAt) - ctx.clock.now().getTime()).toBe(240 * 60_000);
    expect((await f.unread(f.engineer.id)).map((n) => n.entityId)).toContain(String(r.caseId));
  });

  it('求助 must go to a department, not be answered (S0 4.2.2)', async () => {
    const bad = await f.desk.post(
      '/api/contacts',
      f.contact({ type: 'help', resolution: { mode: 'answered', answer: '好' } }),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('RULE_VIOLATION');
  });

  it('投诉 is assigned to the supervisor, who is told (S0 4.2.5)', async () => {
    const r = await register({
      type: 'complaint',
      summary: '保安态度恶劣',
      resolution: { mode: 'complaint' },
    });
    const c = await detail(r.caseId);
    expect(c.ownerId).toBe(f.supervisor.id);
    expect((await f.unread(f.supervisor.id)).map((n) => n.entityId)).toContain(String(r.caseId));
  });

  it('建议 reported goes to the supervisor (S0 4.2.4)', async () => {
    const r = await register({
      type: 'suggestion',
      summary: '建议增设快递柜',
      resolution: { mode: 'report' },
    });
    expect((await detail(r.caseId)).ownerId).toBe(f.supervisor.id);
  });

  it('表扬 is credited to the staff member and their department (S0 作业指导书 3.3.3)', async () => {
    const r = await register({
      channel: 'visit',
      type: 'praise',
      summary: '感谢维修师傅及时修好水管',
      resolution: { mode: 'praise', praisedStaffId: f.engineer.id },
    });
    const c = await detail(r.caseId);
    expect(c.state).toBe('closed');
    expect(c.praisedStaffId).toBe(f.engineer.id);
    expect(c.praisedDepartmentId).toBe(f.engineering);
  });

  it('其他工作联系 passes to 行政部 (S0 作业指导书 3.3.4)', async () => {
    const r = await register({
      channel: 'visit',
      type: 'otherWork',
      summary: '居委会来函联系社区活动',
      resolution: { mode: 'admin' },
    });
    const c = await detail(r.caseId);
    expect(c.departmentId).toBe(f.admin);
    expect((await f.unread(f.clerk.id)).length).toBeGreaterThan(0);
  });

  it('an emergency is written in the incident record and the manager is told at once (S4 4.4.4)', async () => {
    const r = await register({ urgency: 'emergency', summary: '3栋电梯困人' });
    const incidents = (await f.desk.get(`/api/incidents?propertyId=${f.propertyId}`)).body;
    expect(incidents.map((i: { caseId: number }) => i.caseId)).toContain(r.caseId);
    expect((await f.unread(f.manager.id)).map((n) => n.kind)).toContain('case.emergency');
  });

  it('an unknown caller needs a name and a phone', async () => {
    const bad = await f.desk.post(
      '/api/contacts',
      f.contact({ roomId: null, personId: null, callerName: '', callerPhone: null }),
    );
    expect(bad.status).toBe(400);
    const good = await f.desk.post(
      '/api/contacts',
      f.contact({
        roomId: null,
        personId: null,
        callerName: '路人甲',
        callerPhone: '13700001111',
        identity: 'visitor',
      }),
    );
    expect(good.status).toBe(200);
  });

  it('a later contact of the same caller joins the open case', async () => {
    const r = await register();
    const again = await register({ caseId: r.caseId, summary: '再次来电催促维修' });
    expect(again.caseId).toBe(r.caseId);
    const c = await detail(r.caseId);
    expect(c.contacts).toHaveLength(2);
    expect(c.timeline.map((e: { action: string }) => e.action)).toEqual(['registered', 'contact-added']);
  });
});

describe('S0 3.1.6: a staff member not certified for independent duty cannot take a call', () => {
  it('refuses the call with a clear message, allows a visit', async () => {
    const trainee = await ctx.as(['receptionist'], [f.propertyId], { certifiedForDuty: false });
    const call = await trainee.post('/api/contacts', f.contact());
    expect(call.status).toBe(422);
    expect(call.body.error.message).toContain('未独立上岗');
    const visit = await trainee.post('/api/contacts', f.contact({ channel: 'visit' }));
    expect(visit.status).toBe(200);
  });
});

describe('idempotent registration (issue 3 item 11)', () => {
  it('the same registration sent twice at once makes one case', async () => {
    const body = f.contact({ summary: '重复提交测试：阳台漏水' });
    const [a, b] = await Promise.all([
      f.desk.post('/api/contacts', body),
      f.desk.post('/api/contacts', body),
    ]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(a.body.caseId).toBe(b.body.caseId);
    const n = await ctx.db
      .selectFrom('contacts')
      .select('id')
      .where('idempotencyKey', '=', body.idempotencyKey)
      .execute();
    expect(n).toHaveLength(1);
  });
});

describe('who may register (DOMAIN.md §1) over HTTP', () => {
  it('department staff, gate guards and the company role may not register; company may read', async () => {
    for (const role of ['dept_staff', 'gate_guard', 'company', 'admin'] as const) {
      const c = await ctx.as([role], [f.propertyId]);
      expect((await c.post('/api/contacts', f.contact())).status, role).toBe(403);
    }
    const company = await ctx.as(['company'], []);
    const r = await register();
    expect((await company.get(`/api/cases/${r.caseId}`)).status).toBe(200);
  });

  it('another property’s staff get 404 for a case and cannot register into it', async () => {
    const other = await ctx.property();
    const stranger = await ctx.as(['receptionist'], [other]);
    const r = await register();
    expect((await stranger.get(`/api/cases/${r.caseId}`)).status).toBe(404);
    expect((await stranger.post('/api/contacts', f.contact())).status).toBe(404);
  });
});
