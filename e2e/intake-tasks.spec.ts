import { expect, test } from '@playwright/test';
import { settled, shot, signInQuick } from './helpers';

test.describe('to-dos, incidents and the end-of-day check (issue 3 items 4, 5, 8)', () => {
  test('a message for an absent colleague is on their list until they call back and write the outcome (S0 3.1.3)', async ({
    page,
    browser,
  }) => {
    await signInQuick(page, 'reception');
    await page.goto('/tasks');
    await expect(page.getByTestId('tasks-table')).toBeVisible();
    await page.getByTestId('task-new-message').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('task-owner').click();
    await page.keyboard.type('陈建国');
    await page.locator('.ant-select-dropdown:visible').getByTitle('陈建国').click();
    await dialog.getByLabel('来电人').fill('邵先生');
    await dialog.getByLabel('电话').fill('13700002233');
    await dialog.getByLabel('内容').fill('关于车位租赁续约，请回电');
    await shot(page, 'intake-30-task-message');
    await dialog.getByRole('button', { name: /确\s?定/ }).click();
    await expect(dialog).toBeHidden();

    const other = await browser.newContext();
    const sup = await other.newPage();
    await signInQuick(sup, 'supervisor');
    await sup.goto('/tasks');
    const row = sup.getByTestId('tasks-table').locator('tbody tr').filter({ hasText: '邵先生' }).last();
    await expect(row).toContainText('转告');
    await expect(row).toContainText('13700002233');
    await settled(sup);
    await shot(sup, 'intake-31-tasks-supervisor');
    await row.getByTestId('task-complete').click();
    const done = sup.getByRole('dialog');
    await done.getByRole('button', { name: /确\s?定/ }).click();
    await expect(done.getByText('请填写回电结果')).toBeVisible();
    await done.getByTestId('task-outcome').fill('已回电，约定周五签续约合同');
    await done.getByRole('button', { name: /确\s?定/ }).click();
    await expect(done).toBeHidden();
    await expect(row).toHaveCount(0);
    await sup.getByRole('checkbox', { name: '已完成' }).check();
    await expect(
      sup.getByTestId('tasks-table').locator('tbody tr').filter({ hasText: '邵先生' }).last(),
    ).toContainText('已回电，约定周五签续约合同');
    await other.close();
  });

  test('records an incident; the list shows it (S4 4.4.4)', async ({ page }) => {
    await signInQuick(page, 'reception');
    await page.goto('/incidents');
    await page.getByRole('button', { name: '记录事件' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('事件标题').fill('5栋电梯困人');
    await dialog.getByLabel('地点').fill('5栋2单元电梯');
    await dialog.getByLabel('事件经过').fill('19:40 业主来电称被困电梯，已通知工程部和电梯维保单位');
    await dialog.getByRole('button', { name: /确\s?定/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('incidents-table')).toContainText('5栋电梯困人');
    await settled(page);
    await shot(page, 'intake-32-incidents');
  });

  test('end-of-day check: earlier unconfirmed days are shown and the supervisor confirms one after being asked (S3 篇九 4.1.6)', async ({
    page,
  }) => {
    await signInQuick(page, 'supervisor');
    await page.goto('/day-check');
    await expect(page.getByTestId('day-check-status')).toContainText('当天登记');
    const earlier = page.getByTestId('day-check-earlier');
    await expect(earlier).toContainText('尚未经主管确认');
    // Return visits due and not yet made are on the same check (S3 篇九 4.1.6).
    await expect(page.getByTestId('day-check-visits')).toContainText('今日应回访未回访');
    await settled(page);
    await shot(page, 'intake-33-day-check');
    const day = (await earlier.getByRole('button').first().textContent())!.trim();
    await earlier.getByRole('button', { name: day }).click();
    await expect(page.getByTestId('day-check-status')).toContainText(`${day} · 尚未确认`);
    await page.getByTestId('day-confirm').click();
    const confirm = page.locator('.ant-modal-confirm');
    await expect(confirm).toContainText(`确认 ${day} 的下班检查？`);
    await confirm.getByRole('button', { name: '主管确认' }).click();
    await expect(page.getByTestId('day-check-status')).toContainText('陈建国 已于');
    await expect(page.getByTestId('day-confirm')).toHaveCount(0);
    await settled(page);
    await shot(page, 'intake-34-day-check-confirmed');
  });
});
