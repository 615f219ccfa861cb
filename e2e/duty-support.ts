import { expect, type Locator, type Page } from '@playwright/test';
import { type ApiClient, apiAs, PASSWORD } from './helpers';

/** Helpers of the duty flows (issue 7): local dates in Asia/Shanghai, posts, roster cells, fresh staff. */

export const localToday = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);

export const hhmmAt = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }).format(
    ms,
  );
export const addLocalDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
/** A roster cell written as the supervisor (PUT: the helper client posts only). */
export const rosterCell = async (sup: ApiClient, body: Record<string, unknown>) => {
  const me = await sup.get<{ csrfToken: string }>('/api/auth/me');
  const r = await sup.ctx.put('/api/duty/roster/cell', {
    data: body,
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(r.ok(), await r.text()).toBe(true);
};
export const createPost = async (
  sup: ApiClient,
  propertyId: number,
  name: string,
  start: string,
  end: string,
) => {
  const r = await sup.post('/api/duty/posts', {
    propertyId,
    name,
    kind: 'other',
    headcount: 1,
    weekdaySegments: [{ start, end }],
    weekendSegments: [{ start, end }],
    sortOrder: 95,
  });
  expect(r.ok(), await r.text()).toBe(true);
  return ((await r.json()) as { id: number }).id;
};
/** A desk clerk of HY made for this run, so a retry on the same server finds them free. */
export const freshStaff = async (baseURL: string, propertyId: number, label: string) => {
  const admin = await apiAs(baseURL, 'admin');
  const stamp = `${Date.now() % 1_000_000}${Math.floor(Math.random() * 100)}`;
  const body = {
    username: `e2e.${label}.${stamp}`,
    password: PASSWORD,
    name: `${label === 'sub' ? '替班' : '值班'}${stamp}`,
    employeeNo: `E2E${label}${stamp}`,
    roles: ['receptionist'],
    propertyIds: [propertyId],
    certifiedForDuty: true,
  };
  const r = await admin.post('/api/admin/staff', body);
  expect(r.ok(), await r.text()).toBe(true);
  const { id } = (await r.json()) as { id: number };
  await admin.dispose();
  return { id, username: body.username, name: body.name };
};
const timeInput = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
export const typeTime = async (scope: Page | Locator, label: string, value: string) => {
  const input = timeInput(scope, label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
};
