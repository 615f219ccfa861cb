import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { addLocalDays, freshStaff, localToday, rosterCell, typeTime } from './duty-support';
import { apiAs, PASSWORD, propertyIdOf, settled, shot, signInQuick } from './helpers';

/** Issue 7 / DOMAIN.md §6: the handover filled from live state, two people signing, the wall roster, and the posts. */

test('the monthly roster grid shows the demo month and prints to an A4 landscape PDF (S3 篇一 值班表)', async ({
  page,
}) => {
  await signInQuick(page, 'supervisor');
  await page.goto('/duty/roster');
  await settled(page);
  const grid = page.getByTestId('roster-grid');
  await expect(grid).toBeVisible();
  await expect(grid.locator('th', { hasText: '物业总值' })).toBeVisible();
  await expect(grid).toContainText('黄敏'); // reception3 from the duty seeder
  await shot(page, 'duty-roster');
  await page.getByTestId('roster-print').click();
  await expect(page.getByTestId('print-sheet')).toContainText('值班表');
  await settled(page);
  await shot(page, 'duty-roster-print');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(5_000);
  fs.mkdirSync('test-results/screens', { recursive: true });
  fs.writeFileSync('test-results/screens/duty-roster.pdf', pdf);
  // one A4 landscape page: the media box is wider than tall (842 × 595 pt)
  const box = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  expect(Math.round(Number(box?.[1]))).toBe(842);
  expect(Math.round(Number(box?.[2]))).toBe(595);
  expect(pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
});

test('two staff hand over a shift: open orders and keys out appear untyped; close waits for the incoming signature (S3 篇三)', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const sup = await apiAs(baseURL!, 'supervisor');
  const hy = await propertyIdOf(sup, 'HY');
  // A roster cell cannot change once its shift has begun: roster two posts starting in 10–70
  // seconds (the setup before the start is a few API calls), then wait.
  const startMs = Math.ceil((Date.now() + 10_000) / 60_000) * 60_000;
  const hhmm = (ms: number) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
    }).format(ms);
  const day = localToday(new Date(startMs));
  const post = async (name: string, start: string, end: string) => {
    const r = await sup.post('/api/duty/posts', {
      propertyId: hy,
      name,
      kind: 'other',
      headcount: 1,
      weekdaySegments: [{ start, end }],
      weekendSegments: [{ start, end }],
      sortOrder: 90,
    });
    expect(r.ok(), await r.text()).toBe(true);
    return ((await r.json()) as { id: number }).id;
  };
  const people = await sup.get<{ id: number; name: string }[]>(`/api/duty/people?propertyId=${hy}`);
  const idOf = (name: string) => people.find((p) => p.name === name)!.id;
  // Three hours long, so a run late in the evening crosses midnight like the night post does.
  const a = await post('E2E 交班岗', hhmm(startMs), hhmm(startMs + 3 * 3_600_000));
  const b = await post('E2E 接班岗', hhmm(startMs + 60_000), hhmm(startMs + 3 * 3_600_000 + 300_000));
  const clerk = idOf('何芳');
  const trainee = idOf('周小雨');
  for (const [postId, who] of [
    [a, clerk],
    [b, trainee],
  ] as const) {
    const r = await sup.ctx.put('/api/duty/roster/cell', {
      data: { propertyId: hy, postId, day, staffIds: [who] },
      headers: { 'x-csrf-token': (await (await sup.ctx.get('/api/auth/me')).json()).csrfToken },
    });
    expect(r.ok(), await r.text()).toBe(true);
  }

  await new Promise((r) => setTimeout(r, Math.max(0, startMs - Date.now() + 2_000)));

  const outCtx = await browser.newContext();
  const out = await outCtx.newPage();
  await signInQuick(out, 'admin.clerk');
  await out.goto('/duty');
  await settled(out);
  await out.getByTestId('open-handover').click();
  await expect(out).toHaveURL(/\/duty\/handovers\/\d+$/);
  const id = Number(out.url().split('/').pop());
  await settled(out);
  const detail = await sup.get<{ sections: { key: string; items: { title: string }[] }[] }>(
    `/api/duty/handovers/${id}`,
  );
  const first = (key: string) => detail.sections.find((s) => s.key === key)?.items[0]?.title;
  const order = first('workOrders');
  const key = first('keysOut');
  expect(order, 'an open repair order from the demo data').toBeTruthy();
  expect(key, 'a key out from the demo data').toBeTruthy();
  await expect(out.getByTestId('section-workOrders')).toContainText(order!);
  await expect(out.getByTestId('section-keysOut')).toContainText(key!);
  await out.getByLabel('交班说明').fill('3栋电梯异响已报工程部，明早跟进');
  await out.getByRole('button', { name: '添加物品' }).click();
  await out.getByLabel('物品名称').fill('大厅空调遥控器');
  await shot(out, 'duty-handover-draft');
  await out.getByTestId('sign-outgoing').click();
  await out
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(out.getByTestId('handover-state')).toContainText('待接班');
  await expect(out.getByTestId('close-shift')).toBeDisabled();
  await expect(out.getByTestId('close-reason')).toContainText('不得下岗');

  const inCtx = await browser.newContext();
  const inc = await inCtx.newPage();
  await signInQuick(inc, 'trainee');
  await inc.goto(`/duty/handovers/${id}`);
  await settled(inc);
  await expect(inc.getByTestId('section-keysOut')).toContainText(key!);
  await expect(inc.getByText('大厅空调遥控器')).toBeVisible();
  await inc.getByLabel('接班意见').fill('已核对，遥控器完好');
  await inc.getByText('我已逐项核对交接内容').click();
  await inc.getByTestId('sign-incoming').click();
  await expect(inc.getByTestId('signatures')).toContainText('周小雨');
  await shot(inc, 'duty-handover-incoming-signed');

  await out.reload();
  await settled(out);
  await expect(out.getByTestId('close-shift')).toBeEnabled();
  await out.getByTestId('close-shift').click();
  await expect(out.getByTestId('handover-state')).toContainText(/下岗|closed/);
  await expect(out.getByTestId('signatures')).toContainText('何芳');
  await expect(out.getByLabel('交班说明')).toHaveCount(0); // read-only once signed
  await shot(out, 'duty-handover-closed');
  await outCtx.close();
  await inCtx.close();
  await sup.dispose();
});

