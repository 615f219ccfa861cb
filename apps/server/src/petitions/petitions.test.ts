import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext, tableCounts } from '../../test/harness.js';
import { ensureRoom } from '../archive/repo.js';

let ctx: TestContext;
let propertyId: number;
let otherPropertyId: number;
let roomId: number;
let desk: Client;
let supervisor: Client;
let manager: Client;
let admin: Client;
let otherDesk: Client;

beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  propertyId = await ctx.property('XFA');
  otherPropertyId = await ctx.property('XFB');
  roomId = (
    await ensureRoom(
      ctx.db,
      propertyId,
      { building: '3', unit: '2', room: '501' },
      { createdAt: '2026-01-01' },
    )
  ).id;
  await ctx.db
    .insertInto('departments')
    .values({ propertyId, name: '行政部', kind: 'admin', createdAt: '2026-01-01' })
    .execute();
  desk = await ctx.as(['receptionist'], [propertyId]);
  supervisor = await ctx.as(['supervisor'], [propertyId]);
  manager = await ctx.as(['manager'], [propertyId]);
  admin = await ctx.as(['admin'], [propertyId]);
  otherDesk = await ctx.as(['receptionist'], [otherPropertyId]);
});
afterAll(async () => ctx.close());

const petition = (over: Record<string, unknown> = {}) => ({
  propertyId,
  idempotencyKey: randomUUID(),
  channel: 'visit',
  type: 'suggestion',
  kind: 'individual',
  headcount: 1,
  callerName: '侯东风',
  callerPhone: '13900001111',
  address: '华苑路 88 号',
  summary: '反映小区东门路灯长期不亮',
  ...over,
});

describe('switching a property to 群众来信来访登记表 (S0)', () => {
  it('a property uses the desk form until the admin switches it; only the admin may', async () => {
    expect((await desk.get(`/api/petitions/profile?propertyId=${propertyId}`)).body.profile).toBe('standard');
    const before = await tableCounts(ctx.db);
    const refused = await desk.post('/api/petitions', petition());
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('未启用');
    expect(await tableCounts(ctx.db)).toEqual(before);

    const body = { propertyId, profile: 'petition' };
    for (const c of [desk, supervisor, manager])
      expect((await c.put('/api/admin/intake-profile', body)).status).toBe(403);
    const foreignAdmin = await ctx.as(['admin'], [otherPropertyId]);
    expect((await foreignAdmin.put('/api/admin/intake-profile', body)).status).toBe(404);
    expect((await admin.put('/api/admin/intake-profile', { ...body, profile: 'other' })).status).toBe(400);
    // The generic settings route keeps the switch to 0 or 1.
    const two = await admin.put('/api/admin/settings', {
      propertyId,
      key: 'intake.petitionProfile',
      value: 2,
    });
    expect(two.status).toBe(400);
    expect((await admin.put('/api/admin/intake-profile', body)).status).toBe(200);
    expect((await desk.get(`/api/petitions/profile?propertyId=${propertyId}`)).body.profile).toBe('petition');
    const h = await ctx.db
      .selectFrom('events')
      .select(['action', 'data'])
      .where('entityType', '=', 'property')
      .where('entityId', '=', String(propertyId))
      .execute();
    expect(h.at(-1)?.data).toContain('"after":"petition"');
  });
});

