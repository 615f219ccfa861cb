import { expect, test } from '@playwright/test';
import { lastMonth, today } from './assessment-support';
import { apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';

/**
 * Issue 8 items 2–4 (DOMAIN.md §8; S2 员工考核规程, 员工奖惩规程, 培训实施作业规程): the monthly
 * sheet with its linked automatic items, a manual item, the manager's confirmation and freeze;
 * a reward submitted by the assistant and approved by the manager; the menu by role.
 */

type Item = { id: number | null; source: string; record: { type: string; id: number } | null };
type Sheet = { staffId: number; staffName: string; state: string; itemCount: number; deductions: number };

test('the manager checks last month’s sheet, adds a manual item, confirms it and finds it frozen (S2 员工考核规程)', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const manager = await apiAs(baseURL!, 'manager');
  const jh = await propertyIdOf(manager, 'JH');
  // 锦华苑's sheets of last month are left open by the demo data; 华苑's are confirmed.
  const sheets = await manager.get<Sheet[]>(`/api/assessment/sheets?propertyId=${jh}&month=${lastMonth}`);
  let pick: { sheet: Sheet; items: Item[] } | null = null;
  for (const s of sheets.filter((x) => x.state === 'open' && x.itemCount > 0)) {
    const full = await manager.get<{ items: Item[] }>(
      `/api/assessment/sheet?propertyId=${jh}&staffId=${s.staffId}&month=${lastMonth}`,
    );
    if (full.items.some((i) => i.record?.type === 'workOrder' || i.record?.type === 'case')) {
      pick = { sheet: s, items: full.items };
      break;
    }
  }
  expect(pick, 'an open sheet of last month with linked automatic items').not.toBeNull();
  const { sheet } = pick!;

  await signInQuick(page, 'manager');
  await page.goto(`/assessment?month=${lastMonth}`);
  await expect(page.getByTestId('asm-sheets-page')).toBeVisible();
  await settled(page);
  await expect(page.locator('[data-testid=sheet-state][data-state=confirmed]').first()).toBeVisible();
  await shot(page, 'asm-01-sheets-confirmed');
  await page.getByTestId('property-switcher').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('锦华苑').click();
  await expect(page.getByTestId(`sheet-link-${sheet.staffId}`)).toBeVisible();
  await settled(page);
  await shot(page, 'asm-02-sheets-open');
  await page.getByTestId(`sheet-link-${sheet.staffId}`).click();

  // Automatic items, each linked to the record it comes from.
  const sheetUrl = page.url();
  await expect(page.getByTestId('asm-sheet-page')).toContainText(sheet.staffName);
  await expect(page.getByTestId('sheet-state')).toHaveAttribute('data-state', 'open');
  const links = page.getByTestId('item-record-link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/(work-orders|cases)\/\d+$|^\/assessment\/rewards\?id=\d+$/);
  const woLink = page.locator('a[data-testid=item-record-link][href^="/work-orders/"]').first();
  const caseLink = page.locator('a[data-testid=item-record-link][href^="/cases/"]').first();
  const target = (await woLink.count()) ? woLink : caseLink;
  const href = (await target.getAttribute('href'))!;
  await settled(page);
  await shot(page, 'asm-03-sheet-open');
  await target.click();
  await expect(page).toHaveURL(href);
  await expect(page.getByTestId(href.startsWith('/cases') ? 'case-page' : 'order-page')).toBeVisible();
  await page.goto(sheetUrl);

  // A manual item needs its reason (the shared schema's Chinese message), then counts.
  await page.getByTestId('add-item').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('分值', { exact: true }).fill('3');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toContainText('考核事由至少 2 个字');
  const reason = `E2E 当班用前台电话拨打私人电话 ${Date.now()}`;
  await dialog.getByLabel('考核事由').fill(reason);
  await shot(page, 'asm-04-manual-item');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('sheet-items')).toContainText(reason);
  const after = await manager.get<{ deductions: number; score: number; bonus: number }>(
    `/api/assessment/sheet?propertyId=${jh}&staffId=${sheet.staffId}&month=${lastMonth}`,
  );
  expect(after.deductions).toBe(sheet.deductions + 3);
  await expect(page.getByTestId('score-formula')).toHaveText(
    `100 − ${after.deductions} + ${after.bonus} = ${after.score}`,
  );

  // Confirmation asks first, then the sheet is frozen: no edit controls, who and when.
  await page.getByTestId('confirm-sheet').click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('确认后考核表冻结');
  await expect(confirm).toContainText(
    `最后得分：100 − ${after.deductions} + ${after.bonus} = ${after.score}`,
  );
  await shot(page, 'asm-05-confirm-dialog');
  await confirm.getByRole('button', { name: '确认并冻结' }).click();
  await expect(page.getByTestId('frozen-banner')).toContainText('张伟');
  await expect(page.getByTestId('sheet-state')).toHaveAttribute('data-state', 'confirmed');
  await expect(page.getByTestId('sheet-state')).toContainText('已确认');
  await expect(page.getByTestId('add-item')).toHaveCount(0);
  await expect(page.getByTestId('confirm-sheet')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /撤\s*销/ })).toHaveCount(0);
  await expect(page.getByTestId('sheet-items')).toContainText(reason);
  await settled(page);
  await shot(page, 'asm-06-sheet-frozen');

  // The server refuses a manual item on the frozen sheet.
  const refused = await manager.post('/api/assessment/items', {
    propertyId: jh,
    staffId: sheet.staffId,
    month: lastMonth,
    direction: 'deduction',
    points: 1,
    reason: '确认后补录',
  });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('CONFLICT');
  const frozen = await manager.get<{ score: number; isFrozen: boolean }>(
    `/api/assessment/sheet?propertyId=${jh}&staffId=${sheet.staffId}&month=${lastMonth}`,
  );
  expect(frozen).toMatchObject({ isFrozen: true, score: after.score });

  // The A4 print view of the sheet.
  await page.getByTestId('sheet-print').click();
  const print = page.getByTestId('print-sheet');
  await expect(print).toContainText('员工月度考核表');
  await expect(print).toContainText(sheet.staffName);
  await expect(print).toContainText(reason);
  await expect(print).toContainText('经理确认：张伟');
  await settled(page);
  await shot(page, 'asm-07-sheet-print');
  await manager.dispose();
});

