import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import {
  appointmentBody,
  type HomeVisitFixture,
  homeVisitFixture,
  visitBody,
} from './home-visits-fixture.js';

let ctx: TestContext;
let f: HomeVisitFixture;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  f = await homeVisitFixture(ctx);
});
afterAll(async () => ctx.close());

const HOUR = 3_600_000;
/** Moves the test clock and signs everyone in again (sessions last 12 hours). */
const moveClock = async (to: { by?: number; at?: string }) => {
  if (to.at) ctx.clock.set(to.at);
  else ctx.clock.advance(to.by ?? 0);
  Object.assign(f, await f.signInAll());
};
const progress = async (quarter?: string) =>
  (
    await f.desk.get(
      `/api/home-visits/progress?propertyId=${f.propertyId}${quarter ? `&quarter=${quarter}` : ''}`,
    )
  ).body;
const areaOf = (p: { areas: { name: string }[] }, name: string) =>
  p.areas.find((a) => a.name === name) as { households: number; status: string; target: number } | undefined;

describe('appointment by phone → visit record → the quarter moves (S2 家访 (二)1, (一)2)', () => {
  it('the desk books a visit on the phone, records it the next day, and the household counts once', async () => {
    const before = await progress();
    expect(before.quarter).toBe('2026-Q4');
    expect(before.target).toBe(20);
    const start = before.areas.reduce((n: number, a: { households: number }) => n + a.households, 0);

    const made = await f.desk.post('/api/home-visits/appointments', appointmentBody(ctx, f, f.rooms.a1.id));
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const list = await f.desk.get(`/api/home-visits/appointments?propertyId=${f.propertyId}&state=scheduled`);
    const row = list.body.find((a: { id: number }) => a.id === made.body.id);
    expect(row).toMatchObject({
      state: 'scheduled',
      phone: '13912345678',
      calledAt: ctx.clock.now().toISOString(),
      visitorId: f.desk.staffId,
      calledBy: f.desk.staffId,
      roomLabel: expect.stringContaining('101'),
    });

    await moveClock({ by: 25 * HOUR });
    const rec = await f.desk.post(`/api/home-visits/appointments/${made.body.id}/visit`, visitBody());
    expect(rec.status, JSON.stringify(rec.body)).toBe(200);
    const detail = (await f.desk.get(`/api/home-visits/visits/${rec.body.id}`)).body;
    expect(detail).toMatchObject({ appointmentId: made.body.id, groomingChecked: 1, residentName: '王建华' });
    const after = await progress();
    expect(after.areas.reduce((n: number, a: { households: number }) => n + a.households, 0)).toBe(start + 1);
    expect(after.visits).toBe(before.visits + 1);

    // The same household visited again this quarter is still one household.
    const again = await f.desk.post('/api/home-visits/appointments', appointmentBody(ctx, f, f.rooms.a1.id));
    await moveClock({ by: 25 * HOUR });
    expect(
      (await f.desk.post(`/api/home-visits/appointments/${again.body.id}/visit`, visitBody())).status,
    ).toBe(200);
    const third = await progress();
    expect(third.visits).toBe(before.visits + 2);
    expect(third.areas.reduce((n: number, a: { households: number }) => n + a.households, 0)).toBe(start + 1);

    // One record per appointment; the appointment is finished.
    const twice = await f.desk.post(`/api/home-visits/appointments/${made.body.id}/visit`, visitBody());
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('INVALID_TRANSITION');
    const h = (await f.desk.get(`/api/home-visits/appointments/${made.body.id}/history`)).body;
    expect(h.map((e: { action: string }) => e.action)).toEqual(['scheduled', 'visited']);
  });

  it('a visit at 01:00 on 1 January in Shanghai counts in the new quarter on both databases', async () => {
    await moveClock({ at: '2026-12-31T18:00:00.000Z' });
    const made = await f.desk.post(
      '/api/home-visits/appointments',
      appointmentBody(ctx, f, f.rooms.c1.id, {
        calledAt: '2026-12-30T02:00:00.000Z',
        scheduledAt: '2026-12-31T17:00:00.000Z',
      }),
    );
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const q4 = (await progress('2026-Q4')).visits;
    const q1 = (await progress('2027-Q1')).visits;
    const rec = await f.desk.post(
      `/api/home-visits/appointments/${made.body.id}/visit`,
      visitBody({ visitedAt: '2026-12-31T17:00:00.000Z' }),
    );
    expect(rec.status, JSON.stringify(rec.body)).toBe(200);
    expect((await progress('2026-Q4')).visits).toBe(q4);
    expect((await progress('2027-Q1')).visits).toBe(q1 + 1);
    const q1List = (await f.desk.get(`/api/home-visits/visits?propertyId=${f.propertyId}&quarter=2027-Q1`))
      .body;
    expect(q1List.map((v: { id: number }) => v.id)).toContain(rec.body.id);
    await moveClock({ at: '2026-11-30T02:00:00.000Z' });
  });

  it('rescheduling keeps the old time in the history; 未遇 and cancel end it without a record', async () => {
    const a = (await f.desk.post('/api/home-visits/appointments', appointmentBody(ctx, f, f.rooms.b1.id)))
      .body;
    const later = new Date(ctx.clock.now().getTime() + 72 * HOUR).toISOString();
    const past = new Date(ctx.clock.now().getTime() - HOUR).toISOString();
    const bad = await f.desk.post(`/api/home-visits/appointments/${a.id}/reschedule`, {
      scheduledAt: past,
      reason: '业户出差',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('scheduledAt');
    const moved = await f.desk.post(`/api/home-visits/appointments/${a.id}/reschedule`, {
      scheduledAt: later,
      reason: '业户出差，改约周末',
    });
    expect(moved.status).toBe(200);
    const h = (await f.desk.get(`/api/home-visits/appointments/${a.id}/history`)).body;
    expect(h[1]).toMatchObject({ action: 'rescheduled', reason: '业户出差，改约周末' });
    expect(h[1].data.after.scheduledAt).toBe(later);
    expect(h[1].data.before.scheduledAt).not.toBe(later);

    const closed = await f.desk.post(`/api/home-visits/appointments/${a.id}/close`, {
      outcome: 'notHome',
      reason: '按约上门，家中无人',
    });
    expect(closed.status).toBe(200);
    const all = (await f.desk.get(`/api/home-visits/appointments?propertyId=${f.propertyId}&state=notHome`))
      .body;
    expect(all.find((x: { id: number }) => x.id === a.id)).toMatchObject({
      closedReason: '按约上门，家中无人',
      rescheduleCount: 1,
    });
    for (const [url, body] of [
      [`/api/home-visits/appointments/${a.id}/visit`, visitBody()],
      [`/api/home-visits/appointments/${a.id}/reschedule`, { scheduledAt: later, reason: '再约' }],
      [`/api/home-visits/appointments/${a.id}/close`, { outcome: 'cancel', reason: '取消' }],
    ] as const)
      expect((await f.desk.post(url, body)).status).toBe(409);
  });
});

describe('苑区 and the target (S2 家访 (一)2 每个苑区不少于20户)', () => {
  it('the supervisor draws areas; households split by area; a building sits in one area only', async () => {
    const east = await f.supervisor.post('/api/home-visits/areas', {
      propertyId: f.propertyId,
      name: '东区',
      buildingIds: [f.rooms.a1.buildingId, f.rooms.b1.buildingId],
    });
    expect(east.status, JSON.stringify(east.body)).toBe(200);
    const overlap = await f.supervisor.post('/api/home-visits/areas', {
      propertyId: f.propertyId,
      name: '西区',
      buildingIds: [f.rooms.b1.buildingId, f.rooms.c1.buildingId],
    });
    expect(overlap.status).toBe(422);
    expect(overlap.body.error.details.buildingIds).toEqual([f.rooms.b1.buildingId]);
    const dup = await f.supervisor.post('/api/home-visits/areas', {
      propertyId: f.propertyId,
      name: '东区',
      buildingIds: [f.rooms.c1.buildingId],
    });
    expect(dup.status).toBe(409);
    const foreign = await f.supervisor.post('/api/home-visits/areas', {
      propertyId: f.propertyId,
      name: '外区',
      buildingIds: [f.rooms.other.buildingId],
    });
    expect(foreign.status).toBe(400);
    const west = await f.supervisor.post('/api/home-visits/areas', {
      propertyId: f.propertyId,
      name: '西区',
      buildingIds: [f.rooms.c1.buildingId],
    });
    expect(west.status).toBe(200);

    const q4 = await progress('2026-Q4');
    expect(areaOf(q4, '东区')).toMatchObject({ households: 1, target: 20 });
    expect(areaOf(q4, '西区')).toMatchObject({ households: 0 });
    expect(areaOf(await progress('2027-Q1'), '西区')).toMatchObject({ households: 1 });
    expect(q4.areas.find((a: { name: string }) => a.name === '东区').roomCount).toBe(3);

    // The admin lowers the target: one household meets it.
    const admin = await ctx.as(['admin'], [f.propertyId]);
    const set = await admin.put('/api/admin/settings', {
      propertyId: f.propertyId,
      key: 'homeVisits.quarterTarget',
      value: 1,
    });
    expect(set.status).toBe(200);
    expect(areaOf(await progress('2026-Q4'), '东区')).toMatchObject({ target: 1, status: 'met' });
    // Two thirds into the quarter, none of 1 is behind the pace.
    expect(areaOf(await progress('2026-Q4'), '西区')?.status).toBe('behind');

    // Moving building 2 from 东区 to 西区 regroups nothing of the records themselves.
    const moved = await f.supervisor.put(`/api/home-visits/areas/${west.body.id}`, {
      propertyId: f.propertyId,
      name: '西区',
      buildingIds: [f.rooms.c1.buildingId, f.rooms.b1.buildingId],
    });
    expect(moved.status).toBe(422);
    expect((await f.supervisor.del(`/api/home-visits/areas/${west.body.id}`)).status).toBe(200);
    expect(areaOf(await progress('2027-Q1'), '未划分苑区')).toMatchObject({ households: 1 });
  });
});
