import { expect, type Locator, type Page, test } from '@playwright/test';
import { addLocalDays, createPost, freshStaff, localToday } from './duty-support';
import { apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';

/** Issue 7 "a month can be planned in the browser": the roster's cell editor and 批量排班 (S3 篇一 值班表). */

type Grid = {
  posts: { id: number; name: string }[];
  days: { day: string; isWeekend: boolean; cells: { postId: number; people: { staffId: number }[] }[] }[];
};

// Next month has no shift that has begun, so every cell of it may be written.
const nextMonth = () => addLocalDays(`${localToday(new Date()).slice(0, 7)}-01`, 32).slice(0, 7);
const daysOf = (month: string) => {
  const out: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addLocalDays(d, 1)) out.push(d);
  return out;
};
const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
/** The days of `month` on which `postId` has someone, with who. */
const plannedDays = (grid: Grid, postId: number) =>
  grid.days
    .map((d) => ({ day: d.day, ids: d.cells.find((c) => c.postId === postId)?.people.map((p) => p.staffId) }))
    .filter((d) => d.ids?.length);

const openNextMonth = async (page: Page, month: string) => {
  await page.goto('/duty/roster');
  await settled(page);
  await page.getByRole('button', { name: '下个月' }).click();
  await settled(page);
  await expect(page.getByLabel('月份')).toHaveValue(month);
  await expect(rowOf(page, `${month}-01`)).toBeVisible();
};
const rowOf = (page: Page, day: string) =>
  page.getByTestId('roster-grid').getByRole('row', { name: new RegExp(`^${day.slice(5)} `) });
