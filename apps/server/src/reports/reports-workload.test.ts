import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from '../../test/fixtures/import-files.js';
import { createTestContext, type Reply, type TestContext } from '../../test/harness.js';
import { type DutyFixture, dutyFixture, local } from '../duty/duty-fixture.js';

type J = Reply['body'];

let ctx: TestContext;
let f: DutyFixture;
const at = (s: string) => ctx.clock.set(local(s));
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' }); // Monday 10:00 in Shanghai
  f = await dutyFixture(ctx);
  await f.plan(f.night, '2026-11-23', f.guard.staffId);
  await f.plan(f.desk1, '2026-11-24', f.a.staffId);
  await f.plan(f.desk2, '2026-11-24', f.b.staffId);
  for (const [when, summary] of [
    ['2026-11-24T01:30', '夜间楼道灯不亮'],
    ['2026-11-24T10:00', '厨房水管漏水'],
    ['2026-11-24T11:00', '卫生间地漏堵塞'],
  ] as const) {
    at(when);
    const r = await f.desk.post('/api/contacts', f.contact({ summary }));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }
  at('2026-11-30T10:00');
});
afterAll(async () => ctx.close());

const report = async () =>
  (await f.mgr.get(`/api/reports/workload?propertyId=${f.propertyId}&month=2026-11`)).body;

describe('per-shift and per-person workload (DOMAIN.md §9; S3 篇一 五.5)', () => {
  it('each person: shifts and contacts attributed by the duty rule, and the records they made themselves', async () => {
    const r = await report();
    const person = (id: number) => r.people.find((p: J) => p.staffId === id);
    expect(person(f.a.staffId)).toMatchObject({
      shifts: 1,
      contacts: 2,
      contactsTaken: 3,
      casesFirstTaken: 3,
    });
    // The 01:30 call belongs to the night post's person on duty, though the desk registered it.
    expect(person(f.guard.staffId)).toMatchObject({ shifts: 1, contacts: 1, contactsTaken: 0 });
    expect(person(f.b.staffId)).toMatchObject({ shifts: 1, contacts: 0 });
    expect(r.totals).toEqual([
      {
        propertyId: f.propertyId,
        propertyName: expect.any(String),
        totalContacts: 3,
        unattributedContacts: 0,
      },
    ]);
  });

  it('each post (shift): shifts, contacts, contacts per shift, the busiest day; a series per post by day', async () => {
    const r = await report();
    const post = (id: number) => r.shifts.find((s: J) => s.postId === id);
    expect(post(f.desk1)).toMatchObject({
      shifts: 1,
      contacts: 2,
      perShift: 2,
      busiestDay: '2026-11-24',
      busiestDayContacts: 2,
    });
    expect(post(f.desk2)).toMatchObject({ shifts: 1, contacts: 0, perShift: 0, busiestDay: null });
    expect(post(f.night)).toMatchObject({ shifts: 1, contacts: 1 });
    // A night shift belongs to the evening's date.
    expect(r.byDayAndPost.find((d: J) => d.day === '2026-11-23').byPost).toEqual({ [String(f.night)]: 1 });
    expect(r.byDayAndPost.find((d: J) => d.day === '2026-11-24').byPost).toEqual({ [String(f.desk1)]: 2 });
    const line = r.charts.find((c: J) => c.key === 'contactsByDayAndPost');
    expect(line.categories).toHaveLength(30);
    expect(line.series).toHaveLength(3);
  });

  it('as .xlsx, one table per person and one per post', async () => {
    const res = await download(
      ctx,
      f.mgr,
      `/api/reports/workload/report.xlsx?propertyId=${f.propertyId}&month=2026-11`,
    );
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.data as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.some((x) => x[0] === '每人')).toBe(true);
    expect(rows.some((x) => x[0] === '每个岗位（班次）')).toBe(true);
    expect(rows.filter((x) => x[1] === '一楼前台')[0]![4]).toBe(2);
  });

  it('the desk and gate guards may not read it (403); another property’s manager gets 404', async () => {
    expect((await f.a.get(`/api/reports/workload?propertyId=${f.propertyId}&month=2026-11`)).status).toBe(
      403,
    );
    expect((await f.guard.get(`/api/reports/workload?propertyId=${f.propertyId}&month=2026-11`)).status).toBe(
      403,
    );
    const other = await ctx.as(['manager'], [await ctx.property()]);
    expect((await other.get(`/api/reports/workload?propertyId=${f.propertyId}&month=2026-11`)).status).toBe(
      404,
    );
    expect((await other.get(`/api/reports/workload?propertyId=${f.propertyId}`)).status).toBe(400);
  });
});
