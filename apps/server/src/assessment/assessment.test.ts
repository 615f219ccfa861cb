import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type Reply, type TestContext } from '../../test/harness.js';
import { type ComplaintFixture, complaintFixture } from '../complaints/complaints-fixture.js';
import { local } from '../duty/duty-fixture.js';

type J = Reply['body'];
const MIN = 60_000;

// Monday 2026-11-23, 10:00 in Shanghai. November's facts are recorded, then on 1 December the
// sheets are read and confirmed.
let ctx: TestContext;
let f: ComplaintFixture;
let orderId: number;
let complaintId: number;
let praiseId: number;
let deskShift: number;
const extendSessions = () =>
  ctx.db.updateTable('sessions').set({ expiresAt: '2100-01-01T00:00:00.000Z' }).execute();
const ok = (r: Reply) => {
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  f = await complaintFixture(ctx);
  const { propertyId } = f;
  // A work order the engineer does not reach in 30 minutes (S4 4.4.1).
  const repair = ok(await f.desk.post('/api/contacts', f.contact({ summary: '厨房水管漏水' })));
  orderId = ok(
    await f.desk.post('/api/work-orders', {
      caseId: repair.caseId,
      departmentId: f.engineering,
      assigneeId: f.engineer.id,
      dispatchMode: 'verbal',
    }),
  ).id;
  ctx.clock.advance(31 * MIN);
  await ctx.deps.workOrders.sweep('test');
  // A complaint whose department reply names the engineer, responsibility ours (S2 网上投诉处理).
  complaintId = await f.at('replied');
  // A praise letter crediting the engineer (S0 3.3.3).
  praiseId = ok(
    await f.desk.post('/api/contacts', {
      ...f.contact({ channel: 'visit', type: 'praise', summary: '感谢维修师傅认真负责' }),
      resolution: { mode: 'praise', praisedStaffId: f.engineer.id },
    }),
  ).caseId;
  // The desk person is 10 minutes late for a shift (S3 篇一 四.2).
  const posts = ok(await f.supervisorClient.post('/api/duty/posts/defaults', { propertyId })).ids as number[];
  ok(
    await f.supervisorClient.put('/api/duty/roster/cell', {
      propertyId,
      postId: posts[0],
      day: '2026-11-24',
      staffIds: [f.deskStaff.id],
    }),
  );
  await extendSessions();
  ctx.clock.set(local('2026-11-24T08:30'));
  deskShift = ok(await f.desk.post('/api/duty/clock-in', { propertyId })).assignmentId;
  // An approved reward and a rejected penalty (S2 员工奖惩规程).
  const reward = ok(
    await f.assistantClient.post('/api/rewards-penalties', {
      propertyId,
      staffId: f.deskStaff.id,
      kind: 'reward',
      points: 4,
      occurredOn: '2026-11-20',
      title: '拾金不昧',
      material: '前台接待员拾到业主钱包，及时归还失主，业主来电致谢。',
    }),
  ).id;
  ok(await f.managerClient.post(`/api/rewards-penalties/${reward}/decision`, { approve: true }));
  const penalty = ok(
    await f.assistantClient.post('/api/rewards-penalties', {
      propertyId,
      staffId: f.deskStaff.id,
      kind: 'penalty',
      points: 3,
      occurredOn: '2026-11-21',
      title: '未按规定着装',
      material: '当班未佩戴工作牌，经提醒后改正。',
    }),
  ).id;
  ok(
    await f.managerClient.post(`/api/rewards-penalties/${penalty}/decision`, {
      approve: false,
      note: '情节轻微，口头提醒',
    }),
  );
  // A manual item with its reason (S0 3.1.5 严禁用前台电话拨打私人电话).
  ok(
    await f.supervisorClient.post('/api/assessment/items', {
      propertyId,
      staffId: f.deskStaff.id,
      month: '2026-11',
      direction: 'deduction',
      points: 2,
      reason: '用前台电话拨打私人电话（S0 3.1.5）',
    }),
  );
  ctx.clock.set(local('2026-12-01T10:00'));
  await extendSessions();
});
afterAll(async () => ctx.close());

const sheet = async (c: Client, staffId: number, month = '2026-11') =>
  c.get(`/api/assessment/sheet?propertyId=${f.propertyId}&staffId=${staffId}&month=${month}`);
const kinds = (s: J) =>
  s.items.map((i: J) => `${i.kind}:${i.direction === 'bonus' ? '+' : '-'}${i.points}`).sort();

