import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { lastMonth, monthBounds } from '../apps/web/src/reports/filters';
import type { ContactRegister, WorkOrderReport } from '../packages/domain/src/index';
import { apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';

/**
 * Issue 8 item 1 (DOMAIN.md §9): the monthly reports in the browser on the demo data — last
 * month's 月派工报事统计分析表 with its chart, the .xlsx read back against the JSON API, the
 * contact register (S0) on paper, and who may read what.
 */

const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const month = lastMonth(today);
const { from, to } = monthBounds(month);

/** The S0 paper form's columns, in order (相关方（来电、来函、来访）信息登记表). */
const paperColumns = ['日期/时间', '来电/来访/来函', '姓名', '房号', '电话', '内容', '处理情况', '接待人'];

/** Rows of a sheet as arrays of plain values (column 1 first). */
const sheetRows = (ws: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1));
  });
  return rows;
};

/** The 合计 line of the table whose header row is the n-th one naming `firstHeader`. */
const totalLine = (rows: unknown[][], firstHeader: string, nth = 0) => {
  const headerAt = rows.map((r, i) => (r[0] === firstHeader ? i : -1)).filter((i) => i >= 0)[nth];
  expect(headerAt, `header ${firstHeader}`).toBeDefined();
  const header = rows[headerAt!]!.map(String);
  const total = rows.slice(headerAt! + 1).find((r) => r[0] === '合计');
  expect(total, `合计 under ${firstHeader}`).toBeDefined();
  const cell = (name: string) => total![header.indexOf(name)];
  const body = rows.slice(headerAt! + 1, rows.indexOf(total!));
  return { cell, body, header };
};

const openMenu = async (page: Page, label: string) => {
  await page.locator('.pd-shell-sider .ant-menu-item', { hasText: label }).click();
};

test('the supervisor opens last month’s work-order report: chart, totals, .xlsx read back against the API, print view', async ({
  page,
  baseURL,
}) => {
  const api = await apiAs(baseURL!, 'supervisor');
  const hy = await propertyIdOf(api, 'HY');
  const json = await api.get<WorkOrderReport>(`/api/reports/work-orders?propertyId=${hy}&month=${month}`);
  await api.dispose();
  // The demo data gives last month real figures (issue 8: "non-empty figures").
  expect(json.total.orders).toBeGreaterThan(0);
  expect(json.byDepartment.length).toBeGreaterThan(0);

  await signInQuick(page, 'supervisor');
  await page.goto('/');
  await openMenu(page, '月派工报事统计');
  await expect(page).toHaveURL(/\/reports\/work-orders/);
  await expect(page.getByTestId('rep-scope')).toContainText(`${from} 至 ${to}`);
  await expect(page.getByTestId('rep-scope')).toContainText('华苑小区');
  // The chart is drawn (ECharts' SVG inside the chart container).
  await expect(page.getByTestId('rep-chart-ordersByDepartment').locator('svg')).toBeVisible();
  await expect(page.getByTestId('rep-chart-ordersByType').locator('svg')).toBeVisible();
  // The total line on screen is the API's.
  const totalRow = page.getByTestId('rep-total-byDepartment');
  await expect(totalRow).toContainText('合计');
  await expect(totalRow.locator('td').nth(1)).toHaveText(String(json.total.orders));
  await settled(page);
  await shot(page, 'reports-01-work-orders');

  const pending = page.waitForEvent('download');
  await page.getByTestId('rep-xlsx').click();
  const download = await pending;
  expect(download.suggestedFilename()).toContain('月派工报事统计分析表');
  expect(download.suggestedFilename()).toContain(month);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.getWorksheet('月派工报事统计分析表');
  expect(ws, 'the sheet').toBeDefined();
  const rows = sheetRows(ws!);
  expect(String(rows[1]?.[0])).toContain(`统计期间：${from} 至 ${to}`);
  for (const [firstHeader, nth] of [
    ['部门', 0],
    ['类型', 0],
  ] as const) {
    const { cell, body } = totalLine(rows, firstHeader, nth);
    expect(cell('派工单数')).toBe(json.total.orders);
    expect(cell('已完工')).toBe(json.total.completed);
    expect(cell('按时到场率')).toBe(json.total.arrivalOnTimeRate);
    expect(cell('按时完成率')).toBe(json.total.completionOnTimeRate);
    expect(
      Number(cell('违约（未按时到场）')) +
        Number(cell('违约（改约失约）')) +
        Number(cell('违约（未按时完成）')),
    ).toBe(json.total.breaches.total);
    expect(cell('转介')).toBe(json.total.referred);
    expect(cell('收费（元）')).toBe(json.total.feeCents / 100);
    // The lines above the total add up to it.
    const col = rows
      .find((r) => r[0] === firstHeader)!
      .map(String)
      .indexOf('派工单数');
    expect(body.reduce((n, r) => n + Number(r[col] ?? 0), 0)).toBe(json.total.orders);
  }

  // The print view: the sheet alone (no shell), the same figures, the chart.
  await page.getByTestId('rep-print-link').click();
  await expect(page).toHaveURL(/\/reports\/work-orders\/print\?.*month=/);
  await expect(page.getByTestId('print-sheet')).toContainText('月派工报事统计分析表');
  await expect(page.locator('.pd-shell')).toHaveCount(0);
  await expect(page.getByTestId('rep-print-byDepartment').locator('tr.rep-print-total')).toContainText(
    String(json.total.orders),
  );
  await expect(page.getByTestId('rep-chart-ordersByDepartment').locator('svg')).toBeVisible();
  await settled(page);
  await shot(page, 'reports-02-work-orders-print');
});

