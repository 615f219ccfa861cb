import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext } from '../../test/harness.js';
import type { ArchiveService } from './service.js';

type View<K extends keyof ArchiveService> = Awaited<ReturnType<ArchiveService[K]>>;
type Transfer = { before: { owners: { name: string }[] }; after: { owners: { name: string }[] } };

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(); // 2026-11-23 10:00 in Asia/Shanghai
});
afterAll(async () => ctx.close());

const setup = async (code = '3-2-501') => {
  const p = await ctx.property();
  const c = await ctx.as(['receptionist'], [p]);
  const roomId = (await c.post('/api/archive/rooms', { propertyId: p, code })).body.id as number;
  return { p, c, roomId };
};
const moveIn = async (c: Client, roomId: number, body: object) => {
  const res = await c.post(`/api/archive/rooms/${roomId}/move-in`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { occupancyId: number; personId: number };
};

describe('move-in and move-out (S1 过户/迁入, DOMAIN.md §2)', () => {
  it('moves in an owner typed inline and a tenant, shows them with phones, then moves the tenant out', async () => {
    const { c, roomId } = await setup();
    const owner = await moveIn(c, roomId, {
      person: { name: '张建华', phones: ['13812345678'] },
      relation: 'owner',
      date: '2020-05-01',
    });
    const tenant = await moveIn(c, roomId, {
      person: { name: '刘洋', phones: ['13987654321', '13700001234'] },
      relation: 'tenant',
      date: '2025-03-01',
      reason: '租赁合同',
    });
    let page: View<'roomPage'> = (await c.get(`/api/archive/rooms/${roomId}`)).body;
    expect(page.room).toMatchObject({
      code: '3-2-501',
      label: '3栋2单元501',
      buildingName: '3栋',
      unitName: '2单元',
    });
    expect(page.current.map((o) => [o.name, o.relation, o.startKind, o.phones])).toEqual([
      ['张建华', 'owner', 'move_in', ['13812345678']],
      ['刘洋', 'tenant', 'move_in', ['13987654321', '13700001234']],
    ]);
    const out = await c.post(`/api/archive/rooms/${roomId}/move-out`, {
      occupancyId: tenant.occupancyId,
      date: '2026-10-31',
      reason: '租约到期',
    });
    expect(out.status).toBe(200);
    page = (await c.get(`/api/archive/rooms/${roomId}`)).body;
    expect(page.current.map((o) => o.personId)).toEqual([owner.personId]);
    expect(page.past).toMatchObject([
      { personId: tenant.personId, endDate: '2026-10-31', endKind: 'move_out' },
    ]);
    expect(page.history.map((h) => h.action)).toEqual(['create', 'move-in', 'move-in', 'move-out']);
    expect(page.history[3]).toMatchObject({
      reason: '租约到期',
      data: { before: { endDate: null }, after: { endDate: '2026-10-31', endKind: 'move_out' } },
    });
    const person: View<'personPage'> = (await c.get(`/api/archive/people/${tenant.personId}`)).body;
    expect(person.history.map((h) => h.action)).toEqual(['create', 'move-in', 'move-out']);
  });

  it('refuses a move-out before the move-in date (422), a future date (422) and a second move-in of the same person (409)', async () => {
    const { c, roomId } = await setup();
    const o = await moveIn(c, roomId, { person: { name: '赵敏' }, relation: 'family', date: '2024-01-10' });
    const early = await c.post(`/api/archive/rooms/${roomId}/move-out`, {
      occupancyId: o.occupancyId,
      date: '2024-01-09',
    });
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('2024-01-10');
    // 2026-11-24 is tomorrow in Shanghai (now is 10:00 on 11-23)
    const future = await c.post(`/api/archive/rooms/${roomId}/move-out`, {
      occupancyId: o.occupancyId,
      date: '2026-11-24',
    });
    expect(future.status).toBe(422);
    expect(future.body.error.message).toBe('迁出日期不能晚于今天');
    const again = await c.post(`/api/archive/rooms/${roomId}/move-in`, {
      personId: o.personId,
      relation: 'owner',
      date: '2025-01-01',
    });
    expect(again.status).toBe(409);
    const notHere = await c.post(`/api/archive/rooms/${roomId}/move-out`, {
      occupancyId: 999_999,
      date: '2025-01-01',
    });
    expect(notHere.status).toBe(404);
  });
});

describe('transfer of ownership 过户 (S1 过户/迁入)', () => {
  it("ends every current owner's occupancy with endKind 'transfer' and starts the new owner's; tenants stay", async () => {
    const { c, roomId } = await setup('7-1-1203');
    const a = await moveIn(c, roomId, { person: { name: '孙立' }, relation: 'owner', date: '2015-06-01' });
    const b = await moveIn(c, roomId, { person: { name: '周梅' }, relation: 'owner', date: '2015-06-01' });
    const t = await moveIn(c, roomId, { person: { name: '吴租' }, relation: 'tenant', date: '2025-01-01' });
    const res = await c.post(`/api/archive/rooms/${roomId}/transfer`, {
      person: { name: '郑新', phones: ['15000001111'], idNumber: '11010519491231002X' },
      date: '2026-11-20',
      reason: '二手房买卖，已核验房产证',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.ended.sort()).toEqual([a.occupancyId, b.occupancyId].sort());
    const page: View<'roomPage'> = (await c.get(`/api/archive/rooms/${roomId}`)).body;
    expect(page.current.map((o) => [o.name, o.relation, o.startKind, o.startDate])).toEqual([
      ['郑新', 'owner', 'transfer', '2026-11-20'],
      ['吴租', 'tenant', 'move_in', '2025-01-01'],
    ]);
    expect(page.past.map((o) => [o.name, o.endKind, o.endDate]).sort()).toEqual([
      ['周梅', 'transfer', '2026-11-20'],
      ['孙立', 'transfer', '2026-11-20'],
    ]);
    const event = page.history.at(-1)!;
    expect(event).toMatchObject({ action: 'transfer', reason: '二手房买卖，已核验房产证' });
    const data = event.data as Transfer;
    expect(data.before.owners.map((o) => o.name)).toEqual(['孙立', '周梅']);
    expect(data.after.owners.map((o) => o.name)).toEqual(['郑新']);
    const old: View<'personPage'> = (await c.get(`/api/archive/people/${a.personId}`)).body;
    expect(old.history.at(-1)).toMatchObject({
      action: 'transfer-out',
      data: { after: { endKind: 'transfer', endDate: '2026-11-20' } },
    });
    expect(old.rooms[0]).toMatchObject({ endKind: 'transfer' });
    expect(t.personId).toBeGreaterThan(0);
  });

  it('can end tenants and family on the same date; refuses a date before an owner moved in', async () => {
    const { c, roomId } = await setup('8-1-801');
    await moveIn(c, roomId, { person: { name: '钱老' }, relation: 'owner', date: '2010-01-01' });
    await moveIn(c, roomId, { person: { name: '钱小' }, relation: 'family', date: '2012-01-01' });
    const buyer = (
      await c.post('/api/archive/people', {
        propertyId: (await c.get(`/api/archive/rooms/${roomId}`)).body.room.propertyId,
        name: '冯买',
      })
    ).body.id;
    const early = await c.post(`/api/archive/rooms/${roomId}/transfer`, {
      personId: buyer,
      date: '2009-12-31',
    });
    expect(early.status).toBe(422);
    const ok = await c.post(`/api/archive/rooms/${roomId}/transfer`, {
      personId: buyer,
      date: '2026-11-01',
      endOtherOccupants: true,
    });
    expect(ok.status).toBe(200);
    const page: View<'roomPage'> = (await c.get(`/api/archive/rooms/${roomId}`)).body;
    expect(page.current.map((o) => o.name)).toEqual(['冯买']);
    expect(page.past.map((o) => o.endKind)).toEqual(['transfer', 'transfer']);
    const again = await c.post(`/api/archive/rooms/${roomId}/transfer`, {
      personId: buyer,
      date: '2026-11-02',
    });
    expect(again.status).toBe(409);
  });
});

describe('arrears per room (DOMAIN.md §2, §7)', () => {
  it('keeps the latest arrears on the room and every change in its history', async () => {
    const { c, roomId } = await setup('2-1-302');
    expect(
      (
        await c.put(`/api/archive/rooms/${roomId}/arrears`, {
          monthsOwed: 3,
          amountCents: 86_400,
          asOf: '2026-10-31',
          reason: '财务月结',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await c.put(`/api/archive/rooms/${roomId}/arrears`, {
          monthsOwed: 0,
          amountCents: 0,
          asOf: '2026-11-15',
          reason: '已缴清',
        })
      ).status,
    ).toBe(200);
    const page: View<'roomPage'> = (await c.get(`/api/archive/rooms/${roomId}`)).body;
    expect(page.arrears).toMatchObject({ monthsOwed: 0, amountCents: 0, asOf: '2026-11-15' });
    const changes = page.history.filter((h) => h.action === 'arrears');
    expect(changes).toMatchObject([
      {
        reason: '财务月结',
        data: { before: null, after: { monthsOwed: 3, amountCents: 86_400, asOf: '2026-10-31' } },
      },
      {
        reason: '已缴清',
        data: {
          before: { monthsOwed: 3, amountCents: 86_400, asOf: '2026-10-31' },
          after: { monthsOwed: 0 },
        },
      },
    ]);
    const future = await c.put(`/api/archive/rooms/${roomId}/arrears`, {
      monthsOwed: 1,
      amountCents: 100,
      asOf: '2026-12-01',
    });
    expect(future.status).toBe(422);
  });
});

describe('property tree (DOMAIN.md §2: property → building → unit → room)', () => {
  it('lists buildings with counts, units of a building, and pages of rooms with filters', async () => {
    const p = await ctx.property();
    const c = await ctx.as(['receptionist'], [p]);
    const codes = ['10-1-101', '10-1-102', '10-1-1101', '10-2-201', '2-1-101', '9-1-101'];
    const ids: Record<string, number> = {};
    for (const code of codes)
      ids[code] = (await c.post('/api/archive/rooms', { propertyId: p, code })).body.id;
    await moveIn(c, ids['10-1-101']!, { person: { name: '甲' }, relation: 'owner', date: '2020-01-01' });
    await c.put(`/api/archive/rooms/${ids['10-1-102']}/arrears`, {
      monthsOwed: 4,
      amountCents: 120_000,
      asOf: '2026-11-01',
    });
    const buildings: View<'listBuildings'> = (await c.get(`/api/archive/properties/${p}/buildings`)).body;
    expect(buildings.map((b) => b.code)).toEqual(['2', '9', '10']);
    const tower = buildings[2]!;
    expect(tower).toMatchObject({
      name: '10栋',
      unitCount: 2,
      roomCount: 4,
      occupiedRoomCount: 1,
      arrearsRoomCount: 1,
    });
    const units: View<'listUnits'> = (await c.get(`/api/archive/buildings/${tower.id}/units`)).body;
    expect(units.units.map((u) => [u.name, u.roomCount])).toEqual([
      ['1单元', 3],
      ['2单元', 1],
    ]);
    const page1: View<'listRooms'> = (await c.get(`/api/archive/buildings/${tower.id}/rooms?pageSize=2`))
      .body;
    expect(page1.total).toBe(4);
    expect(page1.items.map((r) => r.code)).toEqual(['10-1-101', '10-1-102']);
    expect(page1.items[0]!.owners).toMatchObject([{ name: '甲' }]);
    expect(page1.items[1]!.arrears).toMatchObject({ monthsOwed: 4, amountCents: 120_000 });
    const page2: View<'listRooms'> = (
      await c.get(`/api/archive/buildings/${tower.id}/rooms?pageSize=2&page=2`)
    ).body;
    expect(page2.items.map((r) => r.code)).toEqual(['10-1-1101', '10-2-201']);
    const arrears: View<'listRooms'> = (
      await c.get(`/api/archive/buildings/${tower.id}/rooms?filter=arrears`)
    ).body;
    expect(arrears.items.map((r) => r.code)).toEqual(['10-1-102']);
    const vacant: View<'listRooms'> = (
      await c.get(`/api/archive/buildings/${tower.id}/rooms?filter=vacant&unitId=${units.units[0]!.id}`)
    ).body;
    expect(vacant.items.map((r) => r.code)).toEqual(['10-1-102', '10-1-1101']);
  });
});
