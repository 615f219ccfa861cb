import { expect, type Page, test } from '@playwright/test';
import { apiAs, PASSWORD, propertyIdOf, settled, shot, signInQuick } from './helpers';
import { findCallerByLast4 } from './intake-support';

type CaseDetail = {
  id: number;
  number: string;
  state: string;
  type: string;
  roomId: number | null;
  callerName: string;
  answer: string | null;
  firstTakerName: string | null;
};

/** Counts what the receptionist does: each fill/type/press (a keystroke group) and each click is one. */
const counter = () => {
  let n = 0;
  return {
    act: async <T>(step: Promise<T>) => {
      n++;
      return step;
    },
    get count() {
      return n;
    },
  };
};

const signInByForm = async (page: Page, username: string) => {
  await page.goto('/sign-in');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByLabel('密码').press('Enter');
};

test.describe('front desk (issue 3 item 1, DOMAIN.md §3)', () => {
  test('registers a repair for a known caller from the last 4 phone digits in at most 12 actions @smoke', async ({
    page,
    baseURL,
  }) => {
    const api = await apiAs(baseURL!, 'reception');
    const propertyId = await propertyIdOf(api, 'HY');
    const caller = await findCallerByLast4(api, propertyId);

    // The receptionist lands on 前台登记 after signing in, with the caller box focused.
    await signInByForm(page, 'reception');
    await expect(page).toHaveURL(/\/desk$/);
    const box = page.getByTestId('caller-input');
    await expect(box).toBeFocused();
    await settled(page);
    await shot(page, 'intake-01-desk-empty');

    const user = counter();
    await user.act(box.fill(caller.last4));
    await expect(page.getByTestId('caller-option').first()).toContainText(caller.name);
    await user.act(box.press('Enter'));
    await expect(page.getByTestId('caller-known')).toContainText(caller.roomLabel);
    // Beside the form: the room, arrears, open cases and recent history of this caller.
    const panel = page.getByTestId('caller-panel');
    await expect(panel).toContainText(caller.roomLabel);
    await expect(panel.getByTestId('caller-arrears')).toContainText(/欠 \d+ 个月/);
    await expect(panel.getByTestId('caller-arrears')).toContainText('欠费 3 个月及以上');
    // Enter moved the focus to the type row: one key picks 报修 (its number is on the button).
    const repair = page.getByTestId('type-choice').getByRole('radio', { name: /报修/ });
    await expect(page.getByTestId('type-choice').getByRole('radio').first()).toBeFocused();
    await user.act(page.keyboard.press('4'));
    await expect(repair).toHaveAttribute('aria-checked', 'true');
    const summary = page.getByTestId('desk-summary');
    await expect(summary).toBeFocused();
    await expect(page.getByTestId('mode-hint')).toContainText('待派工');
    await user.act(summary.fill('厨房水管漏水，楼下天花板渗水'));
    await settled(page);
    await shot(page, 'intake-02-desk-known-caller');
    // Enter on the last field saves.
    await user.act(summary.press('Enter'));

    const saved = page.getByTestId('desk-saved');
    await expect(saved).toContainText(/已登记，案件编号 HY\d{8}-\d{4}/);
    const number = (await saved.textContent())!.match(/HY\d{8}-\d{4}/)![0];
    // The form is reset with the focus back in the caller box for the next call.
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');
    await expect(summary).toHaveValue('');
    await shot(page, 'intake-03-desk-saved');

    console.log(
      `[issue 3 item 1] register a repair for a known caller from 4 phone digits: ${user.count} user actions (limit 12; sign-in not counted)`,
    );
    expect(user.count).toBeLessThanOrEqual(12);

    const [row] = await api.get<CaseDetail[]>(`/api/cases?propertyId=${propertyId}&q=${number}`);
    const c = await api.get<CaseDetail>(`/api/cases/${row!.id}`);
    expect(c).toMatchObject({
      type: 'repair',
      state: 'awaitingDispatch',
      roomId: caller.roomId,
      callerName: caller.name,
    });
    expect(c.firstTakerName).toBe('李晓燕');
    await api.dispose();
  });

  test('a 咨询 answered on the spot is closed at once with the answer (S0 4.2.1)', async ({
    page,
    baseURL,
  }) => {
    await signInQuick(page, 'reception');
    await page.goto('/desk');
    const box = page.getByTestId('caller-input');
    await box.fill('1-1-101');
    await expect(page.getByTestId('caller-option').first()).toContainText('1栋1单元101');
    await box.press('Enter');
    await expect(page.getByTestId('caller-known')).toContainText('1栋1单元101');
    // A room code gives no phone number: a call's record needs one, so the phone field is next.
    const phone = page.getByTestId('caller-phone');
    await expect(phone).toBeFocused();
    await phone.fill('13800001111');
    await phone.press('Enter');
    await expect(page.getByTestId('type-choice').getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('1');
    await expect(page.getByTestId('type-choice').getByRole('radio', { name: /咨询/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    const summary = page.getByTestId('desk-summary');
    await summary.fill('询问物业费缴费标准');
    // Not the last field here: Enter moves on to the answer, whose Enter saves.
    await summary.press('Enter');
    const answer = page.getByLabel('答复内容');
    await expect(answer).toBeFocused();
    await answer.fill('住宅 2.5 元/㎡·月，可在服务中心或线上缴纳');
    await shot(page, 'intake-04-desk-inquiry-answer');
    await answer.press('Enter');
    await expect(page.getByTestId('desk-saved')).toContainText('已登记');

    await page.getByTestId('desk-saved').getByRole('link', { name: '查看案件' }).click();
    await expect(page.getByTestId('case-state')).toHaveText('已关闭');
    await expect(page.getByTestId('case-info')).toContainText('住宅 2.5 元/㎡·月');
    await expect(page.getByTestId('case-timeline')).toContainText('S0 4.2.1 能当场回答的立即回复');
    await settled(page);
    await shot(page, 'intake-05-case-answered');

    const api = await apiAs(baseURL!, 'reception');
    const id = Number(page.url().split('/').pop());
    expect((await api.get<CaseDetail>(`/api/cases/${id}`)).answer).toBe(
      '住宅 2.5 元/㎡·月，可在服务中心或线上缴纳',
    );
    await api.dispose();
  });

  test('a second call about the same matter joins the open case; a double save makes one case (idempotency key)', async ({
    page,
    baseURL,
  }) => {
    const api = await apiAs(baseURL!, 'reception');
    const propertyId = await propertyIdOf(api, 'HY');
    const caller = await findCallerByLast4(api, propertyId);
    await signInQuick(page, 'reception');
    await page.goto('/desk');
    const box = page.getByTestId('caller-input');
    await box.fill(caller.last4);
    await expect(page.getByTestId('caller-option').first()).toContainText(caller.name);
    await box.press('Enter');
    await expect(page.getByTestId('type-choice').getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('4');
    const summary = page.getByTestId('desk-summary');
    await summary.fill('卫生间下水道堵塞，已溢水');
    const startedAt = new Date().toISOString();
    // Saved twice in a row (a double press): the form's one idempotency key makes one case.
    await summary.press('Control+Enter');
    await summary.press('Control+Enter');
    await expect(page.getByTestId('desk-saved')).toContainText('已登记');
    await expect(page.getByText('请选择类型')).toHaveCount(0);
    const number = (await page.getByTestId('desk-saved').textContent())!.match(/HY\d{8}-\d{4}/)![0];
    const same = await api.get<{ number: string; createdAt: string }[]>(
      `/api/cases?propertyId=${propertyId}&q=${encodeURIComponent('溢水')}&roomId=${caller.roomId}`,
    );
    expect(same.filter((c) => c.createdAt >= startedAt).map((c) => c.number)).toEqual([number]);

    // The caller rings again: their open case is beside the form; a click adds this call to it.
    await box.fill(caller.last4);
    await box.press('Enter');
    const open = page.getByTestId('caller-open-cases').getByRole('button', { name: new RegExp(number) });
    await open.click();
    await expect(page.getByTestId('desk-adding')).toContainText(`本次来电将并入案件 ${number}`);
    await summary.fill('再次来电催促，水已漫到客厅');
    await shot(page, 'intake-07-desk-add-to-case');
    await summary.press('Enter');
    await expect(page.getByTestId('desk-saved')).toContainText(`已并入案件 ${number}`);
    const [row] = await api.get<{ id: number }[]>(`/api/cases?propertyId=${propertyId}&q=${number}`);
    const c = await api.get<{ contacts: { summary: string }[] }>(`/api/cases/${row!.id}`);
    expect(c.contacts.map((x) => x.summary)).toEqual([
      '卫生间下水道堵塞，已溢水',
      '再次来电催促，水已漫到客厅',
    ]);
    await api.dispose();
  });

  test('a trainee not certified for duty is refused a call with the server message; a visit is allowed (S0 3.1.6)', async ({
    page,
  }) => {
    await signInQuick(page, 'trainee');
    await page.goto('/desk');
    await expect(page.getByText('您尚未获得独立上岗资格')).toBeVisible();
    const box = page.getByTestId('caller-input');
    await box.fill('冼女士');
    await box.press('Enter');
    await expect(page.getByTestId('caller-name')).toHaveValue('冼女士');
    await expect(page.getByTestId('caller-phone')).toBeFocused();
    await page.getByTestId('caller-phone').fill('13600001234');
    await page.getByTestId('caller-phone').press('Enter');
    await expect(page.getByTestId('type-choice').getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('1');
    await page.getByTestId('desk-summary').fill('询问快递柜位置');
    await page
      .getByTestId('mode-choice')
      .getByRole('radio', { name: /前台处理中/ })
      .click();
    await page.getByTestId('desk-summary').press('Control+Enter');
    const error = page.getByTestId('desk-error');
    await expect(error).toContainText('未独立上岗的新员工不得接听客户电话（S0 3.1.6）');
    await shot(page, 'intake-06-desk-trainee-refused');

    // The same contact as a walk-in visit is the trainee's to register.
    await page.getByTestId('channel-choice').getByRole('radio', { name: /来访/ }).click();
    await page.getByTestId('desk-save').click();
    await expect(page.getByTestId('desk-saved')).toContainText('已登记');
    await expect(error).toHaveCount(0);
  });
});
