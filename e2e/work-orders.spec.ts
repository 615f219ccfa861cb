import { randomUUID } from 'node:crypto';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { type ApiClient, apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';

// Work orders and return visits (DOMAIN.md §4; issue 4): the desk dispatches, the engineer works
// from a phone, the desk visits back; a missed reschedule; the live board.

type Staff = { id: number; name: string; departmentId: number | null; departmentName: string | null };
type Order = { id: number; number: string; version: number; state: string; caseId: number };

const PHONE = { width: 390, height: 844 };

/** A repair registered at the desk that waits for dispatch (S0 4.2 报修). */
const registerRepair = async (api: ApiClient, propertyId: number, summary: string) => {
  const res = await api.post('/api/contacts', {
    propertyId,
    idempotencyKey: randomUUID(),
    channel: 'call',
    type: 'repair',
    callerName: '冼女士',
    callerPhone: '13600009999',
    identity: 'other',
    summary,
    urgency: 'normal',
    resolution: { mode: 'dispatch' },
  });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as { caseId: number; number: string };
};

const ordersOfCase = async (api: ApiClient, caseId: number) =>
  (await api.get<{ items: Order[] }>(`/api/work-orders?caseId=${caseId}`)).items;

const engineerOf = async (api: ApiClient, propertyId: number) => {
  const staff = await api.get<Staff[]>(`/api/desk/staff?propertyId=${propertyId}`);
  const engineer = staff.find((s) => s.name === '刘强');
  expect(engineer?.departmentId, 'demo engineer 刘强 in 工程部').toBeTruthy();
  return engineer!;
};

const phonePage = async (browser: Browser, baseURL: string, username: string) => {
  const ctx = await browser.newContext({
    baseURL,
    viewport: PHONE,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: true,
    hasTouch: true,
  });
  const page = await ctx.newPage();
  await signInQuick(page, username);
  return { ctx, page };
};

/** Picks an option of an antd Select by its exact text. */
const choose = async (page: Page, select: ReturnType<Page['getByTestId']>, text: string) => {
  await select.click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .first()
    .click();
};

/** The OK button of antd's confirm dialog (two Chinese characters get a space: "接 单"). */
const confirmWith = async (page: Page, label: string) => {
  const spaced = new RegExp(label.split('').join('\\s?'));
  await page.locator('.ant-modal-confirm').getByRole('button', { name: spaced }).click();
};

test('the desk dispatches a repair, the engineer works it from a phone, the desk visits back and the case closes (S3 篇九 4.5.3–4.5.5)', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const api = await apiAs(baseURL!, 'reception');
  const propertyId = await propertyIdOf(api, 'HY');
  const summary = `卫生间角阀漏水 ${Date.now() % 100000}`;
  const registered = await registerRepair(api, propertyId, summary);

  // 派工 from the board's 待派工 tab.
  await signInQuick(page, 'reception');
  await page.goto('/board?tab=dispatch');
  const cases = page.getByTestId('board-cases');
  await expect(cases).toContainText(summary);
  await settled(page);
  await shot(page, 'wo-01-board-dispatch');
  await page.getByTestId(`dispatch-${registered.number}`).click();
  const form = page.getByRole('dialog');
  await form.getByTestId('dispatch-form-ok').click();
  await expect(form.getByText('请选择部门')).toBeVisible();
  await choose(page, form.getByTestId('dispatch-department'), '工程部');
  await choose(page, form.getByTestId('dispatch-assignee'), '刘强');
  await shot(page, 'wo-02-dispatch-form');
  await form.getByTestId('dispatch-form-ok').click();
  await expect(form).toBeHidden();
  const [order] = await ordersOfCase(api, registered.caseId);
  expect(order?.state).toBe('dispatched');

  // The order page: both clocks running, steps, the desk's levers.
  await page.goto(`/work-orders/${order!.id}`);
  await expect(page.getByTestId('order-state')).toHaveText('已派工');
  await expect(page.getByTestId('clock-arrival')).toHaveAttribute('data-status', 'running');
  await expect(page.getByTestId('order-actions')).toContainText(/改\s?约/);
  await settled(page);
  await shot(page, 'wo-03-order-dispatched');

  // The engineer, on a phone in a second browser context: accept, arrive, complete.
  const phone = await phonePage(browser, baseURL!, 'engineer');
  await phone.page.goto('/my-orders');
  const card = phone.page.getByTestId(`my-order-${order!.number}`);
  await expect(card).toContainText(summary);
  await expect(card.getByTestId('call-customer')).toHaveAttribute('href', 'tel:13600009999');
  await settled(phone.page);
  await shot(phone.page, 'wo-04-phone-my-orders');
  await card.getByTestId('mine-accept').click();
  await confirmWith(phone.page, '接单');
  await expect(card.getByTestId('my-order-state')).toHaveText('已接单');
  await card.getByTestId('mine-arrive').click();
  await confirmWith(phone.page, '报到场');
  await expect(card.getByTestId('my-order-state')).toHaveText('已到场');
  await card.getByTestId('mine-complete').click();
  const done = phone.page.getByRole('dialog');
  await done.getByLabel('处理结果').fill('已更换角阀，试用无渗漏');
  await done.getByRole('button', { name: '添加材料' }).click();
  await done.getByPlaceholder('材料名称').fill('生料带');
  await done.getByRole('button', { name: '添加收费项目' }).click();
  await choose(phone.page, done.getByTestId('price-item-0'), '更换角阀 ¥20.00/个');
  await expect(done.getByTestId('fee-total')).toContainText('¥20.00');
  await shot(phone.page, 'wo-05-phone-complete');
  await done.getByTestId('complete-form-ok').click();
  await expect(done).toBeHidden();
  await expect(card.getByTestId('my-order-state')).toHaveText('已完工');
  await settled(phone.page);
  await shot(phone.page, 'wo-06-phone-completed');
  await phone.ctx.close();

  // The slip and the receipt print from the order.
  await page.goto(`/work-orders/${order!.id}/slip`);
  await expect(page.getByTestId('print-sheet')).toContainText(order!.number);
  await expect(page.getByTestId('slip-fee')).toHaveText('¥20.00');
  await shot(page, 'wo-07-slip');
  await page.goto(`/work-orders/${order!.id}/receipt`);
  await expect(page.getByTestId('print-sheet')).toContainText('经物价局审批');
  await expect(page.getByTestId('receipt-total')).toHaveText('¥20.00');
  await shot(page, 'wo-08-receipt');

  // 回访 the same day; satisfied, and the order closes with the case.
  await page.goto('/return-visits');
  const visit = page.getByTestId(`visit-${order!.number}`);
  await expect(visit).toBeVisible();
  await settled(page);
  await shot(page, 'wo-09-visit-queue');
  await visit.click();
  const visitForm = page.getByRole('dialog');
  await visitForm.getByLabel('客户意见').fill('维修及时，态度很好');
  await expect(visitForm.getByTestId('visit-and-close')).toBeChecked();
  await shot(page, 'wo-10-visit-form');
  await visitForm.getByTestId('visit-form-ok').click();
  await expect(visitForm).toBeHidden();
  await expect(page.getByTestId(`visit-${order!.number}`)).toHaveCount(0);

  await page.goto(`/work-orders/${order!.id}`);
  await expect(page.getByTestId('order-state')).toHaveText('已关闭');
  await expect(page.getByTestId('visit-card')).toContainText('满意');
  await expect(page.getByTestId('order-timeline')).toContainText('回访');
  const theCase = await api.get<{ state: string }>(`/api/cases/${registered.caseId}`);
  expect(theCase.state).toBe('closed');
  await settled(page);
  await shot(page, 'wo-11-order-closed');
  await api.dispose();
});

