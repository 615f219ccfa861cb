import type { RoomListQuery } from '@propdesk/domain';
import { sql } from 'kysely';
import type { Db } from '../kernel/db/database.js';
import { notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, 'zh-CN', { numeric: true });
const countsBy = (rows: { key: number | null; n: number | string | bigint }[]) =>
  new Map(rows.map((r) => [r.key, Number(r.n)]));

/** The property tree (DOMAIN.md §2): buildings → units → rooms, with counts. */
export const createTreeQueries = ({ db }: { db: Db }) => ({
  listBuildings: async (actor: Actor, propertyId: number) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const exists = await db
      .selectFrom('properties')
      .select('id')
      .where('id', '=', propertyId)
      .executeTakeFirst();
    if (!exists) throw notFound('项目');
    const [buildings, units, rooms, occupied, arrears] = await Promise.all([
      db
        .selectFrom('buildings')
        .select(['id', 'code', 'name'])
        .where('propertyId', '=', propertyId)
        .execute(),
      db
        .selectFrom('units')
        .select(['buildingId as key', (eb) => eb.fn.countAll().as('n')])
        .where('propertyId', '=', propertyId)
        .groupBy('buildingId')
        .execute(),
      db
        .selectFrom('rooms')
        .select(['buildingId as key', (eb) => eb.fn.countAll().as('n')])
        .where('propertyId', '=', propertyId)
        .groupBy('buildingId')
        .execute(),
      db
        .selectFrom('rooms')
        .select(['rooms.buildingId as key', (eb) => eb.fn.countAll().as('n')])
        .where('rooms.propertyId', '=', propertyId)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('occupancies')
              .select('id')
              .whereRef('occupancies.roomId', '=', 'rooms.id')
              .where('endDate', 'is', null),
          ),
        )
        .groupBy('rooms.buildingId')
        .execute(),
      db
        .selectFrom('arrears')
        .innerJoin('rooms', 'rooms.id', 'arrears.roomId')
        .select(['rooms.buildingId as key', (eb) => eb.fn.countAll().as('n')])
        .where('arrears.propertyId', '=', propertyId)
        .where('arrears.monthsOwed', '>', 0)
        .groupBy('rooms.buildingId')
        .execute(),
    ]);
    const [u, r, o, a] = [countsBy(units), countsBy(rooms), countsBy(occupied), countsBy(arrears)];
    return buildings
      .map((b) => ({
        ...b,
        unitCount: u.get(b.id) ?? 0,
        roomCount: r.get(b.id) ?? 0,
        occupiedRoomCount: o.get(b.id) ?? 0,
        arrearsRoomCount: a.get(b.id) ?? 0,
      }))
      .sort(byCode);
  },

  /** Units of a building with their room counts. */
  listUnits: async (actor: Actor, buildingId: number) => {
    const b = await db
      .selectFrom('buildings')
      .select(['id', 'propertyId', 'code', 'name'])
      .where('id', '=', buildingId)
      .executeTakeFirst();
    if (!b) throw notFound('楼栋');
    assertPropertyAccess(actor, b.propertyId, 'read', '楼栋');
    const [units, rooms] = await Promise.all([
      db.selectFrom('units').select(['id', 'code', 'name']).where('buildingId', '=', buildingId).execute(),
      db
        .selectFrom('rooms')
        .select(['unitId as key', (eb) => eb.fn.countAll().as('n')])
        .where('buildingId', '=', buildingId)
        .groupBy('unitId')
        .execute(),
    ]);
    const r = countsBy(rooms);
    return {
      building: b,
      units: units.map((x) => ({ ...x, roomCount: r.get(x.id) ?? 0 })).sort(byCode),
      roomsWithoutUnit: r.get(null) ?? 0,
    };
  },

  /** One page of a building's rooms, with owners and arrears. */
  listRooms: async (actor: Actor, buildingId: number, query: RoomListQuery) => {
    const b = await db
      .selectFrom('buildings')
      .select(['id', 'propertyId'])
      .where('id', '=', buildingId)
      .executeTakeFirst();
    if (!b) throw notFound('楼栋');
    assertPropertyAccess(actor, b.propertyId, 'read', '楼栋');
    let base = db
      .selectFrom('rooms')
      .leftJoin('arrears', 'arrears.roomId', 'rooms.id')
      .where('rooms.buildingId', '=', buildingId);
    if (query.unitId) base = base.where('rooms.unitId', '=', query.unitId);
    if (query.filter === 'arrears') base = base.where('arrears.monthsOwed', '>', 0);
    if (query.filter === 'vacant')
      base = base.where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('occupancies')
              .select('id')
              .whereRef('occupancies.roomId', '=', 'rooms.id')
              .where('endDate', 'is', null),
          ),
        ),
      );
    const total = Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const rows = await base
      .leftJoin('units', 'units.id', 'rooms.unitId')
      .select([
        'rooms.id',
        'rooms.code',
        'rooms.label',
        'rooms.floor',
        'rooms.areaM2',
        'rooms.unitId',
        'arrears.monthsOwed',
        'arrears.amountCents',
        'arrears.asOf',
      ])
      .orderBy(sql`length(units.code)`)
      .orderBy('units.code')
      .orderBy('rooms.floor')
      .orderBy(sql`length(rooms.code)`)
      .orderBy('rooms.code')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute();
    const occ = rows.length
      ? await db
          .selectFrom('occupancies')
          .innerJoin('people', 'people.id', 'occupancies.personId')
          .select(['occupancies.roomId', 'occupancies.relation', 'people.id', 'people.name'])
          .where(
            'occupancies.roomId',
            'in',
            rows.map((r) => r.id),
          )
          .where('occupancies.endDate', 'is', null)
          .orderBy('occupancies.id')
          .execute()
      : [];
    const items = rows.map(({ monthsOwed, amountCents, asOf, ...r }) => {
      const mine = occ.filter((o) => o.roomId === r.id);
      return {
        ...r,
        owners: mine.filter((o) => o.relation === 'owner').map((o) => ({ id: o.id, name: o.name })),
        occupantCount: mine.length,
        arrears: monthsOwed ? { monthsOwed, amountCents: amountCents ?? 0, asOf: asOf ?? '' } : null,
      };
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  },

  /** The room page: the room, current and past occupants with phones, arrears and its timeline. */
});
