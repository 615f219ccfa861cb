import type { MoveInInput, MoveOutInput, SetArrearsInput, TransferInput } from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { lockRow } from '../kernel/db/locking.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { assertNotFuture, resolvePerson } from './people.js';
import { roomOf } from './queries.js';
import { insertOccupancy, upsertArrears } from './repo.js';

type Trx = Transaction<Database>;
type Room = Awaited<ReturnType<typeof roomOf>>;

const currentOccupants = (trx: Trx, roomId: number) =>
  trx
    .selectFrom('occupancies')
    .innerJoin('people', 'people.id', 'occupancies.personId')
    .select([
      'occupancies.id as occupancyId',
      'occupancies.personId',
      'people.name',
      'occupancies.relation',
      'occupancies.startDate',
    ])
    .where('occupancies.roomId', '=', roomId)
    .where('occupancies.endDate', 'is', null)
    .orderBy('occupancies.id')
    .execute();

/**
 * Archive changes of a room (DOMAIN.md §2, S1 过户/迁入): each runs in one transaction with the
 * room locked, and records the change on the room's timeline and on each person's.
 */
export const createOccupancyService = ({ db, clock }: { db: Db; clock: Clock }) => {
  /** Runs `fn` in a transaction holding the room row, after the access check (404 / write). */
  const withRoom = async <T>(actor: Actor, roomId: number, fn: (trx: Trx, room: Room) => Promise<T>) => {
    const room = await roomOf(db, actor, roomId, 'write');
    return db.transaction().execute(async (trx) => {
      await lockRow(trx, trx.selectFrom('rooms').select('id').where('id', '=', roomId)).execute();
      return fn(trx, room);
    });
  };

  const log = (
    trx: Trx,
    actor: Actor,
    room: Room,
    e: { type: 'room' | 'person'; id: number; action: string; data: unknown; reason?: string | undefined },
  ) =>
    appendEvent(trx, clock, {
      entityType: e.type,
      entityId: e.id,
      propertyId: room.propertyId,
      actorId: actor.id,
      action: e.action,
      data: e.data,
      reason: e.reason ?? null,
    });

  return {
    moveIn: (actor: Actor, roomId: number, input: MoveInInput) =>
      withRoom(actor, roomId, async (trx, room) => {
        assertNotFuture(clock, room.timezone, input.date, '迁入日期');
        const person = await resolvePerson(trx, clock, actor, room.propertyId, input);
        const current = await currentOccupants(trx, roomId);
        if (current.some((o) => o.personId === person.id))
          throw new AppError('CONFLICT', { message: `${person.name} 已登记在本房间，无需重复迁入` });
        const occupancyId = await insertOccupancy(trx, {
          propertyId: room.propertyId,
          roomId,
          personId: person.id,
          relation: input.relation,
          startKind: 'move_in',
          startDate: input.date,
          createdAt: clock.now().toISOString(),
        });
        const after = {
          occupancyId,
          personId: person.id,
          name: person.name,
          relation: input.relation,
          startDate: input.date,
        };
        await log(trx, actor, room, {
          type: 'room',
          id: roomId,
          action: 'move-in',
          data: { before: null, after },
          reason: input.reason,
        });
        await log(trx, actor, room, {
          type: 'person',
          id: person.id,
          action: 'move-in',
          data: { before: null, after: { ...after, roomId, room: room.label } },
          reason: input.reason,
        });
        return { occupancyId, personId: person.id };
      }),

    moveOut: (actor: Actor, roomId: number, input: MoveOutInput) =>
      withRoom(actor, roomId, async (trx, room) => {
        const occ = (await currentOccupants(trx, roomId)).find((o) => o.occupancyId === input.occupancyId);
        if (!occ) throw notFound('该房间的在住记录');
        assertNotFuture(clock, room.timezone, input.date, '迁出日期');
        if (input.date < occ.startDate)
          throw new AppError('RULE_VIOLATION', {
            message: `迁出日期不能早于迁入日期 ${occ.startDate}`,
            details: [{ field: 'date' }],
          });
        await trx
          .updateTable('occupancies')
          .set({ endDate: input.date, endKind: 'move_out' })
          .where('id', '=', occ.occupancyId)
          .execute();
        const before = { ...occ, endDate: null, endKind: null };
        const after = { ...occ, endDate: input.date, endKind: 'move_out' };
        await log(trx, actor, room, {
          type: 'room',
          id: roomId,
          action: 'move-out',
          data: { before, after },
          reason: input.reason,
        });
        await log(trx, actor, room, {
          type: 'person',
          id: occ.personId,
          action: 'move-out',
          data: {
            before: { ...before, roomId, room: room.label },
            after: { ...after, roomId, room: room.label },
          },
          reason: input.reason,
        });
      }),

    /** 过户: the current owners' occupancy ends with endKind 'transfer'; the new owner's starts. */
    transfer: (actor: Actor, roomId: number, input: TransferInput) =>
      withRoom(actor, roomId, async (trx, room) => {
        assertNotFuture(clock, room.timezone, input.date, '过户日期');
        const person = await resolvePerson(trx, clock, actor, room.propertyId, input);
        const current = await currentOccupants(trx, roomId);
        const owners = current.filter((o) => o.relation === 'owner');
        const staying = owners.find((o) => o.personId === person.id);
        const ending = current.filter(
          (o) => o.personId !== person.id && (o.relation === 'owner' || input.endOtherOccupants),
        );
        if (staying && !ending.some((o) => o.relation === 'owner'))
          throw new AppError('CONFLICT', { message: `${person.name} 已是本房间唯一的业主，无需过户` });
        const early = ending.find((o) => input.date < o.startDate);
        if (early)
          throw new AppError('RULE_VIOLATION', {
            message: `过户日期不能早于 ${early.name} 的迁入日期 ${early.startDate}`,
            details: [{ field: 'date' }],
          });
        for (const o of ending)
          await trx
            .updateTable('occupancies')
            .set({ endDate: input.date, endKind: 'transfer' })
            .where('id', '=', o.occupancyId)
            .execute();
        const occupancyId = staying
          ? staying.occupancyId
          : await insertOccupancy(trx, {
              propertyId: room.propertyId,
              roomId,
              personId: person.id,
              relation: 'owner',
              startKind: 'transfer',
              startDate: input.date,
              createdAt: clock.now().toISOString(),
            });
        const summary = (o: { occupancyId: number; personId: number; name: string; relation: string }) => ({
          occupancyId: o.occupancyId,
          personId: o.personId,
          name: o.name,
          relation: o.relation,
        });
        const newOwner = { occupancyId, personId: person.id, name: person.name, relation: 'owner' };
        const data = {
          before: { owners: owners.map(summary) },
          after: {
            owners: [
              ...owners.filter((o) => o.personId === person.id).map(summary),
              ...(staying ? [] : [newOwner]),
            ],
            date: input.date,
          },
          ended: ending.map(summary),
        };
        await log(trx, actor, room, {
          type: 'room',
          id: roomId,
          action: 'transfer',
          data,
          reason: input.reason,
        });
        for (const o of ending)
          await log(trx, actor, room, {
            type: 'person',
            id: o.personId,
            action: 'transfer-out',
            data: {
              before: { ...summary(o), endDate: null },
              after: { ...summary(o), endDate: input.date, endKind: 'transfer' },
              roomId,
              room: room.label,
            },
            reason: input.reason,
          });
        if (!staying)
          await log(trx, actor, room, {
            type: 'person',
            id: person.id,
            action: 'transfer-in',
            data: { before: null, after: { ...newOwner, startDate: input.date, roomId, room: room.label } },
            reason: input.reason,
          });
        return { occupancyId, personId: person.id, ended: ending.map((o) => o.occupancyId) };
      }),

    /** Replaces the room's arrears; the timeline keeps every earlier value. */
    setArrears: (actor: Actor, roomId: number, input: SetArrearsInput) =>
      withRoom(actor, roomId, async (trx, room) => {
        assertNotFuture(clock, room.timezone, input.asOf, '欠费统计日期', 'asOf');
        const after = { monthsOwed: input.monthsOwed, amountCents: input.amountCents, asOf: input.asOf };
        const before = await upsertArrears(trx, {
          propertyId: room.propertyId,
          roomId,
          ...after,
          updatedAt: clock.now().toISOString(),
        });
        await log(trx, actor, room, {
          type: 'room',
          id: roomId,
          action: 'arrears',
          data: { before, after },
          reason: input.reason,
        });
      }),
  };
};
