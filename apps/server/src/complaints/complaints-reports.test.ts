import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from '../../test/fixtures/import-files.js';
import { type Client, createTestContext, type Reply, type TestContext } from '../../test/harness.js';
import { type ComplaintFixture, complaintFixture } from './complaints-fixture.js';

/** A JSON body from the API. */
type J = Reply['body'];

// The clock starts on 2026-11-23 (Beijing time 10:00) and only moves forward in this file.
let ctx: TestContext;
let f: ComplaintFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await complaintFixture(ctx);
});
afterAll(async () => ctx.close());

/** Sessions last 12 hours: after the clock jumps, sign in again. */
const fresh = async () => ({
  supervisor: await ctx.signIn(f.supervisor.username),
  manager: await ctx.signIn(f.manager.username),
  desk: await ctx.signIn(f.deskStaff.username),
  engineer: await ctx.signIn(f.engineer.username),
});
const kinds = async (staffId: number, prefix: string) =>
  (await f.unread(staffId)).filter((k) => k.startsWith(prefix));
const report = async (c: Client, month: string) =>
  (await c.get(`/api/complaint-reports/report?propertyId=${f.propertyId}&month=${month}`)).body;
const row = (r: Reply['body'], category: string) =>
  r.report.categories.find((x: J) => x.category === category);

let majorId: number;
describe('顾客投诉分类统计表 (issue 5 item 7; S2 知识管理)', () => {
  beforeAll(async () => {
    const closed = await f.at('verified', { category: 'renovation' });
    await f.supervisorClient.post(`/api/complaints/${closed}/return-visit`, {
      method: 'phone',
      opinion: '满意',
      satisfaction: 'satisfied',
    });
    majorId = (
      await f.register({
        roomId: null,
        personId: null,
        callerName: '孙先生',
        callerPhone: '13500001111',
        category: 'renovation',
        lawsuit: true,
      })
    ).caseId;
    await f.at('received', { category: 'fees', safetyInvolved: true });
  });

  it('one row per category with a column per class, received, closed, still open and on-time rate; a table by department', async () => {
    const r = await report(f.supervisorClient, '2026-11');
    expect(r).toMatchObject({
      month: '2026-11',
      status: 'inProgress',
      isOverdue: false,
      deadline: '2026-12-02T16:00:00.000Z',
    });
    expect(r.report.categories).toHaveLength(12);
    expect(row(r, 'renovation')).toMatchObject({
      bySeverity: { major: 1, hotspot: 0, important: 0, ordinary: 1 },
      received: 2,
      closed: 1,
      open: 1,
      onTimeRate: 1,
    });
    expect(row(r, 'fees')).toMatchObject({
      bySeverity: { important: 1 },
      received: 1,
      closed: 0,
      onTimeRate: null,
    });
    expect(r.report.departments.find((d: J) => d.name === '工程部')).toMatchObject({
      received: 1,
      closed: 1,
      findings: { ours: 1, notOurs: 0, shared: 0 },
    });
    expect(r.report.departments.find((d: J) => d.name === '未转部门').received).toBe(2);
  });

  it('the same report as .xlsx, both tables on one sheet', async () => {
    const res = await download(
      ctx,
      f.supervisorClient,
      `/api/complaint-reports/report.xlsx?propertyId=${f.propertyId}&month=2026-11`,
    );
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('顾客投诉分类统计表');
    const values = (r: ExcelJS.Row) => (r.values as unknown[]).slice(1);
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push(values(r)));
    expect(String(rows[0]![0])).toContain('2026年11月');
    expect(rows).toContainEqual([
      '投诉类别',
      '重大投诉',
      '热点投诉',
      '重要投诉',
      '一般投诉',
      '受理数',
      '关闭数',
      '未关闭数',
      '按时关闭率',
    ]);
    expect(rows).toContainEqual(['装修管理', 1, 0, 0, 1, 2, 1, 1, '100.0%']);
    expect(rows.some((r) => r[0] === '按责任部门统计')).toBe(true);
  });

  it('readers only: the desk and department staff may not read it (403)', async () => {
    expect(
      (await f.desk.get(`/api/complaint-reports/report?propertyId=${f.propertyId}&month=2026-11`)).status,
    ).toBe(403);
    expect((await f.engineerClient.get(`/api/complaint-reports?propertyId=${f.propertyId}`)).status).toBe(
      403,
    );
    expect((await f.company.get(`/api/complaint-reports?propertyId=${f.propertyId}`)).status).toBe(200);
  });

  it('a month not yet over cannot be confirmed', async () => {
    const res = await f.managerClient.post('/api/complaint-reports/confirm', {
      propertyId: f.propertyId,
      month: '2026-11',
    });
    expect(res.status).toBe(422);
  });
});

