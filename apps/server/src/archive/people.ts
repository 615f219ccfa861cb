import {
  type CreatePersonInput,
  type CreateRoomInput,
  floorFromRoomNumber,
  localDate,
  maskIdNumber,
  type NewPersonInput,
  parseRoomCode,
  roomCode,
  roomLabel,
  type UpdatePersonInput,
} from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { isUniqueViolation } from '../kernel/db/errors.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { personOf, personSnapshot } from './queries.js';
import { addPhone, ensureRoom, indexName, insertPerson, removePhone } from './repo.js';

type Trx = Transaction<Database>;

/** Refuses a date after the property's today: the archive records what has happened. */
export const assertNotFuture = (
  clock: Clock,
  timezone: string,
  date: string,
  what: string,
  field = 'date',
) => {
  if (date > localDate(clock.now(), timezone))
    throw new AppError('RULE_VIOLATION', { message: `${what}不能晚于今天`, details: [{ field }] });
};

/** Inserts a person typed in a form and records the creation on their timeline. */
export const createPersonIn = async (
  trx: Trx,
  clock: Clock,
  actor: Actor,
  propertyId: number,
  input: NewPersonInput,
  reason?: string | null,
) => {
  const idNumberMasked = input.idNumber ? maskIdNumber(input.idNumber) : null;
  const id = await insertPerson(trx, {
    propertyId,
    name: input.name,
    idNumberMasked,
    note: input.note,
    phones: input.phones,
    createdAt: clock.now().toISOString(),
  });
  await appendEvent(trx, clock, {
    entityType: 'person',
    entityId: id,
    propertyId,
    actorId: actor.id,
    action: 'create',
    data: {
      before: null,
      after: { name: input.name, idNumberMasked, note: input.note, phones: input.phones },
    },
    reason: reason ?? null,
  });
  return { id, name: input.name };
};

/** An existing person of the property, or a new one: for move-in and transfer forms. */
export const resolvePerson = async (
  trx: Trx,
  clock: Clock,
  actor: Actor,
  propertyId: number,
  input: { personId?: number | undefined; person?: NewPersonInput | undefined; reason?: string | undefined },
) => {
  if (input.person) return createPersonIn(trx, clock, actor, propertyId, input.person, input.reason);
  const p = await trx
    .selectFrom('people')
    .select(['id', 'name', 'propertyId'])
    .where('id', '=', input.personId!)
    .executeTakeFirst();
  // A person of another property is, for this room, a person that does not exist.
  if (!p || p.propertyId !== propertyId) throw notFound('人员');
  return { id: p.id, name: p.name };
};

export const createPeopleService = ({ db, clock }: { db: Db; clock: Clock }) => ({
  createPerson: async (actor: Actor, input: CreatePersonInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    const exists = await db
      .selectFrom('properties')
      .select('id')
      .where('id', '=', input.propertyId)
      .executeTakeFirst();
    if (!exists) throw notFound('项目');
    return db
      .transaction()
      .execute(async (trx) => createPersonIn(trx, clock, actor, input.propertyId, input, input.reason));
  },

  /** Replaces name, phones and note; the ID number is kept when omitted, cleared when null. */
  updatePerson: async (actor: Actor, personId: number, input: UpdatePersonInput) => {
    const p = await personOf(db, actor, personId, 'write');
    await db.transaction().execute(async (trx) => {
      const before = await personSnapshot(trx, personId);
      const idNumberMasked =
        input.idNumber === undefined ? p.idNumberMasked : input.idNumber && maskIdNumber(input.idNumber);
      await trx
        .updateTable('people')
        .set({ name: input.name, idNumberMasked, note: input.note })
        .where('id', '=', personId)
        .execute();
      if (input.name !== before.name) await indexName(trx, p.propertyId, personId, input.name);
      const stored = await trx
        .selectFrom('personPhones')
        .select(['id', 'phone'])
        .where('personId', '=', personId)
        .execute();
      for (const s of stored) if (!input.phones.includes(s.phone)) await removePhone(trx, s.id);
      for (const phone of input.phones)
        if (!stored.some((s) => s.phone === phone)) await addPhone(trx, p.propertyId, personId, phone);
      const after = await personSnapshot(trx, personId);
      await appendEvent(trx, clock, {
        entityType: 'person',
        entityId: personId,
        propertyId: p.propertyId,
        actorId: actor.id,
        action: 'update',
        data: { before, after },
        reason: input.reason ?? null,
      });
    });
  },

  /** Adds a room missing from the archive (the importer adds rooms in bulk). */
  createRoom: async (actor: Actor, input: CreateRoomInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    const exists = await db
      .selectFrom('properties')
      .select('id')
      .where('id', '=', input.propertyId)
      .executeTakeFirst();
    if (!exists) throw notFound('项目');
    const address = parseRoomCode(input.code)!;
    const write = db.transaction().execute(async (trx) => {
      const room = await ensureRoom(trx, input.propertyId, address, {
        floor: input.floor ?? floorFromRoomNumber(address.room),
        areaM2: input.areaM2 ?? null,
        createdAt: clock.now().toISOString(),
      });
      if (!room.created)
        throw new AppError('CONFLICT', {
          message: '该房号已存在',
          details: [{ field: 'code', roomId: room.id }],
        });
      await appendEvent(trx, clock, {
        entityType: 'room',
        entityId: room.id,
        propertyId: input.propertyId,
        actorId: actor.id,
        action: 'create',
        data: {
          before: null,
          after: {
            code: roomCode(address),
            label: roomLabel(address),
            floor: input.floor ?? floorFromRoomNumber(address.room),
            areaM2: input.areaM2 ?? null,
          },
        },
        reason: input.reason ?? null,
      });
      return room.id;
    });
    // Two desks adding the same room at once: the unique index decides, the loser gets 409.
    return write.catch((e: unknown) => {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', { message: '该房号已存在' });
      throw e;
    });
  },
});
