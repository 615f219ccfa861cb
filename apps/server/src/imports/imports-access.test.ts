import type { Role } from '@propdesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, csvFile, download, upload } from '../../test/fixtures/import-files.js';
import { createTestContext, type TestContext, tableCounts } from '../../test/harness.js';

let ctx: TestContext;
let home: number;
let other: number;
let homeJob: number;
let otherJob: number;
const rooms = () => csvFile([['房号'], ['1-1-101'], ['1-1-102']]);

beforeAll(async () => {
  ctx = await createTestContext();
  home = await ctx.property();
  other = await ctx.property();
  const a = await ctx.as(['assistant'], [home]);
  homeJob = (await upload(ctx, a, { propertyId: home, kind: 'rooms', data: rooms() })).body.id;
  const b = await ctx.as(['assistant'], [other]);
  otherJob = (await upload(ctx, b, { propertyId: other, kind: 'rooms', data: rooms() })).body.id;
});
afterAll(async () => ctx.close());

const importers: Role[] = ['admin', 'manager', 'supervisor', 'assistant'];
const outsiders: Role[] = ['receptionist', 'dept_staff', 'gate_guard', 'company'];

describe('who may import and export the archive (issue 2 item 5)', () => {
  it.each(importers)('%s of the property may upload, read and commit', async (role) => {
    const c = await ctx.as([role], [home]);
    const res = await upload(ctx, c, { propertyId: home, kind: 'rooms', data: rooms() });
    expect(res.status).toBe(200);
    expect((await c.get(`/api/imports/${res.body.id}`)).status).toBe(200);
    expect((await c.get(`/api/imports?propertyId=${home}`)).body.map((j: { id: number }) => j.id)).toContain(
      res.body.id,
    );
    expect((await commitAndWait(ctx, c, res.body.id)).body.status).toBe('done');
    expect((await download(ctx, c, `/api/imports/export/rooms.xlsx?propertyId=${home}`)).status).toBe(200);
  });

  it.each(importers)("%s gets 404 for another property's upload, job, commit and export", async (role) => {
    const c = await ctx.as([role], [home]);
    const before = await tableCounts(ctx.db);
    const up = await upload(ctx, c, { propertyId: other, kind: 'rooms', data: rooms() });
    expect(up.status).toBe(404);
    expect((await c.get(`/api/imports/${otherJob}`)).status).toBe(404);
    expect((await c.post(`/api/imports/${otherJob}/commit`, { onlyValid: true })).status).toBe(404);
    expect((await c.get(`/api/imports?propertyId=${other}`)).status).toBe(404);
    expect((await download(ctx, c, `/api/imports/export/people.xlsx?propertyId=${other}`)).status).toBe(404);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it.each(outsiders)('%s may not upload or commit (403), and nothing is written', async (role) => {
    const c = await ctx.as([role], [home]);
    const before = await tableCounts(ctx.db);
    const up = await upload(ctx, c, { propertyId: home, kind: 'rooms', data: rooms() });
    expect(up.status).toBe(403);
    expect(up.body.error.code).toBe('FORBIDDEN');
    expect((await c.post(`/api/imports/${homeJob}/commit`, { onlyValid: true })).status).toBe(403);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it.each(['receptionist', 'dept_staff', 'gate_guard'] as Role[])('%s may not export (403)', async (role) => {
    const c = await ctx.as([role], [home]);
    expect((await download(ctx, c, `/api/imports/export/people.xlsx?propertyId=${home}`)).status).toBe(403);
    expect((await c.get(`/api/imports/${homeJob}`)).status).toBe(403);
  });

  it('company exports and reads jobs of every property without serving it', async () => {
    const c = await ctx.as(['company'], []);
    for (const p of [home, other]) {
      const res = await download(ctx, c, `/api/imports/export/arrears.xlsx?propertyId=${p}`);
      expect(res.status).toBe(200);
    }
    expect((await c.get(`/api/imports/${otherJob}`)).status).toBe(200);
  });

  it('an upload without the CSRF header is refused', async () => {
    const c = await ctx.as(['assistant'], [home]);
    const res = await upload(ctx, c, { propertyId: home, kind: 'rooms', data: rooms(), csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_FAILED');
  });

  it('signed out: 401', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: `/api/imports/${homeJob}` });
    expect(res.statusCode).toBe(401);
  });
});