test('the assistant submits a reward in writing; the manager approves it; it counts on the sheet (S2 员工奖惩规程)', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const title = `E2E 主动协助业主搬运 ${Date.now()}`;
  const asstCtx = await browser.newContext();
  const asst = await asstCtx.newPage();
  await signInQuick(asst, 'assistant');
  await asst.goto('/assessment/rewards');
  await expect(asst.getByTestId('asm-rewards-page')).toBeVisible();
  await settled(asst);
  await shot(asst, 'asm-08-rewards-list');
  await asst.getByTestId('rp-new').click();
  const dialog = asst.getByRole('dialog');
  await dialog.getByLabel('员工', { exact: true }).click();
  await asst.keyboard.type('何芳');
  await asst.locator('.ant-select-dropdown:visible').getByTitle('何芳').click();
  await dialog.getByLabel('分值', { exact: true }).fill('4');
  await dialog.getByLabel('发生日期').fill(today);
  await dialog.getByLabel('发生日期').press('Enter');
  await dialog.getByLabel('事由', { exact: true }).fill(title);
  await dialog.getByLabel('书面材料').fill('太短');
  await dialog.getByRole('button', { name: '提交审批' }).click();
  await expect(dialog).toContainText('书面材料至少 10 个字');
  await dialog
    .getByLabel('书面材料')
    .fill('业主搬家时电梯故障，何芳主动联系工程部并协助搬运，业主来电表扬，经主管核实属实。');
  await shot(asst, 'asm-09-reward-form');
  await dialog.getByRole('button', { name: '提交审批' }).click();
  await expect(dialog).toBeHidden();
  const row = asst.getByRole('row').filter({ hasText: title });
  await expect(row.getByTestId('rp-state')).toHaveAttribute('data-state', 'submitted');
  await expect(row.getByTestId('rp-approve')).toHaveCount(0); // the assistant does not decide
  await asstCtx.close();

  const mgrCtx = await browser.newContext();
  const mgr = await mgrCtx.newPage();
  await signInQuick(mgr, 'manager');
  await mgr.goto('/assessment/rewards');
  const mrow = mgr.getByRole('row').filter({ hasText: title });
  await mrow.getByRole('button', { name: title }).click();
  await expect(mgr.getByTestId('rp-drawer')).toContainText('业主搬家时电梯故障');
  await settled(mgr);
  await shot(mgr, 'asm-10-reward-drawer');
  await mgr.keyboard.press('Escape');
  await mrow.getByTestId('rp-approve').click();
  const decide = mgr.getByRole('dialog');
  await decide.getByLabel('审批意见（可选）').fill('同意，予以表扬');
  await decide.getByRole('button', { name: /批\s*准/ }).click();
  await expect(mrow.getByTestId('rp-state')).toHaveAttribute('data-state', 'approved');
  await expect(mrow).toContainText('同意，予以表扬');
  await settled(mgr);
  await shot(mgr, 'asm-11-reward-approved');

  // The approved reward feeds this month's sheet, linked to its record.
  const api = await apiAs(baseURL!, 'manager');
  const hy = await propertyIdOf(api, 'HY');
  const rewards = await api.get<{ id: number; title: string; staffId: number }[]>(
    `/api/rewards-penalties?propertyId=${hy}&state=approved`,
  );
  const reward = rewards.find((r) => r.title === title)!;
  const sheet = await api.get<{ items: Item[] }>(
    `/api/assessment/sheet?propertyId=${hy}&staffId=${reward.staffId}&month=${today.slice(0, 7)}`,
  );
  expect(sheet.items.some((i) => i.record?.type === 'rewardPenalty' && i.record.id === reward.id)).toBe(true);
  await api.dispose();
  await mgrCtx.close();
});

