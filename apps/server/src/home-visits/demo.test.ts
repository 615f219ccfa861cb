import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { verifyHistory } from '../history/history.js';
import { seedDemo } from '../seed/demo.js';
import { seedDemoArchive } from '../seed/demo-archive.js';
import { seedDemoHomeVisits } from '../seed/demo-home-visits.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  await seedDemo(ctx.deps, [seedDemoArchive, seedDemoHomeVisits]);
}, 300_000);
afterAll(async () => ctx.close());

describe('demo home visits (issue 8 item 5)', () => {
  it('华苑小区 shows this quarter per 苑区, under the target of 20, with appointments still to come', async () => {
    const hy = (
      await ctx.db.selectFrom('properties').select('id').where('code', '=', 'HY').executeTakeFirstOrThrow()
    ).id;
    const sup = await ctx.signIn('supervisor', 'propdesk123');
    const p = (await sup.get(`/api/home-visits/progress?propertyId=${hy}`)).body;
    expect(p.quarter).toBe('2026-Q4');
    expect(p.areas.map((a: { name: string }) => a.name)).toEqual(['东区', '西区']);
    for (const a of p.areas) {
      expect(a.households, a.name).toBeGreaterThan(0);
      expect(a.households, a.name).toBeLessThan(20);
      expect(a.buildings.length).toBeGreaterThan(0);
    }
    const scheduled = (await sup.get(`/api/home-visits/appointments?propertyId=${hy}&state=scheduled`)).body;
    expect(scheduled.length).toBeGreaterThanOrEqual(3);
    for (const a of scheduled) expect(a.scheduledAt > ctx.clock.now().toISOString()).toBe(true);
    const visits = (await sup.get(`/api/home-visits/visits?propertyId=${hy}`)).body;
    expect(visits).toHaveLength(p.visits);
    expect((await verifyHistory(ctx.db)).broken).toEqual([]);
  });
});