test('a reschedule that is then missed counts two breaches (S1 报修: the second appointment must be kept)', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const api = await apiAs(baseURL!, 'reception');
  const engineerApi = await apiAs(baseURL!, 'engineer');
  const propertyId = await propertyIdOf(api, 'HY');
  const engineer = await engineerOf(api, propertyId);
  const registered = await registerRepair(api, propertyId, `入户门锁坏了 ${Date.now() % 100000}`);
  const created = await api.post('/api/work-orders', {
    caseId: registered.caseId,
    departmentId: engineer.departmentId,
    assigneeId: engineer.id,
    dispatchMode: 'printed',
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as { id: number };

  // 改约: reason, the customer's agreement, a new time a little ahead.
  await signInQuick(page, 'reception');
  await page.goto(`/work-orders/${id}`);
  await page.getByTestId('act-reschedule').click();
  const form = page.getByRole('dialog');
  await form.getByTestId('reschedule-form-ok').click();
  await expect(form.getByText('改约须经客户同意（S1 报修）')).toBeVisible();
  await form.getByLabel('无法按时上门的原因').fill('维修人员正在处理突发漏水，无法按时到达');
  await form.getByText('客户已同意新的上门时间').click();
  await form.getByLabel('客户同意的方式或原话').fill('电话联系冼女士，同意稍后上门');
  const newArrival = Date.now() + 25_000;
  const typed = new Date(newArrival).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const picker = form.getByLabel('新的上门时间（必须守约）');
  await picker.click();
  await picker.fill(typed);
  await shot(page, 'wo-12-reschedule-form');
  // Enter takes the typed time and, the form being complete, saves it.
  await picker.press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByTestId('must-keep')).toBeVisible();
  // The broken first promise counts at once.
  await expect(page.getByTestId('breach-count')).toHaveText('违约 1 次');

  // The engineer accepts but arrives after the agreed time: the second breach counts at arrival.
  const accepted = await engineerApi.post(`/api/work-orders/${id}/accept`, {
    version: (await engineerApi.get<Order>(`/api/work-orders/${id}`)).version,
  });
  expect(accepted.ok(), await accepted.text()).toBe(true);
  await expect
    .poll(() => Date.now(), { timeout: 60_000, intervals: [1000] })
    .toBeGreaterThan(newArrival + 1500);
  const arrived = await engineerApi.post(`/api/work-orders/${id}/arrive`, {
    version: (await engineerApi.get<Order>(`/api/work-orders/${id}`)).version,
  });
  expect(arrived.ok(), await arrived.text()).toBe(true);

  // The order page is live: no reload needed.
  await expect(page.getByTestId('breach-count')).toHaveText('违约 2 次', { timeout: 20_000 });
  const breaches = page.getByTestId('breaches');
  await expect(breaches).toContainText('未按时到场');
  await expect(breaches).toContainText('改约后仍失约');
  await expect(page.getByTestId('clock-arrival')).toHaveAttribute('data-status', 'metLate');
  await settled(page);
  await shot(page, 'wo-13-two-breaches');
  await api.dispose();
  await engineerApi.dispose();
});