describe('monthly sheet per staff member: 100 − deductions + bonus (S2 员工考核规程; issue 8 item 2)', () => {
  it('the engineer: a breach, a complaint found ours, a praise letter; each item linked to its record', async () => {
    const s = ok(await sheet(f.managerClient, f.engineer.id));
    expect(s).toMatchObject({
      state: 'open',
      isFrozen: false,
      base: 100,
      deductions: 7,
      bonus: 3,
      score: 96,
    });
    expect(kinds(s)).toEqual(['breach:-2', 'complaintOurs:-5', 'praise:+3']);
    const rec = (k: string) => s.items.find((i: J) => i.kind === k).record;
    expect(rec('breach')).toMatchObject({ type: 'workOrder', id: orderId });
    expect(rec('complaintOurs')).toMatchObject({ type: 'case', id: complaintId });
    expect(rec('praise')).toMatchObject({ type: 'case', id: praiseId });
  });

  it('the desk person: late from clock-in, an approved reward (the rejected penalty does not count), a manual item with its reason', async () => {
    const s = ok(await sheet(f.supervisorClient, f.deskStaff.id));
    expect(kinds(s)).toEqual(['late:-2', 'manual:-2', 'reward:+4']);
    expect(s.score).toBe(100);
    expect(s.items.find((i: J) => i.kind === 'late').record).toMatchObject({
      type: 'dutyShift',
      id: deskShift,
    });
    expect(s.items.find((i: J) => i.kind === 'manual')).toMatchObject({
      source: 'manual',
      reason: '用前台电话拨打私人电话（S0 3.1.5）',
      record: null,
    });
  });

  it('the month’s list shows every assessed person with the live score', async () => {
    const list = ok(
      await f.assistantClient.get(`/api/assessment/sheets?propertyId=${f.propertyId}&month=2026-11`),
    );
    const row = (id: number) => list.find((r: J) => r.staffId === id);
    expect(row(f.engineer.id)).toMatchObject({ state: 'open', score: 96, itemCount: 3 });
    expect(row(f.deskStaff.id)).toMatchObject({ score: 100, itemCount: 3 });
    expect(row(f.supervisor.id)).toMatchObject({ score: 100, itemCount: 0 });
  });

  it('the admin sets rule points; open sheets follow them; other roles may not (403)', async () => {
    const rules = ok(await f.admin.get(`/api/assessment/rules?propertyId=${f.propertyId}`));
    expect(rules.find((r: J) => r.kind === 'late')).toMatchObject({
      points: 2,
      defaultPoints: 2,
      isActive: true,
    });
    ok(
      await f.admin.put('/api/assessment/rules', {
        propertyId: f.propertyId,
        rules: [{ kind: 'late', points: 5, isActive: true }],
      }),
    );
    expect(kinds(ok(await sheet(f.managerClient, f.deskStaff.id)))).toContain('late:-5');
    for (const c of [f.managerClient, f.supervisorClient, f.assistantClient])
      expect(
        (
          await c.put('/api/assessment/rules', {
            propertyId: f.propertyId,
            rules: [{ kind: 'late', points: 1, isActive: true }],
          })
        ).status,
      ).toBe(403);
  });
});

describe('the manager confirms a sheet and it is frozen; later facts go to the next month', () => {
  it('confirmation keeps the score and the items; later changes do not touch it', async () => {
    const r = ok(
      await f.managerClient.post('/api/assessment/sheets/confirm', {
        propertyId: f.propertyId,
        staffId: f.engineer.id,
        month: '2026-11',
      }),
    );
    expect(r).toMatchObject({ deductions: 7, bonus: 3, score: 96 });
    // The breach rule changes after confirmation: the frozen sheet keeps its points.
    ok(
      await f.admin.put('/api/assessment/rules', {
        propertyId: f.propertyId,
        rules: [{ kind: 'breach', points: 9, isActive: true }],
      }),
    );
    const s = ok(await sheet(f.managerClient, f.engineer.id));
    expect(s).toMatchObject({
      state: 'confirmed',
      isFrozen: true,
      score: 96,
      confirmedByName: expect.any(String),
    });
    expect(kinds(s)).toEqual(['breach:-2', 'complaintOurs:-5', 'praise:+3']);
    expect(s.items.every((i: J) => typeof i.id === 'number')).toBe(true);
    expect(s.timeline.map((e: J) => e.action)).toEqual(['confirmed']);
    expect((await f.unread(f.engineer.id)).filter((k) => k === 'assessment.confirmed')).toHaveLength(1);
  });

  it('a November reward approved after confirmation goes to December’s sheet, marked carried over', async () => {
    const id = ok(
      await f.assistantClient.post('/api/rewards-penalties', {
        propertyId: f.propertyId,
        staffId: f.engineer.id,
        kind: 'reward',
        points: 5,
        occurredOn: '2026-11-28',
        title: '夜间抢修及时',
        material: '11 月 28 日夜间水管爆裂，维修工 20 分钟到场完成抢修。',
      }),
    ).id;
    ok(await f.managerClient.post(`/api/rewards-penalties/${id}/decision`, { approve: true }));
    expect(ok(await sheet(f.managerClient, f.engineer.id)).score).toBe(96);
    const dec = ok(await sheet(f.managerClient, f.engineer.id, '2026-12'));
    expect(dec.items).toHaveLength(1);
    expect(dec.items[0]).toMatchObject({
      kind: 'reward',
      points: 5,
      isCarriedOver: true,
      record: { type: 'rewardPenalty', id },
    });
    expect(dec.score).toBe(105);
  });

  it('a frozen sheet takes no manual item (409); it cannot be confirmed twice; an unfinished month cannot be confirmed', async () => {
    const add = await f.supervisorClient.post('/api/assessment/items', {
      propertyId: f.propertyId,
      staffId: f.engineer.id,
      month: '2026-11',
      direction: 'bonus',
      points: 1,
      reason: '补记加分',
    });
    expect(add.status).toBe(409);
    const again = await f.managerClient.post('/api/assessment/sheets/confirm', {
      propertyId: f.propertyId,
      staffId: f.engineer.id,
      month: '2026-11',
    });
    expect(again.status).toBe(409);
    const december = await f.managerClient.post('/api/assessment/sheets/confirm', {
      propertyId: f.propertyId,
      staffId: f.engineer.id,
      month: '2026-12',
    });
    expect(december.status).toBe(422);
    expect(december.body.error.message).toContain('尚未结束');
  });

  it('a manual item on an open sheet is withdrawn with a reason, kept and shown', async () => {
    const s = ok(await sheet(f.managerClient, f.deskStaff.id));
    const manual = s.items.find((i: J) => i.kind === 'manual');
    const bad = await f.supervisorClient.post(`/api/assessment/items/${manual.id}/withdraw`, { reason: '' });
    expect(bad.status).toBe(400);
    ok(
      await f.supervisorClient.post(`/api/assessment/items/${manual.id}/withdraw`, {
        reason: '经核实为工作电话',
      }),
    );
    const after = ok(await sheet(f.managerClient, f.deskStaff.id));
    expect(kinds(after)).toEqual(['late:-5', 'reward:+4']);
    expect(after.withdrawnItems[0]).toMatchObject({ id: manual.id, withdrawReason: '经核实为工作电话' });
    expect(after.timeline.map((e: J) => e.action)).toEqual(['item-added', 'item-withdrawn']);
  });
});

