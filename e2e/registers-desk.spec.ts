import { expect, test } from '@playwright/test';
import { settled, shot, signInQuick } from './helpers';
import { confirmAsk, dialog, pickRoom } from './registers-support';

/** The desk's other registers in the browser (DOMAIN.md §7), each through its own page. */

test('keys: lend with N, chase at day end, return, a take-back slip and an inventory (S3 4.4.3)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInQuick(page, 'reception');
  await page.goto('/registers/keys');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('钥匙借用登记本');
  await settled(page);
  await page.keyboard.press('n');
  const lend = dialog(page);
  await lend.getByTestId('lend-set').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'K-004' }).click();
  await lend.getByLabel('借用人', { exact: true }).fill('工程部 刘强');
  await lend.getByLabel('电话').fill('13900001111');
  await lend.getByLabel('借用事由').fill('会所空调检修');
  await lend.getByLabel('借用事由').press('Enter');
  await expect(lend).toBeHidden();
  const out = page.getByTestId('keys-out');
  await expect(out).toContainText('会所空调检修');

  await page.getByRole('tab', { name: /下班前追问/ }).click();
  const row = page.getByTestId('keys-day-end').locator('tr').filter({ hasText: '会所空调检修' });
  await row.getByRole('button', { name: '记录追问' }).click();
  await dialog(page).getByTestId('chase-note').fill('刘强称检修未完，明早 9 点归还');
  await dialog(page).getByTestId('chase-note').press('Control+Enter');
  await expect(row).toContainText('今日已追问');
  await expect(row).toContainText('明早 9 点归还');

  await row.getByRole('button', { name: /^归\s?还$/ }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '已归还' })
    .getByRole('button', { name: /归\s?还/ })
    .click();
  await expect(page.getByTestId('keys-day-end')).not.toContainText('会所空调检修');

  // 钥匙领回单 straight from the cabinet: asks first, then the numbered slip to print.
  await page.getByRole('tab', { name: '钥匙柜' }).click();
  await page.locator('tr').filter({ hasText: 'K-002' }).getByRole('button', { name: '钥匙领回' }).click();
  const tb = dialog(page);
  await tb.getByLabel('领回人').fill('3栋业主 王先生');
  await tb.getByLabel('电话').fill('13700002222');
  await tb.getByLabel('领回原因').fill('天台门钥匙交业主委员会保管');
  await tb.getByRole('button', { name: '开具领回单' }).click();
  await confirmAsk(page, '开具领回单');
  await expect(page.getByTestId('print-sheet')).toContainText('钥匙领回单');
  await expect(page.getByTestId('print-sheet')).toContainText('3栋业主 王先生');

  // 盘存: one set short is a discrepancy, confirmed before saving.
  await page.goto('/registers/keys?tab=inventory');
  await page.getByTestId('inventory-open').click();
  const inv = dialog(page);
  await inv.getByTestId('count-K-001').fill('1');
  await shot(page, 'reg-60-inventory-discrepancy');
  await inv.getByRole('button', { name: '保存盘存' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '数量与应有数不符' })
    .getByRole('button', { name: '保存盘存' })
    .click();
  await expect(page.getByRole('tabpanel').locator('.ant-table-row')).toHaveCount(2);
  await expect(page.getByRole('tabpanel').locator('.ant-table-row').first()).toContainText('李晓燕');
});

test('mail is received, the resident notified, and handed out only against an ID (S3 4.5.6)', async ({
  page,
}) => {
  await signInQuick(page, 'reception');
  await page.goto('/registers/mail');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('邮件收发记录本');
  await page.getByTestId('mail-receive').click();
  const form = dialog(page);
  await pickRoom(page, form.getByLabel('收件房号'), '2栋1单元101');
  await form.getByLabel('收件人').fill('测试收件人');
  await form.getByLabel('投递单位（邮局/快递公司）').fill('顺丰速运');
  await form.getByLabel('单号').fill('SF1234567890');
  await form.getByLabel('单号').press('Enter');
  await expect(form).toBeHidden();
  const row = page.getByTestId('mail-list').locator('tr').filter({ hasText: 'SF1234567890' });
  await expect(row).toContainText('未通知');

  await row.getByRole('button', { name: '通知领取' }).click();
  await dialog(page)
    .getByRole('button', { name: /保\s?存/ })
    .click();
  await expect(row).not.toContainText('未通知');

  await row.getByRole('button', { name: /^领\s?取$/ }).click();
  const collect = dialog(page);
  await collect.getByRole('button', { name: '确认领取' }).click();
  await expect(collect.getByText('请核对领取人有效证件')).toBeVisible();
  await collect.getByTestId('id-checked').check();
  await collect.getByRole('button', { name: '确认领取' }).click();
  await expect(collect).toBeHidden();
  await expect(page.getByTestId('mail-list')).not.toContainText('SF1234567890');

  // 更正: the addressee corrected with a reason, the old value kept in the history.
  await page.getByText('全部', { exact: true }).click();
  const done = page.getByTestId('mail-list').locator('tr').filter({ hasText: 'SF1234567890' });
  await done.getByRole('button', { name: '历史/更正' }).click();
  await page.getByTestId('amend-open').click();
  await page.getByTestId('amend-value').fill('测试收件人甲');
  await page.getByTestId('amend-reason').fill('收件人姓名登记有误');
  await dialog(page).getByRole('button', { name: '提交更正' }).click();
  await confirmAsk(page, '提交更正');
  await expect(page.getByTestId('register-history')).toContainText('收件人：测试收件人 → 测试收件人甲');
  await expect(page.getByTestId('register-history')).toContainText('收件人姓名登记有误');
  await shot(page, 'reg-61-mail-amended');
});

