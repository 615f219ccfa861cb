import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type Reply, type TestContext } from '../../test/harness.js';
import { type ComplaintFixture, complaintFixture } from '../complaints/complaints-fixture.js';
import { local } from '../duty/duty-fixture.js';
import { listHistory } from '../history/history.js';

type J = Reply['body'];

let ctx: TestContext;
let f: ComplaintFixture;
let trainee: Client;
let traineeId: number;
const ok = (r: Reply) => {
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' }); // Monday 10:00 in Shanghai
  f = await complaintFixture(ctx);
  const s = await ctx.staff({
    roles: ['receptionist'],
    propertyIds: [f.propertyId],
    certifiedForDuty: false,
    departmentId: f.service,
  });
  traineeId = s.id;
  trainee = await ctx.signIn(s.username);
  await ctx.db.updateTable('sessions').set({ expiresAt: '2100-01-01T00:00:00.000Z' }).execute();
});
afterAll(async () => ctx.close());

const plan = (over: Record<string, unknown> = {}) => ({
  propertyId: f.propertyId,
  title: '新员工岗前培训',
  content: '前台接待礼仪、来电来访登记、派工流程、投诉受理（S0、S4）',
  startDate: '2026-11-24',
  endDate: '2026-11-27',
  traineeIds: [traineeId],
  ...over,
});
const session = (over: Record<string, unknown> = {}) => ({
  topic: '来电接听与登记',
  startsAt: local('2026-11-24T09:00').toISOString(),
  endsAt: local('2026-11-24T11:00').toISOString(),
  location: '客服中心会议室',
  trainer: '陈建国',
  ...over,
});
const call = () => trainee.post('/api/contacts', f.contact({ summary: '咨询停水时间' }));

describe('training (S2 培训实施作业规程; issue 8 item 4): the assistant drafts, the manager approves', () => {
  let planId: number;
  it('a draft is submitted, the manager told; the manager rejects with a reason, the plan is changed and approved', async () => {
    planId = ok(await f.assistantClient.post('/api/training/plans', plan())).id;
    expect((await f.assistantClient.post(`/api/training/plans/${planId}/sessions`, session())).status).toBe(
      409,
    );
    ok(await f.assistantClient.post(`/api/training/plans/${planId}/submit`));
    expect(await f.unread(f.manager.id, planId)).toContain('training-plan.submitted');
    expect((await f.assistantClient.put(`/api/training/plans/${planId}`, plan())).status).toBe(409);
    ok(
      await f.managerClient.post(`/api/training/plans/${planId}/decision`, {
        approve: false,
        note: '请补充投诉处理课时',
      }),
    );
    expect(await f.unread(f.assistant.id, planId)).toContain('training-plan.rejected');
    const { propertyId: _p, ...fields } = plan({
      content: '前台接待礼仪、来电来访登记、派工流程、投诉受理与回访',
    });
    ok(await f.assistantClient.put(`/api/training/plans/${planId}`, fields));
    ok(await f.assistantClient.post(`/api/training/plans/${planId}/submit`));
    ok(await f.managerClient.post(`/api/training/plans/${planId}/decision`, { approve: true }));
    const d = ok(await f.supervisorClient.get(`/api/training/plans/${planId}`));
    expect(d).toMatchObject({ state: 'approved', stateLabel: '已批准' });
    expect(d.trainees).toEqual([
      { staffId: traineeId, staffName: expect.any(String), certifiedForDuty: false, signedOffAt: null },
    ]);
    expect(d.timeline.map((e: J) => e.action)).toEqual([
      'created',
      'submitted',
      'rejected',
      'updated',
      'submitted',
      'approved',
    ]);
  });

  it('sessions of an approved plan; attendance once a session has begun, for its trainees only', async () => {
    const sessionId = ok(
      await f.supervisorClient.post(`/api/training/plans/${planId}/sessions`, session()),
    ).id;
    const early = await f.assistantClient.put(`/api/training/sessions/${sessionId}/attendance`, {
      records: [{ staffId: traineeId, status: 'present' }],
    });
    expect(early.status).toBe(422);
    ctx.clock.set(local('2026-11-24T11:30'));
    const stranger = await f.assistantClient.put(`/api/training/sessions/${sessionId}/attendance`, {
      records: [{ staffId: f.deskStaff.id, status: 'present' }],
    });
    expect(stranger.status).toBe(400);
    ok(
      await f.assistantClient.put(`/api/training/sessions/${sessionId}/attendance`, {
        records: [{ staffId: traineeId, status: 'absent' }],
      }),
    );
    const premature = await f.managerClient.post('/api/training/sign-offs', {
      propertyId: f.propertyId,
      staffId: traineeId,
      planId,
      note: '考核合格',
    });
    expect(premature.status).toBe(422);
    expect(premature.body.error.message).toContain('来电接听与登记');
    // The register was wrong: corrected, with the history kept.
    ok(
      await f.assistantClient.put(`/api/training/sessions/${sessionId}/attendance`, {
        records: [{ staffId: traineeId, status: 'present' }],
      }),
    );
    const d = ok(await f.managerClient.get(`/api/training/plans/${planId}`));
    expect(d.sessions[0].attendance).toEqual([
      {
        staffId: traineeId,
        staffName: expect.any(String),
        status: 'present',
        statusLabel: '出席',
        note: null,
      },
    ]);
    expect(d.timeline.filter((e: J) => e.action === 'attendance-recorded')).toHaveLength(2);
  });

  it('S0 3.1.6 over HTTP: the trainee’s call is refused before the sign-off and accepted after it', async () => {
    const before = await call();
    expect(before.status).toBe(422);
    expect(before.body.error.message).toContain('未独立上岗');
    ok(
      await f.managerClient.post('/api/training/sign-offs', {
        propertyId: f.propertyId,
        staffId: traineeId,
        planId,
        note: '理论与实操考核合格',
      }),
    );
    expect((await call()).status).toBe(200);
    const events = await listHistory(ctx.db, 'staff', traineeId);
    expect(events.at(-1)).toMatchObject({
      action: 'certified-for-duty',
      actorId: f.manager.id,
      reason: '理论与实操考核合格',
      data: expect.objectContaining({
        before: { certifiedForDuty: false },
        after: { certifiedForDuty: true },
      }),
    });
    expect(await f.unread(traineeId)).toContain('training.signed-off');
    const again = await f.managerClient.post('/api/training/sign-offs', {
      propertyId: f.propertyId,
      staffId: traineeId,
      planId,
      note: '重复',
    });
    expect(again.status).toBe(409);
    const list = ok(await f.assistantClient.get(`/api/training/trainees?propertyId=${f.propertyId}`));
    expect(list.find((t: J) => t.staffId === traineeId)).toMatchObject({
      certifiedForDuty: true,
      signedPlanId: planId,
    });
  });
});

