import { expect, test } from '@playwright/test';
import { apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';

type Building = { id: number; name: string };
type RoomList = { items: { id: number; label: string }[] };

test('room page: move a new owner in, edit the phones, set arrears, move out (DOMAIN.md §2)', async ({
  page,
  baseURL,
}) => {
  // A vacant room of the demo estate, so the test owns everything on it.
  const api = await apiAs(baseURL!, 'reception');
  const propertyId = await propertyIdOf(api, 'HY');
  const buildings = await api.get<Building[]>(`/api/archive/properties/${propertyId}/buildings`);
  let room: RoomList['items'][number] | undefined;
  for (const b of buildings) {
    room = (await api.get<RoomList>(`/api/archive/buildings/${b.id}/rooms?filter=vacant&pageSize=5`))
      .items[0];
    if (room) break;
  }
  await api.dispose();
  expect(room, 'a vacant demo room').toBeTruthy();

  await signInQuick(page, 'reception');
  await page.goto(`/archive/rooms/${room!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(room!.label);
  await expect(page.getByTestId('current-occupants')).toContainText('当前无在住人员');

  // 迁入: the shared schema's Chinese messages first, then a valid new person.
  await page.getByRole('button', { name: /迁\s?入/ }).click();
  const modal = page.getByRole('dialog');
  await modal.getByLabel('电话').fill('12345');
  await modal.getByRole('button', { name: /保\s?存/ }).click();
  await expect(modal.getByText('请输入姓名')).toBeVisible();
  await expect(modal.getByText(/电话号码格式不正确/)).toBeVisible();
  await modal.getByLabel('姓名').fill('端木晴川');
  await modal.getByLabel('电话').fill('13912345678，020-88886601');
  await shot(page, '21-room-move-in');
  await modal.getByLabel('姓名').press('Control+Enter');
  await expect(modal).toBeHidden();
  const current = page.getByTestId('current-occupants');
  await expect(current).toContainText('端木晴川');
  await expect(current).toContainText('139 1234 5678');

  // Edit the person: replace the phones; the person's own history shows in the drawer.
  await current.getByRole('button', { name: /编\s?辑/ }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByLabel('姓名')).toHaveValue('端木晴川');
  await drawer.getByLabel('电话').fill('13700001111');
  await drawer.getByLabel('变更原因').fill('业主更换手机号');
  await shot(page, '22-person-drawer');
  // The room page's refetch is held back, so the person's own refetch lands first while the
  // save is still pending: the drawer must still close (it once reset the save and stayed open).
  const roomPage = new RegExp(`/api/archive/rooms/${room!.id}$`);
  await page.route(roomPage, async (route) => {
    await new Promise((r) => setTimeout(r, 1_500));
    await route.continue();
  });
  await drawer.getByTestId('person-save').click();
  await expect(drawer).toBeHidden();
  await page.unroute(roomPage);
  await expect(current).toContainText('137 0000 1111');
  await expect(current).not.toContainText('139 1234 5678');

  // Arrears in yuan; shown in red with the item-release warning.
  await page.getByRole('button', { name: '更新欠费' }).click();
  const arrears = page.getByRole('dialog');
  await arrears.getByLabel('欠费月数').fill('2');
  await arrears.getByLabel('欠费金额（元）').fill('321.5');
  await arrears.getByRole('button', { name: /确\s?定|OK/ }).click();
  await expect(arrears).toBeHidden();
  await expect(page.getByTestId('arrears-card')).toContainText('¥321.50');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('欠费');
  await expect(page.getByTestId('history-timeline')).toContainText('迁入');
  await settled(page);
  await shot(page, '23-room-after-changes');

  // 迁出 asks first, then the person moves to the past occupants.
  await current.getByRole('button', { name: /迁\s?出/ }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '确定为 端木晴川 办理迁出' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: /迁\s?出/ }).click();
  await expect(page.getByTestId('past-occupants')).toContainText('端木晴川');
  await expect(current).toContainText('当前无在住人员');
});
