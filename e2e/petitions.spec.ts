import { randomUUID } from 'node:crypto';
import { expect, request, test } from '@playwright/test';
import { apiAs, PASSWORD, propertyIdOf, settled, shot, signInQuick } from './helpers';
import { confirmAsk, dialog } from './registers-support';

/** Issue 8 item 6 / S0 群众来信来访登记表: a property switched to the petition form, a petition, its reply letter. */

/** The admin's PUT, which apiAs does not offer. */
const adminPut = async (baseURL: string, url: string, data: unknown) => {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post('/api/auth/sign-in', { data: { username: 'admin', password: PASSWORD } });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const r = await ctx.put(url, { data, headers: { 'x-csrf-token': csrfToken } });
  expect(r.ok(), await r.text()).toBe(true);
  await ctx.dispose();
};

test('the admin switches 锦华苑 to the petition form; the desk registers a petition; the reply prints as a letter', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const desk = await apiAs(baseURL!, 'reception2');
  const jh = await propertyIdOf(desk, 'JH');
  try {
    // 1. The admin switches the property's intake form.
    await signInQuick(page, 'admin');
    await page.goto('/admin/intake-profile');
    const jhSwitch = page.getByTestId('intake-profile-JH');
    await expect(jhSwitch.getByLabel('客户来电来访登记表')).toBeChecked();
    // The switch waits for the confirmation, so a click, not check().
    await jhSwitch.getByText('群众来信来访登记表').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s?定/ })
      .click();
    await expect(jhSwitch.getByLabel('群众来信来访登记表')).toBeChecked();
    await shot(page, 'petitions-01-admin-switch');

    // An earlier petition of the same person, so the form counts this one as the second.
    const phone = `139${String(Date.now()).slice(-8)}`;
    const earlier = await desk.post('/api/petitions', {
      propertyId: jh,
      idempotencyKey: randomUUID(),
      channel: 'letter',
      kind: 'individual',
      headcount: 1,
      callerName: '马庆祥',
      callerPhone: phone,
      address: '锦华大道 16 号 3 栋',
      summary: '来信反映小区周边沙场扬尘',
    });
    expect(earlier.ok(), await earlier.text()).toBe(true);

    // 2. 前台登记 opens in the petition form for 锦华苑's receptionist.
    await page.context().clearCookies();
    await signInQuick(page, 'reception2');
    await page.goto('/desk');
    const form = page.getByTestId('petition-form');
    await expect(form).toBeVisible();
    await form.getByLabel('信访人姓名').fill('马庆祥');
    await form.getByLabel('联系电话').fill(phone);
    await expect(form.getByText('信访次数：第 2 次')).toBeVisible();
    await form.getByLabel('信访人住址').fill('锦华大道 16 号 3 栋');
    await form.getByTestId('petition-kind').getByText('集体').click();
    await form.getByLabel('人数').fill('6');
    await form.getByLabel('反映问题摘要').fill('反映龙塘街道卫生及空气质量问题，多名业主一同来访');
    await shot(page, 'petitions-02-desk-form');
    await form.getByTestId('petition-save').click();

    await expect(page.getByTestId('petition-page')).toBeVisible();
    await expect(page.getByTestId('petition-number')).toHaveText(/^JHXF\d{4}-\d{4}$/);
    await expect(page.getByTestId('petition-visits')).toHaveText('第 2 次');
    await expect(page.getByTestId('petition-sheet')).toContainText('集体（6）');
    const petitionUrl = page.url();

    // 3. The manager signs as 领导组长 and answers in writing.
    await page.context().clearCookies();
    await signInQuick(page, 'manager');
    await page.goto(petitionUrl);
    await page.getByTestId('sign-leader').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /签\s?字/ })
      .click();
    await expect(page.getByTestId('petition-sheet')).toContainText('张伟');
    await page.getByTestId('reply-write').click();
    const reply = dialog(page);
    await reply.getByTestId('reply-subject').fill('街道卫生及空气质量');
    await reply
      .getByTestId('reply-body')
      .fill(
        '关于您反映的龙塘街道卫生及空气质量问题，我们高度重视，立即进行了调查了解。\n经了解，该问题因周边沙场引起，我处已报请相关部门责令整改，并加强小区周边保洁。',
      );
    await reply.getByRole('button', { name: /保\s?存/ }).click();
    await confirmAsk(page, /确\s?定/);
    await expect(page.getByTestId('reply-text')).toContainText('关于反映街道卫生及空气质量问题的答复');
    await settled(page);
    await shot(page, 'petitions-03-detail');

    // 4. The reply prints as a letter, without the shell.
    await page.getByTestId('reply-print').click();
    const sheet = page.getByTestId('print-sheet');
    await expect(sheet).toContainText('关于反映街道卫生及空气质量问题的答复');
    await expect(page.getByTestId('letter-to')).toHaveText('马庆祥同志：');
    await expect(page.getByTestId('letter-sign')).toContainText('锦华苑');
    await expect(page.getByTestId('letter-sign')).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(page.locator('.pd-shell, .ant-layout-sider')).toHaveCount(0);
    await settled(page);
    await shot(page, 'petitions-04-reply-letter');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  } finally {
    // Leave 锦华苑 on the desk form for the other browser flows.
    await adminPut(baseURL!, '/api/admin/intake-profile', { propertyId: jh, profile: 'standard' });
    await desk.dispose();
  }
});
