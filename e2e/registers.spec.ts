import { expect, test } from '@playwright/test';
import { apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';
import { findOwingRoom, pdfPageCount, pickRoom, savePdf } from './registers-support';

test('a tenant refused for arrears pays at the desk, the owner confirms by phone, the slip is printed in two parts and passes the gate once (S1 放行; S3 4.5.7)', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const api = await apiAs(baseURL!, 'reception');
  const propertyId = await propertyIdOf(api, 'HY');
  const room = await findOwingRoom(api, propertyId, { withTenant: true });
  await api.dispose();
  const tenant = room.tenant!;

  // 填写放行条: a tenant of a room owing fees; the rules' preview already says no.
  await signInQuick(page, 'reception');
  await page.goto('/registers/release-slips/new');
  const form = page.getByTestId('slip-form');
  await pickRoom(page, form.getByLabel('房号'), room.label);
  await expect(page.getByTestId('slip-preview')).toContainText('租户存在欠费');
  await form.getByLabel('携带人姓名').fill(tenant.name);
  await page.getByTestId('item-name-0').fill('电脑主机');
  await page.getByTestId('item-name-0').press('Enter');
  await page.getByTestId('item-name-1').fill('书柜');
  await shot(page, 'reg-50-slip-form-tenant');
  await page.getByTestId('slip-submit').click();

  // Refused and kept, with the reason in Chinese (S1 租户放行).
  await expect(page.getByTestId('slip-detail')).toBeVisible();
  const decision = page.getByTestId('slip-decision');
  await expect(decision).toContainText('不予放行');
  await expect(decision).toContainText('租户存在欠费');
  await settled(page);
  await shot(page, 'reg-51-slip-refused-tenant');
  const slipUrl = page.url();

  // 缴费 at the desk (finance away), receipt numbered and printed on A5 with the amount in capitals.
  await page.getByTestId('slip-pay').click();
  const payForm = page.getByRole('dialog');
  await expect(payForm.getByTestId('pay-arrears')).toBeVisible();
  await payForm.getByTestId('pay-all').click();
  await expect(payForm.getByTestId('pay-payer')).toHaveValue(tenant.name);
  await shot(page, 'reg-52-payment-form');
  await payForm.getByRole('button', { name: '收款并打印收据' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '请确认' })
    .getByRole('button', { name: '收款并打印收据' })
    .click();
  await expect(page.getByTestId('print-sheet')).toBeVisible();
  await expect(page.getByTestId('amount-words')).toContainText(/人民币 .+元.*整?/);
  await settled(page);
  await shot(page, 'reg-53-receipt');
  const receipt = await page.pdf({ format: 'A5', printBackground: true });
  expect(pdfPageCount(receipt)).toBeGreaterThanOrEqual(1);
  savePdf('reg-receipt.pdf', receipt);

  // The room's arrears are gone on the room page (DOMAIN.md §7: arrears change on payment).
  await page.goto(`/archive/rooms/${room.id}`);
  await expect(page.getByTestId('arrears-card')).toContainText('¥0.00');
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('欠费');

  // Re-judged: now the owner must confirm by phone, out of the tenant's hearing.
  await page.goto(slipUrl);
  await page.getByTestId('slip-recheck').click();
  await expect(decision).toContainText('须业主确认');
  const owner = page.getByTestId('owner-confirm');
  await expect(owner).toContainText(room.owner.name);
  await expect(owner.getByTestId('owner-phone')).toContainText(room.owner.phones[0]!);
  await owner.getByTestId('owner-answer').getByText('同意放行', { exact: true }).click();
  await owner.getByLabel('通话记录').fill('业主确认租户搬走电脑主机和书柜，无拖欠房租');
  await settled(page);
  await shot(page, 'reg-54-owner-confirmation');
  await owner.getByTestId('owner-save').click();
  await expect(decision).toContainText('可以开具放行条');

  // 开具: the carrier signs; the slip gets its yearly number and opens on the print view.
  await page.getByTestId('slip-signed').check();
  await page.getByTestId('slip-issue').click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '开具放行条？' })
    .getByRole('button', { name: '开具并打印' })
    .click();
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toBeVisible();
  const number = ((await sheet.locator('.pd-sheet-ref').first().textContent()) ?? '')
    .replace('No. ', '')
    .trim();
  expect(number).toMatch(/^HYFX\d{4}-\d{4}$/);
  const parts = page.getByTestId('slip-part');
  await expect(parts).toHaveCount(2);
  await expect(parts.nth(0)).toContainText('存根联');
  await expect(parts.nth(1)).toContainText('客户联');
  await expect(parts.nth(1)).toContainText('门岗核对签名');
  await expect(sheet).toContainText('电脑主机');
  await expect(sheet).toContainText(room.owner.name);
  await settled(page);
  await shot(page, 'reg-55-slip-print');
  const pdf = await page.pdf({ format: 'A5', printBackground: true });
  savePdf('reg-release-slip.pdf', pdf);
  // 存根联 and 客户联 each on their own A5 sheet.
  expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);

  // The gate guard, in a second browser, checks it once (S3 4.5.7.6)…
  const gateCtx = await browser.newContext();
  const gate = await gateCtx.newPage();
  await signInQuick(gate, 'guard');
  await gate.goto('/registers/gate');
  await gate.getByTestId('gate-number').fill(number.toLowerCase());
  await gate.getByTestId('gate-number').press('Enter');
  await expect(gate.getByTestId('gate-verdict')).toContainText('请核对物品');
  await expect(gate.getByTestId('gate-slip')).toContainText('书柜');
  await expect(gate.getByTestId('gate-signature')).toHaveValue('孙浩');
  await shot(gate, 'reg-56-gate-check');
  await gate.getByTestId('gate-pass').click();
  await expect(gate.getByTestId('gate-result')).toContainText('已放行');
  await shot(gate, 'reg-57-gate-passed');

  // …and a second presentation of the same slip is refused and logged.
  await gate.getByTestId('gate-next').click();
  await expect(gate.getByTestId('gate-number')).toBeFocused();
  await gate.getByTestId('gate-number').fill(number);
  await gate.getByTestId('gate-number').press('Enter');
  await expect(gate.getByTestId('gate-verdict')).toContainText('该放行条已使用，不能重复放行');
  await gate.getByTestId('gate-refuse').click();
  await expect(gate.getByTestId('gate-result')).toContainText('不予放行');
  await shot(gate, 'reg-58-gate-refused-second');
  await gateCtx.close();

  // Back at the desk the slip shows it passed, and both gate checks.
  await page.goto(slipUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已放行');
  await expect(page.getByText('该放行条已使用，不能重复放行').first()).toBeVisible();
});

