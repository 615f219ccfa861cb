import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';
import { scanPng } from './intake-support';

type Letter = {
  id: number;
  serial: number;
  year: number;
  sender: string;
  caseId: number | null;
  decision: string | null;
};
type Attachment = { id: number; filename: string; mime: string };
type CaseDetail = { state: string; praisedStaffName: string | null; type: string };

test.describe('letters (issue 3 item 3, S0 3.3)', () => {
  test('registers a praise letter with its scan; the praised staff member is credited (S0 3.3.3)', async ({
    page,
    baseURL,
  }) => {
    await signInQuick(page, 'reception');
    await page.goto('/letters');
    await expect(page.getByTestId('letters-table')).toBeVisible();
    await page.getByTestId('letter-new').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('letter-class')).toContainText('表扬');
    await dialog.getByLabel('来函人').fill('邹建华');
    await dialog.getByLabel('联系电话').fill('13500001122');
    await dialog.getByTestId('letter-praised').click();
    await page.keyboard.type('刘强');
    await page.locator('.ant-select-dropdown:visible').getByTitle('刘强').click();
    await dialog.getByLabel('来函摘要').fill('感谢工程部刘强师傅雨夜抢修水管，服务热情周到');
    await dialog.locator('input[type=file]').setInputFiles({
      name: '表扬信-邹建华.png',
      mimeType: 'image/png',
      buffer: scanPng(),
    });
    await expect(dialog).toContainText('表扬信-邹建华.png');
    await shot(page, 'intake-20-letter-register');
    await dialog.getByRole('button', { name: /确\s?定/ }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByTestId('letters-table').locator('tbody tr').filter({ hasText: '邹建华' }).first();
    await expect(row).toContainText('表扬');
    await expect(row).toContainText(/\d{4}-\d{3}/);
    await expect(row.getByRole('link', { name: /HY\d{8}-\d{4}/ })).toBeVisible();
    await row.getByRole('button', { name: /查\s?看/ }).click();
    const drawer = page.locator('.ant-drawer');
    await expect(drawer.getByTestId('attachment-item')).toContainText('表扬信-邹建华.png');
    await expect(drawer.getByTestId('attachment-item').locator('img')).toBeVisible();
    await settled(page);
    await shot(page, 'intake-21-letter-with-scan');

    const api = await apiAs(baseURL!, 'reception');
    const propertyId = await propertyIdOf(api, 'HY');
    const letter = (await api.get<Letter[]>(`/api/letters?propertyId=${propertyId}`)).find(
      (l) => l.sender === '邹建华',
    )!;
    expect(letter.serial).toBeGreaterThan(0);
    const files = await api.get<Attachment[]>(`/api/attachments?entityType=letter&entityId=${letter.id}`);
    expect(files).toEqual([expect.objectContaining({ filename: '表扬信-邹建华.png', mime: 'image/png' })]);
    const c = await api.get<CaseDetail>(`/api/cases/${letter.caseId}`);
    expect(c).toMatchObject({ type: 'praise', state: 'closed', praisedStaffName: '刘强' });
    await api.dispose();
  });

  test('the assistant declines a complaint letter with a reason after confirming (S0 3.3.2)', async ({
    page,
    baseURL,
  }) => {
    const sender = `业主${Date.now() % 100000}`;
    const desk = await apiAs(baseURL!, 'reception');
    const propertyId = await propertyIdOf(desk, 'HY');
    const res = await desk.post('/api/letters', {
      propertyId,
      idempotencyKey: randomUUID(),
      letterClass: 'complaint',
      sender,
      receivedDate: new Date().toISOString().slice(0, 10),
      summary: '反映小区广场舞音乐太吵，影响休息',
    });
    expect(res.ok(), await res.text()).toBe(true);
    await desk.dispose();

    await signInQuick(page, 'assistant');
    await page.goto('/letters');
    const pending = page.getByTestId('letters-pending');
    const row = pending.locator('tbody tr').filter({ hasText: sender });
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: /不立案/ }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await expect(confirm).toContainText('确定不立案');
    await confirm.getByTestId('decline-reason').fill('已由物业公告统一处理，无需立案');
    await shot(page, 'intake-22-letter-decline');
    await confirm.getByRole('button', { name: /不立案/ }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toHaveCount(0);
    const listed = page.getByTestId('letters-table').locator('tbody tr').filter({ hasText: sender });
    await expect(listed).toContainText('不立案');
    await settled(page);
    await shot(page, 'intake-23-letters-after-decision');
  });
});
