import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Reply, type TestContext, tableCounts } from '../../test/harness.js';
import { type ComplaintFixture, complaintFixture } from './complaints-fixture.js';

/** A JSON body from the API. */
type J = Reply['body'];

let ctx: TestContext;
let f: ComplaintFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await complaintFixture(ctx);
});
afterAll(async () => ctx.close());

let n = 0;
/** A caller nobody has seen before, so no earlier complaint makes this one a repeat. */
const stranger = () => ({
  roomId: null,
  personId: null,
  callerName: '路人',
  callerPhone: `1370000${String(++n).padStart(4, '0')}`,
});

describe('severity proposed by the rules at registration (issue 5 item 1) and handled per class (S3 篇九 4.5.2)', () => {
  it('一般: recorded with the apology, assigned to the supervisor, no extra report', async () => {
    const r = await f.register(stranger());
    expect(r).toMatchObject({ state: 'received', severity: 'ordinary', proposedRule: 'ordinary' });
    const c = await f.detail(r.caseId);
    expect(c.acknowledgement).toBe('apology');
    expect(c.severityConfirmedAt).toBeNull();
    expect(
      c.timeline.find((e: J) => e.entityType === 'complaint' && e.action === 'registered').data.proposal.rule,
    ).toBe('ordinary');
    expect(await f.unread(f.supervisor.id, r.caseId)).toEqual(['case.assigned']);
  });

  it('重大 (S2 一.1 lawsuit): the manager is told at registration (S3 篇九 4.5.2.3)', async () => {
    const r = await f.register({ ...stranger(), lawsuit: true });
    expect(r).toMatchObject({ severity: 'major', proposedRule: 'major.lawsuit' });
    expect(await f.unread(f.manager.id, r.caseId)).toContain('complaint.major');
    expect((await f.detail(r.caseId)).managerNotifiedAt).not.toBeNull();
  });

  it('重大 (S2 一.1): media exposure, or 10 complainants', async () => {
    expect((await f.register({ ...stranger(), mediaExposed: true })).proposedRule).toBe('major.media');
    expect((await f.register({ ...stranger(), complainantCount: 10 })).proposedRule).toBe('major.collective');
    expect((await f.register({ ...stranger(), complainantCount: 9 })).severity).toBe('ordinary');
  });

  it('重要 (safety, our reading): reported to the supervisor at registration (S3 篇九 4.5.2.2)', async () => {
    const r = await f.register({ ...stranger(), safetyInvolved: true, category: 'security' });
    expect(r.proposedRule).toBe('important.safety');
    expect(await f.unread(f.supervisor.id, r.caseId)).toContain('complaint.important');
  });

  it("重要: the same resident's second complaint on the same matter (same category)", async () => {
    const caller = {
      roomId: null,
      personId: null,
      callerName: '赵女士',
      callerPhone: '13611112222',
      category: 'noise',
    };
    expect((await f.register(caller)).severity).toBe('ordinary');
    expect((await f.register({ ...caller, category: 'cleaning' })).severity).toBe('ordinary');
    expect((await f.register(caller)).proposedRule).toBe('important.repeat');
  });

  it('重要: already passed up to the manager, ticked at the desk or passed up on the case afterwards (S1 服务上移)', async () => {
    expect((await f.register({ ...stranger(), passedUpToManager: true })).proposedRule).toBe(
      'important.passedUp',
    );
    const r = await f.register(stranger());
    expect(
      (await f.desk.post(`/api/cases/${r.caseId}/pass-up`, { to: 'manager', reason: '客户要求经理处理' }))
        .status,
    ).toBe(200);
    expect((await f.detail(r.caseId)).proposalNow.rule).toBe('important.passedUp');
  });

  it('热点: the 3rd complaint of one category about one building within 30 days; one made 31 days ago does not count', async () => {
    const building = { kind: 'building', buildingId: f.building };
    const monthAgo = new Date(ctx.clock.now().getTime() - 31 * 86_400_000).toISOString();
    const first = await f.register({
      ...stranger(),
      category: 'greening',
      location: building,
      receivedAt: monthAgo,
    });
    await f.register({ ...stranger(), category: 'greening', location: building });
    const third = await f.register({ ...stranger(), category: 'greening', location: building });
    expect(third.severity).toBe('ordinary');
    const fourth = await f.register({ ...stranger(), category: 'greening', location: building });
    expect(fourth).toMatchObject({ severity: 'hotspot', proposedRule: 'hotspot.cluster' });
    expect(await f.unread(f.supervisor.id, fourth.caseId)).toContain('complaint.hotspot');
    expect(first.severity).toBe('ordinary');
  });

  it('热点 follows the settings (threshold 3 → 2): a common area counts too', async () => {
    expect(
      (
        await f.admin.put('/api/admin/settings', {
          propertyId: f.propertyId,
          key: 'complaints.hotSpotThreshold',
          value: 2,
        })
      ).status,
    ).toBe(200);
    const area = { kind: 'commonArea', area: '游泳池' };
    expect((await f.register({ ...stranger(), category: 'facilities', location: area })).severity).toBe(
      'ordinary',
    );
    expect((await f.register({ ...stranger(), category: 'facilities', location: area })).severity).toBe(
      'hotspot',
    );
    await f.admin.put('/api/admin/settings', {
      propertyId: f.propertyId,
      key: 'complaints.hotSpotThreshold',
      value: 3,
    });
  });

  it('a room given without a location counts against its building', async () => {
    const c = await f.detail((await f.register({ category: 'parking' })).caseId);
    expect(c).toMatchObject({ locationKind: 'building', buildingId: f.building });
  });
});

