import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { type DutyFixture, dutyFixture, local } from './duty-fixture.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' }); // Monday 10:00 in Shanghai
});
afterAll(async () => ctx.close());

const at = (s: string) => ctx.clock.set(local(s));

/** Monday night: the guard on night duty (物业总值), A on the 1F desk Tuesday morning; live state made during the night. */
const nightBeforeTuesday = async () => {
  ctx.clock.set('2026-11-23T02:00:00.000Z');
  const f = await dutyFixture(ctx);
  const night = await f.plan(f.night, '2026-11-23', f.guard.staffId);
  const morning = await f.plan(f.desk1, '2026-11-24', f.a.staffId);
  at('2026-11-23T19:45');
  expect((await f.guard.post('/api/duty/clock-in', { propertyId: f.propertyId })).body.facts).toEqual([]);
  at('2026-11-23T21:10');
  const repair = await f.desk.post('/api/contacts', f.contact({ summary: '3栋天台水箱漏水' }));
  const order = await f.desk.post('/api/work-orders', {
    caseId: repair.body.caseId,
    departmentId: f.engineering,
    assigneeId: f.engineer.staffId,
    dispatchMode: 'verbal',
  });
  expect(order.status).toBe(200);
  const set = await f.desk.post('/api/registers/key-sets', {
    propertyId: f.propertyId,
    code: 'K-3T',
    label: '3栋天台门',
    quantity: 2,
    location: '钥匙柜A',
  });
  const loan = await f.desk.post('/api/registers/key-loans', {
    keySetId: set.body.id,
    borrowerKind: 'contractor',
    borrowerName: '李师傅',
    borrowerPhone: '13800001111',
    purpose: '天台水箱维修',
  });
  expect(loan.status).toBe(200);
  const task = await f.desk.post('/api/tasks', {
    propertyId: f.propertyId,
    kind: 'callback',
    ownerId: f.a.staffId,
    callerName: '王先生',
    callerPhone: '13912345678',
    note: '明早回复停水时间',
  });
  expect(task.status).toBe(200);
  const incident = await f.guard.post('/api/incidents', {
    propertyId: f.propertyId,
    occurredAt: local('2026-11-23T23:40').toISOString(),
    title: '地下车库积水',
    description: '暴雨导致车库入口积水，已放置沙袋',
  });
  expect(incident.status).toBe(200);
  return {
    f,
    night,
    morning,
    caseId: repair.body.caseId as number,
    orderId: order.body.id as number,
    loanId: loan.body.id as number,
    taskId: task.body.id as number,
    incidentId: incident.body.id as number,
  };
};

const open = (f: DutyFixture, client = f.guard, extra: Record<string, unknown> = {}) =>
  client.post('/api/duty/handovers', {
    propertyId: f.propertyId,
    notes: '夜间巡查正常；车库积水已处理',
    equipment: [{ name: '大厅空调遥控器', quantity: 1 }],
    ...extra,
  });

