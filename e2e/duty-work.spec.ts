import { expect, test } from '@playwright/test';
import { addLocalDays, createPost, freshStaff, hhmmAt, localToday, rosterCell } from './duty-support';
import { apiAs, propertyIdOf, settled, shot, signInQuick } from './helpers';

/** Issue 7 / DOMAIN.md §6: swaps decided by 行政部, clock-in, the duty log, attendance and amendments. */

test('a desk clerk applies a day ahead for a swap; same-day applications are refused and reported instead; 行政部 approves with a note and the roster shows the substitute (S3 篇一 五.4)', async ({
  browser,
  baseURL,
}) => {
  const sup = await apiAs(baseURL!, 'supervisor');
  const hy = await propertyIdOf(sup, 'HY');
  const stamp = Date.now() % 1_000_000;
  const clerk = await freshStaff(baseURL!, hy, 'desk');
  const sub = await freshStaff(baseURL!, hy, 'sub');
  const postName = `E2E 调班岗 ${stamp}`;
  const postId = await createPost(sup, hy, postName, '23:50', '23:59');
  const today = localToday(new Date());
  const ahead = addLocalDays(today, 2);
  await rosterCell(sup, { propertyId: hy, postId, day: ahead, staffIds: [clerk.id] });
  // Today's shift is also swappable while it has not begun: then the same-day rule is shown.
  // (Five minutes of slack, on the same local day: at 23:59 "in five minutes" is tomorrow.)
  const soon = Date.now() + 5 * 60_000;
  const isTodayAhead = localToday(new Date(soon)) === today && hhmmAt(soon) < '23:50';
  if (isTodayAhead) await rosterCell(sup, { propertyId: hy, postId, day: today, staffIds: [clerk.id] });

  const deskCtx = await browser.newContext();
  const desk = await deskCtx.newPage();
  await signInQuick(desk, clerk.username);
  await desk.goto('/duty/swaps');
  await settled(desk);
  const apply = async (day: string, mode: string, reason: string) => {
    await desk.getByTestId('new-swap').click();
    const form = desk.getByTestId('swap-form');
    await form.getByLabel('我的班次').click();
    await desk.getByTitle(new RegExp(`${postName} ${day.slice(5)}`)).click();
    await form.getByLabel('替班人').fill(sub.name);
    await desk.getByTitle(sub.name, { exact: true }).click();
    await form.getByLabel(mode).check();
    await form.getByLabel('原因').fill(reason);
    await desk.getByRole('button', { name: /提\s*交/ }).click();
    return form;
  };
  if (isTodayAhead) {
    const form = await apply(today, '提前一天申请', `E2E 当天 ${stamp}`);
    await expect(form.getByTestId('form-error')).toContainText('调班申请须至少提前一天提出');
    await shot(desk, 'duty-swap-too-late');
    await form.getByLabel('自行调班后报行政部').check();
    await desk.getByRole('button', { name: /提\s*交/ }).click();
    await expect(
      desk.getByTestId('swaps-table').getByRole('row', { name: new RegExp(`E2E 当天 ${stamp}`) }),
    ).toContainText('已报备（生效）');
  }
  const reason = `E2E 申请 ${stamp}`;
  await apply(ahead, '提前一天申请', reason);
  const row = desk.getByTestId('swaps-table').getByRole('row', { name: new RegExp(reason) });
  await expect(row).toContainText('待审批');
  await expect(row).toContainText(sub.name);
  await shot(desk, 'duty-swap-applied');

  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signInQuick(admin, 'admin.clerk');
  await admin.goto('/duty/swaps');
  await settled(admin);
  const adminRow = admin.getByTestId('swaps-table').getByRole('row', { name: new RegExp(reason) });
  await adminRow.getByRole('button', { name: /^批\s*准$/ }).click();
  const decide = admin.getByTestId('decide-form');
  await expect(decide).toContainText(postName);
  await decide.getByLabel('审批意见（可不填）').fill('同意，已通知替班人');
  await shot(admin, 'duty-swap-decide');
  await admin
    .getByRole('dialog')
    .getByRole('button', { name: /^批\s*准$/ })
    .click();
  await expect(adminRow).toContainText('已批准（生效）');
  await expect(adminRow).toContainText('何芳');
  await expect(adminRow).toContainText('同意，已通知替班人');
  await shot(admin, 'duty-swap-approved');

  await admin.goto(`/duty/roster?month=${ahead.slice(0, 7)}`);
  await settled(admin);
  const day = admin.getByTestId('roster-grid').getByRole('row', { name: new RegExp(`^${ahead.slice(5)}`) });
  await expect(day).toContainText(`${sub.name}（替 ${clerk.name}）`);
  await deskCtx.close();
  await adminCtx.close();
  await sup.dispose();
});

