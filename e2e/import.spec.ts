import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { settled, shot, signInQuick } from './helpers';

const fixture = path.resolve(import.meta.dirname, 'fixtures', 'people-one-bad-row.xlsx');

/** The helper's fixture if present; otherwise the same five rows written here with exceljs. */
const peopleFile = async () => {
  if (fs.existsSync(fixture)) return fixture;
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('住户');
  ws.addRow(['楼栋', '单元', '房号', '姓名', '身份', '手机号', '证件号', '入住日期', '备注']);
  ws.addRow(['8', '1', '101', '欧阳明轩', '业主', '13811110001', '', '2024-03-01', '']);
  ws.addRow(['8', '1', '102', '司马雨桐', '租户', '13811110002', '', '2024-04-15', '']);
  ws.addRow(['8', '1', '103', '上官浩然', '业主', '1380013', '', '2024-05-01', '']);
  ws.addRow(['8', '1', '103', '诸葛晓岚', '家属', '13811110004', '', '2024-05-01', '']);
  ws.addRow(['8', '2', '201', '东方子墨', '业主', '13811110005', '', '2024-06-01', '']);
  const out = path.join(test.info().outputDir, 'people-one-bad-row.xlsx');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
  return out;
};

test('import a people file with one bad row: the row error shows, only valid rows go in @smoke', async ({
  page,
}) => {
  await signInQuick(page, 'assistant');
  await page.goto('/imports');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('资料导入');
  await settled(page);
  await shot(page, '08-import-kind');

  await page.getByTestId('import-kind-people').click();
  await page.getByTestId('import-next').click();
  await page.locator('input[type=file]').setInputFiles(await peopleFile());

  const errors = page.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  await expect(errors).toContainText('第 4 行');
  await expect(errors.locator('tr.pd-row-error')).toHaveCount(1);
  await expect(page.getByText('发现 1 行有错误')).toBeVisible();
  await expect(page.getByTestId('import-all')).toBeDisabled();
  await expect(page.getByTestId('import-sample').locator('tr.pd-row-error')).toHaveCount(1);
  await shot(page, '09-import-preview');

  await page.getByTestId('import-only-valid').click();
  const confirm = page.getByRole('dialog').filter({ hasText: '确定仅导入有效行' });
  await expect(confirm).toContainText('1 行有错误的数据将被跳过');
  await confirm.getByRole('button', { name: '仅导入有效行' }).click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-done')).toContainText('导入完成');
  await shot(page, '10-import-done');
});