test('swaps history with 行政部 decisions, my shifts and the daily unresolved list render from the demo month (S3 篇一 五.4, 篇九 4.1.7)', async ({
  page,
}) => {
  await signInQuick(page, 'admin.clerk');
  await page.goto('/duty/swaps');
  await settled(page);
  await expect(page.getByRole('cell', { name: '孩子学校开家长会' })).toBeVisible(); // the pending demo application
  await expect(page.getByRole('button', { name: /^批\s*准$/ }).first()).toBeVisible(); // 行政部 may decide
  await shot(page, 'duty-swaps');
  await page.goto('/duty/unresolved');
  await settled(page);
  await expect(page.getByText('值班日志中的未解决事项')).toBeVisible();
  await shot(page, 'duty-unresolved');
  await page.goto('/duty');
  await settled(page);
  await expect(page.getByTestId('clock-in')).toBeVisible();
  await shot(page, 'duty-mine');
});

test('岗位与班次: the supervisor adds a post whose night period crosses midnight, a retime that would orphan a rostered day is refused in Chinese, deactivation asks first; the desk reads only (S3 篇一 二, S1)', async ({
  page,
  browser,
  baseURL,
}) => {
  await signInQuick(page, 'supervisor');
  await page.goto('/duty/posts');
  await settled(page);
  const table = page.getByTestId('posts-table');
  await expect(table.getByRole('row', { name: /一楼前台/ })).toContainText('08:20–12:00、14:30–18:00');
  await expect(table.getByRole('row', { name: /一楼前台/ })).toContainText('09:00–12:00、14:30–17:30');
  await expect(table.getByRole('row', { name: /物业总值/ })).toContainText('20:00–次日 08:00');
  await shot(page, 'duty-posts');

  const name = `E2E 夜巡岗 ${Date.now() % 1_000_000}`;
  await page.getByRole('button', { name: '新增岗位' }).click();
  const form = page.getByTestId('post-form');
  await form.getByLabel('岗位名称').fill(name);
  await form.getByLabel('类别').click();
  await page.getByTitle('其他岗位').click();
  // one period each: 20:00 to 08:00 the next day
  await form.getByLabel('删除工作日时段第 2 段').click();
  await form.getByLabel('删除双休日时段第 2 段').click();
  await typeTime(form, '工作日时段第 1 段开始', '20:00');
  await typeTime(form, '工作日时段第 1 段结束', '20:00');
  await typeTime(form, '双休日时段第 1 段开始', '20:00');
  await typeTime(form, '双休日时段第 1 段结束', '08:00');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(form).toContainText('时段的开始时间与结束时间不能相同'); // the shared schema, before any request
  await typeTime(form, '工作日时段第 1 段结束', '08:00');
  await expect(form.getByTestId('segments-工作日时段')).toContainText('次日');
  await shot(page, 'duty-post-form');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  const row = table.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('20:00–次日 08:00');
  await expect(row).toContainText('其他岗位');

  // A weekend shift is rostered on it: taking the weekend times away is refused by the server.
  const sup = await apiAs(baseURL!, 'supervisor');
  const hy = await propertyIdOf(sup, 'HY');
  const posts = await sup.get<{ id: number; name: string }[]>(`/api/duty/posts?propertyId=${hy}`);
  const postId = posts.find((p) => p.name === name)!.id;
  const night = await freshStaff(baseURL!, hy, 'night');
  let saturday = addLocalDays(localToday(new Date()), 2);
  while (new Date(`${saturday}T00:00:00Z`).getUTCDay() !== 6) saturday = addLocalDays(saturday, 1);
  await rosterCell(sup, {
    propertyId: hy,
    postId,
    day: saturday,
    staffIds: [night.id],
  });
  await row.getByRole('button', { name: /编\s*辑/ }).click();
  await form.getByLabel('删除双休日时段第 1 段').click();
  await expect(form).toContainText('双休日不排此岗');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await expect(form.getByTestId('form-error')).toContainText(`${saturday} 已有排班，不能取消该日的值班时段`);
  await shot(page, 'duty-post-refused');
  await page.getByRole('button', { name: /取\s*消/ }).click();

  await row.getByRole('button', { name: /^停\s*用$/ }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^停\s*用$/ })
    .click();
  await expect(row).toContainText('已停用');
  await expect(row.getByRole('button', { name: /启\s*用/ })).toBeVisible();

  const deskCtx = await browser.newContext();
  const desk = await deskCtx.newPage();
  await signInQuick(desk, 'reception');
  await desk.goto('/duty/posts');
  await settled(desk);
  await expect(desk.getByTestId('posts-table')).toContainText('一楼前台');
  await expect(desk.getByText('此处只读')).toBeVisible();
  await expect(desk.getByRole('button', { name: '新增岗位' })).toHaveCount(0);
  await deskCtx.close();
  await sup.dispose();
});