test('clock-in from 我的值班 shows the time; once the shift has begun an unresolved log entry joins the daily list and is closed with its outcome (S3 篇一 四.2, 篇七, 篇九 4.1.7)', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const sup = await apiAs(baseURL!, 'supervisor');
  const hy = await propertyIdOf(sup, 'HY');
  const stamp = Date.now() % 1_000_000;
  // A roster cell cannot change once its shift has begun: roster one starting in 30–90 seconds (setup takes a few).
  const startMs = Math.ceil((Date.now() + 30_000) / 60_000) * 60_000;
  const postName = `E2E 打卡岗 ${stamp}`;
  const postId = await createPost(sup, hy, postName, hhmmAt(startMs), hhmmAt(startMs + 60 * 60_000));
  const clerk = await freshStaff(baseURL!, hy, 'clock');
  await rosterCell(sup, { propertyId: hy, postId, day: localToday(new Date(startMs)), staffIds: [clerk.id] });

  await signInQuick(page, clerk.username);
  await page.goto('/duty');
  await settled(page);
  const mine = page.getByTestId('my-shifts').getByRole('row', { name: new RegExp(postName) });
  await expect(mine).toContainText('—');
  await page.getByTestId('clock-in').click();
  // Clocked in a minute or two before the start: flagged as less than 10 minutes early (S3 篇三).
  await expect(page.getByText(/打卡成功：接班未提前 10 分钟到岗/)).toBeVisible();
  const api = await apiAs(baseURL!, clerk.username);
  const shift = (
    await api.get<{ postId: number; clockIn: string | null }[]>(`/api/duty/my-shifts?propertyId=${hy}`)
  ).find((s) => s.postId === postId)!;
  expect(shift.clockIn).toBeTruthy();
  await expect(mine).toContainText(`已打卡 ${hhmmAt(Date.parse(shift.clockIn!))}`);
  await shot(page, 'duty-mine-clocked-in');

  await new Promise((r) => setTimeout(r, Math.max(0, startMs - Date.now() + 2_000)));
  await page.reload();
  await settled(page);
  const log = page.getByTestId('duty-log');
  await expect(log.getByLabel('当前班次')).toBeVisible();
  const text = `E2E 2栋大堂门禁失灵，待工程部修理 ${stamp}`;
  await log.getByLabel('未解决事项').check();
  await log.getByLabel('内容').fill(text);
  await log.getByTestId('log-add').click();
  await expect(log.getByRole('listitem').filter({ hasText: text })).toContainText('未解决事项');
  await shot(page, 'duty-mine-log');

  await page.goto('/duty/unresolved');
  await settled(page);
  const item = page.getByTestId('unresolved-entries').getByRole('listitem').filter({ hasText: text });
  await expect(item).toContainText(postName);
  await expect(item).toContainText(clerk.name);
  await shot(page, 'duty-unresolved-entry');
  await item.getByRole('button', { name: '登记处理结果' }).click();
  await page.getByTestId('resolve-form').getByLabel('处理结果').fill('工程部已更换门禁读卡器');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  // Resolved today: no longer on today's list of what is not resolved.
  await expect(page.getByTestId('unresolved-entries')).not.toContainText(text);
  await page.goto('/duty');
  await settled(page);
  const done = page.getByTestId('duty-log').getByRole('listitem').filter({ hasText: text });
  await expect(done).toContainText('已解决');
  await expect(done).toContainText('工程部已更换门禁读卡器');
  await api.dispose();
  await sup.dispose();
});