test('a department and a date range narrow the report; the feedback report refuses more than two months', async ({
  page,
}) => {
  await signInQuick(page, 'supervisor');
  await page.goto(`/reports/work-orders?month=${month}`);
  await expect(page.getByTestId('rep-figures')).toBeVisible();
  await page.getByTestId('rep-filter-department').click();
  const narrowed = page.waitForResponse((r) => r.url().includes('/api/reports/work-orders?departmentId='));
  await page.locator('.ant-select-item-option', { hasText: '工程部' }).click();
  expect((await narrowed).ok()).toBe(true);
  await expect(page.getByTestId('rep-scope')).toContainText('部门：工程部');
  await expect(page).toHaveURL(/departmentId=\d+/);

  await page.goto('/reports/feedback?from=2026-01-01&to=2026-03-31');
  await expect(page.getByTestId('rep-period-problem')).toContainText('不超过 62 天');
  await expect(page.getByTestId('rep-xlsx')).toBeDisabled();
});

test('the contact register prints a day and a month in the paper form’s columns (S0 JLYL-RF-015)', async ({
  page,
  baseURL,
}) => {
  const api = await apiAs(baseURL!, 'reception');
  const hy = await propertyIdOf(api, 'HY');
  const monthly = await api.get<ContactRegister>(
    `/api/reports/contact-register?propertyId=${hy}&month=${month}`,
  );
  expect(monthly.rows.length).toBeGreaterThan(0);
  expect(monthly.columns).toEqual(paperColumns);
  // The busiest day, so the sheet shows several rows.
  const perDay = new Map<string, number>();
  for (const r of monthly.rows) perDay.set(r.date, (perDay.get(r.date) ?? 0) + 1);
  const day = [...perDay].sort((a, b) => b[1] - a[1])[0]![0];
  const daily = await api.get<ContactRegister>(`/api/reports/contact-register?propertyId=${hy}&day=${day}`);
  await api.dispose();
  const first = daily.rows[0]!;

  // The receptionist reads the register (the desk's own paper form) from the 报表 menu.
  await signInQuick(page, 'reception');
  await page.goto('/');
  await openMenu(page, '来电来访登记表');
  await expect(page.getByTestId('rep-table-register')).toBeVisible();
  await page.goto(`/reports/contact-register?day=${day}`);
  await expect(page.getByTestId('rep-table-register')).toContainText(first.summary);
  await settled(page);
  await shot(page, 'reports-03-register');

  await page.getByTestId('rep-print-link').click();
  await expect(page).toHaveURL(new RegExp(`/reports/contact-register/print\\?.*day=${day}`));
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toContainText('相关方（来电、来函、来访）信息登记表');
  await expect(sheet).toContainText('JLYL-RF-015');
  const table = page.getByTestId('rep-print-register').locator('table');
  await expect(table.locator('thead th')).toHaveText(paperColumns);
  await expect(table.locator('tbody tr')).toHaveCount(daily.rows.length);
  const cells = table.locator('tbody tr').first().locator('td');
  await expect(cells.nth(0)).toHaveText(`${first.date} ${first.time}`);
  await expect(cells.nth(1)).toHaveText(first.channelLabel);
  await expect(cells.nth(2)).toHaveText(first.callerName);
  await expect(cells.nth(5)).toHaveText(first.summary);
  await expect(cells.nth(6)).toHaveText(first.handling);
  await expect(cells.nth(7)).toHaveText(first.takerName);
  await settled(page);
  await shot(page, 'reports-04-register-print-day');
  // A4 landscape on paper.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const box = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  expect(Math.round(Number(box?.[1]))).toBe(842);
  expect(Math.round(Number(box?.[2]))).toBe(595);
  fs.mkdirSync('test-results/screens', { recursive: true });
  fs.writeFileSync('test-results/screens/reports-register-day.pdf', pdf);
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`/reports/contact-register/print?propertyId=${hy}&month=${month}`);
  await expect(page.getByTestId('rep-print-register').locator('tbody tr')).toHaveCount(monthly.rows.length);
  await settled(page);
  await shot(page, 'reports-05-register-print-month');
});

