import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Client, TestContext } from '../../test/harness.js';
import { intakeFixture } from '../intake/intake-fixture.js';

/** Intake's property (departments, a resident in 3栋) plus a signed-in client for every role of issue 5's matrix. */
export const complaintFixture = async (ctx: TestContext) => {
  const base = await intakeFixture(ctx);
  const signIn = async () => ({
    supervisorClient: await ctx.signIn(base.supervisor.username),
    managerClient: await ctx.signIn(base.manager.username),
    assistantClient: await ctx.signIn(base.assistant.username),
    engineerClient: await ctx.signIn(base.engineer.username),
    clerkClient: await ctx.signIn(base.clerk.username),
    desk: await ctx.signIn(base.deskStaff.username),
  });
  const building = (
    await ctx.db
      .selectFrom('rooms')
      .select('buildingId')
      .where('id', '=', base.roomId)
      .executeTakeFirstOrThrow()
  ).buildingId;

  const body = (over: Record<string, unknown> = {}) => ({
    propertyId: base.propertyId,
    idempotencyKey: randomUUID(),
    channel: 'call',
    roomId: base.roomId,
    personId: base.personId,
    callerName: '王建华',
    callerPhone: '13912345678',
    identity: 'owner',
    summary: '维修人员迟到一个多小时',
    category: 'repair',
    acknowledgement: { kind: 'apology' },
    ...over,
  });
  const ok = async (p: Promise<{ status: number; body: unknown }>) => {
    const res = await p;
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  let callers = 0;

  const f = {
    ...base,
    ...(await signIn()),
    company: await ctx.as(['company'], []),
    guard: await ctx.as(['gate_guard'], [base.propertyId]),
    admin: await ctx.as(['admin'], [base.propertyId]),
    building,
    body,
    /** Sessions last 12 hours: after moving the clock far, sign everyone in again. */
    refresh: async () => {
      Object.assign(f, await signIn());
    },
    register: async (over: Record<string, unknown> = {}, by?: Client) => {
      const res = await (by ?? f.desk).post('/api/complaints', body(over));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as {
        caseId: number;
        number: string;
        state: string;
        severity: string;
        proposedSeverity: string;
        proposedRule: string;
      };
    },
    detail: async (id: number, by?: Client) =>
      (await (by ?? f.supervisorClient).get(`/api/complaints/${id}`)).body,
    /** A fresh complaint (a new caller each time, so 一般) brought along the path to `stage` by the right roles. */
    at: async (stage: Stage, over: Record<string, unknown> = {}) => {
      const phone = `1380000${String(++callers).padStart(4, '0')}`;
      const { caseId } = await f.register({
        roomId: null,
        personId: null,
        callerName: '李女士',
        callerPhone: phone,
        ...over,
      });
      for (const s of order.slice(1, order.indexOf(stage) + 1)) await steps[s as keyof typeof steps](caseId);
      return caseId;
    },
    unread: async (staffId: number, caseId?: number) =>
      (await base.unread(staffId))
        .filter((n) => caseId === undefined || n.entityId === String(caseId))
        .map((n) => n.kind),
  };

  const steps = {
    confirmed: async (id: number) =>
      ok(
        f.supervisorClient.post(`/api/complaints/${id}/severity`, {
          severity: (await f.detail(id)).proposedSeverity,
        }),
      ),
    referred: (id: number) =>
      ok(f.managerClient.post(`/api/complaints/${id}/sign`, { departmentId: base.engineering })),
    replied: (id: number) =>
      ok(
        f.engineerClient.post(`/api/complaints/${id}/replies`, {
          facts: '维修工当天另有急修，未及时通知客户',
          finding: 'ours',
          responsibleStaffId: base.engineer.id,
          measures: '向客户致歉，重新约定时间上门',
        }),
      ),
    informed: (id: number) =>
      ok(f.desk.post(`/api/complaints/${id}/inform`, { method: 'phone', note: '已电话告知处理结果' })),
    verified: (id: number) =>
      ok(f.supervisorClient.post(`/api/complaints/${id}/verify`, { passed: true, note: '已复核' })),
  };
  type Stage = 'received' | keyof typeof steps;
  const order: Stage[] = ['received', 'confirmed', 'referred', 'replied', 'informed', 'verified'];
  return f;
};
export type ComplaintFixture = Awaited<ReturnType<typeof complaintFixture>>;
