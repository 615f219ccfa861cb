import { expect, test } from '@playwright/test';
import { apiAs, settled, shot, signInQuick } from './helpers';
import { confirmAsk, dialog, pickRoom } from './registers-support';

/** Renovations, move-ins and the monthly reconciliation in the browser (DOMAIN.md §7). */
test('renovation: the desk takes the documents while the head is away, the engineering head approves, fees are paid, the permit prints (S1 装修; S2)', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signInQuick(page, 'reception');
  await page.goto('/registers/renovations/new');
  const form = page.getByTestId('reno-form');
  await pickRoom(page, form.getByLabel('房号'), '2栋2单元301');
  await form.getByLabel('申请人（业主）').fill('测试业主');
  await form.getByLabel('电话', { exact: true }).fill('13800138000');
  await form.getByLabel('施工单位', { exact: true }).fill('测试装饰工程有限公司');
  await form.getByLabel('施工单位电话').fill('02012345678');
  await form.getByLabel('装修内容').fill('卫生间防水及墙面翻新');
  for (const [label, day] of [
    ['计划开工', '2026-12-01'],
    ['计划完工', '2026-12-31'],
  ] as const) {
    await form.getByLabel(label).click();
    await form.getByLabel(label).fill(day);
    await form.getByLabel(label).press('Enter');
  }
  for (const doc of [
    '施工单位营业执照',
    '资质证书',
    '施工图纸',
    '一寸照片',
    '身份证件',
    '工程主管不在，资料由前台代收',
  ])
    await form.getByText(doc, { exact: true }).click();
  await form.getByPlaceholder('姓名').fill('测试工人');
  await page.getByTestId('reno-submit').click();
  await expect(page.getByTestId('reno-detail')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('待审批');
  await expect(page.getByText('工程主管不在时前台代收资料')).toBeVisible();
  const url = page.url();
  const id = Number(url.split('/').pop());

  // Only the engineering head decides (DOMAIN.md §1): approve, confirmed first.
  await page.context().clearCookies();
  await signInQuick(page, 'eng.head');
  await page.goto(url);
  await page.getByTestId('reno-decide').click();
  await dialog(page).getByText('批准', { exact: true }).click();
  await dialog(page).getByLabel('审批意见').fill('按图施工');
  await dialog(page)
    .getByRole('button', { name: /保\s?存/ })
    .click();
  await confirmAsk(page, /确\s?定/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('施工中');

  // The first taker tells the customer; the fees go through the desk payments.
  await page.context().clearCookies();
  await signInQuick(page, 'reception');
  await page.goto(url);
  await page.getByTestId('reno-notified').click();
  await dialog(page)
    .getByRole('button', { name: /保\s?存/ })
    .click();
  await expect(page.getByTestId('reno-notified')).toHaveCount(0);
  await page
    .getByTestId('reno-fees')
    .getByRole('button', { name: /收\s?款/ })
    .first()
    .click();
  const pay = dialog(page);
  await expect(pay.getByTestId('pay-amount')).toHaveValue(/2,?000\.00/);
  await pay.getByRole('button', { name: '收款并打印收据' }).click();
  await confirmAsk(page, '收款并打印收据');
  await expect(page.getByTestId('print-sheet')).toContainText('装修保证金');
  const api = await apiAs(baseURL!, 'reception');
  for (const purpose of ['workerPassFee', 'passDeposit'] as const) {
    const detail = await api.get<{
      propertyId: number;
      roomId: number;
      fees: { due: Record<string, number> };
    }>(`/api/registers/renovations/${id}`);
    const res = await api.post('/api/registers/payments', {
      propertyId: detail.propertyId,
      roomId: detail.roomId,
      payerName: '测试业主',
      purpose,
      amountCents: detail.fees.due[purpose],
      method: 'cash',
      takenBy: 'desk',
      renovationId: id,
    });
    expect(res.ok(), await res.text()).toBe(true);
  }
  await api.dispose();
  await page.goto(url);
  await page.getByTestId('reno-permit').click();
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toContainText('装修许可证');
  await expect(sheet).toContainText('2栋2单元301');
  await expect(sheet).toContainText('测试装饰工程有限公司');
  await settled(page);
  await shot(page, 'reg-63-permit');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('move-in: documents checked, the archive updated at once, the welcome ticked (S1 过户/迁入; S2)', async ({
  page,
}) => {
  await signInQuick(page, 'reception');
  await page.goto('/registers/moves');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('过户/迁入登记');
  await page.getByTestId('move-new').click();
  const form = dialog(page);
  await pickRoom(page, form.getByLabel('房号'), '2栋3单元501');
  await form.getByLabel('姓名').fill('测试新租户');
  await form.getByLabel('电话').fill('13911112222');
  await form.getByRole('button', { name: /保\s?存/ }).click();
  await expect(form.getByText('资料不全：请查验并复印 身份证、过户/迁入表格、房屋租赁合同')).toBeVisible();
  for (const doc of ['房屋租赁合同', '身份证', '过户/迁入表格'])
    await form.getByText(doc, { exact: true }).click();
  await form.getByRole('button', { name: /保\s?存/ }).click();
  await expect(form).toBeHidden();
  const row = page.getByTestId('moves-list').locator('tr').filter({ hasText: '测试新租户' });
  await expect(row).toContainText('已更新');
  await row.getByRole('button', { name: /查\s?看/ }).click();
  const welcome = page.getByTestId('move-welcome');
  await welcome.getByText('递交管理处名片').click();
  await welcome.getByText('询问/说明装修管理规定').click();
  await welcome.getByRole('button', { name: '记录已完成事项' }).click();
  await expect(welcome.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(row).toContainText('2/4');
});

test('the supervisor confirms the month’s release-slip reconciliation (S3 4.5.7.2 B)', async ({ page }) => {
  await signInQuick(page, 'supervisor');
  await page.goto('/registers/release-slips/reconciliation');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('放行条月度核对');
  await settled(page);
  await page.getByTestId('recon-confirm').click();
  await dialog(page).getByLabel('备注').fill('未回收的客户联已电话联系业主核实');
  await dialog(page).getByRole('button', { name: '主管确认核对' }).click();
  await expect(page.getByText(/陈建国 已于 .+ 确认核对/)).toBeVisible();
});
