import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext } from '../../test/harness.js';
import { intakeFixture } from '../intake/intake-fixture.js';
import { dutyFixture, local } from './duty-fixture.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' }); // Monday 10:00 in Shanghai
});
afterAll(async () => ctx.close());

type VisitorRow = { id: number; isNight: number; nightDutyId: number | null };

/** Registers a visitor at a local Shanghai time and reads back its row. */
const registerAt = async (client: Client, where: { propertyId: number; roomId: number }, when: string) => {
  ctx.clock.set(local(when));
  const res = await client.post('/api/registers/visitors', {
    ...where,
    hostRoomId: where.roomId,
    visitorName: '夜间访客',
    idNumber: null,
    hostName: '王建华',
    reason: '探亲',
    hostContactMethod: 'phone',
    hostAnswer: 'agreed',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const list = await client.get(`/api/registers/visitors?propertyId=${where.propertyId}&inside=1`);
  return (list.body as VisitorRow[]).find((v) => v.id === res.body.id)!;
};
const night = (r: VisitorRow) => ({ isNight: r.isNight, nightDutyId: r.nightDutyId });

describe('S1 夜间访客登记由物业总值负责 (DOMAIN.md §6): the night hours are the night post’s own', () => {
  it('a night post of 19:00–07:30 (weekends 21:00–09:00): 19:30 is the night person’s, 07:45 is not', async () => {
    const f = await dutyFixture(ctx);
    const retimed = await f.sup.patch(`/api/duty/posts/${f.night}`, {
      weekdaySegments: [{ start: '19:00', end: '07:30' }],
      weekendSegments: [{ start: '21:00', end: '09:00' }],
    });
    expect(retimed.status, JSON.stringify(retimed.body)).toBe(200);
    await f.plan(f.night, '2026-11-24', f.c.staffId); // Tuesday evening → Wednesday morning
    await f.plan(f.night, '2026-11-28', f.c.staffId); // Saturday evening → Sunday morning
    const at = (when: string) => registerAt(f.a, f, when);

    expect(night(await at('2026-11-24T18:55'))).toEqual({ isNight: 0, nightDutyId: null });
    expect(night(await at('2026-11-24T19:30'))).toEqual({ isNight: 1, nightDutyId: f.c.staffId });
    expect(night(await at('2026-11-25T07:15'))).toEqual({ isNight: 1, nightDutyId: f.c.staffId });
    expect(night(await at('2026-11-25T07:45'))).toEqual({ isNight: 0, nightDutyId: null });

    // Friday night keeps the weekday times into Saturday morning: the shift belongs to its evening.
    expect(night(await at('2026-11-28T07:15'))).toMatchObject({ isNight: 1 });
    expect(night(await at('2026-11-28T07:45'))).toMatchObject({ isNight: 0 });
    // Saturday evening is a weekend shift: 21:00 → Sunday 09:00.
    expect(night(await at('2026-11-28T20:00'))).toEqual({ isNight: 0, nightDutyId: null });
    expect(night(await at('2026-11-28T21:30'))).toEqual({ isNight: 1, nightDutyId: f.c.staffId });
    expect(night(await at('2026-11-29T08:30'))).toEqual({ isNight: 1, nightDutyId: f.c.staffId });
  });

  it('a property without a night post keeps 20:00–08:00', async () => {
    const f = await intakeFixture(ctx);
    await ctx.db.updateTable('sessions').set({ expiresAt: '2100-01-01T00:00:00.000Z' }).execute();
    const at = (when: string) => registerAt(f.desk, f, when);

    expect(night(await at('2026-12-01T19:30'))).toEqual({ isNight: 0, nightDutyId: null });
    expect(night(await at('2026-12-01T20:00'))).toEqual({ isNight: 1, nightDutyId: null });
    expect(night(await at('2026-12-02T07:45'))).toEqual({ isNight: 1, nightDutyId: null });
    expect(night(await at('2026-12-02T08:00'))).toEqual({ isNight: 0, nightDutyId: null });
  });

  it('a night post that is switched off counts as none: 20:00–08:00 again', async () => {
    const f = await dutyFixture(ctx);
    await f.sup.patch(`/api/duty/posts/${f.night}`, { weekdaySegments: [{ start: '19:00', end: '07:30' }] });
    const off = await f.sup.patch(`/api/duty/posts/${f.night}`, { active: false });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    const at = (when: string) => registerAt(f.a, f, when);

    expect(night(await at('2026-12-08T19:30')).isNight).toBe(0);
    expect(night(await at('2026-12-08T20:30')).isNight).toBe(1);
    expect(night(await at('2026-12-09T07:45')).isNight).toBe(1);
  });
});
