import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, tableCounts } from '../../../test/harness.js';
import { type RegistersFixture, registersFixture } from '../registers-fixture.js';
import { runMoveOverdueReminders } from '../sweeps.js';

let ctx: TestContext;
let f: RegistersFixture;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  f = await registersFixture(ctx);
});
afterAll(async () => ctx.close());

const all = { propertyCertificate: true, lease: true, idCard: true, formsFilled: true };
const moveIn = (over: Record<string, unknown> = {}) => ({
  propertyId: f.propertyId,
  roomId: f.room2,
  kind: 'moveIn',
  relation: 'tenant',
  person: { name: '孙新租', phones: ['13511112222'], idNumber: '11010519491231002X' },
  date: '2026-11-22',
  documents: { ...all, propertyCertificate: false },
  ...over,
});
const occupants = async (roomId: number) =>
  ctx.db
    .selectFrom('occupancies')
    .innerJoin('people', 'people.id', 'occupancies.personId')
    .select(['people.name', 'occupancies.relation', 'occupancies.endDate'])
    .where('roomId', '=', roomId)
    .execute();

describe('move-in and transfer (S1 场景一 过户/迁入; S2 顾客档案管理)', () => {
  it('S1: documents are checked first — a tenant without a lease is refused', async () => {
    const r = await f.desk.post(
      '/api/registers/moves',
      moveIn({ documents: { ...all, lease: false, propertyCertificate: false } }),
    );
    expect(r.status).toBe(422);
    expect(r.body.error.message).toContain('房屋租赁合同');
  });

  it('applyNow updates the archive through its own move-in; the person is masked there', async () => {
    const r = await f.desk.post('/api/registers/moves', moveIn({ applyNow: true }));
    expect(r.body, JSON.stringify(r.body)).toMatchObject({ archived: true, archiveError: null });
    expect(await occupants(f.room2)).toContainEqual({ name: '孙新租', relation: 'tenant', endDate: null });
    const person = await ctx.db
      .selectFrom('people')
      .select('idNumberMasked')
      .where('name', '=', '孙新租')
      .executeTakeFirstOrThrow();
    expect(person.idNumberMasked).toBe('1101**********002X');
    const roomHistory = await ctx.db
      .selectFrom('events')
      .select(['action', 'reason'])
      .where('entityType', '=', 'room')
      .where('entityId', '=', String(f.room2))
      .execute();
    expect(roomHistory).toContainEqual({ action: 'move-in', reason: `过户/迁入登记 #${r.body.id}` });
    expect((await f.desk.post(`/api/registers/moves/${r.body.id}/apply`)).status).toBe(409);
  });

  it('S2: not in the archive 2 days after it was reported → flagged overdue, the supervisor told once', async () => {
    const r = await f.desk.post('/api/registers/moves', {
      ...moveIn(),
      kind: 'transfer',
      relation: null,
      personId: undefined,
      person: { name: '钱新业主', phones: ['13622223333'] },
      documents: all,
      roomId: f.room,
    });
    expect(r.body.archived).toBe(false);
    const pending = async () =>
      (await f.desk.get(`/api/registers/moves?propertyId=${f.propertyId}&pending=1`)).body.find(
        (m: { id: number }) => m.id === r.body.id,
      );
    expect((await pending()).isOverdue).toBe(false);
    ctx.clock.set('2026-11-25T03:00:00.000Z');
    await f.renew();
    expect((await pending()).isOverdue).toBe(true);
    const deps = { db: ctx.db, clock: ctx.clock, notify: ctx.deps.notifier.notify };
    await Promise.all([runMoveOverdueReminders(deps), runMoveOverdueReminders(deps)]);
    await runMoveOverdueReminders(deps);
    expect(await f.notificationsOf(f.supervisor.staffId, 'registers.move-overdue')).toHaveLength(1);
    expect(await f.notificationsOf(f.desk.staffId, 'registers.move-overdue')).toHaveLength(1);

    const applied = await f.desk.post(`/api/registers/moves/${r.body.id}/apply`);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const occ = await occupants(f.room);
    expect(occ).toContainEqual({ name: '钱新业主', relation: 'owner', endDate: null });
    expect(occ).toContainEqual({ name: '王建华', relation: 'owner', endDate: '2026-11-22' });
    expect(await pending()).toBeUndefined();
  });

  it('the welcome checklist: office card, neighbourhood, parking card, renovation rules — each ticked once', async () => {
    const r = await f.desk.post(
      '/api/registers/moves',
      moveIn({
        person: { name: '周家属', phones: [] },
        relation: 'family',
        documents: { ...all, lease: false, propertyCertificate: false },
      }),
    );
    expect(
      (
        await f.desk.post(`/api/registers/moves/${r.body.id}/welcome`, {
          steps: ['officeCard', 'neighbourhood'],
        })
      ).status,
    ).toBe(200);
    expect(
      (await f.desk.post(`/api/registers/moves/${r.body.id}/welcome`, { steps: ['officeCard'] })).status,
    ).toBe(409);
    const d = (await f.desk.get(`/api/registers/moves/${r.body.id}`)).body;
    expect(d.welcome.officeCard).not.toBeNull();
    expect(d.welcome.parkingCard).toBeNull();
    expect(d.history.map((h: { action: string }) => h.action)).toEqual(['registered', 'welcomed']);
  });

  it('issue 6 item 12: the gate guard may not register moves (403); another property’s desk gets 404', async () => {
    const before = await tableCounts(ctx.db);
    expect((await f.guard.post('/api/registers/moves', moveIn())).status).toBe(403);
    expect((await f.otherDesk.post('/api/registers/moves', moveIn())).status).toBe(404);
    expect(await tableCounts(ctx.db)).toEqual(before);
    const r = await f.desk.post('/api/registers/moves', moveIn({ person: { name: '吴某', phones: [] } }));
    expect((await f.otherDesk.post(`/api/registers/moves/${r.body.id}/apply`)).status).toBe(404);
  });
});
