import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../test/fixtures/import-files.js';
import { createTestContext, type Reply, type TestContext } from '../../test/harness.js';
import { type ComplaintFixture, complaintFixture } from './complaints-fixture.js';

/** A JSON body from the API. */
type J = Reply['body'];

let ctx: TestContext;
let f: ComplaintFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await complaintFixture(ctx);
});
afterAll(async () => ctx.close());

let n = 0;
/** A caller nobody has seen before, so no earlier complaint makes this one a repeat. */
const stranger = () => ({
  roomId: null,
  personId: null,
  callerName: '路人',
  callerPhone: `1370000${String(++n).padStart(4, '0')}`,
});

describe('the path (S4 4.4.2; S2 网上投诉处理, 投诉回访)', () => {
  it('received → confirmed → signed and passed to the department → written reply → customer told → verified → return visit → closed', async () => {
    const id = await f.at('confirmed');
    expect(await f.unread(f.manager.id, id)).toContain('complaint.sign-needed');
    await f.managerClient.post(`/api/complaints/${id}/sign`, {
      departmentId: f.engineering,
      note: '同意转工程部',
    });
    expect(await f.unread(f.engineer.id, id)).toContain('complaint.referred');
    const reply = await f.engineerClient.post(`/api/complaints/${id}/replies`, {
      facts: '维修工另有急修',
      finding: 'ours',
      responsibleStaffId: f.engineer.id,
      measures: '重新约时上门',
    });
    expect(reply.status).toBe(200);
    expect(await f.unread(f.deskStaff.id, id)).toContain('complaint.replied');
    expect(
      (await f.desk.post(`/api/complaints/${id}/inform`, { method: 'phone', note: '已告知' })).status,
    ).toBe(200);
    expect(
      (await f.supervisorClient.post(`/api/complaints/${id}/verify`, { passed: true, note: '合格' })).status,
    ).toBe(200);
    expect(
      (
        await f.supervisorClient.post(`/api/complaints/${id}/return-visit`, {
          method: 'phone',
          opinion: '满意',
          satisfaction: 'satisfied',
        })
      ).status,
    ).toBe(200);
    const c = await f.detail(id);
    expect(c).toMatchObject({
      state: 'closed',
      finding: 'ours',
      departmentName: '工程部',
      responsibleStaffName: expect.any(String),
    });
    expect(c.replies).toHaveLength(1);
    // The list filters by the department it was passed to.
    const byDept = (departmentId: number) =>
      f.desk.get(`/api/complaints?propertyId=${f.propertyId}&departmentId=${departmentId}`);
    expect((await byDept(f.engineering)).body.map((r: J) => r.caseId)).toContain(id);
    expect((await byDept(f.engineering + 1000)).body).toEqual([]);
    expect((await f.desk.get(`/api/cases/${id}`)).body.state).toBe('closed');
    const actions = c.timeline.filter((e: J) => e.entityType === 'complaint').map((e: J) => e.action);
    expect(actions).toEqual([
      'registered',
      'severity-confirmed',
      'signed',
      'replied',
      'informed',
      'verified',
      'return-visited',
    ]);
  });

  it('the manager signs only after the apology and the confirmed class; steps cannot be skipped (409)', async () => {
    const res = await f.desk.post(
      '/api/contacts',
      f.contact({ type: 'complaint', resolution: { mode: 'complaint' } }),
    );
    const id = res.body.caseId;
    await f.supervisorClient.post(`/api/complaints/${id}/severity`, {
      severity: (await f.detail(id)).proposedSeverity,
      reason: '确认',
    });
    expect(
      (await f.managerClient.post(`/api/complaints/${id}/sign`, { departmentId: f.engineering })).status,
    ).toBe(409);
    await f.desk.post(`/api/complaints/${id}/acknowledgement`, { kind: 'thanks' });
    const unconfirmed = await f.at('received');
    expect(
      (await f.managerClient.post(`/api/complaints/${unconfirmed}/sign`, { departmentId: f.engineering }))
        .status,
    ).toBe(409);
    expect((await f.managerClient.post(`/api/complaints/${id}/sign`, {})).status).toBe(400);
    expect(
      (await f.managerClient.post(`/api/complaints/${id}/sign`, { departmentId: f.engineering })).status,
    ).toBe(200);
    expect(
      (await f.desk.post(`/api/complaints/${id}/inform`, { method: 'phone', note: '已告知' })).status,
    ).toBe(409);
    expect(
      (await f.supervisorClient.post(`/api/complaints/${id}/verify`, { passed: true, note: '合格' })).status,
    ).toBe(409);
  });

  it('a failed verification sends it back to the department, which replies again', async () => {
    const id = await f.at('informed');
    expect(
      (await f.supervisorClient.post(`/api/complaints/${id}/verify`, { passed: false, note: '现场仍未修复' }))
        .status,
    ).toBe(200);
    expect((await f.detail(id)).state).toBe('referred');
    expect(await f.unread(f.engineer.id, id)).toContain('complaint.reply-again');
    await f.engineerClient.post(`/api/complaints/${id}/replies`, {
      facts: '复查后更换配件',
      finding: 'ours',
      measures: '已彻底修复',
    });
    expect((await f.detail(id)).replies).toHaveLength(2);
  });

  it('changing the class needs a reason; a change to 重大 tells the manager', async () => {
    const id = await f.at('received');
    expect(
      (await f.supervisorClient.post(`/api/complaints/${id}/severity`, { severity: 'major' })).status,
    ).toBe(400);
    expect(
      (
        await f.supervisorClient.post(`/api/complaints/${id}/severity`, {
          severity: 'major',
          reason: '业主已向媒体反映',
        })
      ).status,
    ).toBe(200);
    const c = await f.detail(id);
    expect(c).toMatchObject({ severity: 'major', proposedSeverity: 'ordinary' });
    expect(c.timeline.find((e: J) => e.action === 'severity-changed')).toMatchObject({
      reason: '业主已向媒体反映',
      data: { before: 'ordinary', after: 'major' },
    });
    expect(await f.unread(f.manager.id, id)).toContain('complaint.major');
  });

  it('一般 answered on the spot: signed straight to "customer told"; skipped return visit for reason ① only', async () => {
    const r = await f.register({
      ...stranger(),
      immediate: { mode: 'answered', result: '当面解释并致歉', customerSatisfied: true },
    });
    await f.supervisorClient.post(`/api/complaints/${r.caseId}/severity`, { severity: 'ordinary' });
    await f.managerClient.post(`/api/complaints/${r.caseId}/sign`, {});
    expect((await f.detail(r.caseId)).state).toBe('informed');
    await f.supervisorClient.post(`/api/complaints/${r.caseId}/verify`, { passed: true, note: '合格' });
    expect(
      (
        await f.supervisorClient.post(`/api/complaints/${r.caseId}/return-visit-skip`, {
          reason: 'anonymousOrNoContact',
          note: '无法联系客户',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await f.supervisorClient.post(`/api/complaints/${r.caseId}/return-visit-skip`, {
          reason: 'onSpotSatisfied',
          note: '客户当场满意',
        })
      ).status,
    ).toBe(200);
    expect((await f.detail(r.caseId)).returnVisitSkipReason).toBe('onSpotSatisfied');
    const other = await f.at('verified');
    const res = await f.supervisorClient.post(`/api/complaints/${other}/return-visit-skip`, {
      reason: 'onSpotSatisfied',
      note: '客户当场满意',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].rule).toBe('S2 投诉回访');
  });

  it('一般 dispatched at once: the department works on it before the signature, which is still needed before verification', async () => {
    const r = await f.register({
      ...stranger(),
      immediate: { mode: 'dispatched', departmentId: f.engineering },
    });
    expect(r.state).toBe('referred');
    expect(await f.unread(f.engineer.id, r.caseId)).toContain('complaint.referred');
    await f.engineerClient.post(`/api/complaints/${r.caseId}/replies`, {
      facts: '已查',
      finding: 'notOurs',
      measures: '已解释',
    });
    await f.desk.post(`/api/complaints/${r.caseId}/inform`, { method: 'phone', note: '已告知' });
    expect(
      (await f.supervisorClient.post(`/api/complaints/${r.caseId}/verify`, { passed: true, note: '合格' }))
        .status,
    ).toBe(409);
    await f.supervisorClient.post(`/api/complaints/${r.caseId}/severity`, { severity: 'ordinary' });
    expect((await f.managerClient.post(`/api/complaints/${r.caseId}/sign`, {})).status).toBe(200);
    expect(
      (await f.supervisorClient.post(`/api/complaints/${r.caseId}/verify`, { passed: true, note: '合格' }))
        .status,
    ).toBe(200);
  });

  it('an anonymous complaint: nobody to tell or visit; skipped for reason ② (S2 投诉回访)', async () => {
    const id = await f.at('replied', { callerName: '', callerPhone: null, anonymous: true });
    const named = await f.at('replied');
    expect(
      (await f.desk.post(`/api/complaints/${named}/inform`, { method: 'none', note: '无法联系' })).status,
    ).toBe(422);
    expect(
      (await f.desk.post(`/api/complaints/${id}/inform`, { method: 'none', note: '匿名，结果在公告栏公布' }))
        .status,
    ).toBe(200);
    await f.supervisorClient.post(`/api/complaints/${id}/verify`, { passed: true, note: '合格' });
    expect(
      (
        await f.supervisorClient.post(`/api/complaints/${id}/return-visit`, {
          method: 'phone',
          opinion: 'x x',
          satisfaction: 'satisfied',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await f.supervisorClient.post(`/api/complaints/${id}/return-visit-skip`, {
          reason: 'anonymousOrNoContact',
          note: '匿名投诉',
        })
      ).status,
    ).toBe(200);
  });

  it("the department reply's attachments are stored against the reply and listed on the complaint", async () => {
    const id = await f.at('replied');
    const replyId = (await f.detail(id)).replies[0].id;
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const { payload, contentType } = multipartBody(
      { propertyId: f.propertyId, entityType: 'complaintReply', entityId: replyId },
      { filename: '现场照片.png', data: png },
    );
    const up = await ctx.app.inject({
      method: 'POST',
      url: '/api/attachments',
      headers: {
        cookie: f.engineerClient.cookie,
        'x-csrf-token': f.engineerClient.csrf,
        'content-type': contentType,
      },
      payload,
    });
    expect(up.statusCode, up.body).toBe(200);
    expect((await f.detail(id)).replies[0].attachments.map((a: J) => a.filename)).toEqual(['现场照片.png']);
  });
});

describe('nothing is edited in place: amendments only (issue 5 item 8; S4 4.3)', () => {
  it('no route overwrites a complaint', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const [path, ops] of Object.entries(doc.paths))
      if (/^\/api\/complaint/.test(path))
        expect(
          Object.keys(ops).filter((m) => ['put', 'patch', 'delete'].includes(m)),
          path,
        ).toEqual([]);
  });

  it('a corrected fact keeps old value, new value, reason and author; the proposal follows (lawsuit → 重大, manager told)', async () => {
    const id = await f.at('received');
    const res = await f.desk.post(`/api/complaints/${id}/amendments`, {
      field: 'lawsuit',
      value: true,
      reason: '客户补充说明已起诉',
    });
    expect(res.status).toBe(200);
    const c = await f.detail(id);
    expect(c).toMatchObject({ lawsuit: true, proposedSeverity: 'major', severity: 'ordinary' });
    expect(c.timeline.find((e: J) => e.action === 'amended')).toMatchObject({
      actorId: f.desk.staffId,
      reason: '客户补充说明已起诉',
      data: { field: 'lawsuit', before: false, after: true },
    });
    expect(await f.unread(f.manager.id, id)).toContain('complaint.major');
    expect(
      (
        await f.desk.post(`/api/complaints/${id}/amendments`, {
          field: 'lawsuit',
          value: true,
          reason: '重复',
        })
      ).status,
    ).toBe(422);
    expect(
      (await f.desk.post(`/api/complaints/${id}/amendments`, { field: 'category', value: 'fees' })).status,
    ).toBe(400);
  });

  it('the reply is corrected by its department only; the analysis by the case-library roles only', async () => {
    const id = await f.at('replied');
    expect(
      (
        await f.desk.post(`/api/complaints/${id}/amendments`, {
          field: 'replyFinding',
          value: 'shared',
          reason: '复核',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await f.engineerClient.post(`/api/complaints/${id}/amendments`, {
          field: 'category',
          value: 'fees',
          reason: '分类错误',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await f.engineerClient.post(`/api/complaints/${id}/amendments`, {
          field: 'replyFinding',
          value: 'shared',
          reason: '复核后认定共同责任',
        })
      ).status,
    ).toBe(200);
    expect((await f.detail(id)).finding).toBe('shared');
    await f.company.post(`/api/complaints/${id}/typical`, { cause: '排班', lesson: '提前致电' });
    expect(
      (
        await f.desk.post(`/api/complaints/${id}/amendments`, {
          field: 'analysisLesson',
          value: '改写经验',
          reason: '补充',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await f.company.post(`/api/complaints/${id}/amendments`, {
          field: 'analysisLesson',
          value: '预约冲突须提前致电客户',
          reason: '补充',
        })
      ).status,
    ).toBe(200);
  });

  it('complaint histories pass the hash-chain check', async () => {
    const broken = (await f.admin.get('/api/admin/history/verify')).body.broken;
    expect(broken.filter((b: { entityType: string }) => b.entityType.startsWith('complaint'))).toEqual([]);
  });
});
