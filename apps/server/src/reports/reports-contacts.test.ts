import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from '../../test/fixtures/import-files.js';
import { type Client, createTestContext, type Reply, type TestContext } from '../../test/harness.js';
import { ensureRoom } from '../archive/repo.js';
import { type IntakeFixture, intakeFixture } from '../intake/intake-fixture.js';

type J = Reply['body'];

// Beijing time 2026-12-01 12:00: November is over, December has begun.
let ctx: TestContext;
let f: IntakeFixture;
let supervisor: Client;
let otherProperty: number;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-12-01T04:00:00.000Z' });
  f = await intakeFixture(ctx);
  supervisor = await ctx.signIn(f.supervisor.username);
  const at = ctx.clock.now().toISOString();
  const room7 = await ensureRoom(
    ctx.db,
    f.propertyId,
    { building: '7', unit: '1', room: '302' },
    { createdAt: at },
  );
  const reg = async (over: Record<string, unknown>) => {
    const r = await f.desk.post('/api/contacts', f.contact(over));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.caseId as number;
  };
  // 00:30 on 1 December in Shanghai, though still 30 November in UTC.
  await reg({ receivedAt: '2026-11-30T16:30:00Z', summary: '卫生间漏水，楼下渗水' });
  // 23:30 on 30 November in Shanghai.
  await reg({
    receivedAt: '2026-11-30T15:30:00Z',
    channel: 'visit',
    type: 'inquiry',
    summary: '咨询停车月卡办理',
    resolution: { mode: 'answered', answer: '到前台办理，需行驶证' },
  });
  await reg({ receivedAt: '2026-12-01T01:00:00Z', summary: '厨房漏水，水管爆裂' });
  await reg({
    receivedAt: '2026-12-01T01:20:00Z',
    roomId: room7.id,
    personId: null,
    callerName: '赵女士',
    callerPhone: '13800001111',
    summary: '7栋电梯漏水停运',
  });
  await reg({
    receivedAt: '2026-12-01T02:00:00Z',
    channel: 'visit',
    type: 'inquiry',
    summary: '咨询停车收费标准',
    resolution: { mode: 'answered', answer: '每月 300 元' },
  });
  otherProperty = await ctx.property();
});
afterAll(async () => ctx.close());

const get = (c: Client, path: string) => c.get(path);
const contacts = async (c: Client, query: string) => (await get(c, `/api/reports/contacts?${query}`)).body;