describe('the monthly public list (issue 5 item 6; S2 顾客投诉规范)', () => {
  it('common areas and the public interest, with how they were handled; no caller; nothing sensitive', async () => {
    const area = await f.at('replied', {
      category: 'greening',
      location: { kind: 'commonArea', area: '中心花园' },
      summary: '中心花园喷灌漏水',
    });
    const inBuilding = await f.at('received', { category: 'greening', summary: '3栋门口草坪枯黄' });
    const sensitive = await f.at('verified', {
      category: 'greening',
      location: { kind: 'commonArea', area: '中心花园' },
      summary: '邻居在花园吵架',
    });
    await f.supervisorClient.post(`/api/complaints/${sensitive}/return-visit-skip`, {
      reason: 'sensitive',
      note: '涉及邻里隐私',
    });
    const res = await f.desk.get(`/api/complaint-public-list?propertyId=${f.propertyId}&month=2026-11`);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: J) => i.caseId);
    expect(ids).toContain(area);
    expect(ids).not.toContain(inBuilding);
    expect(ids).not.toContain(sensitive);
    const item = res.body.items.find((i: J) => i.caseId === area);
    expect(item).toMatchObject({ location: '中心花园', handling: expect.stringContaining('重新约定') });
    expect(JSON.stringify(item)).not.toContain('李女士');
    expect(
      (await f.engineerClient.get(`/api/complaint-public-list?propertyId=${f.propertyId}&month=2026-11`))
        .status,
    ).toBe(403);
  });
});

describe('the case library (issue 5 item 5; S2 投诉整理分析)', () => {
  it('typical cases with cause and lesson, searchable, readable across the company without caller details', async () => {
    const id = await f.at('replied', { category: 'security', summary: '夜间巡逻缺岗导致电动车被盗' });
    expect(
      (
        await f.company.post(`/api/complaints/${id}/typical`, {
          cause: '夜班人员临时调岗未补位',
          lesson: '调岗须报主管并安排顶岗',
        })
      ).status,
    ).toBe(200);
    expect(
      (await f.company.post(`/api/complaints/${id}/typical`, { cause: '重复', lesson: '重复' })).status,
    ).toBe(409);
    const elsewhere = await ctx.as(['receptionist'], [await ctx.property()]);
    const hit = await elsewhere.get(`/api/complaint-library?q=${encodeURIComponent('顶岗')}`);
    expect(hit.status).toBe(200);
    expect(hit.body.map((c: J) => c.caseId)).toContain(id);
    const entry = hit.body.find((c: J) => c.caseId === id);
    expect(entry).toMatchObject({
      analysisCause: '夜班人员临时调岗未补位',
      severity: 'ordinary',
      measures: expect.any(String),
    });
    expect(entry.callerName).toBeUndefined();
    expect(
      (await elsewhere.get(`/api/complaint-library?q=${encodeURIComponent('不存在的词')}`)).body,
    ).toEqual([]);
    expect(
      (await elsewhere.get('/api/complaint-library?severity=ordinary&category=security')).body.map(
        (c: J) => c.caseId,
      ),
    ).toContain(id);
  });
});

