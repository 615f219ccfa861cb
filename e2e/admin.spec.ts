import { expect, test } from '@playwright/test';
import { settled, shot, signInQuick } from './helpers';

test.describe('admin', () => {
  test.beforeEach(async ({ page }) => {
    await signInQuick(page, 'admin');
  });

  test('admin creates a staff member with roles, property and 独立上岗', async ({ page }) => {
    await page.goto('/admin/staff');
    await expect(page.getByRole('heading', { name: '员工' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '李晓燕' })).toBeVisible();
    await settled(page);
    await shot(page, '11-admin-staff');

    await page.getByTestId('staff-create').click();
    const drawer = page.getByRole('dialog');
    // Saving the empty form shows the shared schema's Chinese messages.
    await drawer.getByTestId('staff-save').click();
    await expect(drawer.getByText('请输入姓名')).toBeVisible();
    await expect(drawer.getByText('至少选择一个角色')).toBeVisible();

    await drawer.getByLabel('用户名').fill('e2e.newbie');
    await drawer.getByLabel('初始密码').fill('newbie-pass-1');
    await drawer.getByLabel('姓名').fill('测试新人');
    await drawer.getByLabel('工号').fill('E9001');
    // A pick made while the first dropdown of a cold page is still opening can be lost: pick
    // again until the select shows it (checked first, since a second click would unpick it).
    const pick = async (testId: string, title: string) =>
      expect(async () => {
        const select = drawer.getByTestId(testId);
        if (!(await select.textContent())?.includes(title)) {
          await select.click();
          await page.locator('.ant-select-dropdown:visible').getByTitle(title).click();
          await page.keyboard.press('Escape');
        }
        await expect(select).toContainText(title, { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
    await pick('staff-roles', '前台接待员');
    await pick('staff-properties', '华苑小区');
    await drawer.getByRole('switch').first().click();
    await shot(page, '12-admin-staff-drawer');
    // Ctrl+Enter saves from anywhere in the form.
    await drawer.getByLabel('工号').press('Control+Enter');
    await expect(page.getByRole('dialog')).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: '测试新人' });
    await expect(row).toContainText('e2e.newbie');
    await expect(row).toContainText('前台接待员');
    await expect(row).toContainText('华苑小区');
  });

  test('departments, properties and 历史校验 pages load', async ({ page }) => {
    await page.goto('/admin/departments');
    await expect(page.getByRole('cell', { name: '工程部' }).first()).toBeVisible();
    await settled(page);
    await shot(page, '13-admin-departments');

    await page.goto('/admin/properties');
    await expect(page.getByRole('cell', { name: '华苑小区' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Asia/Shanghai' }).first()).toBeVisible();
    await shot(page, '14-admin-properties');

    await page.goto('/admin/history');
    await expect(page.getByTestId('verify-ok')).toContainText('全部记录校验通过');
    await shot(page, '15-admin-history-verify');
  });

  test('a non-admin opening an admin page sees 403, not the page', async ({ page }) => {
    await page.request.post('/api/auth/sign-out', { headers: { 'x-csrf-token': 'x' } }).catch(() => {});
    await page.context().clearCookies();
    await signInQuick(page, 'reception');
    await page.goto('/admin/staff');
    await expect(page.getByText('您的角色无权访问此页面')).toBeVisible();
    await expect(page.getByTestId('staff-create')).toHaveCount(0);
  });
});