describe('who may plan, approve, run and sign off training (DOMAIN.md §1) over HTTP', () => {
  it('only the assistant drafts and submits; only the manager approves and signs off (403)', async () => {
    for (const c of [f.desk, f.supervisorClient, f.managerClient, f.engineerClient, f.admin, f.company])
      expect((await c.post('/api/training/plans', plan())).status).toBe(403);
    const id = ok(await f.assistantClient.post('/api/training/plans', plan())).id;
    for (const c of [f.desk, f.managerClient, f.supervisorClient])
      expect((await c.post(`/api/training/plans/${id}/submit`)).status).toBe(403);
    ok(await f.assistantClient.post(`/api/training/plans/${id}/submit`));
    for (const c of [f.assistantClient, f.supervisorClient, f.desk, f.company])
      expect((await c.post(`/api/training/plans/${id}/decision`, { approve: true })).status).toBe(403);
    ok(await f.managerClient.post(`/api/training/plans/${id}/decision`, { approve: true }));
    for (const c of [f.desk, f.engineerClient, f.managerClient])
      expect((await c.post(`/api/training/plans/${id}/sessions`, session())).status).toBe(403);
    const signOff = { propertyId: f.propertyId, staffId: traineeId, planId: id, note: '合格' };
    for (const c of [f.assistantClient, f.supervisorClient, f.desk, f.company, f.admin])
      expect((await c.post('/api/training/sign-offs', signOff)).status).toBe(403);
    expect((await f.desk.get(`/api/training/plans?propertyId=${f.propertyId}`)).status).toBe(403);
    expect((await f.company.get(`/api/training/plans?propertyId=${f.propertyId}`)).status).toBe(200);
  });

  it('another property’s assistant and manager get 404 for this property’s plans', async () => {
    const id = ok(await f.assistantClient.post('/api/training/plans', plan())).id;
    const other = await ctx.property();
    const assistant = await ctx.as(['assistant'], [other]);
    const manager = await ctx.as(['manager'], [other]);
    expect((await assistant.get(`/api/training/plans/${id}`)).status).toBe(404);
    expect((await assistant.post(`/api/training/plans/${id}/submit`)).status).toBe(404);
    expect((await manager.post(`/api/training/plans/${id}/decision`, { approve: true })).status).toBe(404);
    expect(
      (
        await manager.post('/api/training/sign-offs', {
          propertyId: f.propertyId,
          staffId: traineeId,
          planId: id,
          note: '合格',
        })
      ).status,
    ).toBe(404);
    expect((await assistant.post('/api/training/plans', plan())).status).toBe(404);
  });
});
