import { expect, test } from '@playwright/test';
import { apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';

test('the bell receives a live notification pushed by the server', async ({ page, baseURL }) => {
  await signInQuick(page, 'manager');
  await page.goto('/');
  await expect(page.getByTestId('dashboard')).toBeVisible();
  const count = page.getByTestId('notification-count');
  const before = Number((await count.textContent())?.replace(/\D/g, '') || 0);

  // A receptionist records an incident; the manager is notified at once (S4 4.4.4).
  const desk = await apiAs(baseURL!, 'reception');
  const propertyId = await propertyIdOf(desk, 'HY');
  const res = await desk.post('/api/incidents', {
    propertyId,
    occurredAt: new Date().toISOString(),
    title: 'E2E 水管爆裂',
    description: '3栋地下室水管爆裂，已关闭总阀',
  });
  expect(res.ok(), await res.text()).toBe(true);
  await desk.dispose();

  await expect(count).toContainText(String(before + 1));
  await page.getByTestId('notification-bell').click();
  const panel = page.getByTestId('notification-panel');
  await expect(panel).toContainText('E2E 水管爆裂');
  await shot(page, '16-notification-bell');
  await panel.getByRole('button', { name: '全部已读' }).click();
  await expect(count.locator('.ant-scroll-number')).toHaveCount(0);
});

test('language switch to English, kept after reload', async ({ page }) => {
  await signInQuick(page, 'admin');
  await page.goto('/');
  await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible();
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: /语言/ }).hover();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('menuitem', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Staff' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('menuitem', { name: 'Dashboard' })).toBeVisible();
  await settled(page);
  await shot(page, '17-dashboard-english');
  await page.goto('/admin/staff');
  await expect(page.getByRole('button', { name: /New staff member/ })).toBeVisible();
  await shot(page, '18-admin-staff-english');
  // The API names settings in Chinese; the English page reads its own names.
  await page.goto('/admin/settings');
  const row = page.getByRole('row').filter({ hasText: 'workOrders.arrivalMinutes.repair' });
  await expect(row).toContainText('Repair: time to arrive (minutes)');
  await expect(row).not.toContainText('报修到场时限');
  await settled(page);
  await shot(page, '19-admin-settings-english');
});

test('property tree: buildings, units and rooms of the demo estate', async ({ page }) => {
  await signInQuick(page, 'manager');
  await page.goto('/archive');
  const tree = page.getByTestId('property-tree');
  await expect(tree).toContainText('1栋');
  await expect(page.getByRole('cell', { name: /1栋1单元101/ })).toBeVisible();
  await tree
    .getByText('1栋')
    .first()
    .locator('xpath=ancestor::div[contains(@class,"ant-tree-treenode")]')
    .locator('.ant-tree-switcher')
    .click();
  await expect(tree).toContainText('1单元');
  await settled(page);
  await shot(page, '19-property-tree');
  // The manager serves two properties: the switcher changes the tree.
  await page.getByTestId('property-switcher').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('锦华苑').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('锦华苑');
  await page.goto('/notifications');
  await settled(page);
  await shot(page, '20-notifications-page');
});