test('the 考核 menu: the receptionist has none (and the API refuses); the manager sees training and rules', async ({
  page,
  baseURL,
}) => {
  await signInQuick(page, 'reception');
  await page.goto('/');
  const menu = page.locator('.pd-shell-sider');
  await expect(menu).toContainText('值班');
  await expect(menu).not.toContainText('考核');
  await expect(menu).not.toContainText('月度考核表');
  const desk = await apiAs(baseURL!, 'reception');
  const hy = await propertyIdOf(desk, 'HY');
  expect((await desk.ctx.get(`/api/assessment/sheets?propertyId=${hy}&month=${lastMonth}`)).status()).toBe(
    403,
  );
  await desk.dispose();

  await signInQuick(page, 'manager');
  await page.goto('/assessment/training');
  await expect(page.locator('.pd-shell-sider')).toContainText('月度考核表');
  await expect(page.getByTestId('asm-training-page')).toContainText('新员工岗前培训（周小雨）');
  await settled(page);
  await shot(page, 'asm-12-training');
  await page.getByRole('link', { name: '新员工岗前培训（周小雨）' }).first().click();
  await expect(page.getByTestId('plan-state')).toHaveAttribute('data-state', 'approved');
  await expect(page.getByTestId('sign-off')).toBeVisible();
  await settled(page);
  await shot(page, 'asm-13-training-plan');
  await page.getByTestId('sign-off').click();
  await expect(page.getByRole('dialog')).toContainText('S0 3.1.6');
  await shot(page, 'asm-14-sign-off-dialog');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click();

  // The admin sets the points of a rule (and puts them back: other flows read the demo values).
  await signInQuick(page, 'admin');
  await page.goto('/assessment/rules');
  await expect(page.getByLabel('迟到的分值')).toHaveValue('3'); // the demo admin weighted lateness above the default 2
  await expect(page.locator('.pd-shell-sider')).not.toContainText('月度考核表');
  await settled(page);
  await shot(page, 'asm-15-rules');
  const admin = await apiAs(baseURL!, 'admin');
  const earlyLeave = async () =>
    (await admin.get<{ kind: string; points: number }[]>(`/api/assessment/rules?propertyId=${hy}`)).find(
      (r) => r.kind === 'earlyLeave',
    )?.points;
  const setEarlyLeave = async (points: string, reason: string) => {
    await page.getByLabel('早退的分值').fill(points);
    await page.getByLabel(/修改原因/).fill(reason);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText('考核规则已保存').last()).toBeVisible();
  };
  await setEarlyLeave('4', 'E2E 早退加重');
  await expect.poll(earlyLeave).toBe(4);
  await setEarlyLeave('2', 'E2E 恢复默认');
  await expect.poll(earlyLeave).toBe(2);
  await admin.dispose();
});