test('the company role sees all properties; a receptionist has no work-order report (menu absent, API 403)', async ({
  page,
  baseURL,
}) => {
  await signInQuick(page, 'company');
  await page.goto('/reports/work-orders');
  const property = page.getByTestId('rep-filter-property');
  await expect(property).toContainText('全部项目');
  await expect(page.getByTestId('rep-scope')).toContainText('华苑小区、锦华苑');
  await expect(page.getByTestId('rep-filter-department')).toHaveClass(/ant-select-disabled/);
  await property.click();
  await expect(page.locator('.ant-select-item-option', { hasText: '锦华苑' })).toBeVisible();
  await expect(page.getByTestId('rep-chart-ordersByDepartment').locator('svg')).toBeVisible();
  await settled(page);
  await shot(page, 'reports-06-company-all');
  await page.keyboard.press('Escape');

  await page.context().clearCookies();
  await signInQuick(page, 'reception');
  await page.goto('/');
  const menu = page.locator('.pd-shell-sider');
  await expect(menu).toContainText('来电来访登记表');
  await expect(menu).not.toContainText('月派工报事统计');
  await page.goto(`/reports/work-orders?month=${month}`);
  await expect(page.getByTestId('rep-forbidden')).toBeVisible();
  const reception = await apiAs(baseURL!, 'reception');
  const res = await reception.ctx.get(`/api/reports/work-orders?month=${month}`);
  expect(res.status()).toBe(403);
  const xlsx = await reception.ctx.get(`/api/reports/work-orders/report.xlsx?month=${month}`);
  expect(xlsx.status()).toBe(403);
  await reception.dispose();
});

test('every report page has last month’s figures on the demo data, and an empty state for a quiet month', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInQuick(page, 'manager');
  const pages: [slug: string, chart: string | null][] = [
    ['contacts', 'byHour'],
    ['fees', 'paidByItem'],
    ['return-visits', 'satisfactionByDepartment'],
    ['feedback', 'topThemes'],
    ['workload', 'contactsByPerson'],
  ];
  for (const [i, [slug, chart]] of pages.entries()) {
    await page.goto(`/reports/${slug}`);
    await expect(page.getByTestId('rep-figures')).toBeVisible();
    await expect(page.getByTestId('rep-scope')).toContainText(`${from} 至 ${to}`);
    if (chart) await expect(page.getByTestId(`rep-chart-${chart}`).locator('svg')).toBeVisible();
    await settled(page);
    await shot(page, `reports-${String(10 + i)}-${slug}`);
    // Its print view: the same period, the sheet alone.
    await page.getByTestId('rep-print-link').click();
    await expect(page.getByTestId('print-sheet').locator('table').first()).toBeVisible();
    await expect(page.getByTestId('print-sheet')).toContainText(`${from} 至 ${to}`);
    await settled(page);
    await shot(page, `reports-${String(10 + i)}-${slug}-print`);
  }
  // A print view opened without a period (a bookmark) shows last month too.
  await page.goto('/reports/feedback/print');
  await expect(page.getByTestId('print-sheet')).toContainText('客户反映情况报告');
  await expect(page.getByTestId('print-sheet')).toContainText(`${from} 至 ${to}`);

  await page.goto('/reports/work-orders?month=2020-01');
  await expect(page.getByTestId('rep-empty')).toContainText('所选期间没有数据');
  await shot(page, 'reports-17-empty');
});
