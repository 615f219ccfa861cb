import fs from 'node:fs';
import path from 'node:path';
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { apiAs, PASSWORD, propertyIdOf, settled, shot } from './helpers';

const SUMMARY = 'E2E 12栋电梯一周内三次停运困人，业主联名投诉';

/** A second (third…) person at another desk: their own browser context at the same 1366×768. */
const openAs = async (browser: Browser, baseURL: string, username: string) => {
  const ctx = await browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await ctx.newPage();
  const res = await page.request.post('/api/auth/sign-in', { data: { username, password: PASSWORD } });
  expect(res.ok(), `sign in as ${username}`).toBe(true);
  return { ctx, page };
};

/**
 * Answers the "are you sure?" with 确定 and waits until it has closed. On a busy machine a click
 * can land while the dialog is still zooming in and be lost: it is clicked again only while the
 * dialog is still there (a second click on a running request is ignored by antd).
 */
const answerAsk = async (page: Page, expectText?: string) => {
  const ask = page.locator('.ant-modal-confirm');
  await expect(ask).toBeVisible();
  if (expectText) await expect(ask).toContainText(expectText);
  await expect(async () => {
    if (await ask.count()) await ask.getByTestId('ask-ok').click({ timeout: 2_000 });
    await expect(ask).toHaveCount(0, { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
};

/** Opens a step's form, fills it with `fill`, saves, and answers the "are you sure?" when asked. */
const step = async (
  page: Page,
  action: string,
  fill: (dialog: Locator) => Promise<unknown>,
  isAsked = true,
) => {
  await page.getByTestId(`act-${action}`).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('step-ok') });
  await expect(dialog).toBeVisible();
  await fill(dialog);
  await dialog.getByTestId('step-ok').click();
  if (isAsked) await answerAsk(page);
  await expect(dialog).toHaveCount(0);
};

const state = (page: Page) => page.getByTestId('complaint-state');

/** A full-page picture from the top (a page scrolled by focus would show the sticky header mid-way). */
const snap = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
};

/** Only the 1366×768 viewport: an open dialog's mask covers the viewport, not the whole page. */
const snapView = async (page: Page, name: string) => {
  const dir = path.resolve(import.meta.dirname, '..', 'test-results', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
};

test.describe('complaints (DOMAIN.md §5)', () => {
  test('a 重大 complaint from registration by the receptionist, through the manager’s sign-off in a second browser, to closure (S4 4.4.2, S2)', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const res = await page.request.post('/api/auth/sign-in', {
      data: { username: 'reception', password: PASSWORD },
    });
    expect(res.ok()).toBe(true);

    // 1. The receptionist registers it with the keyboard: 12 complainants → the rules propose 重大.
    await page.goto('/complaints/new');
    await expect(page.getByTestId('complaint-register-page')).toBeVisible();
    await page.getByLabel('姓名', { exact: true }).fill('业主代表 何先生');
    await page.getByLabel('联系电话').fill('13800138012');
    await page.getByTestId('complaint-summary').fill(SUMMARY);
    await page.getByLabel('投诉类别').focus();
    await page.keyboard.type('公共设施');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: '公共部位' }).check();
    await page.getByLabel('公共部位名称').fill('12栋电梯');
    await page.getByLabel('投诉人数').fill('12');
    await page.getByLabel('涉及公共利益（列入月度公布清单）').check();
    const preview = page.getByTestId('complaint-preview');
    await expect(preview).toContainText('重大');
    await expect(preview).toContainText('10 人以上的集体投诉');
    await snap(page, 'complaints-01-register');
    await page.getByTestId('complaint-summary').focus();
    await page.keyboard.press('Control+Enter');
    const saved = page.getByTestId('complaint-saved');
    await expect(saved).toContainText('重大');
    await expect(saved).toContainText('已即时通知经理');
    const number = (await saved.textContent())?.match(/HY\d{8}-\d{4}/)?.[0];
    expect(number).toBeTruthy();
    await snap(page, 'complaints-02-registered');

    await page.getByTestId('complaint-saved-link').click();
    await expect(page.getByTestId('complaint-page')).toBeVisible();
    const url = page.url();
    await expect(state(page)).toHaveText('已受理');
    await expect(page.getByTestId('severity-tag').first()).toContainText('待确认');
    await expect(page.getByTestId('severity-rules')).toContainText('10 人以上的集体投诉');
    // The desk cannot confirm the class or sign: the buttons follow the server's allowedActions.
    await expect(page.getByTestId('act-severity')).toHaveCount(0);
    await expect(page.getByTestId('act-sign')).toHaveCount(0);

    // An amendment (S4 4.3): field, new value, reason, confirmed first; the timeline shows old → new.
    await step(page, 'amend', async (d) => {
      await d.getByTestId('amend-field').click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('投诉人数').click();
      await expect(d.getByTestId('amend-old')).toHaveText('12');
      await d.getByLabel('新值').fill('13');
      await expect(d.getByLabel('新值')).toHaveValue('13');
      await d.getByTestId('amend-reason').fill('又有一户业主补签联名');
    });
    await expect(page.getByTestId('complaint-facts')).toContainText('13 人');
    await expect(page.getByTestId('timeline-amendment')).toContainText('投诉人数：12 → 13');
    await settled(page);
    await snap(page, 'complaints-03-received');

    // 2. The supervisor confirms the proposed class.
    const sup = await openAs(browser, baseURL!, 'supervisor');
    await sup.page.goto(url);
    await step(
      sup.page,
      'severity',
      async (d) => expect(d.getByRole('radio', { name: /重大/ })).toBeChecked(),
      false,
    );
    await expect(sup.page.getByTestId('severity-card')).toContainText('陈建国 确认于');

    // 3. The manager, told at registration, opens it from the bell in a second browser and signs.
    const mgr = await openAs(browser, baseURL!, 'manager');
    await mgr.page.goto('/');
    // The bell's list is live (SSE) and may re-render under the pointer: try again until it opens.
    const told = mgr.page
      .getByTestId('notification-panel')
      .getByRole('button', { name: new RegExp(`【重大投诉】${number}`) });
    await expect(async () => {
      if (!(await told.isVisible())) await mgr.page.getByTestId('notification-bell').click();
      await told.click({ timeout: 3_000 });
      await expect(mgr.page).toHaveURL(url, { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    await expect(mgr.page.getByTestId('act-sign')).toBeVisible();
    await shot(mgr.page, 'complaints-04-manager-before-sign');
    await mgr.page.getByTestId('act-sign').click();
    const sign = mgr.page.getByTestId('sign-modal');
    await expect(sign.getByTestId('sign-department')).toContainText('工程部');
    await sign.getByTestId('sign-note').fill('同意，工程部三日内书面回复');
    await snapView(mgr.page, 'complaints-05-sign');
    await sign.getByTestId('step-ok').click();
    await answerAsk(mgr.page, '工程部');
    await expect(state(mgr.page)).toHaveText('已转责任部门');
    await expect(mgr.page.locator('[data-step=sign]')).toHaveAttribute('data-done', '1');

    // 4. The engineering head writes the department's reply, with a file.
    const eng = await openAs(browser, baseURL!, 'eng.head');
    await eng.page.goto('/complaints?mine=1');
    await eng.page.getByRole('link', { name: number! }).click();
    await step(eng.page, 'reply', async (d) => {
      await d.getByTestId('reply-facts').fill('12栋2号梯主板老化，一周内三次故障停梯');
      await d.getByRole('radio', { name: '我方责任', exact: true }).check();
      await d.getByTestId('reply-measures').fill('已更换主板，维保单位每周加检一次');
      await d.locator('input[type=file]').setInputFiles({
        name: '维修记录.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% e2e repair record\n'),
      });
      await expect(d).toContainText('维修记录.pdf');
      await snapView(eng.page, 'complaints-06a-reply-form');
    });
    await expect(state(eng.page)).toHaveText('部门已书面回复');
    await expect(eng.page.getByTestId('reply-attachment')).toContainText('维修记录.pdf');
    await settled(eng.page);
    await snap(eng.page, 'complaints-06-replied');

    // 5. The desk tells the customer (how and when).
    await page.reload();
    await step(page, 'inform', async (d) => {
      await expect(d.getByRole('radio', { name: '电话' })).toBeChecked();
      await d.getByTestId('inform-note').fill('电话告知何先生：主板已更换，维保加检');
    });
    await expect(state(page)).toHaveText('已反馈客户');

    // 6. The supervisor verifies, visits and closes; then files it in the case library.
    await sup.page.reload();
    await step(sup.page, 'verify', (d) => d.getByTestId('verify-note').fill('现场试乘，运行正常'));
    await expect(state(sup.page)).toHaveText('已验证');
    await step(sup.page, 'returnVisit', (d) => d.getByTestId('visit-opinion').fill('业主代表表示满意'));
    await expect(state(sup.page)).toHaveText('已关闭');
    await expect(sup.page.locator('[data-step=closed]')).toHaveAttribute('data-done', '1');
    await step(sup.page, 'typical', async (d) => {
      await d.getByTestId('typical-cause').fill('电梯主板老化未列入年度更换计划');
      await d.getByTestId('typical-lesson').fill('同一电梯一周两次故障即报经理并安排大修');
    });
    await settled(sup.page);
    await snap(sup.page, 'complaints-07-closed');

    // 7. The company reads the case in the library.
    const company = await openAs(browser, baseURL!, 'company');
    await company.page.goto('/complaints/library?q=E2E');
    await expect(company.page.getByTestId('library-item').first()).toContainText('电梯主板老化');
    await shot(company.page, 'complaints-08-library-company');
    for (const c of [sup, mgr, eng, company]) await c.ctx.close();
  });

  test('list filters with class tags; an anonymous complaint; the monthly public list on A4 (S2 顾客投诉规范)', async ({
    page,
  }) => {
    const res = await page.request.post('/api/auth/sign-in', {
      data: { username: 'supervisor', password: PASSWORD },
    });
    expect(res.ok()).toBe(true);
    await page.goto('/complaints');
    await expect(page.getByTestId('complaints-table').locator('tbody tr').first()).toBeVisible();
    await page.getByTestId('complaints-severity').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '重大' })
      .click();
    await expect(page).toHaveURL(/severity=major/);
    await settled(page);
    const tags = page.getByTestId('complaints-table').getByTestId('severity-tag');
    // Every row of the filtered list is 重大 (the list refreshes after the URL changes).
    await expect
      .poll(async () => [
        ...new Set(await tags.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))),
      ])
      .toEqual(['major']);
    await shot(page, 'complaints-10-list-major');

    // Anonymous: no caller at all (issue 5 item 4).
    await page.goto('/complaints/new');
    await page.getByTestId('complaint-anonymous').check();
    await expect(page.getByLabel('姓名', { exact: true })).toBeDisabled();
    await page.getByTestId('complaint-summary').fill('E2E 匿名：会所游泳池更衣室地面湿滑无人清理');
    await page.getByLabel('投诉类别').focus();
    await page.keyboard.type('环境');
    await page.keyboard.press('Enter');
    await page.getByTestId('complaint-save').click();
    await expect(page.getByTestId('complaint-saved')).toContainText('一般');
    await page.getByTestId('complaint-saved-link').click();
    await expect(page.getByTestId('complaint-facts')).toContainText('匿名投诉');

    await page.goto('/complaints/public-list');
    await expect(page.getByTestId('print-sheet')).toContainText('顾客投诉处理情况公布');
    // The demo's garage complaint is weeks old: its own month's list shows it with its handling.
    const found = await page.request.get('/api/complaints', { params: { q: '地下车库照明', limit: 5 } });
    expect(found.ok()).toBe(true);
    const [garage] = (await found.json()) as { receivedAt: string }[];
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date(garage!.receivedAt))
      .slice(0, 7);
    await page.goto(`/complaints/public-list?month=${month}`);
    await expect(page.getByTestId('public-list-table')).toContainText('地下车库');
    await settled(page);
    await shot(page, 'complaints-11-public-list');
  });

  test('the monthly classification report: two tables, the chart, .xlsx, the overdue flag and the manager’s confirmation (S2 知识管理)', async ({
    page,
    baseURL,
  }) => {
    const api = await apiAs(baseURL!, 'manager');
    const propertyId = await propertyIdOf(api, 'HY');
    const months = await api.get<{ month: string; status: string }[]>(
      `/api/complaint-reports?propertyId=${propertyId}`,
    );
    await api.dispose();
    // The demo leaves last month unconfirmed: overdue from the 3rd, due before.
    const month = months.find((m) => m.status === 'overdue' || m.status === 'due');
    expect(month, 'a month waiting for the manager').toBeTruthy();

    const res = await page.request.post('/api/auth/sign-in', {
      data: { username: 'manager', password: PASSWORD },
    });
    expect(res.ok()).toBe(true);
    await page.goto(`/complaints/reports?month=${month!.month}`);
    await expect(page.getByTestId('report-status')).toContainText(
      month!.status === 'overdue' ? '已逾期' : '待提交',
    );
    await expect(page.getByTestId('report-categories')).toContainText('公共设施设备');
    await expect(page.getByTestId('report-departments')).toBeVisible();
    await expect(page.getByTestId('report-chart').locator('canvas')).toBeVisible();
    await settled(page);
    await shot(page, 'complaints-12-report');

    const download = page.waitForEvent('download');
    await page.getByTestId('report-xlsx').click();
    expect((await download).suggestedFilename()).toContain('顾客投诉分类统计表');

    await page.getByTestId('report-confirm').click();
    await answerAsk(page, month!.month);
    await expect(page.getByTestId('report-status')).toContainText('张伟');
    await expect(page.getByTestId('report-confirm')).toHaveCount(0);
    await shot(page, 'complaints-13-report-confirmed');
  });
});