test('moving house is refused while fees are owed, and the reason is shown (S3 4.5.7.4)', async ({
  page,
  baseURL,
}) => {
  const api = await apiAs(baseURL!, 'reception');
  const propertyId = await propertyIdOf(api, 'HY');
  const room = await findOwingRoom(api, propertyId, { withTenant: false });
  await api.dispose();

  await signInQuick(page, 'reception');
  await page.goto('/registers/release-slips');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('物品放行条');
  await page.keyboard.press('n');
  const form = page.getByTestId('slip-form');
  await pickRoom(page, form.getByLabel('房号'), room.label);
  await page.getByTestId('slip-carrier-kind').getByText('业主本人').click();
  await page.getByTestId('slip-moving').check();
  await form.getByLabel('携带人姓名').fill(room.owner.name);
  await page.getByTestId('item-name-0').fill('双人床');
  await expect(page.getByTestId('slip-preview')).toContainText('搬家须先结清欠费');
  await page.getByTestId('item-name-0').press('Control+Enter');

  const decision = page.getByTestId('slip-decision');
  await expect(decision).toContainText('不予放行：搬家须先结清欠费');
  await expect(decision).toContainText(`尚欠${room.monthsOwed} 个月管理费`);
  await expect(decision).toContainText('S3 4.5.7.4');
  await expect(page.getByTestId('slip-issue')).toHaveCount(0);
  await settled(page);
  await shot(page, 'reg-59-moving-refused');
});

test('a desk payment of management fees lowers the room’s arrears, seen on the room page (DOMAIN.md §7)', async ({
  page,
  baseURL,
}) => {
  const api = await apiAs(baseURL!, 'reception');
  const propertyId = await propertyIdOf(api, 'HY');
  const room = await findOwingRoom(api, propertyId, { withTenant: false, minMonths: 2 });
  const before = await api.get<{ arrears: { monthsOwed: number; amountCents: number } }>(
    `/api/archive/rooms/${room.id}`,
  );
  await api.dispose();
  const oneMonth = Math.floor(before.arrears.amountCents / before.arrears.monthsOwed);

  await signInQuick(page, 'reception');
  await page.goto('/registers/payments');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('前台收款');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog');
  await pickRoom(page, dialog.getByLabel('房号'), room.label);
  await expect(dialog.getByTestId('pay-arrears')).toContainText(`欠费 ${before.arrears.monthsOwed} 个月`);
  await dialog.getByTestId('pay-payer').fill(room.owner.name);
  await dialog.getByTestId('pay-months').fill('1');
  await dialog.getByTestId('pay-amount').fill((oneMonth / 100).toFixed(2));
  await dialog.getByTestId('pay-amount').press('Enter');
  await page
    .getByRole('dialog')
    .filter({ hasText: '请确认' })
    .getByRole('button', { name: '收款并打印收据' })
    .click();
  await expect(page.getByTestId('print-sheet')).toContainText(room.owner.name);

  await page.goto(`/archive/rooms/${room.id}`);
  const card = page.getByTestId('arrears-card');
  const left = before.arrears.amountCents - oneMonth;
  await expect(card).toContainText(`¥${(left / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })}`);
  await expect(card).toContainText(String(before.arrears.monthsOwed - 1));
  await expect(page.getByTestId('history-timeline')).toContainText('更新欠费');
});