describe('registration (issue 5 items 2, 4)', () => {
  it('anonymous complaints are allowed with no caller at all', async () => {
    const r = await f.register({
      roomId: null,
      personId: null,
      callerName: '',
      callerPhone: null,
      anonymous: true,
      channel: 'online',
    });
    const c = await f.detail(r.caseId);
    expect(c).toMatchObject({ anonymous: true, callerName: '匿名' });
  });

  it('an anonymous complaint carries no caller; a named one needs one', async () => {
    expect((await f.desk.post('/api/complaints', f.body({ anonymous: true }))).status).toBe(400);
    expect(
      (await f.desk.post('/api/complaints', f.body({ roomId: null, personId: null, callerPhone: null })))
        .status,
    ).toBe(400);
  });

  it('intake accepts anonymous for complaints only', async () => {
    const anon = {
      roomId: null,
      personId: null,
      callerName: '',
      callerPhone: null,
      anonymous: true,
      channel: 'online',
    };
    expect(
      (
        await f.desk.post(
          '/api/contacts',
          f.contact({ ...anon, type: 'complaint', resolution: { mode: 'complaint' } }),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await f.desk.post(
          '/api/contacts',
          f.contact({ ...anon, type: 'inquiry', resolution: { mode: 'pending' } }),
        )
      ).status,
    ).toBe(400);
  });

  it('only a 一般 complaint may be handled on the spot (S3 篇九 4.5.2.1); a refused one writes nothing', async () => {
    const before = await tableCounts(ctx.db);
    const res = await f.desk.post(
      '/api/complaints',
      f.body({
        ...stranger(),
        lawsuit: true,
        immediate: { mode: 'answered', result: '已解释', customerSatisfied: true },
      }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('RULE_VIOLATION');
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('a complaint registered as a plain contact or from a letter gets its complaint record; the apology is recorded later', async () => {
    const res = await f.desk.post(
      '/api/contacts',
      f.contact({ type: 'complaint', summary: '电梯噪音', resolution: { mode: 'complaint' } }),
    );
    const c = await f.detail(res.body.caseId);
    expect(c).toMatchObject({ state: 'received', category: 'other', acknowledgement: null });
    const letter = await f.desk.post('/api/letters', {
      propertyId: f.propertyId,
      idempotencyKey: randomUUID(),
      letterClass: 'complaint',
      sender: '钱先生',
      senderPhone: '13500000000',
      receivedDate: '2026-11-20',
      summary: '来信投诉停车收费',
    });
    const decided = await f.assistantClient.post(`/api/letters/${letter.body.letterId}/decision`, {
      decision: 'open',
    });
    expect((await f.detail(decided.body.caseId)).channel).toBe('letter');
  });

  it('registration is idempotent on its key', async () => {
    const body = f.body(stranger());
    const a = await f.desk.post('/api/complaints', body);
    const b = await f.desk.post('/api/complaints', body);
    expect(b.body).toMatchObject({ caseId: a.body.caseId, created: false });
    expect(
      (await ctx.db.selectFrom('complaints').select('caseId').where('caseId', '=', a.body.caseId).execute())
        .length,
    ).toBe(1);
  });
});
