import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Reply, type TestContext, tableCounts } from '../../test/harness.js';
import { type ComplaintFixture, complaintFixture } from '../complaints/complaints-fixture.js';

type J = Reply['body'];

let ctx: TestContext;
let f: ComplaintFixture;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  f = await complaintFixture(ctx);
});
afterAll(async () => ctx.close());

const request = (over: Record<string, unknown> = {}) => ({
  propertyId: f.propertyId,
  staffId: f.deskStaff.id,
  kind: 'reward',
  points: 3,
  occurredOn: '2026-11-20',
  title: '服务热情获业主好评',
  material: '业主来电表扬前台接待热情周到，耐心解答物业费问题。',
  ...over,
});
const submit = async (over: Record<string, unknown> = {}) => {
  const r = await f.assistantClient.post('/api/rewards-penalties', request(over));
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.id as number;
};

describe('rewards and penalties go up the chain (S2 员工奖惩规程 3.1; issue 8 item 3)', () => {
  it('the assistant submits in writing; the manager is told, approves; the submitter and the person are told', async () => {
    const id = await submit();
    expect(await f.unread(f.manager.id, id)).toContain('reward-penalty.submitted');
    const before = (await f.managerClient.get(`/api/rewards-penalties/${id}`)).body;
    expect(before).toMatchObject({
      state: 'submitted',
      stateLabel: '待经理审批',
      kindLabel: '奖励',
      points: 3,
    });
    expect(
      (await f.managerClient.post(`/api/rewards-penalties/${id}/decision`, { approve: true, note: '同意' }))
        .status,
    ).toBe(200);
    const after = (await f.assistantClient.get(`/api/rewards-penalties/${id}`)).body;
    expect(after).toMatchObject({
      state: 'approved',
      decisionNote: '同意',
      decidedByName: expect.any(String),
    });
    expect(after.timeline.map((e: J) => e.action)).toEqual(['submitted', 'approved']);
    expect(await f.unread(f.assistant.id, id)).toContain('reward-penalty.approved');
    expect(await f.unread(f.deskStaff.id, id)).toContain('reward-penalty.approved');
    // Approved: it is on the person's assessment sheet of the month it happened.
    const sheet = (
      await f.managerClient.get(
        `/api/assessment/sheet?propertyId=${f.propertyId}&staffId=${f.deskStaff.id}&month=2026-11`,
      )
    ).body;
    expect(
      sheet.items.find((i: J) => i.record?.type === 'rewardPenalty' && i.record.id === id),
    ).toMatchObject({
      kind: 'reward',
      direction: 'bonus',
      points: 3,
    });
  });

  it('a rejection needs a reason; a decided request cannot be decided again (409)', async () => {
    const id = await submit({
      kind: 'penalty',
      title: '未按规定着装',
      material: '当班未佩戴工作牌，经主管提醒后改正。',
    });
    const noReason = await f.managerClient.post(`/api/rewards-penalties/${id}/decision`, { approve: false });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('驳回须填写原因');
    expect(
      (
        await f.managerClient.post(`/api/rewards-penalties/${id}/decision`, {
          approve: false,
          note: '证据不足',
        })
      ).status,
    ).toBe(200);
    const twice = await f.managerClient.post(`/api/rewards-penalties/${id}/decision`, { approve: true });
    expect(twice.status).toBe(409);
    const list = (
      await f.managerClient.get(`/api/rewards-penalties?propertyId=${f.propertyId}&state=rejected`)
    ).body;
    expect(list.map((r: J) => r.id)).toEqual([id]);
  });

  it('the submitter may withdraw an undecided request; nobody else may', async () => {
    const id = await submit();
    const other = await ctx.as(['assistant'], [f.propertyId]);
    expect((await other.post(`/api/rewards-penalties/${id}/withdraw`, { reason: '重复提交' })).status).toBe(
      403,
    );
    expect(
      (await f.assistantClient.post(`/api/rewards-penalties/${id}/withdraw`, { reason: '重复提交' })).status,
    ).toBe(200);
    expect(
      (await f.managerClient.post(`/api/rewards-penalties/${id}/decision`, { approve: true })).status,
    ).toBe(409);
  });

  it('bad input: a person of another property, a future date, too many points; nothing written', async () => {
    const outsider = await ctx.staff({ roles: ['receptionist'], propertyIds: [await ctx.property()] });
    const before = await tableCounts(ctx.db);
    const stranger = await f.assistantClient.post(
      '/api/rewards-penalties',
      request({ staffId: outsider.id }),
    );
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.message).toBe('该员工不在本项目');
    expect(
      (await f.assistantClient.post('/api/rewards-penalties', request({ occurredOn: '2026-12-25' }))).status,
    ).toBe(400);
    expect((await f.assistantClient.post('/api/rewards-penalties', request({ points: 80 }))).status).toBe(
      400,
    );
    expect(
      (await f.assistantClient.post('/api/rewards-penalties', request({ material: '太短' }))).status,
    ).toBe(400);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('who may submit, decide and read (DOMAIN.md §1) over HTTP', () => {
  it('only the assistant submits; only the manager decides (403 for other roles)', async () => {
    for (const c of [f.desk, f.supervisorClient, f.managerClient, f.engineerClient, f.admin, f.company])
      expect((await c.post('/api/rewards-penalties', request())).status).toBe(403);
    const id = await submit();
    for (const c of [f.assistantClient, f.supervisorClient, f.desk, f.company, f.admin])
      expect((await c.post(`/api/rewards-penalties/${id}/decision`, { approve: true })).status).toBe(403);
    expect((await f.desk.get(`/api/rewards-penalties?propertyId=${f.propertyId}`)).status).toBe(403);
    expect((await f.company.get(`/api/rewards-penalties?propertyId=${f.propertyId}`)).status).toBe(200);
  });

  it('another property’s manager and assistant get 404', async () => {
    const id = await submit();
    const other = await ctx.property();
    const manager = await ctx.as(['manager'], [other]);
    const assistant = await ctx.as(['assistant'], [other]);
    expect((await manager.post(`/api/rewards-penalties/${id}/decision`, { approve: true })).status).toBe(404);
    expect((await manager.get(`/api/rewards-penalties/${id}`)).status).toBe(404);
    expect((await manager.get(`/api/rewards-penalties?propertyId=${f.propertyId}`)).status).toBe(404);
    expect((await assistant.post('/api/rewards-penalties', request())).status).toBe(404);
    expect((await assistant.post(`/api/rewards-penalties/${id}/withdraw`, { reason: '误报' })).status).toBe(
      404,
    );
  });
});