test('the follow-up board in a second browser shows a newly registered case without reloading (issue 4 item 7)', async ({
  browser,
  baseURL,
}) => {
  const watcher = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const board = await watcher.newPage();
  await signInQuick(board, 'supervisor');
  await board.goto('/board?tab=dispatch');
  await expect(board.getByTestId('board-live')).toHaveAttribute('data-status', 'live');
  await settled(board);
  let navigations = 0;
  board.on('framenavigated', (f) => {
    if (f === board.mainFrame()) navigations++;
  });

  const api = await apiAs(baseURL!, 'reception');
  const propertyId = await propertyIdOf(api, 'HY');
  const summary = `地下车库照明损坏 ${Date.now() % 100000}`;
  await registerRepair(api, propertyId, summary);

  await expect(board.getByTestId('board-cases')).toContainText(summary);
  expect(navigations, 'the board was not reloaded').toBe(0);
  await shot(board, 'wo-14-board-live');
  await api.dispose();
  await watcher.close();
});

test('the price list: the admin adds an item and retires it after confirming (S1 经物价局审批的价目表)', async ({
  page,
}) => {
  await signInQuick(page, 'admin');
  await page.goto('/admin/price-items');
  const table = page.getByTestId('price-table');
  await expect(table).toContainText('更换角阀');
  const name = `更换地漏 ${Date.now() % 100000}`;
  await page.getByTestId('price-create').click();
  const form = page.getByRole('dialog');
  await form.getByLabel('项目').fill(name);
  await form.getByLabel('单位').fill('个');
  await form.getByLabel('单价（元）').fill('35');
  await form.getByLabel('单位').press('Enter');
  await expect(form).toBeHidden();
  const row = table.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('¥35.00');
  await expect(row).toContainText('经物价局审批');
  await settled(page);
  await shot(page, 'wo-15-price-list');
  await row.getByRole('button', { name: /停\s?用/ }).click();
  await confirmWith(page, '停用');
  await expect(table.getByRole('row').filter({ hasText: name })).toHaveCount(0);
});

test('two people change one order: the later write is refused and the page refreshes (version, 409 CONFLICT)', async ({
  page,
  baseURL,
}) => {
  const api = await apiAs(baseURL!, 'reception');
  const supervisor = await apiAs(baseURL!, 'supervisor');
  const propertyId = await propertyIdOf(api, 'HY');
  const engineer = await engineerOf(api, propertyId);
  const staff = await api.get<(Staff & { roles: string[] })[]>(`/api/desk/staff?propertyId=${propertyId}`);
  const colleague = staff.find(
    (s) => s.departmentId === engineer.departmentId && s.id !== engineer.id && s.roles.includes('dept_staff'),
  );
  expect(colleague, 'another engineer').toBeTruthy();
  const registered = await registerRepair(api, propertyId, `楼道灯不亮 ${Date.now() % 100000}`);
  const created = await api.post('/api/work-orders', {
    caseId: registered.caseId,
    departmentId: engineer.departmentId,
    assigneeId: engineer.id,
    dispatchMode: 'verbal',
  });
  const { id } = (await created.json()) as { id: number };

  await signInQuick(page, 'reception');
  await page.goto(`/work-orders/${id}`);
  await page.getByTestId('act-pause').click();
  const form = page.getByRole('dialog');
  await form.getByLabel('暂停原因').fill('等待配件到货');
  // Meanwhile the supervisor reassigns the order.
  const reassigned = await supervisor.post(`/api/work-orders/${id}/reassign`, {
    version: 1,
    assigneeId: colleague!.id,
    reason: '刘强请假',
  });
  expect(reassigned.ok(), await reassigned.text()).toBe(true);
  const picker = form.getByLabel('预计恢复时间');
  await picker.click();
  await picker.fill(new Date(Date.now() + 3_600_000).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }));
  await picker.press('Enter');
  await expect(page.getByText('该派工单已被他人更新，已刷新')).toBeVisible();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('order-info')).toContainText(colleague!.name);
  await expect(page.getByTestId('order-state')).toHaveText('已派工');
  await api.dispose();
  await supervisor.dispose();
});