const cellOf = async (page: Page, day: string, postName: string) => {
  const heads = await page.getByTestId('roster-grid').locator('thead th').allTextContents();
  const col = heads.indexOf(postName);
  expect(col, `column ${postName}`).toBeGreaterThan(0);
  return rowOf(page, day)
    .locator('td')
    .nth(col - 1);
};
/** Types into an antd select and picks the option naming `text` (the dropdown is outside the dialog). */
const pick = async (page: Page, select: Locator, text: string) => {
  await select.click();
  await select.fill(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .click();
  // A multiple select keeps its list open over the buttons (Tab would pick the highlighted option too).
  await select.blur();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
};

test('the supervisor fills a cell of next month, then plans a post’s weekdays in one request via 批量排班 (S3 篇一 值班表)', async ({
  page,
  baseURL,
}) => {
  const sup = await apiAs(baseURL!, 'supervisor');
  const hy = await propertyIdOf(sup, 'HY');
  const stamp = Date.now() % 1_000_000;
  const clerk = await freshStaff(baseURL!, hy, 'plan');
  const cellPost = `E2E 单格岗 ${stamp}`;
  const planPost = `E2E 批量岗 ${stamp}`;
  const cellPostId = await createPost(sup, hy, cellPost, '09:00', '09:30');
  const planPostId = await createPost(sup, hy, planPost, '10:00', '11:00');
  const month = nextMonth();
  const days = daysOf(month);
  const weekdays = days.filter((d) => !isWeekend(d));

  await signInQuick(page, 'supervisor');
  await openNextMonth(page, month);

  // (a) One cell through the grid's own editor.
  const day = days[2]!;
  await (await cellOf(page, day, cellPost)).click();
  const editor = page.getByRole('dialog', { name: `排班：${cellPost} ${day}` });
  await pick(page, editor.getByLabel('值班人员'), clerk.name);
  await editor.getByRole('button', { name: /确\s?定/ }).click();
  await expect(editor).toBeHidden();
  await expect(await cellOf(page, day, cellPost)).toHaveText(clerk.name);

  // (b) The whole month's weekdays of a fresh post, previewed, then sent at once.
  await page.getByRole('button', { name: '批量排班' }).click();
  const plan = page.getByRole('dialog', { name: `批量排班：${month}` });
  await expect(plan.getByLabel('开始日期')).toHaveValue(`${month}-01`);
  await expect(plan.getByLabel('结束日期')).toHaveValue(days[days.length - 1]!);
  await pick(page, plan.getByLabel('岗位'), planPost);
  await pick(page, plan.getByLabel('值班人员'), clerk.name);
  await plan.getByText('工作日', { exact: true }).click();
  await expect(plan.getByTestId('plan-count')).toHaveText(`将排 ${weekdays.length} 个班次`);
  await shot(page, 'duty-plan-preview');
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/duty/roster/bulk'));
  await plan.getByRole('button', { name: /^排\s?班$/ }).click();
  const body = (await sent).postDataJSON() as { cells: { postId: number; day: string }[] };
  expect(body.cells.map((c) => c.day)).toEqual(weekdays);
  await expect(plan).toBeHidden();
  await expect(page.locator('.ant-message')).toContainText(`已排 ${weekdays.length} 个班次`);
  await expect(await cellOf(page, weekdays[0]!, planPost)).toHaveText(clerk.name);
  await shot(page, 'duty-plan-done');

  const grid = await sup.get<Grid>(`/api/duty/roster?propertyId=${hy}&month=${month}`);
  expect(plannedDays(grid, planPostId)).toEqual(weekdays.map((d) => ({ day: d, ids: [clerk.id] })));
  expect(plannedDays(grid, cellPostId)).toEqual([{ day, ids: [clerk.id] }]);
  await sup.dispose();
});

test('批量排班 of an uncertified trainee at a desk is refused in Chinese, names the day, keeps the form and writes nothing (S0 3.1.6)', async ({
  page,
  baseURL,
}) => {
  const sup = await apiAs(baseURL!, 'supervisor');
  const hy = await propertyIdOf(sup, 'HY');
  const people = await sup.get<{ name: string; certifiedForDuty: boolean }[]>(
    `/api/duty/people?propertyId=${hy}`,
  );
  const trainee = people.find((p) => p.name === '周小雨');
  expect(trainee?.certifiedForDuty, '周小雨 is not yet certified').toBe(false);
  const deskPost = `E2E 前台岗 ${Date.now() % 1_000_000}`;
  const r = await sup.post('/api/duty/posts', {
    propertyId: hy,
    name: deskPost,
    kind: 'desk',
    headcount: 1,
    weekdaySegments: [{ start: '08:20', end: '12:00' }],
    weekendSegments: [],
    sortOrder: 96,
  });
  expect(r.ok(), await r.text()).toBe(true);
  const deskPostId = ((await r.json()) as { id: number }).id;
  const month = nextMonth();
  const days = daysOf(month);
  const weekdays = days.filter((d) => !isWeekend(d));

  await signInQuick(page, 'supervisor');
  await openNextMonth(page, month);
  await page.getByRole('button', { name: '批量排班' }).click();
  const plan = page.getByRole('dialog', { name: `批量排班：${month}` });
  await pick(page, plan.getByLabel('岗位'), deskPost);
  await pick(page, plan.getByLabel('值班人员'), '周小雨');
  // 每天 by default: the post has no weekend times, so the weekends are skipped and said so.
  await expect(plan.getByTestId('plan-count')).toHaveText(`将排 ${weekdays.length} 个班次`);
  await expect(plan.getByTestId('plan-preview')).toContainText(
    `${days.length - weekdays.length} 天该岗位不排班，已跳过`,
  );
  await plan.getByRole('button', { name: /^排\s?班$/ }).click();
  const error = plan.getByTestId('form-error');
  await expect(error).toContainText(`第 1 个班次（${weekdays[0]}）：周小雨尚未独立上岗，不能排前台班`);
  // The form is kept as it was, to correct and send again.
  await expect(plan.getByTestId('plan-count')).toHaveText(`将排 ${weekdays.length} 个班次`);
  await expect(plan.locator('.ant-select-selection-item', { hasText: '周小雨' })).toBeVisible();
  await shot(page, 'duty-plan-refused');

  const grid = await sup.get<Grid>(`/api/duty/roster?propertyId=${hy}&month=${month}`);
  expect(plannedDays(grid, deskPostId)).toEqual([]);
  await plan.getByRole('button', { name: /取\s?消/ }).click();
  await expect(plan).toBeHidden();
  await sup.dispose();
});

test('the receptionist reads the roster but has no 批量排班 and no cell editor', async ({ page }) => {
  await signInQuick(page, 'reception');
  await page.goto('/duty/roster');
  await settled(page);
  await expect(page.getByTestId('roster-grid')).toBeVisible();
  await expect(page.getByRole('button', { name: '下个月' })).toBeVisible();
  await expect(page.getByRole('button', { name: '批量排班' })).toHaveCount(0);
  await expect(page.locator('.pd-roster-editable')).toHaveCount(0);
  await shot(page, 'duty-roster-reception');
});
