import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Page, request } from '@playwright/test';

export const PASSWORD = 'propdesk123';
const SCREENS = path.resolve(import.meta.dirname, '..', 'test-results', 'screens');

/** A full-page screenshot at the configured 1366×768 viewport, kept for people to look at. */
export const shot = async (page: Page, name: string) => {
  fs.mkdirSync(SCREENS, { recursive: true });
  // Let antd's fade and slide motions finish so the picture shows the settled page.
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
};

/** Signs the browser context in through the API (its cookie is shared with the page). */
export const signInQuick = async (page: Page, username: string) => {
  const res = await page.request.post('/api/auth/sign-in', { data: { username, password: PASSWORD } });
  expect(res.ok(), `sign in as ${username}`).toBe(true);
};

/** A separate API client for another staff member, with the CSRF header on writes. */
export const apiAs = async (baseURL: string, username: string) => {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post('/api/auth/sign-in', { data: { username, password: PASSWORD } });
  expect(res.ok(), `sign in as ${username}`).toBe(true);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    ctx,
    get: async <T>(url: string) => {
      const r = await ctx.get(url);
      expect(r.ok(), `GET ${url}`).toBe(true);
      return (await r.json()) as T;
    },
    post: (url: string, data: unknown) => ctx.post(url, { data, headers: { 'x-csrf-token': csrfToken } }),
    dispose: () => ctx.dispose(),
  };
};

export type ApiClient = Awaited<ReturnType<typeof apiAs>>;

export const propertyIdOf = async (api: ApiClient | APIRequestContext, code: string) => {
  const list =
    'ctx' in api
      ? await api.get<{ id: number; code: string }[]>('/api/properties')
      : ((await (await api.get('/api/properties')).json()) as { id: number; code: string }[]);
  const p = list.find((x) => x.code === code);
  if (!p) throw new Error(`no property ${code}`);
  return p.id;
};

/** Waits until no antd spinner or skeleton is on the page, so screenshots show content. */
export const settled = async (page: Page) => {
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0, { timeout: 15_000 });
};
