import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { dutyFixture, local } from './duty-fixture.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' }); // Monday 10:00 in Shanghai
});
afterAll(async () => ctx.close());

const visitor = (propertyId: number, hostRoomId: number) => ({
  propertyId,
  visitorName: '夜间访客',
  idNumber: null,
  hostRoomId,
  hostName: '王建华',
  reason: '探亲',
  hostContactMethod: 'phone',
  hostAnswer: 'agreed',
});

describe('night visitors belong to the night duty post (S1 十二; issue 6 item 5, issue 7 item 1)', () => {
  it('a visitor at 01:30 is recorded as the night person’s, whoever typed it; by day nobody is', async () => {
    const f = await dutyFixture(ctx);
    // The night shift of the 24th runs 20:00 → 08:00 on the 25th.
    await f.plan(f.night, '2026-11-24', f.c.staffId);
    const names = await ctx.db.selectFrom('staff').select(['id', 'name']).execute();
    const nameOf = (id: number) => names.find((s) => s.id === id)?.name;
    const row = async (id: number) =>
      (await f.a.get(`/api/registers/visitors?propertyId=${f.propertyId}&inside=1`)).body.find(
        (x: { id: number }) => x.id === id,
      );

    ctx.clock.set(local('2026-11-25T01:30'));
    const night = await f.a.post('/api/registers/visitors', visitor(f.propertyId, f.roomId));
    expect(night.status, JSON.stringify(night.body)).toBe(200);
    const n = await row(night.body.id);
    expect(n.isNight).toBe(1);
    expect(n.nightDutyId).toBe(f.c.staffId);
    expect(n.nightDutyName).toBe(nameOf(f.c.staffId));
    expect(n.registeredBy).toBe(f.a.staffId);

    ctx.clock.set(local('2026-11-25T10:00'));
    const day = await f.a.post('/api/registers/visitors', visitor(f.propertyId, f.roomId));
    const d = await row(day.body.id);
    expect(d.isNight).toBe(0);
    expect(d.nightDutyId).toBeNull();

    // A night with nobody rostered: still a night entry, with no holder to name.
    ctx.clock.set(local('2026-11-26T23:00'));
    const unrostered = await f.a.post('/api/registers/visitors', visitor(f.propertyId, f.roomId));
    const u = await row(unrostered.body.id);
    expect(u.isNight).toBe(1);
    expect(u.nightDutyId).toBeNull();
  });
});