describe('who may read, enter and confirm assessments (DOMAIN.md §1) over HTTP', () => {
  it('each person reads their own sheet only; the desk may not list sheets or enter items (403)', async () => {
    expect((await sheet(f.engineerClient, f.engineer.id)).status).toBe(200);
    expect((await sheet(f.engineerClient, f.deskStaff.id)).status).toBe(403);
    expect((await f.desk.get(`/api/assessment/sheets?propertyId=${f.propertyId}&month=2026-11`)).status).toBe(
      403,
    );
    const item = {
      propertyId: f.propertyId,
      staffId: f.deskStaff.id,
      month: '2026-12',
      direction: 'deduction',
      points: 1,
      reason: '测试',
    };
    for (const c of [f.desk, f.engineerClient, f.guard, f.admin, f.company])
      expect((await c.post('/api/assessment/items', item)).status).toBe(403);
    const added = await f.assistantClient.post('/api/assessment/items', item);
    expect(added.status).toBe(200);
    for (const c of [f.desk, f.engineerClient, f.company])
      expect(
        (await c.post(`/api/assessment/items/${added.body.id}/withdraw`, { reason: '误录' })).status,
      ).toBe(403);
    const stranger = await ctx.as(['supervisor'], [await ctx.property()]);
    expect(
      (await stranger.post(`/api/assessment/items/${added.body.id}/withdraw`, { reason: '误录' })).status,
    ).toBe(404);
  });

  it('only the manager confirms (403 for the others); another property’s manager gets 404; the company reads', async () => {
    const body = { propertyId: f.propertyId, staffId: f.deskStaff.id, month: '2026-11' };
    for (const c of [f.supervisorClient, f.assistantClient, f.desk, f.company, f.admin])
      expect((await c.post('/api/assessment/sheets/confirm', body)).status).toBe(403);
    const stranger = await ctx.as(['manager'], [await ctx.property()]);
    expect((await stranger.post('/api/assessment/sheets/confirm', body)).status).toBe(404);
    expect((await sheet(stranger, f.deskStaff.id)).status).toBe(404);
    expect(
      (await stranger.get(`/api/assessment/sheets?propertyId=${f.propertyId}&month=2026-11`)).status,
    ).toBe(404);
    expect((await stranger.get(`/api/assessment/rules?propertyId=${f.propertyId}`)).status).toBe(404);
    const otherAdmin = await ctx.as(['admin'], [await ctx.property()]);
    const rules = { propertyId: f.propertyId, rules: [{ kind: 'late', points: 1, isActive: true }] };
    expect((await otherAdmin.put('/api/assessment/rules', rules)).status).toBe(404);
    expect(
      (await f.company.get(`/api/assessment/sheets?propertyId=${f.propertyId}&month=2026-11`)).status,
    ).toBe(200);
    expect((await sheet(f.company, f.engineer.id)).body.score).toBe(96);
    // A staff member of another property is not on this property's sheets.
    const outsider = await ctx.staff({ roles: ['receptionist'], propertyIds: [await ctx.property()] });
    expect((await sheet(f.managerClient, outsider.id)).status).toBe(400);
  });
});
