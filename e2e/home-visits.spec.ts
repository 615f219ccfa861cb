import { expect, test } from '@playwright/test';
import { type ApiClient, apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';
import { dialog, pickRoom } from './registers-support';

/** Issue 8 item 5 / S2 物业家访操作规程: book by phone, record the visit, see the quarter move. */

type Progress = { quarter: string; areas: { name: string; households: number; target: number }[] };
type Person = { name: string; relation: string; phones: string[] };

/** A 东区 room (buildings 1–10) with an owner on file that has no visit this quarter. */
const unvisitedRoom = async (api: ApiClient, propertyId: number) => {
  const visited = new Set(
    (await api.get<{ roomId: number }[]>(`/api/home-visits/visits?propertyId=${propertyId}`)).map(
      (v) => v.roomId,
    ),
  );
  const buildings = await api.get<{ id: number; code: string }[]>(
    `/api/archive/properties/${propertyId}/buildings`,
  );
  const east = buildings.filter((b) => Number(b.code) <= 10);
  // A different building each run, so a retry on the same server finds fresh rooms.
  const start = Date.now() % east.length;
  for (const b of [...east.slice(start), ...east.slice(0, start)]) {
    const rooms = await api.get<{ items: { id: number; label: string }[] }>(
      `/api/archive/buildings/${b.id}/rooms?filter=all&pageSize=50`,
    );
    for (const r of rooms.items) {
      if (visited.has(r.id)) continue;
      const page = await api.get<{ current: Person[] }>(`/api/archive/rooms/${r.id}`);
      const owner = page.current.find((p) => p.relation === 'owner' && p.phones.length > 0);
      if (owner) return { ...r, owner };
    }
  }
  throw new Error('no unvisited 东区 room with an owner');
};

test('the desk books a home visit by phone, records it, and the 东区 progress moves by one household', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const api = await apiAs(baseURL!, 'reception');
  const hy = await propertyIdOf(api, 'HY');
  const room = await unvisitedRoom(api, hy);
  const eastBefore = (await api.get<Progress>(`/api/home-visits/progress?propertyId=${hy}`)).areas.find(
    (a) => a.name === '东区',
  )!;

  await signInQuick(page, 'reception');
  await page.goto('/home-visits/progress');
  await settled(page);
  const east = page.locator('[data-area="东区"]');
  await expect(east.getByTestId('hv-area-count')).toHaveText(`${eastBefore.households} / 20 户`);
  await shot(page, 'home-visits-01-progress-before');

  // 电话预约 (S2 家访 (二)1): the call is recorded with the agreed time.
  await page.goto('/home-visits');
  await expect(page.getByTestId('hv-appointments')).toBeVisible();
  await page.getByTestId('hv-new').click();
  const form = dialog(page);
  await pickRoom(page, form.getByLabel('房号'), room.label);
  // The room's residents are offered: one click fills the name and the number to call.
  await form.getByTestId('hv-residents').getByText(room.owner.name).click();
  await expect(form.getByTestId('hv-phone')).toHaveValue(room.owner.phones[0]!);
  await form.getByLabel('家访事由').fill(`季度家访 ${Date.now() % 100000}`);
  await form.getByLabel('约定到访时间').click();
  await page.locator('.ant-picker-dropdown:visible').getByText('明天 09:00').click();
  await expect(form.getByLabel('约定到访时间')).toHaveValue(/ 09:00$/);
  await shot(page, 'home-visits-02-new-appointment');
  await form.getByRole('button', { name: /保\s?存/ }).click();
  await expect(form).toBeHidden();

  const row = page.getByTestId('hv-appointments').locator('tbody tr').filter({ hasText: room.label }).first();
  await expect(row).toContainText('已预约');
  await expect(row).toContainText(room.owner.name);
  await settled(page);
  await shot(page, 'home-visits-03-appointments');

  // 家访记录: the grooming check is required (S2 家访 (二)2).
  await row.getByRole('button', { name: '填写家访记录' }).click();
  const rec = dialog(page);
  await expect(rec.getByTestId('hv-met')).toHaveValue(room.owner.name);
  await rec.getByLabel('满意', { exact: true }).check();
  await rec.getByTestId('hv-opinions').fill('希望增加快递柜，夜间路灯偏暗');
  await rec.getByRole('button', { name: /保\s?存/ }).click();
  await expect(rec.getByText('登门前须整理仪容仪表')).toBeVisible();
  await rec.getByTestId('hv-grooming').check();
  await shot(page, 'home-visits-04-visit-record');
  await rec.getByRole('button', { name: /保\s?存/ }).click();
  await expect(rec).toBeHidden();
  await page.locator('.ant-segmented-item').filter({ hasText: '已家访' }).click();
  const done = page
    .getByTestId('hv-appointments')
    .locator('tbody tr')
    .filter({ hasText: room.label })
    .first();
  await expect(done).toContainText('已家访');

  // The record opens with its history.
  await done.getByRole('button', { name: '查看记录' }).click();
  await expect(page.getByTestId('hv-visit')).toContainText('希望增加快递柜');
  await expect(page.getByTestId('hv-timeline')).toContainText('填写家访记录');
  await settled(page);
  await shot(page, 'home-visits-05-visit-drawer');

  await page.goto('/home-visits/progress');
  await settled(page);
  await expect(east.getByTestId('hv-area-count')).toHaveText(`${eastBefore.households + 1} / 20 户`);
  await expect(page.getByTestId('hv-visits')).toContainText(room.label);
  await shot(page, 'home-visits-06-progress-after');
  await api.dispose();
});

test('the company role reads the quarter of every property but books nothing', async ({ page }) => {
  await signInQuick(page, 'company');
  await page.goto('/home-visits/progress');
  await settled(page);
  await expect(page.locator('[data-area="东区"]').getByTestId('hv-area-count')).toContainText('/ 20 户');
  await expect(page.getByTestId('hv-areas')).toHaveCount(0);
  await page.goto('/home-visits');
  await expect(page.getByTestId('hv-new')).toHaveCount(0);
});
