import { workOrderStates } from '@propdesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { verifyHistory } from '../history/history.js';
import { seedDemo } from '../seed/demo.js';
import { seedDemoArchive } from '../seed/demo-archive.js';
import { seedDemoIntake } from '../seed/demo-intake.js';
import { seedDemoWorkOrders } from '../seed/demo-work-orders.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.deps, [seedDemoArchive, seedDemoIntake, seedDemoWorkOrders]);
}, 300_000);
afterAll(async () => ctx.close());

describe('demo work orders (issue 4 item 9)', () => {
  it('has orders in every state, through the real service', async () => {
    const states = (await ctx.db.selectFrom('workOrders').select('state').distinct().execute()).map(
      (r) => r.state,
    );
    expect([...states].sort()).toEqual([...workOrderStates].sort());
    const closedAs = (
      await ctx.db
        .selectFrom('workOrders')
        .select('closedAs')
        .distinct()
        .where('closedAs', 'is not', null)
        .execute()
    ).map((r) => r.closedAs);
    expect([...closedAs].sort()).toEqual(['done', 'referred', 'reworked']);
  });

  it('has breaches of every kind, reschedules missed twice, return visits and follow-up notes', async () => {
    const kinds = (await ctx.db.selectFrom('workOrderBreaches').select('kind').distinct().execute()).map(
      (r) => r.kind,
    );
    expect([...kinds].sort()).toEqual(['appointment', 'arrival', 'completion']);
    const twice = await ctx.db
      .selectFrom('workOrders')
      .select('id')
      .where('isMustKeep', '=', 1)
      .where('breachCount', '>=', 2)
      .execute();
    expect(twice.length).toBeGreaterThan(0);
    const visits = await ctx.db
      .selectFrom('returnVisits')
      .select(['satisfied'])
      .where('visitedAt', 'is not', null)
      .execute();
    expect(visits.some((v) => v.satisfied === 0)).toBe(true);
    expect(visits.some((v) => v.satisfied === 1)).toBe(true);
    expect((await ctx.db.selectFrom('workOrderNotes').select('id').execute()).length).toBeGreaterThan(0);
    expect((await ctx.db.selectFrom('priceItems').select('id').execute()).length).toBeGreaterThan(0);
  });

  it('every order’s history chain starts with its dispatch or creation, and the whole log verifies', async () => {
    expect((await verifyHistory(ctx.db)).broken).toEqual([]);
    const first = await ctx.db
      .selectFrom('events')
      .select(['action'])
      .where('entityType', '=', 'workOrder')
      .where('seq', '=', 1)
      .distinct()
      .execute();
    expect(first.map((r) => r.action).sort()).toEqual(['created', 'dispatched']);
  });
});
