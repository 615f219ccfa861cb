import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Reply, type TestContext, tableCounts } from '../../test/harness.js';
import {
  appointmentBody,
  type HomeVisitFixture,
  homeVisitFixture,
  visitBody,
} from './home-visits-fixture.js';

let ctx: TestContext;
let f: HomeVisitFixture;
let appointmentId: number;
let visitId: number;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  f = await homeVisitFixture(ctx);
  // Called yesterday for a visit this morning, recorded now.
  const a = await f.desk.post(
    '/api/home-visits/appointments',
    appointmentBody(ctx, f, f.rooms.a1.id, {
      calledAt: '2026-11-22T02:00:00.000Z',
      scheduledAt: '2026-11-23T01:00:00.000Z',
    }),
  );
  appointmentId = a.body.id;
  visitId = (await f.desk.post(`/api/home-visits/appointments/${appointmentId}/visit`, visitBody())).body.id;
});
afterAll(async () => ctx.close());

describe('who may write home visits (DOMAIN.md §1: the customer service centre visits; 403 for others)', () => {
  it('engineering, gate, admin and company sessions are refused every write and nothing is written', async () => {
    const others = [];
    for (const role of ['dept_staff', 'gate_guard', 'admin', 'company'] as const)
      others.push(await ctx.as([role], [f.propertyId]));
    const before = await tableCounts(ctx.db);
    for (const c of others) {
      const tries = [
        await c.post('/api/home-visits/appointments', appointmentBody(ctx, f, f.rooms.b1.id)),
        await c.post(`/api/home-visits/appointments/${appointmentId}/close`, {
          outcome: 'cancel',
          reason: '测试',
        }),
        await c.post(`/api/home-visits/visits/${visitId}/amendments`, {
          field: 'opinions',
          value: '改写',
          reason: '测试',
        }),
        await c.post('/api/home-visits/areas', {
          propertyId: f.propertyId,
          name: '东区',
          buildingIds: [f.rooms.a1.buildingId],
        }),
      ];
      expect(tries.map((r) => r.status)).toEqual([403, 403, 403, 403]);
      expect(tries[0]!.body.error.code).toBe('FORBIDDEN');
    }
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('only the supervisor and the manager draw 苑区: the receptionist gets 403', async () => {
    const r = await f.desk.post('/api/home-visits/areas', {
      propertyId: f.propertyId,
      name: '东区',
      buildingIds: [f.rooms.a1.buildingId],
    });
    expect(r.status).toBe(403);
  });

  it('the company role reads every property; another property’s desk gets 404 for reads and writes', async () => {
    const company = await ctx.as(['company'], []);
    const p = await company.get(`/api/home-visits/progress?propertyId=${f.propertyId}`);
    expect(p.status).toBe(200);
    expect(p.body.visits).toBe(1);
    expect((await company.get(`/api/home-visits/visits/${visitId}`)).status).toBe(200);

    const o = f.otherDesk;
    for (const r of [
      await o.get(`/api/home-visits/progress?propertyId=${f.propertyId}`),
      await o.get(`/api/home-visits/appointments?propertyId=${f.propertyId}`),
      await o.get(`/api/home-visits/visits/${visitId}`),
      await o.get(`/api/home-visits/visits/${visitId}/history`),
      await o.get(`/api/home-visits/appointments/${appointmentId}/history`),
      await o.post('/api/home-visits/appointments', appointmentBody(ctx, f, f.rooms.b1.id)),
      await o.post(`/api/home-visits/visits/${visitId}/amendments`, {
        field: 'opinions',
        value: 'x',
        reason: '测试',
      }),
    ])
      expect(r.status).toBe(404);
    // Their own room cannot be booked under our property either.
    const cross = await f.desk.post(
      '/api/home-visits/appointments',
      appointmentBody(ctx, f, f.rooms.other.id),
    );
    expect(cross.status).toBe(400);
    expect(cross.body.error.details[0].field).toBe('roomId');
  });
});

describe('bad input: stable codes, field names, Chinese messages', () => {
  const expectField = (r: Reply, field: string) => {
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(r.body.error.details)).toContain(field);
  };
  it('the visit must be after the call, the call not in the future, the visitor one of the desk staff', async () => {
    expectField(
      await f.desk.post(
        '/api/home-visits/appointments',
        appointmentBody(ctx, f, f.rooms.b1.id, { scheduledAt: '2026-11-22T00:00:00.000Z' }),
      ),
      'scheduledAt',
    );
    expectField(
      await f.desk.post(
        '/api/home-visits/appointments',
        appointmentBody(ctx, f, f.rooms.b1.id, { calledAt: '2026-11-24T00:00:00.000Z' }),
      ),
      'calledAt',
    );
    const eng = await f.desk.post(
      '/api/home-visits/appointments',
      appointmentBody(ctx, f, f.rooms.b1.id, { visitorId: f.engineerId }),
    );
    expectField(eng, 'visitorId');
    expect(eng.body.error.message).toContain('客服中心');
    expectField(
      await f.desk.post(
        '/api/home-visits/appointments',
        appointmentBody(ctx, f, f.rooms.b1.id, { phone: 'abc' }),
      ),
      'phone',
    );
    expectField(
      await f.desk.post(
        '/api/home-visits/appointments',
        appointmentBody(ctx, f, f.rooms.b1.id, { residentName: ' ' }),
      ),
      'residentName',
    );
  });

  it('a visit record needs the grooming check, a rating and the household’s opinions', async () => {
    const a = (await f.desk.post('/api/home-visits/appointments', appointmentBody(ctx, f, f.rooms.b1.id)))
      .body;
    const url = `/api/home-visits/appointments/${a.id}/visit`;
    const groom = await f.desk.post(url, visitBody({ groomingChecked: false }));
    expectField(groom, 'groomingChecked');
    expect(groom.body.error.message).toContain('仪容仪表');
    expectField(await f.desk.post(url, visitBody({ satisfaction: 'great' })), 'satisfaction');
    expectField(await f.desk.post(url, visitBody({ opinions: '' })), 'opinions');
    // A visit cannot be dated before the call that arranged it.
    expectField(await f.desk.post(url, visitBody({ visitedAt: '2026-11-01T00:00:00.000Z' })), 'visitedAt');
    expect(
      (await f.desk.get(`/api/home-visits/progress?propertyId=${f.propertyId}&quarter=2026-5`)).status,
    ).toBe(400);
  });
});

describe('a visit record is corrected by amendment only (S4 4.3.2–4.3.5)', () => {
  it('the new value shows; the old one, the reason and the author stay in the history', async () => {
    const r = await f.desk.post(`/api/home-visits/visits/${visitId}/amendments`, {
      field: 'opinions',
      value: '希望加强夜间巡逻；电梯异响',
      reason: '漏记业户第二条意见',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((await f.desk.get(`/api/home-visits/visits/${visitId}`)).body.opinions).toBe(
      '希望加强夜间巡逻；电梯异响',
    );
    const h = (await f.supervisor.get(`/api/home-visits/visits/${visitId}/history`)).body;
    expect(h.at(-1)).toMatchObject({
      action: 'amended',
      reason: '漏记业户第二条意见',
      actorId: f.desk.staffId,
      data: { field: 'opinions', before: visitBody().opinions, after: '希望加强夜间巡逻；电梯异响' },
    });
    const same = await f.desk.post(`/api/home-visits/visits/${visitId}/amendments`, {
      field: 'opinions',
      value: '希望加强夜间巡逻；电梯异响',
      reason: '重复',
    });
    expect(same.status).toBe(409);
    const badRating = await f.desk.post(`/api/home-visits/visits/${visitId}/amendments`, {
      field: 'satisfaction',
      value: 'great',
      reason: '填错',
    });
    expect(badRating.status).toBe(400);
    const noReason = await f.desk.post(`/api/home-visits/visits/${visitId}/amendments`, {
      field: 'followUp',
      value: null,
      reason: '',
    });
    expect(noReason.status).toBe(400);
    // Fields outside the list (the room, the time) cannot be amended at all.
    const room = await f.desk.post(`/api/home-visits/visits/${visitId}/amendments`, {
      field: 'roomId',
      value: String(f.rooms.b1.id),
      reason: '房号错',
    });
    expect(room.status).toBe(400);
  });
});
