import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, tableCounts } from '../../test/harness.js';
import { dutyFixture, local } from './duty-fixture.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' }); // Monday 10:00 in Shanghai
});
afterAll(async () => ctx.close());

describe('posts and shift templates (issue 7 item 1; S3 篇一 二; S1 十二)', () => {
  it('default posts: two desks with weekday and weekend times, and the night duty post 20:00–08:00', async () => {
    const f = await dutyFixture(ctx);
    const posts = (await f.a.get(`/api/duty/posts?propertyId=${f.propertyId}`)).body;
    expect(posts.map((p: { name: string; kind: string }) => `${p.name}:${p.kind}`)).toEqual([
      '一楼前台:desk',
      '二楼前台:desk',
      '物业总值:night',
    ]);
    expect(posts[0].weekendSegments).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ]);
    expect(posts[2].weekdaySegments).toEqual([{ start: '20:00', end: '08:00' }]);
    expect((await f.sup.post('/api/duty/posts/defaults', { propertyId: f.propertyId })).status).toBe(409);
  });

  it('refuses bad times with a Chinese message and a stable code', async () => {
    const f = await dutyFixture(ctx);
    const bad = await f.sup.post('/api/duty/posts', {
      propertyId: f.propertyId,
      name: '夜班',
      kind: 'night',
      headcount: 1,
      weekdaySegments: [{ start: '20:00', end: '20:00' }],
      weekendSegments: [],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(bad.body.error)).toMatch(/不能相同/);
  });

  it('only the supervisor (or admin) sets up posts: other roles get 403, another property 404', async () => {
    const f = await dutyFixture(ctx);
    const body = {
      propertyId: f.propertyId,
      name: '三楼前台',
      kind: 'desk',
      headcount: 1,
      weekdaySegments: [{ start: '08:20', end: '18:00' }],
      weekendSegments: [],
    };
    for (const client of [f.a, f.mgr, f.clerk, f.guard])
      expect((await client.post('/api/duty/posts', body)).status).toBe(403);
    expect((await f.a.patch(`/api/duty/posts/${f.desk1}`, { name: 'x' })).status).toBe(403);
    const other = await ctx.property();
    const outsider = await ctx.as(['supervisor'], [other]);
    expect((await outsider.post('/api/duty/posts', body)).status).toBe(404);
    expect((await outsider.patch(`/api/duty/posts/${f.desk1}`, { name: 'x' })).status).toBe(404);
    expect((await outsider.get(`/api/duty/roster?propertyId=${f.propertyId}&month=2026-11`)).status).toBe(
      404,
    );
    expect((await f.sup.post('/api/duty/posts', body)).status).toBe(200);
  });
});

