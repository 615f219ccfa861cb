import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { dutyFixture, local } from './duty-fixture.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' }); // Monday 10:00 in Shanghai
});
afterAll(async () => ctx.close());

const at = (s: string) => ctx.clock.set(local(s));

describe('duty log (值班日志, S3 篇七) and the daily unresolved list (S3 篇九 4.1.7)', () => {
  it('the person on duty records what happened and what is unresolved; it stays on the daily list until resolved', async () => {
    ctx.clock.set('2026-11-23T02:00:00.000Z');
    const f = await dutyFixture(ctx);
    const s = await f.plan(f.desk1, '2026-11-24', f.a.staffId);
    const early = await f.a.post('/api/duty/log', {
      assignmentId: s.assignmentId,
      kind: 'event',
      text: '太早',
    });
    expect(early.status).toBe(422);
    at('2026-11-24T11:00');
    const event = await f.a.post('/api/duty/log', {
      assignmentId: s.assignmentId,
      kind: 'event',
      text: '10:30 停电 15 分钟，已通知工程部',
    });
    expect(event.status).toBe(200);
    const open = await f.a.post('/api/duty/log', {
      assignmentId: s.assignmentId,
      kind: 'unresolved',
      text: '5栋业主反映楼道灯不亮，工程部明天处理',
    });
    expect(open.status).toBe(200);
    const repair = await f.desk.post('/api/contacts', f.contact({ summary: '5栋楼道灯不亮' }));
    expect(repair.status).toBe(200);

    const today = (await f.b.get(`/api/duty/unresolved?propertyId=${f.propertyId}&day=2026-11-24`)).body;
    expect(today.unresolvedEntries.map((e: { id: number }) => e.id)).toEqual([open.body.id]);
    expect(
      today.sections.find((x: { key: string }) => x.key === 'cases').items.map((i: { id: number }) => i.id),
    ).toEqual([repair.body.caseId]);

    at('2026-11-25T09:00');
    const next = (await f.b.get(`/api/duty/unresolved?propertyId=${f.propertyId}&day=2026-11-25`)).body;
    expect(next.unresolvedEntries.map((e: { id: number }) => e.id)).toEqual([open.body.id]);
    expect(next.sections.find((x: { key: string }) => x.key === 'cases').total).toBe(0);

    expect(
      (await f.guard.post(`/api/duty/log/${open.body.id}/resolve`, { resolution: '已修复' })).status,
    ).toBe(403);
    expect((await f.b.post(`/api/duty/log/${event.body.id}/resolve`, { resolution: '已修复' })).status).toBe(
      409,
    );
    expect(
      (await f.b.post(`/api/duty/log/${open.body.id}/resolve`, { resolution: '工程部已更换灯管' })).status,
    ).toBe(200);
    expect((await f.b.post(`/api/duty/log/${open.body.id}/resolve`, { resolution: '再次' })).status).toBe(
      409,
    );
    expect(
      (await f.b.get(`/api/duty/unresolved?propertyId=${f.propertyId}&day=2026-11-25`)).body
        .unresolvedEntries,
    ).toEqual([]);
    // Looking back at the 24th still shows it was open that evening.
    expect(
      (await f.b.get(`/api/duty/unresolved?propertyId=${f.propertyId}&day=2026-11-24`)).body
        .unresolvedEntries,
    ).toHaveLength(1);

    const log = (await f.sup.get(`/api/duty/shifts/${s.assignmentId}/log`)).body;
    expect(
      log.entries.map((e: { kind: string; resolution: string | null }) => [e.kind, e.resolution]),
    ).toEqual([
      ['event', null],
      ['unresolved', '工程部已更换灯管'],
    ]);
    expect(log.contactsDuringShift).toBe(1);
  });

  it('only the person on duty (or supervisor, manager) writes a shift’s log; another property gets 404', async () => {
    ctx.clock.set('2026-11-23T02:00:00.000Z');
    const f = await dutyFixture(ctx);
    const s = await f.plan(f.desk1, '2026-11-24', f.a.staffId);
    at('2026-11-24T09:00');
    const entry = { assignmentId: s.assignmentId, kind: 'event', text: '巡查正常' };
    expect((await f.b.post('/api/duty/log', entry)).status).toBe(403);
    expect((await f.sup.post('/api/duty/log', entry)).status).toBe(200);
    const outsider = await ctx.as(['supervisor'], [await ctx.property()]);
    expect((await outsider.post('/api/duty/log', entry)).status).toBe(404);
    expect((await outsider.get(`/api/duty/shifts/${s.assignmentId}/log`)).status).toBe(404);
    expect((await outsider.get(`/api/duty/unresolved?propertyId=${f.propertyId}`)).status).toBe(404);
  });
});
