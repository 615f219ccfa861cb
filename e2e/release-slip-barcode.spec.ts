import { expect, test } from '@playwright/test';
import { readBarcode } from './barcode-support';
import { apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';
import { findOwingRoom } from './registers-support';

const MM_PER_PX = 25.4 / 96;

test('the printed slip carries a Code 128 barcode of its number, and a gate scanner typing it finds the slip (S3 4.5.7.3, 4.5.7.6)', async ({
  page,
  browser,
  baseURL,
}) => {
  // An owner carrying their own things may always take them out (S1 放行): issue one through the API.
  const api = await apiAs(baseURL!, 'reception');
  const propertyId = await propertyIdOf(api, 'HY');
  const room = await findOwingRoom(api, propertyId, { withTenant: false });
  const created = await api.post('/api/registers/release-slips', {
    propertyId,
    roomId: room.id,
    carrierKind: 'owner',
    carrierName: room.owner.name,
    hasValidId: true,
    items: [
      { name: '跑步机', quantity: 1 },
      { name: '书桌', quantity: 2 },
    ],
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as { id: number };
  const issued = await api.post(`/api/registers/release-slips/${id}/issue`, { carrierSigned: true });
  expect(issued.ok(), await issued.text()).toBe(true);
  const { number } = (await issued.json()) as { number: string };
  await api.dispose();

  // Both parts carry the barcode; decoded bar by bar from the SVG, it reads the slip's number.
  await signInQuick(page, 'reception');
  await page.goto(`/registers/release-slips/${id}/print`);
  const parts = page.getByTestId('slip-part');
  await expect(parts).toHaveCount(2);
  for (const part of await parts.all()) {
    const svg = part.getByTestId('slip-barcode');
    expect(await readBarcode(svg)).toBe(number);
    // Bars 8–10 mm high, and the whole code inside its part of the slip.
    const barMm = await svg.evaluate((el: SVGSVGElement, mmPerPx) => {
      const bar = el.querySelector('g rect');
      const scale = el.getBoundingClientRect().height / el.viewBox.baseVal.height;
      return Number(bar?.getAttribute('height')) * scale * mmPerPx;
    }, MM_PER_PX);
    expect(barMm).toBeGreaterThanOrEqual(8);
    expect(barMm).toBeLessThanOrEqual(10);
    const [box, partBox] = [await svg.boundingBox(), await part.boundingBox()];
    expect(box!.x + box!.width).toBeLessThanOrEqual(partBox!.x + partBox!.width);
  }
  const scanned = await readBarcode(parts.nth(1).getByTestId('slip-barcode'));
  await settled(page);
  await shot(page, 'reg-59-slip-barcode-a5');
  await page.getByText('A4', { exact: true }).click();
  await shot(page, 'reg-59-slip-barcode-a4');
  // As printed on A5: the print styles at the sheet's printable width (148 mm less 2 × 8 mm).
  await page.getByText('A5', { exact: true }).click();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor(132 / MM_PER_PX), height: 800 });
  const printedBox = await parts.nth(1).getByTestId('slip-barcode').boundingBox();
  expect(printedBox!.x + printedBox!.width).toBeLessThanOrEqual(Math.floor(132 / MM_PER_PX));
  await shot(page, 'reg-59-slip-barcode-printed');

  // At the gate the number field has the focus; the scanner types the code and Enter.
  const gateCtx = await browser.newContext();
  const gate = await gateCtx.newPage();
  await signInQuick(gate, 'guard');
  await gate.goto('/registers/gate');
  const field = gate.getByTestId('gate-number');
  await expect(field).toBeFocused();
  await gate.keyboard.type(scanned);
  await gate.keyboard.press('Enter');
  await expect(gate.getByTestId('gate-verdict')).toContainText('请核对物品');
  await expect(gate.getByTestId('gate-slip')).toContainText(number);
  await expect(gate.getByTestId('gate-slip')).toContainText('跑步机');
  await expect(gate.getByTestId('gate-slip')).toContainText('书桌');
  // A second scan replaces the number rather than running on after it.
  await gate.keyboard.type(scanned);
  await gate.keyboard.press('Enter');
  await expect(field).toHaveValue(scanned);
  await expect(gate.getByTestId('gate-verdict')).toContainText('请核对物品');
  await shot(gate, 'reg-59-gate-scanned');
  // Passed: the field has the focus again, so the next scan needs no click (S3 4.5.7.6: once only).
  await gate.getByTestId('gate-pass').click();
  await expect(gate.getByTestId('gate-result')).toContainText('已放行');
  await expect(field).toBeFocused();
  await gate.keyboard.type(scanned);
  await gate.keyboard.press('Enter');
  await expect(field).toHaveValue(scanned);
  await expect(gate.getByTestId('gate-verdict')).toContainText('该放行条已使用，不能重复放行');
  await gateCtx.close();
});
