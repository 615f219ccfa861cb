import { expect } from 'vitest';
import type { TestContext } from '../../test/harness.js';
import { intakeFixture } from '../intake/intake-fixture.js';

/**
 * The intake fixture (a property, departments, desk staff, a resident) plus the engineering
 * department's people signed in, a price list, and shortcuts through the API.
 */
export const workOrderFixture = async (ctx: TestContext) => {
  const f = await intakeFixture(ctx);
  const engineer = await ctx.signIn(f.engineer.username);
  const engineer2Staff = await ctx.staff({
    roles: ['dept_staff'],
    propertyIds: [f.propertyId],
    departmentId: f.engineering,
  });
  const engineer2 = await ctx.signIn(engineer2Staff.username);
  const headStaff = await ctx.staff({
    roles: ['dept_staff'],
    propertyIds: [f.propertyId],
    departmentId: f.engineering,
    isDeptHead: true,
  });
  const head = await ctx.signIn(headStaff.username);
  const supervisor = await ctx.signIn(f.supervisor.username);
  const admin = await ctx.as(['admin'], [f.propertyId]);
  const price = async (name: string, unit: string, priceCents: number) => {
    const r = await admin.post('/api/admin/price-items', {
      propertyId: f.propertyId,
      name,
      unit,
      priceCents,
      approval: '经物价局审批',
      approvalDate: '2026-01-15',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.id as number;
  };
  const tap = await price('更换水龙头', '个', 3000);
  const pipe = await price('更换水管', '米', 1250);

  /** Registers a repair through intake; returns the case id. */
  const repairCase = async (over: Record<string, unknown> = {}) => {
    const r = await f.desk.post('/api/contacts', f.contact(over));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.caseId as number;
  };
  /** Registers a repair and dispatches it to the engineer; returns the order's id and version. */
  const dispatched = async (over: Record<string, unknown> = {}, caseOver: Record<string, unknown> = {}) => {
    const caseId = await repairCase(caseOver);
    const r = await f.desk.post('/api/work-orders', {
      caseId,
      departmentId: f.engineering,
      assigneeId: f.engineer.id,
      dispatchMode: 'verbal',
      ...over,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return {
      id: r.body.id as number,
      number: r.body.number as string,
      caseId,
      version: r.body.version as number,
    };
  };
  const detail = async (id: number) => {
    const r = await f.desk.get(`/api/work-orders/${id}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };
  /** Posts an action with the order's current version. */
  const act = async (
    client: typeof f.desk,
    id: number,
    action: string,
    body: Record<string, unknown> = {},
  ) => {
    const { version } = await detail(id);
    return client.post(`/api/work-orders/${id}/${action}`, { version, ...body });
  };
  const ok = async (
    client: typeof f.desk,
    id: number,
    action: string,
    body: Record<string, unknown> = {},
  ) => {
    const r = await act(client, id, action, body);
    expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200);
    return r.body;
  };
  /** Accept, arrive and complete as the engineer. */
  const finish = async (id: number, complete: Record<string, unknown> = {}) => {
    await ok(engineer, id, 'accept');
    await ok(engineer, id, 'arrive');
    return ok(engineer, id, 'complete', { result: '已更换水管接头，试水无渗漏', ...complete });
  };
  const visit = (over: Record<string, unknown> = {}) => ({
    method: 'phone',
    attitude: 'good',
    quality: 'good',
    improperCharge: false,
    cashCharge: false,
    satisfied: true,
    ...over,
  });
  const minutes = (n: number) => new Date(ctx.clock.now().getTime() + n * 60_000).toISOString();
  return {
    ...f,
    adminDept: f.admin,
    engineer,
    engineerStaff: f.engineer,
    engineer2,
    engineer2Staff,
    head,
    headStaff,
    supervisorClient: supervisor,
    admin,
    tap,
    pipe,
    repairCase,
    dispatched,
    detail,
    act,
    ok,
    finish,
    visit,
    minutes,
  };
};
export type WorkOrderFixture = Awaited<ReturnType<typeof workOrderFixture>>;
