import { expect, test } from '@playwright/test';
import { today } from './assessment-support';
import { apiAs, settled, shot, signInQuick } from './helpers';

/** Issue 8 item 4 (DOMAIN.md §8; S2 培训实施作业规程): a plan drafted, approved, held and attended. */

test('training: the assistant drafts and submits a plan, the manager approves, attendance is taken (S2 培训实施作业规程)', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const title = `E2E 礼仪复训 ${Date.now()}`;
  const asstCtx = await browser.newContext();
  const asst = await asstCtx.newPage();
  await signInQuick(asst, 'assistant');
  await asst.goto('/assessment/training');
  await asst.getByRole('button', { name: '制订培训计划' }).click();
  const form = asst.getByRole('dialog');
  await form.getByLabel('培训计划名称').fill(title);
  await form.getByLabel('培训内容').fill('接待礼仪与用语（S0 3.2）复训');
  for (const field of ['开始日期', '结束日期']) {
    await form.getByLabel(field).fill(today);
    await form.getByLabel(field).press('Enter');
  }
  await form.getByLabel('受训员工').click();
  await asst.keyboard.type('何芳');
  await asst.locator('.ant-select-dropdown:visible').getByTitle('何芳').click();
  await asst.keyboard.press('Escape');
  await shot(asst, 'asm-16-plan-form');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(form).toBeHidden();
  await asst.getByRole('link', { name: title }).click();
  await expect(asst.getByTestId('plan-state')).toHaveAttribute('data-state', 'draft');
  await asst.getByRole('button', { name: '提交经理审批' }).click();
  await expect(asst.getByTestId('plan-state')).toHaveAttribute('data-state', 'submitted');
  const planUrl = asst.url();
  const planId = Number(planUrl.split('/').pop());

  const mgrCtx = await browser.newContext();
  const mgr = await mgrCtx.newPage();
  await signInQuick(mgr, 'manager');
  await mgr.goto(planUrl);
  await mgr.getByRole('button', { name: /批\s*准/ }).click();
  await mgr
    .getByRole('dialog')
    .getByRole('button', { name: /批\s*准/ })
    .click();
  await expect(mgr.getByTestId('plan-state')).toHaveAttribute('data-state', 'approved');
  await mgrCtx.close();

  // A session held an hour ago (set up through the API), its attendance taken on the page.
  const sup = await apiAs(baseURL!, 'supervisor');
  const added = await sup.post(`/api/training/plans/${planId}/sessions`, {
    topic: '接待礼仪复训',
    startsAt: new Date(Date.now() - 60 * 60_000).toISOString(),
    endsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    location: '客服中心会议室',
    trainer: '陈建国',
  });
  expect(added.ok(), await added.text()).toBe(true);
  await sup.dispose();
  await asst.reload();
  await asst.getByRole('button', { name: '记录出勤' }).click();
  const att = asst.getByRole('dialog');
  await att.getByText('迟到', { exact: true }).click();
  await shot(asst, 'asm-17-attendance');
  await att.getByRole('button', { name: /保\s*存/ }).click();
  await expect(att).toBeHidden();
  await expect(asst.getByText('何芳 迟到')).toBeVisible();
  await settled(asst);
  await shot(asst, 'asm-18-plan-attended');
  await asstCtx.close();
});