test('visitors: the host is contacted, the visitor leaves; passes are issued and reported lost (S1; S2)', async ({
  page,
}) => {
  // A retry runs on the same server: a name of its own keeps the first try's row out of the way.
  const visitor = `测试访客${Date.now() % 100000}`;
  await signInQuick(page, 'reception');
  await page.goto('/registers/visitors');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('访客登记');
  await page.getByTestId('visitor-new').click();
  const v = dialog(page);
  await v.getByTestId('visitor-name').fill(visitor);
  await v.getByLabel('证件号码').fill('11010519491231002X');
  await pickRoom(page, v.getByLabel('被访房号'), '2栋1单元102');
  await v.getByLabel('被访人', { exact: true }).fill('被访住户');
  await v.getByLabel('来访事由').fill('送文件');
  await v.getByTestId('visitor-answer').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '住户同意来访' }).click();
  await v.getByRole('button', { name: /保\s?存/ }).click();
  await expect(v).toBeHidden();
  const row = page.getByTestId('visitors-list').locator('tr').filter({ hasText: visitor });
  await expect(row).toContainText('未离开');
  await expect(row).not.toContainText('11010519491231002X');
  await page.getByText('仍在小区内').click();
  await expect(page.getByTestId('visitors-list')).toContainText(visitor);
  await page
    .getByTestId('visitors-list')
    .locator('tr')
    .filter({ hasText: visitor })
    .getByRole('button', { name: '登记离开' })
    .click();
  const left = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/api\/registers\/visitors\/\d+\/out$/.test(r.url()),
  );
  await page
    .getByRole('dialog')
    .filter({ hasText: '已离开' })
    .getByRole('button', { name: '登记离开' })
    .click();
  expect((await left).ok(), 'the departure is saved').toBe(true);
  await expect(page.getByRole('dialog').filter({ hasText: '已离开' })).toBeHidden();
  await expect(page.getByTestId('visitors-list')).not.toContainText(visitor);

  await page.goto('/registers/passes');
  await page.getByTestId('pass-new').click();
  const p = dialog(page);
  const worker = `测试工人${Date.now() % 100000}`;
  await p.getByLabel('持证人').fill(worker);
  await p.getByLabel('所属单位（施工单位等）').fill('测试装饰公司');
  await p.getByRole('button', { name: /保\s?存/ }).click();
  await expect(p).toBeHidden();
  const pass = page.getByTestId('passes-list').locator('tr').filter({ hasText: worker });
  await expect(pass).toContainText('临时出入证');
  await pass.getByRole('button', { name: /^挂\s?失$/ }).click();
  await dialog(page).getByLabel('挂失说明').fill('工人遗失');
  await dialog(page)
    .getByRole('button', { name: /^挂\s?失$/ })
    .click();
  await confirmAsk(page, /^挂\s?失$/);
  await expect(page.getByTestId('passes-list')).not.toContainText(worker);
});

test('lobby notices: the supervisor drafts, the manager approves, the desk publishes, the screen updates without a reload (S3 4.5.8)', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `测试公告 ${Date.now() % 100000}`;
  const screenCtx = await browser.newContext();
  const screen = await screenCtx.newPage();
  await signInQuick(screen, 'reception');
  await screen.goto('/registers/notices/screen?interval=5');
  await expect(screen.getByTestId('notice-screen')).toBeVisible();
  await expect(screen.getByTestId('notice-screen')).not.toContainText(title);

  for (const [user, act] of [
    ['supervisor', 'draft'],
    ['manager', 'approve'],
    ['reception', 'publish'],
  ] as const) {
    await page.context().clearCookies();
    await signInQuick(page, user);
    await page.goto('/registers/notices');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('信息屏公告');
    if (act === 'draft') {
      await page.getByTestId('notice-new').click();
      await dialog(page).getByLabel('标题').fill(title);
      await dialog(page).getByLabel('内容').fill('明日上午 9 点至 11 点小区停电检修，请提前做好准备。');
      await dialog(page)
        .getByRole('button', { name: /保\s?存/ })
        .click();
    }
    const row = page.getByTestId('notices-list').locator('tr').filter({ hasText: title });
    if (act === 'approve') {
      await row.getByRole('button', { name: /^审\s?批$/ }).click();
      await dialog(page).getByText('批准', { exact: true }).click();
      await dialog(page)
        .getByRole('button', { name: /保\s?存/ })
        .click();
      await expect(row).toContainText('已批准待发布');
    }
    if (act === 'publish') {
      await row.getByRole('button', { name: /^发\s?布$/ }).click();
      await dialog(page)
        .getByRole('button', { name: /保\s?存/ })
        .click();
      await confirmAsk(page, /确\s?定/);
      await expect(row).toContainText('在屏显示');
    }
  }
  await expect(screen.getByTestId('notice-screen')).toContainText(title, { timeout: 20_000 });
  await shot(screen, 'reg-62-screen-updated');
  await screenCtx.close();
});

test('the supervisor confirms the registers’ day-end check (S3 篇九 4.1.6)', async ({ page }) => {
  await signInQuick(page, 'supervisor');
  await page.goto('/registers/day-check');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('登记簿下班检查');
  await settled(page);
  await page.getByTestId('day-confirm').click();
  await dialog(page).getByLabel('备注').fill('已逐条核实，钥匙已电话追问');
  await dialog(page).getByRole('button', { name: '主管确认检查' }).click();
  await expect(page.getByText(/陈建国 已于 .+ 确认检查/)).toBeVisible();
  await expect(page.getByTestId('day-confirm')).toHaveCount(0);
});
