import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { verifyHistory } from '../history/history.js';
import { seedDemo } from '../seed/demo.js';
import { seedDemoArchive } from '../seed/demo-archive.js';
import { seedDemoRegisters } from '../seed/demo-registers.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.deps, [seedDemoArchive, seedDemoRegisters]);
}, 300_000);
afterAll(async () => ctx.close());

const states = async (table: 'releaseSlips' | 'renovations' | 'notices' | 'accessPasses') =>
  (await ctx.db.selectFrom(table).select('state').distinct().execute()).map((r) => r.state).sort();

describe('demo data for every register (issue 6 item 13)', () => {
  it('every register has entries, through the real services', async () => {
    for (const t of [
      'keySets',
      'keyLoans',
      'keyTakeBacks',
      'keyInventories',
      'mailItems',
      'visitors',
      'deskPayments',
      'releaseSlips',
      'releaseGateChecks',
      'accessPasses',
      'renovations',
      'renovationGoods',
      'moveRegistrations',
      'notices',
      'incidentEntries',
    ] as const) {
      const n = Number(
        (
          await ctx.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
      expect(n, t).toBeGreaterThan(0);
    }
    expect(await states('releaseSlips')).toEqual(['awaitingOwner', 'issued', 'refused', 'used']);
    expect(await states('renovations')).toEqual(['inProgress', 'pending']);
    expect(await states('notices')).toEqual(['approved', 'pending', 'published']);
  });

  it('the lists a desk opens in the morning are not empty: keys out, mail waiting, visitors inside, an overdue move', async () => {
    expect(
      (
        await ctx.db
          .selectFrom('keyLoans')
          .select('id')
          .where('returnedAt', 'is', null)
          .where('takeBackId', 'is', null)
          .execute()
      ).length,
    ).toBeGreaterThan(0);
    expect(
      (await ctx.db.selectFrom('mailItems').select('id').where('collectedAt', 'is', null).execute()).length,
    ).toBeGreaterThan(0);
    expect(
      (
        await ctx.db
          .selectFrom('visitors')
          .select('id')
          .where('outAt', 'is', null)
          .where('inAt', 'is not', null)
          .execute()
      ).length,
    ).toBeGreaterThan(0);
    expect(
      (
        await ctx.db
          .selectFrom('moveRegistrations')
          .select('id')
          .where('archivedAt', 'is', null)
          .where('dueAt', '<', ctx.clock.now().toISOString())
          .execute()
      ).length,
    ).toBe(1);
  });

  it('the history log verifies', async () => {
    expect((await verifyHistory(ctx.db)).broken).toEqual([]);
  });
});