describe('handover filled from live state (issue 7 item 5; S3 篇三, 篇七)', () => {
  it('the night person hands over to the morning desk: open orders and keys out appear without being typed; both sign; only then may the outgoing leave', async () => {
    const s = await nightBeforeTuesday();
    const { f } = s;
    at('2026-11-24T07:50');
    const h = await open(f);
    expect(h.status).toBe(200);
    const url = `/api/duty/handovers/${h.body.id}`;
    const d = (await f.a.get(url)).body;
    const section = (key: string) => d.sections.find((x: { key: string }) => x.key === key);
    expect(d.sections.map((x: { key: string }) => x.key)).toEqual([
      'cases',
      'workOrders',
      'tasks',
      'returnVisits',
      'incidents',
      'keysOut',
    ]);
    expect(section('workOrders').items.map((i: { id: number }) => i.id)).toContain(s.orderId);
    expect(section('workOrders').items[0].clocks.map((c: { label: string }) => c.label)).toEqual([
      '到场',
      '完成',
    ]);
    expect(section('keysOut').items).toMatchObject([
      { id: s.loanId, title: expect.stringContaining('3栋天台门') },
    ]);
    expect(section('cases').items.map((i: { id: number }) => i.id)).toContain(s.caseId);
    expect(section('tasks').items.map((i: { id: number }) => i.id)).toEqual([s.taskId]);
    expect(section('incidents').items.map((i: { id: number }) => i.id)).toEqual([s.incidentId]);
    expect(d.equipment).toEqual([{ name: '大厅空调遥控器', quantity: 1, condition: 'good', note: '' }]);
    expect(d.successors).toMatchObject([{ assignmentId: s.morning.assignmentId, onDutyId: f.a.staffId }]);

    // S3 篇三 接班人员未到岗，交班人员不得下岗
    expect((await f.guard.post(`${url}/close`)).body.error.message).toMatch(/接班人员尚未签字/);
    expect(
      (await f.guard.post('/api/duty/clock-out', { propertyId: f.propertyId })).body.error.message,
    ).toMatch(/接班人员尚未签字/);
    expect((await f.a.post(`${url}/sign`, { reviewed: true })).status).toBe(409); // the outgoing has not signed yet

    expect((await f.guard.post(`${url}/hand-over`)).status).toBe(200);
    expect((await f.unread(f.a.staffId)).map((n) => n.kind)).toContain('duty.handover');
    expect((await f.guard.patch(`${url}/draft`, { notes: '改一下' })).status).toBe(409);

    // item 7: one person cannot sign both sides
    const both = await f.guard.post(`${url}/sign`, { reviewed: true, remarks: '' });
    expect(both.status).toBe(422);
    expect(both.body.error.message).toMatch(/同一人不能同时签交班和接班/);

    at('2026-11-24T08:05');
    expect((await f.a.post(`${url}/sign`, { reviewed: true, remarks: '已核对，遥控器收到' })).status).toBe(
      200,
    );
    const signed = (await f.sup.get(url)).body;
    expect(signed).toMatchObject({
      state: 'signed',
      outgoing: { id: f.guard.staffId, signedAt: local('2026-11-24T07:50').toISOString() },
      incoming: {
        id: f.a.staffId,
        signedAt: local('2026-11-24T08:05').toISOString(),
        assignmentId: s.morning.assignmentId,
        isRostered: true,
      },
      remarks: '已核对，遥控器收到',
    });
    at('2026-11-24T08:06');
    const closed = await f.guard.post(`${url}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.facts).toEqual([]);
    const log = (await f.sup.get(`/api/duty/shifts/${s.night.assignmentId}/log`)).body;
    expect(log.clockings.map((c: { kind: string }) => c.kind)).toEqual(['in', 'out']);
    expect(log.handover.state).toBe('closed');
  });

  it('a signed handover is never altered: no update; corrections are amendments in its history', async () => {
    const { f } = await nightBeforeTuesday();
    at('2026-11-24T07:55');
    const h = await open(f);
    const url = `/api/duty/handovers/${h.body.id}`;
    expect((await f.guard.post(`${url}/amendments`, { text: 'x', reason: 'y' })).status).toBe(409);
    expect((await f.guard.patch(`${url}/draft`, { notes: '补充：3栋电梯异响', refresh: true })).status).toBe(
      200,
    );
    expect(
      (await f.guard.patch(`${url}/draft`, { equipment: [{ name: '对讲机', quantity: 2 }] })).status,
    ).toBe(200);
    await f.guard.post(`${url}/hand-over`);
    await f.a.post(`${url}/sign`, { reviewed: true });
    const before = await ctx.db
      .selectFrom('dutyHandovers')
      .selectAll()
      .where('id', '=', h.body.id)
      .executeTakeFirstOrThrow();
    expect(before.notes).toBe('补充：3栋电梯异响');
    expect((await f.a.patch(`${url}/draft`, { notes: '改' })).status).toBe(403);
    expect((await f.guard.patch(`${url}/draft`, { notes: '改' })).status).toBe(409);
    expect((await f.c.post(`${url}/amendments`, { text: '钥匙实为 2 把', reason: '记录有误' })).status).toBe(
      403,
    );
    expect(
      (await f.guard.post(`${url}/amendments`, { text: '钥匙实为 2 把', reason: '记录有误' })).status,
    ).toBe(200);
    const after = await ctx.db
      .selectFrom('dutyHandovers')
      .selectAll()
      .where('id', '=', h.body.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    const d = (await f.a.get(url)).body;
    expect(d.amendments).toMatchObject([
      { text: '钥匙实为 2 把', reason: '记录有误', actorId: f.guard.staffId },
    ]);
    expect(d.equipment).toMatchObject([{ name: '对讲机', quantity: 2 }]);
    expect(d.history.map((e: { action: string }) => e.action)).toEqual([
      'opened',
      'draft-updated',
      'draft-updated',
      'outgoing-signed',
      'incoming-signed',
      'amended',
    ]);
  });

  it('with a shift taking over and no handover opened, the outgoing may not clock out', async () => {
    const { f } = await nightBeforeTuesday();
    at('2026-11-24T08:10');
    const r = await f.guard.post('/api/duty/clock-out', { propertyId: f.propertyId });
    expect(r.status).toBe(422);
    expect(r.body.error.message).toMatch(/请先填写交接班记录/);
  });

  it('who may open and sign: only the person on duty opens, once; another property gets 404; the supervisor may sign for an absent incoming person', async () => {
    const { f } = await nightBeforeTuesday();
    at('2026-11-24T07:58');
    expect((await open(f, f.b)).body.error.message).toMatch(/没有可交班的班次/);
    const night = (await f.cell('2026-11-23', f.night))!;
    expect((await open(f, f.b, { assignmentId: night.assignmentId })).status).toBe(403);
    const outsider = await ctx.as(['receptionist'], [await ctx.property()]);
    expect(
      (
        await outsider.post('/api/duty/handovers', {
          propertyId: f.propertyId,
          assignmentId: night.assignmentId,
        })
      ).status,
    ).toBe(404);
    const h = await open(f);
    expect(h.status).toBe(200);
    expect((await open(f)).status).toBe(409);
    const url = `/api/duty/handovers/${h.body.id}`;
    expect((await outsider.get(url)).status).toBe(404);
    expect((await outsider.post(`${url}/sign`, { reviewed: true })).status).toBe(404);
    expect((await f.b.post(`${url}/hand-over`)).status).toBe(403);
    expect((await f.guard.post(`${url}/hand-over`)).status).toBe(200);
    expect((await f.c.post(`${url}/sign`, { reviewed: true })).status).toBe(403); // not on the next shift
    const unchecked = await f.sup.post(`${url}/sign`, {});
    expect(unchecked.status).toBe(400);
    const sup = await f.sup.post(`${url}/sign`, { reviewed: true, remarks: '接班人未到，主管代为接班' });
    expect(sup.status).toBe(200);
    expect((await f.a.get(url)).body.incoming).toMatchObject({ id: f.supervisor.id, isRostered: false });
    const list = (await f.a.get(`/api/duty/handovers?propertyId=${f.propertyId}&day=2026-11-23`)).body;
    expect(list).toMatchObject([{ id: h.body.id, state: 'signed', postName: '物业总值' }]);
  });
});