describe('contacts by channel, type and hour (issue 8 item 1), in the property time zone on both databases', () => {
  it('a contact at 2026-11-30T16:30Z counts in December, at 00:00–01:00, in Asia/Shanghai', async () => {
    const dec = await contacts(supervisor, `propertyId=${f.propertyId}&month=2026-12`);
    expect(dec.total).toBe(4);
    expect(dec.byHour[0]).toMatchObject({ hour: 0, count: 1, byChannel: { call: 1, visit: 0 } });
    expect(dec.byHour[9].count).toBe(2);
    expect(dec.byHour[10]).toMatchObject({ count: 1, byChannel: { visit: 1 } });
    expect(dec.busiestHour).toBe(9);
    expect(dec.byDay.find((d: J) => d.day === '2026-12-01').count).toBe(4);
    const nov = await contacts(supervisor, `propertyId=${f.propertyId}&month=2026-11`);
    expect(nov.total).toBe(1);
    expect(nov.byHour[23]).toMatchObject({ count: 1, byChannel: { visit: 1 } });
    expect(nov.byDay.at(-1)).toEqual({ day: '2026-11-30', count: 1 });
  });

  it('by channel and by type (S0 4.2), with a channel × type table and chart-ready series', async () => {
    const r = await contacts(supervisor, `propertyId=${f.propertyId}&from=2026-11-30&to=2026-12-01`);
    expect(r.total).toBe(5);
    expect(r.byChannel.slice(0, 2)).toEqual([
      { key: 'call', label: '来电', count: 3 },
      { key: 'visit', label: '来访', count: 2 },
    ]);
    expect(r.byType.find((t: J) => t.key === 'repair').count).toBe(3);
    expect(r.byChannelType.find((c: J) => c.channel === 'visit').byType).toMatchObject({
      inquiry: 2,
      repair: 0,
    });
    const hours = r.charts.find((c: J) => c.key === 'byHour');
    expect(hours.categories).toHaveLength(24);
    expect(hours.series.map((s: J) => s.name)).toContain('来电');
    expect(r.scope.period).toEqual({
      from: '2026-11-30',
      to: '2026-12-01',
      label: '2026-11-30 至 2026-12-01',
    });
  });

  it('the same figures as .xlsx, totals equal to the JSON', async () => {
    const res = await download(
      ctx,
      supervisor,
      `/api/reports/contacts/report.xlsx?propertyId=${f.propertyId}&month=2026-12`,
    );
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain('contacts-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.data as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(String(rows[0]![0])).toContain('2026年12月');
    const totals = rows.filter((r) => r[0] === '合计');
    expect(totals[0]!.at(-1)).toBe(4);
    expect(rows.find((r) => r[0] === '00:00–01:00')!.at(-1)).toBe(1);
  });

  it('a period is a month or a range of dates; bad ones are refused with a Chinese message', async () => {
    const none = await get(supervisor, `/api/reports/contacts?propertyId=${f.propertyId}`);
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('VALIDATION_FAILED');
    const both = await get(
      supervisor,
      `/api/reports/contacts?propertyId=${f.propertyId}&month=2026-12&from=2026-12-01`,
    );
    expect(both.status).toBe(400);
    const reversed = await get(
      supervisor,
      `/api/reports/contacts?propertyId=${f.propertyId}&from=2026-12-02&to=2026-12-01`,
    );
    expect(reversed.body.error.message).toContain('截止日期不能早于起始日期');
  });
});

describe('相关方（来电、来函、来访）信息登记表 (S0) for a day or a month', () => {
  it('rows in the paper form’s columns, in local date and time, with what became of each', async () => {
    const r = (
      await get(supervisor, `/api/reports/contact-register?propertyId=${f.propertyId}&day=2026-12-01`)
    ).body;
    expect(r.columns).toEqual([
      '日期/时间',
      '来电/来访/来函',
      '姓名',
      '房号',
      '电话',
      '内容',
      '处理情况',
      '接待人',
    ]);
    expect(r.rows).toHaveLength(4);
    expect(r.rows[0]).toMatchObject({
      date: '2026-12-01',
      time: '00:30',
      channelLabel: '来电',
      callerName: '王建华',
      roomLabel: '3栋2单元501',
      callerPhone: '13912345678',
      summary: '卫生间漏水，楼下渗水',
      handling: '待派工',
    });
    expect(r.rows[0].takerName).toBeTruthy();
    expect(r.rows.at(-1).handling).toBe('已关闭：每月 300 元');
    const month = (
      await get(supervisor, `/api/reports/contact-register?propertyId=${f.propertyId}&month=2026-11`)
    ).body;
    expect(month.rows.map((x: J) => x.time)).toEqual(['23:30']);
  });

  it('the desk may print its register (.xlsx too); the register needs a day or a month', async () => {
    const res = await download(
      ctx,
      f.desk,
      `/api/reports/contact-register/report.xlsx?propertyId=${f.propertyId}&day=2026-12-01`,
    );
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.data as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual([
      '日期/时间',
      '来电/来访/来函',
      '姓名',
      '房号',
      '电话',
      '内容',
      '处理情况',
      '接待人',
    ]);
    expect(rows.filter((r) => String(r[0]).startsWith('2026-12-01 '))).toHaveLength(4);
    expect((await get(f.desk, `/api/reports/contact-register?propertyId=${f.propertyId}`)).status).toBe(400);
  });
});

describe('客户反映情况报告 (S4 4.4.5): 1–2 months, grouped by what residents raised', () => {
  it('groups by type, with the themes (two-character words) raised most, sample cases and buildings', async () => {
    const r = (
      await get(supervisor, `/api/reports/feedback?propertyId=${f.propertyId}&from=2026-11-01&to=2026-12-31`)
    ).body;
    expect(r.title).toContain('客户反映情况报告');
    expect(r.total).toBe(5);
    const repair = r.groups.find((g: J) => g.type === 'repair');
    expect(repair).toMatchObject({ label: '报修', count: 3, share: 0.6 });
    expect(repair.themes[0]).toMatchObject({ theme: '漏水', count: 3 });
    expect(repair.themes[0].cases).toHaveLength(3);
    expect(repair.buildings[0]).toMatchObject({ count: 2 });
    const inquiry = r.groups.find((g: J) => g.type === 'inquiry');
    expect(inquiry.themes.map((t: J) => t.theme)).toContain('停车');
    expect(r.topThemes[0]).toMatchObject({ theme: '漏水', count: 3, types: ['报修'] });
    expect(r.topBuildings.map((b: J) => b.count)).toEqual([4, 1]);
  });

  it('more than two months is refused (S4 4.4.5 每 1–2 月)', async () => {
    const r = await get(
      supervisor,
      `/api/reports/feedback?propertyId=${f.propertyId}&from=2026-10-01&to=2026-12-31`,
    );
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('1–2 个月');
  });
});

describe('who reads reports (DOMAIN.md §1) over HTTP', () => {
  const paths = ['contacts', 'work-orders', 'fees', 'return-visits', 'feedback'];
  it('the desk, department staff, gate guards and admin may not read the monthly reports (403)', async () => {
    for (const role of ['receptionist', 'dept_staff', 'gate_guard', 'admin'] as const) {
      const c = await ctx.as([role], [f.propertyId]);
      for (const p of paths)
        expect(
          (await get(c, `/api/reports/${p}?propertyId=${f.propertyId}&month=2026-12`)).status,
          `${role} ${p}`,
        ).toBe(403);
      expect((await get(c, `/api/reports/workload?propertyId=${f.propertyId}&month=2026-12`)).status).toBe(
        403,
      );
      expect(
        (await download(ctx, c, `/api/reports/contacts/report.xlsx?propertyId=${f.propertyId}&month=2026-12`))
          .status,
      ).toBe(403);
    }
    for (const role of ['dept_staff', 'gate_guard', 'admin'] as const) {
      const c = await ctx.as([role], [f.propertyId]);
      expect(
        (await get(c, `/api/reports/contact-register?propertyId=${f.propertyId}&day=2026-12-01`)).status,
      ).toBe(403);
    }
  });

  it('another property’s staff get 404 for this property, and their own scope leaves it out', async () => {
    const stranger = await ctx.as(['manager'], [otherProperty]);
    for (const p of paths)
      expect(
        (await get(stranger, `/api/reports/${p}?propertyId=${f.propertyId}&month=2026-12`)).status,
        p,
      ).toBe(404);
    expect(
      (await get(stranger, `/api/reports/contact-register?propertyId=${f.propertyId}&day=2026-12-01`)).status,
    ).toBe(404);
    expect(
      (
        await get(
          stranger,
          `/api/reports/contacts?propertyId=${f.propertyId}&month=2026-12&departmentId=${f.engineering}`,
        )
      ).status,
    ).toBe(404);
    const own = await contacts(stranger, 'month=2026-12');
    expect(own.scope.properties.map((p: J) => p.id)).toEqual([otherProperty]);
    expect(own.total).toBe(0);
    // A department of another property is 404 too.
    expect(
      (await get(stranger, `/api/reports/contacts?month=2026-12&departmentId=${f.engineering}`)).status,
    ).toBe(404);
  });

  it('the company reads every property’s reports, one at a time or all together', async () => {
    const company = await ctx.as(['company'], []);
    const all = await contacts(company, 'month=2026-12');
    expect(all.scope.properties.map((p: J) => p.id)).toEqual(
      expect.arrayContaining([f.propertyId, otherProperty]),
    );
    expect(all.total).toBe(4);
    expect((await contacts(company, `propertyId=${f.propertyId}&month=2026-12`)).total).toBe(4);
    const res = await download(ctx, company, '/api/reports/feedback/report.xlsx?month=2026-12');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('feedback-ALL-2026-12-01_2026-12-31.xlsx');
  });
});