test('a property without posts loads the default posts with one click (S3 篇一 二, S1 物业总值 20:00–08:00)', async ({
  page,
  baseURL,
}) => {
  const admin = await apiAs(baseURL!, 'admin');
  const stamp = Date.now() % 1_000_000;
  const p = await admin.post('/api/admin/properties', { code: `E2E${stamp}`, name: `测试苑${stamp}` });
  expect(p.ok(), await p.text()).toBe(true);
  const propertyId = ((await p.json()) as { id: number }).id;
  const username = `e2e.sup.${stamp}`;
  const s = await admin.post('/api/admin/staff', {
    username,
    password: PASSWORD,
    name: '测试主管',
    employeeNo: `T${stamp}`,
    roles: ['supervisor'],
    propertyIds: [propertyId],
    certifiedForDuty: true,
  });
  expect(s.ok(), await s.text()).toBe(true);
  await admin.dispose();

  await signInQuick(page, username);
  await page.goto('/duty/posts');
  await settled(page);
  await expect(page.getByText(`测试苑${stamp}还没有值班岗位`)).toBeVisible();
  await shot(page, 'duty-posts-empty');
  await page.getByTestId('load-default-posts').click();
  const table = page.getByTestId('posts-table');
  await expect(table.getByRole('row', { name: /二楼前台/ })).toContainText('08:20–12:00、14:30–18:00');
  await expect(table.getByRole('row', { name: /物业总值/ })).toContainText('20:00–次日 08:00');
  await expect(table.getByRole('row')).toHaveCount(4); // header + 3 posts
});
