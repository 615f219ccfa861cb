import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { verifyHistory } from '../history/history.js';
import { seedDemo } from '../seed/demo.js';
import { seedDemoDuty } from '../seed/demo-duty.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  await seedDemo(ctx.deps, [seedDemoDuty]);
}, 300_000);
afterAll(async () => ctx.close());

describe('demo duty month (issue 7 item 8)', () => {
  it('this month’s roster is filled every day at every post, with the substitute shown where a swap took effect', async () => {
    const hy = (
      await ctx.db.selectFrom('properties').select('id').where('code', '=', 'HY').executeTakeFirstOrThrow()
    ).id;
    const sup = await ctx.signIn('supervisor', 'propdesk123');
    const grid = (await sup.get(`/api/duty/roster?propertyId=${hy}&month=2026-11`)).body;
    expect(grid.days).toHaveLength(30);
    for (const d of grid.days)
      for (const c of d.cells) expect(c.people, `${d.day} ${c.postId}`).toHaveLength(1);
    const prev = (await sup.get(`/api/duty/roster?propertyId=${hy}&month=2026-10`)).body;
    const people = [...prev.days, ...grid.days].flatMap(
      (d: { cells: { people: { isSubstitute: boolean; pendingSwapId: number | null }[] }[] }) =>
        d.cells.flatMap((c) => c.people),
    );
    expect(people.filter((p) => p.isSubstitute).length).toBeGreaterThanOrEqual(3);
    expect(people.some((p) => p.pendingSwapId !== null)).toBe(true);
  });

  it('swaps in every state, clock-ins and facts, and handovers signed by two different people', async () => {
    const states = (await ctx.db.selectFrom('dutySwaps').select('state').distinct().execute())
      .map((r) => r.state)
      .sort();
    expect(states).toEqual(['approved', 'pending', 'refused', 'reported']);
    const handovers = await ctx.db.selectFrom('dutyHandovers').selectAll().execute();
    expect(handovers.length).toBeGreaterThan(20);
    for (const h of handovers) {
      expect(h.incomingId).not.toBeNull();
      expect(h.incomingId).not.toBe(h.outgoingId);
      expect(h.incomingSignedAt! >= h.outgoingSignedAt!).toBe(true);
    }
    const kinds = (await ctx.db.selectFrom('dutyFacts').select('kind').distinct().execute()).map(
      (r) => r.kind,
    );
    expect(kinds).toEqual(expect.arrayContaining(['late', 'shortLead']));
    expect(
      Number(
        (
          await ctx.db
            .selectFrom('dutyClockings')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBeGreaterThan(100);
    expect((await verifyHistory(ctx.db)).broken).toEqual([]);
  });

  it('the 行政部 clerk signs in and sees the pending application', async () => {
    const hy = (
      await ctx.db.selectFrom('properties').select('id').where('code', '=', 'HY').executeTakeFirstOrThrow()
    ).id;
    const clerk = await ctx.signIn('admin.clerk', 'propdesk123');
    const pending = (await clerk.get(`/api/duty/swaps?propertyId=${hy}&pending=1`)).body;
    expect(pending).toHaveLength(1);
  });
});
