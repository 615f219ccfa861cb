import { expect, type Page, test } from '@playwright/test';
import { apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';

/**
 * Every front-desk register page at 1366×768 on the demo data (issue 6), for people to look
 * at; each page is also checked for its heading and content, so a broken page fails here.
 */
const visit = async (page: Page, path: string, heading: RegExp | string) => {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  await settled(page);
};

test('register pages for the desk (DOMAIN.md §7)', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const api = await apiAs(baseURL!, 'reception');
  const propertyId = await propertyIdOf(api, 'HY');
  const takeBacks = await api.get<{ id: number }[]>(`/api/registers/key-take-backs?propertyId=${propertyId}`);
  const payments = await api.get<{ id: number }[]>(`/api/registers/payments?propertyId=${propertyId}`);
  const slips = await api.get<{ id: number; state: string }[]>(
    `/api/registers/release-slips?propertyId=${propertyId}`,
  );
  const renos = await api.get<{ id: number; state: string }[]>(
    `/api/registers/renovations?propertyId=${propertyId}`,
  );
  await api.dispose();
  await signInQuick(page, 'reception');

  await visit(page, '/registers/keys', '钥匙借用登记本');
  await expect(page.getByTestId('keys-out')).toContainText('K-');
  await shot(page, 'reg-01-keys-out');
  await page.getByRole('tab', { name: /下班前追问/ }).click();
  await expect(page.getByTestId('keys-day-end')).toContainText('今日未追问');
  await shot(page, 'reg-02-keys-day-end');
  await page.getByRole('tab', { name: '钥匙柜' }).click();
  await shot(page, 'reg-03-keys-cabinet');
  await page.getByRole('tab', { name: '盘存' }).click();
  await settled(page);
  await shot(page, 'reg-04-keys-inventories');
  await page.getByTestId('inventory-open').click();
  await expect(page.getByRole('dialog')).toContainText('应有');
  await shot(page, 'reg-05-keys-inventory-form');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog')).toContainText('借用事由');
  await shot(page, 'reg-06-keys-lend');
  await page.keyboard.press('Escape');
  if (takeBacks[0]) {
    await visit(page, `/registers/keys/take-backs/${takeBacks[0].id}/print`, '钥匙领回单');
    await shot(page, 'reg-07-key-take-back-print');
  }

  await visit(page, '/registers/mail', '邮件收发记录本');
  await shot(page, 'reg-08-mail');
  await page.getByTestId('mail-receive').click();
  await expect(page.getByRole('dialog')).toContainText('投递单位');
  await shot(page, 'reg-09-mail-receive');
  await page.keyboard.press('Escape');

  await visit(page, '/registers/payments', '前台收款');
  await shot(page, 'reg-10-payments');
  await page.getByTestId('pay-new').click();
  await expect(page.getByRole('dialog')).toContainText('缴费项目');
  await shot(page, 'reg-11-payment-form');
  await page.keyboard.press('Escape');
  if (payments[0]) {
    await visit(page, `/registers/payments/${payments[0].id}/receipt`, '收');
    await shot(page, 'reg-12-receipt-print');
  }

  await visit(page, '/registers/release-slips', '物品放行条');
  await shot(page, 'reg-13-slips');
  await visit(page, '/registers/release-slips/new', '填写放行条');
  await shot(page, 'reg-14-slip-form');
  for (const [state, name] of [
    ['refused', 'reg-15-slip-refused'],
    ['awaitingOwner', 'reg-16-slip-awaiting-owner'],
    ['used', 'reg-17-slip-used'],
  ] as const) {
    const s = slips.find((x) => x.state === state);
    if (!s) continue;
    await page.goto(`/registers/release-slips/${s.id}`);
    await expect(page.getByTestId('slip-decision')).toBeVisible();
    await settled(page);
    await shot(page, name);
  }
  const printable = slips.find((x) => x.state === 'used' || x.state === 'issued');
  if (printable) {
    await visit(page, `/registers/release-slips/${printable.id}/print`, '物品放行条');
    await shot(page, 'reg-18-slip-print');
  }
  await visit(page, '/registers/release-slips/reconciliation', '月度核对');
  await shot(page, 'reg-19-reconciliation');

  await visit(page, '/registers/visitors', '访客登记');
  await shot(page, 'reg-20-visitors');
  await page.getByTestId('visitor-new').click();
  await expect(page.getByRole('dialog')).toContainText('住户答复');
  await shot(page, 'reg-21-visitor-form');
  await page.keyboard.press('Escape');

  await visit(page, '/registers/passes', '出入证');
  await shot(page, 'reg-22-passes');
  await page.getByTestId('pass-new').click();
  await expect(page.getByRole('dialog')).toContainText('持证人');
  await shot(page, 'reg-23-pass-form');
  await page.keyboard.press('Escape');

  await visit(page, '/registers/renovations', '装修登记');
  await shot(page, 'reg-24-renovations');
  await visit(page, '/registers/renovations/new', '装修申请');
  await shot(page, 'reg-25-renovation-form');
  for (const r of renos) {
    await page.goto(`/registers/renovations/${r.id}`);
    await expect(page.getByTestId('reno-docs')).toBeVisible();
    await settled(page);
    await shot(page, `reg-26-renovation-${r.state}`);
  }
  const working = renos.find((r) => r.state === 'inProgress');
  if (working) {
    await visit(page, `/registers/renovations/${working.id}/permit`, '装修许可证');
    await shot(page, 'reg-27-permit-print');
  }

  await visit(page, '/registers/moves', '过户/迁入登记');
  await shot(page, 'reg-28-moves');
  await page.getByTestId('move-new').click();
  await expect(page.getByRole('dialog')).toContainText('已查验并复印的资料');
  await shot(page, 'reg-29-move-form');
  await page.keyboard.press('Escape');
  const firstMove = page.locator('[data-testid^="move-open-"]').first();
  if (await firstMove.count()) {
    await firstMove.click();
    await expect(page.getByTestId('move-welcome')).toBeVisible();
    await settled(page);
    await shot(page, 'reg-30-move-drawer');
    await page.keyboard.press('Escape');
  }

  await visit(page, '/registers/notices', '信息屏公告');
  await shot(page, 'reg-31-notices');
  await visit(page, '/registers/day-check', '登记簿下班检查');
  await shot(page, 'reg-32-day-check');

  await page.goto('/registers/mail');
  await settled(page);
  await page.getByRole('button', { name: '历史/更正' }).first().click();
  await expect(page.getByTestId('register-history')).toBeVisible();
  await page.getByTestId('amend-open').click();
  await expect(page.getByTestId('amend-old')).toBeVisible();
  await shot(page, 'reg-33-amend');

  await page.goto('/registers/notices/screen?interval=5');
  await expect(page.getByTestId('notice-screen')).toBeVisible();
  await page.waitForTimeout(800);
  await shot(page, 'reg-34-notice-screen');
});

test('the gate guard and the supervisor see their pages', async ({ page, browser }) => {
  await signInQuick(page, 'guard');
  await visit(page, '/registers/gate', '门岗放行查验');
  await expect(page.getByRole('menuitem', { name: '门岗放行查验' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '钥匙借用' })).toHaveCount(0);
  await shot(page, 'reg-40-gate-empty');

  const ctx = await browser.newContext();
  const sup = await ctx.newPage();
  await signInQuick(sup, 'supervisor');
  await visit(sup, '/registers/notices', '信息屏公告');
  await sup.getByTestId('notice-new').click();
  await expect(sup.getByRole('dialog')).toContainText('内容');
  await shot(sup, 'reg-41-notice-draft');
  await sup.keyboard.press('Escape');
  await visit(sup, '/registers/day-check', '登记簿下班检查');
  await shot(sup, 'reg-42-day-check-supervisor');
  await ctx.close();
});