describe('the monthly roster (issue 7 item 1)', () => {
  it('the supervisor fills a month; the grid has every day, weekends marked, and the night shift ends the next morning', async () => {
    const f = await dutyFixture(ctx);
    const r = await f.sup.post('/api/duty/roster/bulk', {
      propertyId: f.propertyId,
      cells: [
        { postId: f.desk1, day: '2026-11-28', staffIds: [f.a.staffId] },
        { postId: f.desk2, day: '2026-11-28', staffIds: [f.b.staffId] },
        { postId: f.night, day: '2026-11-30', staffIds: [f.guard.staffId] },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body.changed).toBe(3);
    const g = await f.grid('2026-11');
    expect(g.days).toHaveLength(30);
    const sat = g.days.find((d) => d.day === '2026-11-28') as unknown as {
      isWeekend: boolean;
      cells: { people: { staffName: string; startsAt: string; endsAt: string }[] }[];
    };
    expect(sat.isWeekend).toBe(true);
    expect(sat.cells[0]!.people[0]!.startsAt).toBe(local('2026-11-28T09:00').toISOString());
    expect(sat.cells[0]!.people[0]!.endsAt).toBe(local('2026-11-28T17:30').toISOString());
    const nightShift = (await f.cell('2026-11-30', f.night))!;
    expect(nightShift.endsAt).toBe(local('2026-12-01T08:00').toISOString());
    const people = (await f.sup.get(`/api/duty/people?propertyId=${f.propertyId}`)).body;
    expect(people.find((p: { id: number }) => p.id === f.trainee.id)).toMatchObject({
      certifiedForDuty: false,
      roles: ['receptionist'],
    });
    expect(people.find((p: { id: number }) => p.id === f.clerk.staffId)).toMatchObject({
      departmentKind: 'admin',
    });
    // Anyone of the property reads the roster (it is posted on the wall).
    expect((await f.guard.get(`/api/duty/roster?propertyId=${f.propertyId}&month=2026-11`)).status).toBe(200);
  });

  it('item 7: overlapping shifts for one person are refused, and nothing is written', async () => {
    const f = await dutyFixture(ctx);
    await f.plan(f.desk1, '2026-11-25', f.b.staffId);
    const before = await tableCounts(ctx.db);
    const both = await f.set(f.desk2, '2026-11-25', [f.b.staffId]);
    expect(both.status).toBe(422);
    expect(both.body.error.code).toBe('RULE_VIOLATION');
    expect(both.body.error.message).toMatch(/重叠/);
    // The night of the same day does not overlap the desk (18:00 / 20:00).
    expect((await f.set(f.night, '2026-11-25', [f.b.staffId])).status).toBe(200);
    // But a desk the next morning overlaps nothing either (night ends 08:00, desk starts 08:20).
    expect((await f.set(f.desk1, '2026-11-26', [f.b.staffId])).status).toBe(200);
    const after = await tableCounts(ctx.db);
    expect(after.duty_assignments).toBe(before.duty_assignments! + 2);
  });

  it('a bulk plan with one overlapping cell writes nothing and names the cell', async () => {
    const f = await dutyFixture(ctx);
    const before = await tableCounts(ctx.db);
    const r = await f.sup.post('/api/duty/roster/bulk', {
      propertyId: f.propertyId,
      cells: [
        { postId: f.desk1, day: '2026-11-27', staffIds: [f.c.staffId] },
        { postId: f.desk2, day: '2026-11-27', staffIds: [f.c.staffId] },
      ],
    });
    expect(r.status).toBe(422);
    expect(r.body.error.message).toMatch(/第 2 个班次/);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('one person per desk (S3 篇一 一), no uncertified trainee at a desk (S0 3.1.6), no change once a shift has started', async () => {
    const f = await dutyFixture(ctx);
    expect((await f.set(f.desk1, '2026-11-25', [f.a.staffId, f.b.staffId])).body.error.message).toMatch(
      /每班 1 人/,
    );
    expect((await f.set(f.desk1, '2026-11-25', [f.trainee.id])).body.error.message).toMatch(/尚未独立上岗/);
    const started = await f.set(f.desk1, '2026-11-23', [f.a.staffId]); // clock: Monday 10:00, the desk began at 08:20
    expect(started.status).toBe(422);
    expect(started.body.error.message).toMatch(/已开始/);
    const stranger = await ctx.staff({ roles: ['receptionist'], propertyIds: [await ctx.property()] });
    expect((await f.set(f.desk1, '2026-11-25', [stranger.id])).body.error.message).toMatch(/不属于本项目/);
  });

  it('only the supervisor fills the roster: receptionist, manager, 行政部 get 403; history keeps every change', async () => {
    const f = await dutyFixture(ctx);
    for (const client of [f.a, f.mgr, f.clerk, f.guard])
      expect((await f.set(f.desk1, '2026-11-26', [f.a.staffId], client)).status).toBe(403);
    await f.plan(f.desk1, '2026-11-26', f.a.staffId);
    await f.plan(f.desk1, '2026-11-26', f.b.staffId);
    const h = await f.a.get(`/api/duty/roster/cell-history?postId=${f.desk1}&day=2026-11-26`);
    expect(h.body.map((e: { data: { before: number[]; after: number[] } }) => e.data.after)).toEqual([
      [f.a.staffId],
      [f.b.staffId],
    ]);
  });

  it('changing a post’s times moves its future shifts with it', async () => {
    const f = await dutyFixture(ctx);
    await f.plan(f.desk2, '2026-11-26', f.c.staffId);
    const r = await f.sup.patch(`/api/duty/posts/${f.desk2}`, {
      weekdaySegments: [
        { start: '08:00', end: '12:00' },
        { start: '14:00', end: '17:30' },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: '二楼前台', sortOrder: 2, headcount: 1 }); // fields not sent keep their values
    const moved = (await f.cell('2026-11-26', f.desk2))!;
    expect(moved.startsAt).toBe(local('2026-11-26T08:00').toISOString());
    expect(moved.endsAt).toBe(local('2026-11-26T17:30').toISOString());
  });
});
