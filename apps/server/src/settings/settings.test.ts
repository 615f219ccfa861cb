import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('per-property settings (DOMAIN.md §1: the admin sets time limits)', () => {
  it('defaults apply until the admin changes one; the change is in the property history', async () => {
    const p = await ctx.property();
    const admin = await ctx.as(['admin'], [p]);
    const read = async () =>
      (await admin.get(`/api/settings?propertyId=${p}`)).body as { key: string; value: number }[];
    expect((await read()).find((s) => s.key === 'intake.passUpSupervisorMinutes')?.value).toBe(3);
    expect(
      (
        await admin.put('/api/admin/settings', {
          propertyId: p,
          key: 'intake.passUpSupervisorMinutes',
          value: 5,
        })
      ).status,
    ).toBe(200);
    expect((await read()).find((s) => s.key === 'intake.passUpSupervisorMinutes')?.value).toBe(5);
    const hist = (await admin.get(`/api/admin/history/property/${p}`)).body;
    expect(hist.at(-1)).toMatchObject({
      action: 'setting-changed',
      data: { key: 'intake.passUpSupervisorMinutes', before: 3, after: 5 },
    });
  });

  it('a value outside its range is refused with the range at the field (the day-end hour is 0–23)', async () => {
    const p = await ctx.property();
    const admin = await ctx.as(['admin'], [p]);
    const put = (key: string, value: number) =>
      admin.put('/api/admin/settings', { propertyId: p, key, value });
    const r = await put('registers.dayEndHour', 24);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'value', message: '该参数的取值范围为 0–23' }],
    });
    expect((await put('workOrders.spotCheckPercent', 101)).status).toBe(400);
    expect((await put('registers.dayEndHour', 23)).status).toBe(200);
  });

  it('only the admin of that property may change them', async () => {
    const p = await ctx.property();
    const manager = await ctx.as(['manager'], [p]);
    expect(
      (
        await manager.put('/api/admin/settings', {
          propertyId: p,
          key: 'intake.passUpSupervisorMinutes',
          value: 9,
        })
      ).status,
    ).toBe(403);
    const otherAdmin = await ctx.as(['admin'], []);
    expect(
      (
        await otherAdmin.put('/api/admin/settings', {
          propertyId: p,
          key: 'intake.passUpSupervisorMinutes',
          value: 9,
        })
      ).status,
    ).toBe(404);
    expect(
      (await otherAdmin.put('/api/admin/settings', { propertyId: p, key: 'no.such.key', value: 9 })).status,
    ).toBe(400);
  });
});