describe('reminder on the 1st, overdue from the 3rd until the manager confirms (issue 5 item 7)', () => {
  it('November: reminded on 1 December, flagged overdue from 3 December (Beijing time), once each', async () => {
    ctx.clock.set('2026-11-30T16:30:00.000Z');
    await ctx.deps.complaints.reportReminderSweep();
    await ctx.deps.complaints.reportReminderSweep();
    expect(await kinds(f.supervisor.id, 'complaint-report.reminder')).toHaveLength(1);
    expect(await kinds(f.manager.id, 'complaint-report')).toEqual(['complaint-report.reminder']);
    ctx.clock.set('2026-12-02T15:59:59.000Z');
    await ctx.deps.complaints.reportReminderSweep();
    expect(await kinds(f.manager.id, 'complaint-report.overdue')).toHaveLength(0);
    expect((await report((await fresh()).supervisor, '2026-11')).status).toBe('due');
    ctx.clock.set('2026-12-02T16:00:00.000Z');
    await Promise.all([ctx.deps.complaints.reportReminderSweep(), ctx.deps.complaints.reportReminderSweep()]);
    expect(await kinds(f.manager.id, 'complaint-report.overdue')).toHaveLength(1);
    const s = await fresh();
    expect(await report(s.supervisor, '2026-11')).toMatchObject({ status: 'overdue', isOverdue: true });
    expect(
      (await s.supervisor.get(`/api/complaint-reports?propertyId=${f.propertyId}`)).body.find(
        (m: J) => m.month === '2026-11',
      ).isOverdue,
    ).toBe(true);
  });

  it('the manager confirms (others 403); the flag clears, the company is told, and later corrections do not change what was submitted', async () => {
    const s = await fresh();
    expect(
      (
        await s.supervisor.post('/api/complaint-reports/confirm', {
          propertyId: f.propertyId,
          month: '2026-11',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await s.manager.post('/api/complaint-reports/confirm', {
          propertyId: f.propertyId,
          month: '2026-11',
          note: '逾期提交',
        })
      ).status,
    ).toBe(200);
    expect(
      (await s.manager.post('/api/complaint-reports/confirm', { propertyId: f.propertyId, month: '2026-11' }))
        .status,
    ).toBe(409);
    const company = await ctx.db
      .selectFrom('notifications')
      .innerJoin('staffRoles', 'staffRoles.staffId', 'notifications.recipientId')
      .select('kind')
      .where('staffRoles.role', '=', 'company')
      .execute();
    expect(company.map((c) => c.kind)).toContain('complaint-report.submitted');
    await s.desk.post(`/api/complaints/${majorId}/amendments`, {
      field: 'category',
      value: 'fees',
      reason: '分类更正',
    });
    const r = await report(s.supervisor, '2026-11');
    expect(r).toMatchObject({ status: 'confirmed', isOverdue: false, note: '逾期提交' });
    expect(row(r, 'renovation').received).toBe(2);
    await ctx.deps.complaints.reportReminderSweep();
    expect(await kinds(f.manager.id, 'complaint-report.overdue')).toHaveLength(1);
  });
});

describe('the 30-day raise to 重大 (issue 5 item 1; S2 一.1), by a sweep with a controlled clock', () => {
  it('open 30 days with the finding "ours" → 重大 and the manager told, once; not a day sooner, not for "not ours", not once closed', async () => {
    const start = ctx.clock.now().getTime();
    await f.refresh();
    const s = await fresh();
    const ours = await f.at('replied');
    const notOurs = await f.at('referred');
    await s.engineer.post(`/api/complaints/${notOurs}/replies`, {
      facts: '系业主自家管道',
      finding: 'notOurs',
      measures: '已解释',
    });
    const closed = await f.at('verified');
    await s.supervisor.post(`/api/complaints/${closed}/return-visit`, {
      method: 'phone',
      opinion: '满意',
      satisfaction: 'satisfied',
    });
    const severity = async (id: number) =>
      (
        await ctx.db
          .selectFrom('complaints')
          .select(['severity', 'majorRaisedAt'])
          .where('caseId', '=', id)
          .executeTakeFirstOrThrow()
      ).severity;

    ctx.clock.set(new Date(start + 30 * 86_400_000 - 1));
    await ctx.deps.complaints.majorRaiseSweep();
    expect(await severity(ours)).toBe('ordinary');
    ctx.clock.set(new Date(start + 30 * 86_400_000));
    await Promise.all([ctx.deps.complaints.majorRaiseSweep(), ctx.deps.complaints.majorRaiseSweep()]);
    await ctx.deps.complaints.majorRaiseSweep();
    expect(await severity(ours)).toBe('major');
    expect(await severity(notOurs)).toBe('ordinary');
    expect(await severity(closed)).toBe('ordinary');
    const raised = async (id: number) =>
      (await f.unread(f.manager.id, id)).filter((k) => k === 'complaint.major-raised');
    expect(await raised(ours)).toHaveLength(1);
    expect(await raised(notOurs)).toHaveLength(0);
    const c = await f.detail(ours, await ctx.signIn(f.supervisor.username));
    expect(c).toMatchObject({ severity: 'major', proposedRule: 'major.overdue' });
    expect(c.timeline.find((e: J) => e.action === 'auto-raised-major')).toMatchObject({
      actorId: null,
      data: { before: 'ordinary', after: 'major' },
    });
  });
});
