import type { Relation } from '@propdesk/domain';
import { type Executor, listHistory } from '../history/history.js';
import type { Db } from '../kernel/db/database.js';
import { notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';

const relationOrder: Record<string, number> = { owner: 0, family: 1, tenant: 2 };

/** The property a room belongs to; 404 when it does not exist or the actor may not see it. */
export const roomOf = async (db: Executor, actor: Actor, roomId: number, mode: 'read' | 'write') => {
  const room = await db
    .selectFrom('rooms')
    .innerJoin('properties', 'properties.id', 'rooms.propertyId')
    .select(['rooms.id', 'rooms.propertyId', 'rooms.label', 'properties.timezone'])
    .where('rooms.id', '=', roomId)
    .executeTakeFirst();
  if (!room) throw notFound('房间');
  assertPropertyAccess(actor, room.propertyId, mode, '房间');
  return room;
};

export const personOf = async (db: Executor, actor: Actor, personId: number, mode: 'read' | 'write') => {
  const person = await db
    .selectFrom('people')
    .innerJoin('properties', 'properties.id', 'people.propertyId')
    .select([
      'people.id',
      'people.propertyId',
      'people.name',
      'people.idNumberMasked',
      'people.note',
      'properties.timezone',
    ])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!person) throw notFound('人员');
  assertPropertyAccess(actor, person.propertyId, mode, '人员');
  return person;
};

export const phonesOf = async (db: Executor, personIds: number[]) => {
  const out = new Map<number, string[]>();
  if (!personIds.length) return out;
  const rows = await db
    .selectFrom('personPhones')
    .select(['personId', 'phone'])
    .where('personId', 'in', personIds)
    .orderBy('id')
    .execute();
  for (const r of rows) out.set(r.personId, [...(out.get(r.personId) ?? []), r.phone]);
  return out;
};

/** What a person's history records about them: never a clear ID number. */
export const personSnapshot = async (db: Executor, personId: number) => {
  const p = await db
    .selectFrom('people')
    .select(['name', 'idNumberMasked', 'note'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return { ...p, phones: (await phonesOf(db, [personId])).get(personId) ?? [] };
};

/** The room page and the person page. */
export const createArchiveQueries = ({ db }: { db: Db }) => ({
  roomPage: async (actor: Actor, roomId: number) => {
    await roomOf(db, actor, roomId, 'read');
    const room = await db
      .selectFrom('rooms')
      .innerJoin('buildings', 'buildings.id', 'rooms.buildingId')
      .leftJoin('units', 'units.id', 'rooms.unitId')
      .select([
        'rooms.id',
        'rooms.propertyId',
        'rooms.code',
        'rooms.label',
        'rooms.floor',
        'rooms.areaM2',
        'rooms.buildingId',
        'buildings.name as buildingName',
        'rooms.unitId',
        'units.name as unitName',
      ])
      .where('rooms.id', '=', roomId)
      .executeTakeFirstOrThrow();
    const occupancies = await db
      .selectFrom('occupancies')
      .innerJoin('people', 'people.id', 'occupancies.personId')
      .select([
        'occupancies.id as occupancyId',
        'occupancies.personId',
        'people.name',
        'people.idNumberMasked',
        'occupancies.relation',
        'occupancies.startKind',
        'occupancies.startDate',
        'occupancies.endDate',
        'occupancies.endKind',
      ])
      .where('occupancies.roomId', '=', roomId)
      .orderBy('occupancies.id')
      .execute();
    const phones = await phonesOf(db, [...new Set(occupancies.map((o) => o.personId))]);
    const withPhones = occupancies.map((o) => ({
      ...o,
      relation: o.relation as Relation,
      phones: phones.get(o.personId) ?? [],
    }));
    const arrears = await db
      .selectFrom('arrears')
      .select(['monthsOwed', 'amountCents', 'asOf', 'updatedAt'])
      .where('roomId', '=', roomId)
      .executeTakeFirst();
    return {
      room,
      current: withPhones
        .filter((o) => o.endDate === null)
        .sort(
          (a, b) =>
            (relationOrder[a.relation] ?? 9) - (relationOrder[b.relation] ?? 9) ||
            a.startDate.localeCompare(b.startDate),
        ),
      past: withPhones
        .filter((o) => o.endDate !== null)
        .sort((a, b) => (b.endDate ?? '').localeCompare(a.endDate ?? '') || b.occupancyId - a.occupancyId),
      arrears: arrears ?? null,
      history: await listHistory(db, 'room', roomId),
    };
  },

  /** The person page: details, phones, rooms (current and past) and the person's timeline. */
  personPage: async (actor: Actor, personId: number) => {
    const p = await personOf(db, actor, personId, 'read');
    const rooms = await db
      .selectFrom('occupancies')
      .innerJoin('rooms', 'rooms.id', 'occupancies.roomId')
      .select([
        'occupancies.id as occupancyId',
        'occupancies.roomId',
        'rooms.label',
        'occupancies.relation',
        'occupancies.startKind',
        'occupancies.startDate',
        'occupancies.endDate',
        'occupancies.endKind',
      ])
      .where('occupancies.personId', '=', personId)
      .orderBy('occupancies.id')
      .execute();
    return {
      person: {
        id: p.id,
        propertyId: p.propertyId,
        name: p.name,
        idNumberMasked: p.idNumberMasked,
        note: p.note,
      },
      phones: (await phonesOf(db, [personId])).get(personId) ?? [],
      rooms,
      history: await listHistory(db, 'person', personId),
    };
  },
});
