import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, tableCounts } from '../../test/harness.js';
import { dutyFixture } from './duty-fixture.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' }); // Monday 10:00 in Shanghai
});
afterAll(async () => ctx.close());

const swap = (
  assignmentId: number,
  substituteId: number,
  mode: 'reported' | 'applied',
  extra: Record<string, unknown> = {},
) => ({
  assignmentId,
  substituteId,
  mode,
  reason: '家中有事',
  ...extra,
});

describe('swaps reported to 行政部 (S3 篇一 五.4 自行调班后报到行政部)', () => {
  it('take effect at once, even for tonight: the roster shows the substitute, 行政部 is told, history kept', async () => {
    const f = await dutyFixture(ctx);
    const tonight = await f.plan(f.night, '2026-11-23', f.guard.staffId);
    const r = await f.guard.post(
      '/api/duty/swaps',
      swap(tonight.assignmentId, f.engineer.staffId, 'reported'),
    );
    expect(r.status).toBe(200);
    expect(r.body.state).toBe('reported');
    const now = (await f.cell('2026-11-23', f.night))!;
    expect(now).toMatchObject({ staffId: f.guard.staffId, onDutyId: f.engineer.staffId, isSubstitute: true });
    expect((await f.unread(f.clerk.staffId)).map((n) => n.kind)).toContain('duty.swap.reported');
    const detail = await f.sup.get(`/api/duty/swaps/${r.body.id}`);
    expect(detail.body.history.map((e: { action: string }) => e.action)).toEqual(['reported']);
    const cellHistory = await f.sup.get(`/api/duty/roster/cell-history?postId=${f.night}&day=2026-11-23`);
    expect(cellHistory.body.map((e: { action: string }) => e.action)).toEqual([
      'roster-set',
      'substitute-on-duty',
    ]);
  });

  it('item 7: a swap to someone already on duty then is refused', async () => {
    const f = await dutyFixture(ctx);
    const mine = await f.plan(f.desk1, '2026-11-24', f.a.staffId);
    await f.plan(f.desk2, '2026-11-24', f.b.staffId);
    const before = await tableCounts(ctx.db);
    const r = await f.a.post('/api/duty/swaps', swap(mine.assignmentId, f.b.staffId, 'reported'));
    expect(r.status).toBe(422);
    expect(r.body.error.message).toMatch(/已有值班/);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('an exchange: each takes the other’s shift; a second swap of the same shift conflicts', async () => {
    const f = await dutyFixture(ctx);
    const mine = await f.plan(f.desk1, '2026-11-27', f.a.staffId);
    const theirs = await f.plan(f.desk1, '2026-11-28', f.b.staffId);
    const r = await f.b.post(
      '/api/duty/swaps',
      swap(mine.assignmentId, f.b.staffId, 'reported', { exchangeAssignmentId: theirs.assignmentId }),
    );
    expect(r.status).toBe(200);
    expect((await f.cell('2026-11-27', f.desk1))!.onDutyId).toBe(f.b.staffId);
    expect((await f.cell('2026-11-28', f.desk1))!.onDutyId).toBe(f.a.staffId);
    expect((await f.a.post('/api/duty/swaps', swap(mine.assignmentId, f.c.staffId, 'reported'))).status).toBe(
      409,
    );
  });

  it('only the two people (or 行政部, supervisor, manager) record a swap; another property’s shift does not exist', async () => {
    const f = await dutyFixture(ctx);
    const mine = await f.plan(f.desk1, '2026-11-24', f.a.staffId);
    expect((await f.c.post('/api/duty/swaps', swap(mine.assignmentId, f.b.staffId, 'reported'))).status).toBe(
      403,
    );
    const outsider = await ctx.as(['receptionist'], [await ctx.property()]);
    expect(
      (await outsider.post('/api/duty/swaps', swap(mine.assignmentId, outsider.staffId, 'reported'))).status,
    ).toBe(404);
    expect(
      (await f.clerk.post('/api/duty/swaps', swap(mine.assignmentId, f.b.staffId, 'reported'))).status,
    ).toBe(200);
    expect((await outsider.get(`/api/duty/swaps?propertyId=${f.propertyId}`)).status).toBe(404);
  });
});

describe('swaps applied for a day ahead and approved (S3 篇一 五.4 提前一天申请)', () => {
  it('an application on the day is refused; one a day ahead waits, then 行政部 approves it', async () => {
    const f = await dutyFixture(ctx);
    const tonight = await f.plan(f.night, '2026-11-23', f.guard.staffId);
    const late = await f.guard.post(
      '/api/duty/swaps',
      swap(tonight.assignmentId, f.engineer.staffId, 'applied'),
    );
    expect(late.status).toBe(422);
    expect(late.body.error.message).toMatch(/提前一天/);

    const wed = await f.plan(f.desk1, '2026-11-25', f.a.staffId);
    const r = await f.a.post('/api/duty/swaps', swap(wed.assignmentId, f.b.staffId, 'applied'));
    expect(r.body.state).toBe('pending');
    const pending = (await f.cell('2026-11-25', f.desk1))!;
    expect(pending).toMatchObject({ onDutyId: f.a.staffId, isSubstitute: false, pendingSwapId: r.body.id });
    expect((await f.unread(f.clerk.staffId)).map((n) => n.kind)).toContain('duty.swap.applied');
    expect((await f.unread(f.manager.id)).map((n) => n.kind)).toContain('duty.swap.applied');

    expect(
      (await f.clerk.post(`/api/duty/swaps/${r.body.id}/decision`, { approve: true, note: '同意' })).status,
    ).toBe(200);
    expect((await f.cell('2026-11-25', f.desk1))!).toMatchObject({
      onDutyId: f.b.staffId,
      isSubstitute: true,
      pendingSwapId: null,
    });
    expect((await f.unread(f.a.staffId)).map((n) => n.kind)).toContain('duty.swap.approved');
    expect((await f.clerk.post(`/api/duty/swaps/${r.body.id}/decision`, { approve: false })).status).toBe(
      409,
    );
  });

  it('the manager refuses one; the roster is unchanged; the refusal is in the history', async () => {
    const f = await dutyFixture(ctx);
    const wed = await f.plan(f.desk2, '2026-11-25', f.b.staffId);
    const r = await f.b.post('/api/duty/swaps', swap(wed.assignmentId, f.c.staffId, 'applied'));
    expect(
      (await f.mgr.post(`/api/duty/swaps/${r.body.id}/decision`, { approve: false, note: '当天人手不足' }))
        .status,
    ).toBe(200);
    expect((await f.cell('2026-11-25', f.desk2))!.onDutyId).toBe(f.b.staffId);
    const d = await f.b.get(`/api/duty/swaps/${r.body.id}`);
    expect(d.body).toMatchObject({ state: 'refused', decisionNote: '当天人手不足' });
    expect(d.body.history.map((e: { action: string }) => e.action)).toEqual(['pending', 'refused']);
  });

  it('who decides: 行政部 staff or the manager; the receptionist, supervisor, another department get 403; nobody approves their own', async () => {
    const f = await dutyFixture(ctx);
    const wed = await f.plan(f.night, '2026-11-25', f.guard.staffId);
    const r = await f.guard.post('/api/duty/swaps', swap(wed.assignmentId, f.manager.id, 'applied'));
    expect(r.status).toBe(200);
    const decide = (client: typeof f.a) =>
      client.post(`/api/duty/swaps/${r.body.id}/decision`, { approve: true });
    expect((await decide(f.a)).status).toBe(403);
    expect((await decide(f.sup)).status).toBe(403);
    expect((await decide(f.engineer)).status).toBe(403); // dept_staff of 工程部, not 行政部
    expect((await decide(f.mgr)).status).toBe(403); // the manager is the substitute here
    const outsider = await ctx.as(['manager'], [await ctx.property()]);
    expect((await decide(outsider)).status).toBe(404);
    expect((await decide(f.clerk)).status).toBe(200);
  });

  it('the applicant withdraws a pending application; then a new one may be made', async () => {
    const f = await dutyFixture(ctx);
    const thu = await f.plan(f.desk1, '2026-11-26', f.a.staffId);
    const r = await f.a.post('/api/duty/swaps', swap(thu.assignmentId, f.b.staffId, 'applied'));
    expect((await f.b.post(`/api/duty/swaps/${r.body.id}/withdraw`)).status).toBe(403);
    expect((await f.a.post(`/api/duty/swaps/${r.body.id}/withdraw`)).status).toBe(200);
    expect((await f.a.post(`/api/duty/swaps/${r.body.id}/withdraw`)).status).toBe(409);
    expect((await f.a.post('/api/duty/swaps', swap(thu.assignmentId, f.c.staffId, 'applied'))).status).toBe(
      200,
    );
    const list = await f.sup.get(`/api/duty/swaps?propertyId=${f.propertyId}&month=2026-11`);
    expect(list.body.map((s: { state: string }) => s.state)).toEqual(['pending', 'withdrawn']);
  });
});

describe('an application nobody decided before its shift began (S3 篇一 五.4 调班须经批准)', () => {
  it('lapses at the shift start: the rostered person stays on duty, both are told, it can no longer be approved', async () => {
    ctx.clock.set('2026-11-23T02:00:00.000Z');
    const f = await dutyFixture(ctx);
    const fri = await f.plan(f.desk1, '2026-11-27', f.a.staffId);
    const r = await f.a.post('/api/duty/swaps', swap(fri.assignmentId, f.b.staffId, 'applied'));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const stateOf = async () =>
      (await f.sup.get(`/api/duty/swaps?propertyId=${f.propertyId}&month=2026-11`)).body.find(
        (s: { id: number }) => s.id === r.body.id,
      ).state;

    ctx.clock.set(new Date(new Date(fri.startsAt).getTime() - 60_000)); // a minute before: still pending
    await ctx.deps.duty.swapExpirySweep();
    expect(await stateOf()).toBe('pending');

    ctx.clock.set(fri.startsAt);
    await ctx.deps.duty.swapExpirySweep();
    await ctx.deps.duty.swapExpirySweep(); // a rerun changes nothing more
    expect(await stateOf()).toBe('expired');
    expect((await f.cell('2026-11-27', f.desk1))!.onDutyId).toBe(f.a.staffId);
    for (const who of [f.a.staffId, f.b.staffId])
      expect((await f.unread(who)).filter((n) => n.kind === 'duty.swap.expired')).toHaveLength(1);
    const late = await f.clerk.post(`/api/duty/swaps/${r.body.id}/decision`, { approve: true, note: '' });
    expect(late.status).toBe(409);
    ctx.clock.set('2026-11-23T02:00:00.000Z');
  });
});

describe('the monthly swap cap (S3 篇六 每月每人值班调换不得超过…)', () => {
  it('item 7: a swap past the cap is refused; refused and withdrawn ones do not count; the next month is free', async () => {
    const f = await dutyFixture(ctx);
    const admin = await ctx.as(['admin'], [f.propertyId]);
    expect(
      (
        await admin.put('/api/admin/settings', {
          propertyId: f.propertyId,
          key: 'duty.swapMonthlyCap',
          value: 1,
        })
      ).status,
    ).toBe(200);
    const one = await f.plan(f.desk1, '2026-11-24', f.a.staffId);
    const two = await f.plan(f.desk1, '2026-11-25', f.a.staffId);
    const dec = await f.plan(f.desk1, '2026-12-01', f.a.staffId);
    const refused = await f.a.post('/api/duty/swaps', swap(one.assignmentId, f.b.staffId, 'applied'));
    await f.clerk.post(`/api/duty/swaps/${refused.body.id}/decision`, { approve: false });
    expect((await f.a.post('/api/duty/swaps', swap(one.assignmentId, f.b.staffId, 'reported'))).status).toBe(
      200,
    );
    const over = await f.a.post('/api/duty/swaps', swap(two.assignmentId, f.c.staffId, 'reported'));
    expect(over.status).toBe(422);
    expect(over.body.error.message).toMatch(/上限 1 次/);
    expect((await f.a.post('/api/duty/swaps', swap(dec.assignmentId, f.c.staffId, 'reported'))).status).toBe(
      200,
    );
  });
});