describe('the petition register', () => {
  let first: { id: number; caseId: number; number: string; visitCount: number };

  it('信访编号 runs gap-free per year; 信访次数 counts earlier cases of the same person', async () => {
    const key = randomUUID();
    const r = await desk.post('/api/petitions', petition({ idempotencyKey: key }));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    first = r.body;
    expect(first).toMatchObject({ number: 'XFAXF2026-0001', visitCount: 1, created: true });
    const c = (await desk.get(`/api/cases/${first.caseId}`)).body;
    expect(c).toMatchObject({
      channel: 'visit',
      type: 'suggestion',
      state: 'assigned',
      firstTakerId: desk.staffId,
    });

    // The same request again is the same petition and takes no number.
    const again = await desk.post('/api/petitions', petition({ idempotencyKey: key }));
    expect(again.body).toMatchObject({ id: first.id, number: 'XFAXF2026-0001', created: false });

    // An earlier plain call of the same person (phone typed with spaces) counts too.
    const call = await desk.post('/api/contacts', {
      propertyId,
      idempotencyKey: randomUUID(),
      channel: 'call',
      type: 'inquiry',
      callerName: '侯先生',
      callerPhone: '139 0000 1111',
      identity: 'other',
      summary: '咨询路灯维修进度',
      resolution: { mode: 'answered', answer: '已报工程部' },
    });
    expect(call.status, JSON.stringify(call.body)).toBe(200);
    const preview = await desk.get(`/api/petitions/visit-count?propertyId=${propertyId}&phone=13900001111`);
    expect(preview.body.visitCount).toBe(3);
    const third = await desk.post(
      '/api/petitions',
      petition({ channel: 'letter', callerPhone: '139-0000-1111' }),
    );
    expect(third.body).toMatchObject({ number: 'XFAXF2026-0002', visitCount: 3 });

    // Someone else is a first visit; a collective petition of 12.
    const group = await desk.post(
      '/api/petitions',
      petition({ callerName: '赵敏', callerPhone: '13700002222', kind: 'collective', headcount: 12, roomId }),
    );
    expect(group.body).toMatchObject({ number: 'XFAXF2026-0003', visitCount: 1 });
    const list = (await supervisor.get(`/api/petitions?propertyId=${propertyId}`)).body;
    expect(list.map((p: { number: string }) => p.number)).toEqual([
      'XFAXF2026-0003',
      'XFAXF2026-0002',
      'XFAXF2026-0001',
    ]);
    expect(list[0]).toMatchObject({
      kind: 'collective',
      headcount: 12,
      roomLabel: expect.stringContaining('501'),
    });
  });

  it('a complaint petition starts the complaint path; bad input is refused with field names', async () => {
    const r = await desk.post('/api/petitions', petition({ type: 'complaint', callerPhone: '13600003333' }));
    expect(r.status).toBe(200);
    const complaint = await ctx.db
      .selectFrom('complaints')
      .select('caseId')
      .where('caseId', '=', r.body.caseId)
      .executeTakeFirst();
    expect(complaint?.caseId).toBe(r.body.caseId);
    const before = await tableCounts(ctx.db);
    for (const [over, field] of [
      [{ kind: 'collective', headcount: 1 }, 'headcount'],
      [{ channel: 'call' }, 'channel'],
      [{ summary: '' }, 'summary'],
      [{ callerPhone: null, address: null }, 'address'],
      [{ type: 'praise' }, 'type'],
    ] as const) {
      const bad = await desk.post('/api/petitions', petition(over));
      expect(bad.status, field).toBe(400);
      expect(JSON.stringify(bad.body.error.details), field).toContain(field);
    }
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('领导组长 is the manager’s signature, 监督组长 the supervisor’s; each once; 经办人 is the registrar', async () => {
    const url = `/api/petitions/${first.id}/sign`;
    expect((await desk.post(url, { as: 'supervisor' })).status).toBe(403);
    expect((await supervisor.post(url, { as: 'leader' })).status).toBe(403);
    expect((await supervisor.post(url, { as: 'supervisor' })).status).toBe(200);
    expect((await supervisor.post(url, { as: 'supervisor' })).status).toBe(409);
    expect((await manager.post(url, { as: 'leader' })).status).toBe(200);
    const d = (await desk.get(`/api/petitions/${first.id}`)).body;
    expect(d.handlerId).toBe(desk.staffId);
    expect(d.supervisorId).toBe(supervisor.staffId);
    expect(d.leaderId).toBe(manager.staffId);
    expect(d.leaderSignedAt).toBe(ctx.clock.now().toISOString());
  });

  it('the written reply is made once by a signer, then corrected by amendment with the old text kept', async () => {
    const url = `/api/petitions/${first.id}/reply`;
    const reply = {
      subject: '东门路灯',
      addressee: '侯东风同志',
      body: '收到您反映的问题后，我们高度重视……',
    };
    expect((await desk.post(url, reply)).status).toBe(403);
    expect(
      (
        await supervisor.post(`/api/petitions/${first.id}/amendments`, {
          field: 'body',
          value: 'x',
          reason: '改正文',
        })
      ).status,
    ).toBe(409);
    expect((await supervisor.post(url, reply)).status).toBe(200);
    expect((await manager.post(url, reply)).status).toBe(409);
    const d = (await desk.get(`/api/cases/${first.caseId}/petition`)).body;
    expect(d).toMatchObject({
      ...reply,
      repliedBy: supervisor.staffId,
      repliedDay: '2026-11-23',
      receivedDay: '2026-11-23',
    });

    const amendBody = {
      field: 'body',
      value: '收到您反映的东门路灯问题后，我们已责成工程部整改。',
      reason: '补充处理结果',
    };
    expect((await desk.post(`/api/petitions/${first.id}/amendments`, amendBody)).status).toBe(403);
    expect((await supervisor.post(`/api/petitions/${first.id}/amendments`, amendBody)).status).toBe(200);
    expect(
      (
        await desk.post(`/api/petitions/${first.id}/amendments`, {
          field: 'address',
          value: '华苑路 90 号',
          reason: '门牌号记错',
        })
      ).status,
    ).toBe(200);
    const h = (await desk.get(`/api/petitions/${first.id}/history`)).body;
    expect(h.map((e: { action: string }) => e.action)).toEqual([
      'registered',
      'signed',
      'signed',
      'replied',
      'amended',
      'amended',
    ]);
    expect(h[4]).toMatchObject({ reason: '补充处理结果', data: { field: 'body', before: reply.body } });
  });

  it('another property’s desk gets 404; the company role reads', async () => {
    for (const url of [
      `/api/petitions/${first.id}`,
      `/api/cases/${first.caseId}/petition`,
      `/api/petitions?propertyId=${propertyId}`,
      `/api/petitions/profile?propertyId=${propertyId}`,
      `/api/petitions/${first.id}/history`,
    ])
      expect((await otherDesk.get(url)).status, url).toBe(404);
    expect((await otherDesk.post('/api/petitions', petition())).status).toBe(404);
    const company = await ctx.as(['company'], []);
    expect((await company.get(`/api/petitions/${first.id}`)).status).toBe(200);
    expect((await company.post('/api/petitions', petition())).status).toBe(403);
  });
});
