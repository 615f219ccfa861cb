import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, tableCounts } from '../../test/harness.js';
import { dutyFixture, local } from './duty-fixture.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' }); // Monday 10:00 in Shanghai
});
afterAll(async () => ctx.close());

const at = (s: string) => ctx.clock.set(local(s));
const start = () => ctx.clock.set('2026-11-23T02:00:00.000Z');

describe('clock-in and clock-out against the roster (S3 篇一 四.2; S3 篇三)', () => {
  it('arriving 5 minutes before the shift is flagged; leaving 20 minutes early is early leave; both are facts', async () => {
    start();
    const f = await dutyFixture(ctx);
    const s = await f.plan(f.desk1, '2026-11-24', f.a.staffId);
    at('2026-11-24T08:15');
    const i = await f.a.post('/api/duty/clock-in', { propertyId: f.propertyId });
    expect(i.status).toBe(200);
    expect(i.body).toMatchObject({
      assignmentId: s.assignmentId,
      facts: [{ kind: 'shortLead', minutes: 5 }],
    });
    at('2026-11-24T17:40');
    const o = await f.a.post('/api/duty/clock-out', { propertyId: f.propertyId, staffId: f.a.staffId });
    expect(o.body.facts).toEqual([{ kind: 'earlyLeave', minutes: 20 }]);
    const facts = await f.sup.get(`/api/duty/attendance?propertyId=${f.propertyId}&month=2026-11`);
    expect(facts.body.perPerson).toEqual([
      {
        staffId: f.a.staffId,
        staffName: expect.any(String),
        late: 0,
        earlyLeave: 1,
        absent: 0,
        shortLead: 1,
      },
    ]);
    const log = await f.sup.get(`/api/duty/shifts/${s.assignmentId}/log`);
    expect(log.body.clockings.map((c: { kind: string }) => c.kind)).toEqual(['in', 'out']);
  });

  it('15 minutes early is fine; 15 minutes late is late', async () => {
    start();
    const f = await dutyFixture(ctx);
    await f.plan(f.desk1, '2026-11-24', f.a.staffId);
    await f.plan(f.desk2, '2026-11-24', f.b.staffId);
    at('2026-11-24T08:05');
    expect((await f.a.post('/api/duty/clock-in', { propertyId: f.propertyId })).body.facts).toEqual([]);
    at('2026-11-24T08:35');
    expect((await f.b.post('/api/duty/clock-in', { propertyId: f.propertyId })).body.facts).toEqual([
      { kind: 'late', minutes: 15 },
    ]);
  });

  it('item 7: clocking in for someone else is refused and writes nothing', async () => {
    start();
    const f = await dutyFixture(ctx);
    await f.plan(f.desk1, '2026-11-24', f.b.staffId);
    at('2026-11-24T08:05');
    const before = await tableCounts(ctx.db);
    const r = await f.a.post('/api/duty/clock-in', { propertyId: f.propertyId, staffId: f.b.staffId });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/不得代他人打卡/);
    expect(
      (await f.sup.post('/api/duty/clock-in', { propertyId: f.propertyId, staffId: f.b.staffId })).status,
    ).toBe(403);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('no shift now: 422; twice: 409; out before in: 422; another property: 404', async () => {
    start();
    const f = await dutyFixture(ctx);
    await f.plan(f.desk1, '2026-11-24', f.a.staffId);
    at('2026-11-24T05:00');
    expect((await f.a.post('/api/duty/clock-in', { propertyId: f.propertyId })).body.error.message).toMatch(
      /没有值班安排/,
    );
    expect((await f.a.post('/api/duty/clock-out', { propertyId: f.propertyId })).body.error.message).toMatch(
      /还没有上班打卡/,
    );
    at('2026-11-24T08:00');
    expect((await f.a.post('/api/duty/clock-in', { propertyId: f.propertyId })).status).toBe(200);
    expect((await f.a.post('/api/duty/clock-in', { propertyId: f.propertyId })).status).toBe(409);
    expect((await f.a.post('/api/duty/clock-in', { propertyId: await ctx.property() })).status).toBe(404);
    const mine = await f.a.get(`/api/duty/my-shifts?propertyId=${f.propertyId}`);
    expect(mine.body[0]).toMatchObject({
      day: '2026-11-24',
      clockIn: local('2026-11-24T08:00').toISOString(),
      clockOut: null,
    });
  });

  it('absence: a shift over without a clock-in is recorded once, and the supervisor is told', async () => {
    start();
    const f = await dutyFixture(ctx);
    const s = await f.plan(f.desk2, '2026-11-24', f.b.staffId);
    at('2026-11-24T17:59');
    await ctx.deps.duty.absenceSweep();
    expect(
      await ctx.db
        .selectFrom('dutyFacts')
        .select('kind')
        .where('assignmentId', '=', s.assignmentId)
        .execute(),
    ).toEqual([]);
    at('2026-11-24T18:01');
    await ctx.deps.duty.absenceSweep();
    await ctx.deps.duty.absenceSweep();
    const facts = await ctx.db
      .selectFrom('dutyFacts')
      .select(['kind', 'staffId'])
      .where('assignmentId', '=', s.assignmentId)
      .execute();
    expect(facts).toEqual([{ kind: 'absent', staffId: f.b.staffId }]);
    expect((await f.unread(f.supervisor.id)).filter((n) => n.kind === 'duty.absent')).toHaveLength(1);
  });

  it('attendance facts are read by supervisor, manager, assistant, company; not by a receptionist or guard', async () => {
    start();
    const f = await dutyFixture(ctx);
    const q = `/api/duty/attendance?propertyId=${f.propertyId}&month=2026-11`;
    for (const c of [f.a, f.guard, f.clerk]) expect((await c.get(q)).status).toBe(403);
    for (const c of [f.sup, f.mgr, await ctx.signIn(f.assistant.username), await ctx.as(['company'], [])])
      expect((await c.get(q)).status).toBe(200);
    expect((await (await ctx.as(['supervisor'], [await ctx.property()])).get(q)).status).toBe(404);
  });
});

describe('attribution and workload (S3 篇一 五.5; issue 7 item 4)', () => {
  it('a 01:30 contact goes to the night person; a substitute’s contacts and weekend allowance go to the substitute; the first taker keeps the case', async () => {
    start();
    const f = await dutyFixture(ctx);
    await f.plan(f.night, '2026-11-23', f.guard.staffId);
    const tue = await f.plan(f.desk1, '2026-11-24', f.a.staffId);
    const sat = await f.plan(f.desk1, '2026-11-28', f.a.staffId);
    expect(
      (
        await f.a.post('/api/duty/swaps', {
          assignmentId: tue.assignmentId,
          substituteId: f.c.staffId,
          mode: 'reported',
          reason: '病假',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await f.a.post('/api/duty/swaps', {
          assignmentId: sat.assignmentId,
          substituteId: f.b.staffId,
          mode: 'applied',
          reason: '调休',
        })
      ).status,
    ).toBe(200);
    const pending = (await f.clerk.get(`/api/duty/swaps?propertyId=${f.propertyId}&pending=1`)).body[0];
    expect((await f.clerk.post(`/api/duty/swaps/${pending.id}/decision`, { approve: true })).status).toBe(
      200,
    );

    at('2026-11-24T01:30');
    const night = await f.desk.post('/api/contacts', f.contact());
    expect(night.status).toBe(200);
    at('2026-11-24T10:00');
    const day = await f.desk.post(
      '/api/contacts',
      f.contact({
        summary: '询问停水时间',
        type: 'inquiry',
        resolution: { mode: 'answered', answer: '明天上午' },
      }),
    );
    expect(day.status).toBe(200);
    at('2026-11-28T08:50');
    expect((await f.b.post('/api/duty/clock-in', { propertyId: f.propertyId })).status).toBe(200);
    at('2026-11-28T17:30');
    expect((await f.b.post('/api/duty/clock-out', { propertyId: f.propertyId })).status).toBe(200);
    at('2026-11-30T10:00');

    const w = (await f.sup.get(`/api/duty/workload?propertyId=${f.propertyId}&month=2026-11`)).body;
    const row = (id: number) => w.rows.find((r: { staffId: number }) => r.staffId === id);
    expect(row(f.guard.staffId)).toMatchObject({ shifts: 1, contacts: 1, weekendShifts: 0 });
    expect(row(f.c.staffId)).toMatchObject({
      shifts: 1,
      substituteShifts: 1,
      contacts: 1,
      contactsAsSubstitute: 1,
    });
    expect(row(f.b.staffId)).toMatchObject({
      shifts: 1,
      weekendShifts: 1,
      weekendAllowance: 1,
      substituteShifts: 1,
    });
    expect(row(f.a.staffId)).toBeUndefined();
    expect(w.totalContacts).toBe(2);

    const attribution = (await f.mgr.get(`/api/duty/attribution?propertyId=${f.propertyId}&day=2026-11-24`))
      .body.contacts;
    expect(attribution.map((c: { attributedTo: { staffId: number } }) => c.attributedTo.staffId)).toEqual([
      f.guard.staffId,
      f.c.staffId,
    ]);
    // 首接责任制: attribution counts work; the case stays with whoever took it.
    const kase = await ctx.db
      .selectFrom('cases')
      .select('firstTakerId')
      .where('id', '=', day.body.caseId)
      .executeTakeFirstOrThrow();
    expect(kase.firstTakerId).toBe(f.a.staffId);

    const onDuty = await f.guard.get(
      `/api/duty/on-duty?propertyId=${f.propertyId}&at=${encodeURIComponent(local('2026-11-24T01:30').toISOString())}`,
    );
    expect(onDuty.body.posts).toMatchObject([{ postKind: 'night', onDutyId: f.guard.staffId }]);
    for (const c of [f.a, f.guard])
      expect((await c.get(`/api/duty/workload?propertyId=${f.propertyId}&month=2026-11`)).status).toBe(403);
    expect(
      (
        await (
          await ctx.as(['company'], [])
        ).get(`/api/duty/workload?propertyId=${f.propertyId}&month=2026-11`)
      ).status,
    ).toBe(200);
  });
});