test('考勤 shows the demo month’s late, early-leave, absence and short-lead facts per person with shift and times, and the workload tab the weekend allowance; the desk gets 403 (S3 篇一 四.2, 五.5, 篇三)', async ({
  page,
  browser,
  baseURL,
}) => {
  const sup = await apiAs(baseURL!, 'supervisor');
  const hy = await propertyIdOf(sup, 'HY');
  type Att = {
    facts: { staffId: number; postName: string; label: string; day: string }[];
    perPerson: { staffId: number; staffName: string; late: number; absent: number }[];
  };
  let month = localToday(new Date()).slice(0, 7);
  let att = await sup.get<Att>(`/api/duty/attendance?propertyId=${hy}&month=${month}`);
  if (!att.perPerson.length) {
    // Early on the 1st the month has no facts yet: the seeded previous month has.
    month = addLocalDays(`${month}-01`, -1).slice(0, 7);
    att = await sup.get<Att>(`/api/duty/attendance?propertyId=${hy}&month=${month}`);
  }
  expect(att.perPerson.length, 'the demo month has attendance facts').toBeGreaterThan(0);
  const person = att.perPerson[0]!;
  const fact = att.facts.find((f) => f.staffId === person.staffId)!;

  await signInQuick(page, 'supervisor');
  await page.goto(`/duty/attendance?month=${month}`);
  await settled(page);
  const row = page.getByTestId('attendance-table').getByRole('row', { name: new RegExp(person.staffName) });
  await expect(row.getByRole('cell').nth(2)).toHaveText(String(person.late));
  await expect(row.getByRole('cell').nth(4)).toHaveText(String(person.absent));
  await row.getByRole('button', { name: /展开|Expand/ }).click();
  const detail = page.locator('.ant-table-expanded-row').first();
  await expect(detail).toContainText(fact.postName);
  await expect(detail).toContainText(fact.day);
  await shot(page, 'duty-attendance');

  const wl = await sup.get<{ rows: { staffName: string; shifts: number; weekendAllowance: number }[] }>(
    `/api/duty/workload?propertyId=${hy}&month=${month}`,
  );
  const busiest = [...wl.rows].sort((a, b) => b.shifts - a.shifts)[0]!;
  await page.getByRole('tab', { name: '值班工作量与双休日补贴' }).click();
  const wrow = page.getByTestId('workload-table').getByRole('row', { name: new RegExp(busiest.staffName) });
  await expect(wrow.getByRole('cell').nth(1)).toHaveText(String(busiest.shifts));
  await expect(wrow.getByRole('cell').nth(5)).toHaveText(String(busiest.weekendAllowance));
  await expect(page).toHaveURL(/tab=workload/);
  await shot(page, 'duty-workload');

  const deskCtx = await browser.newContext();
  const desk = await deskCtx.newPage();
  await signInQuick(desk, 'reception');
  await desk.goto('/duty/attendance');
  await expect(desk.getByText('您的角色无权访问此页面')).toBeVisible();
  await expect(desk.getByRole('menuitem', { name: '考勤' })).toHaveCount(0);
  await deskCtx.close();
  await sup.dispose();
});

test('a signed handover is never altered: the supervisor adds an amendment with its reason after a confirmation (S3 篇三)', async ({
  page,
  baseURL,
}) => {
  const sup = await apiAs(baseURL!, 'supervisor');
  const hy = await propertyIdOf(sup, 'HY');
  const list = await sup.get<{ id: number; state: string }[]>(`/api/duty/handovers?propertyId=${hy}`);
  const signed = list.find((h) => h.state === 'closed' || h.state === 'signed');
  expect(signed, 'a demo handover signed by both').toBeTruthy();
  const before = await sup.get<{ notes: string }>(`/api/duty/handovers/${signed!.id}`);

  await signInQuick(page, 'supervisor');
  await page.goto(`/duty/handovers/${signed!.id}`);
  await settled(page);
  await expect(page.getByText('双方已签字，记录不再修改')).toBeVisible();
  const text = `E2E 对讲机实为 1 台 ${Date.now() % 1_000_000}`;
  await page.getByTestId('amend-handover').click();
  const form = page.getByTestId('amend-form');
  await form.getByLabel('更正内容').fill(text);
  await form.getByLabel('更正原因').fill('交班时点数有误');
  await page
    .locator('.ant-modal')
    .filter({ has: form })
    .getByRole('button', { name: /追\s*加/ })
    .click();
  await expect(page.locator('.ant-modal-confirm')).toContainText('追加后不能撤回或修改');
  await shot(page, 'duty-handover-amend-confirm');
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /追\s*加/ })
    .click();
  await expect(page.getByTestId('amendments')).toContainText(`${text}（交班时点数有误）`);
  await expect(page.getByTestId('amendments')).toContainText('陈建国');
  const after = await sup.get<{ notes: string }>(`/api/duty/handovers/${signed!.id}`);
  expect(after.notes).toBe(before.notes);
  await shot(page, 'duty-handover-amended');
  await sup.dispose();
});
