import {
  type ArrearsRecord,
  floorFromRoomNumber,
  type ImportKind,
  type ImportRecord,
  type ImportSummary,
  isSamePerson,
  type PersonRecord,
  type RoomAddress,
  type RoomRecord,
  roomCode,
  roomLabel,
} from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { ensureRoom, insertOccupancy, insertPerson, upsertArrears } from '../archive/repo.js';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Database } from '../kernel/db/schema.js';
import { loadOccupants } from './archive-checks.js';

type Trx = Transaction<Database>;

/**
 * Writes one import job's records into the archive, a record at a time inside the caller's
 * batch transaction. Each created or changed record gets its own history event, with the same
 * actions the archive's own forms use (room `create`, person `create`, room `move-in`, room
 * `arrears`), so a room's timeline reads the same whether it was typed in or imported.
 * Rows found to be in the archive already (someone added them after the preview) are skipped.
 * The caches live for one run; a failed batch ends the run, so they never outlive a rollback.
 */
export const createArchiveWriter = (opts: {
  clock: Clock;
  jobId: number;
  propertyId: number;
  actorId: number;
}) => {
  const { clock, jobId, propertyId, actorId } = opts;
  const roomIds = new Map<string, number>();
  const occupants = new Map<number, { name: string; phones: string[] }[]>();

  const log = (
    trx: Trx,
    row: number,
    e: { type: 'room' | 'person'; id: number; action: string; data: unknown },
  ) =>
    appendEvent(trx, clock, {
      entityType: e.type,
      entityId: e.id,
      propertyId,
      actorId,
      action: e.action,
      data: e.data,
      reason: `批量导入 #${jobId}（第 ${row} 行）`,
    });

  const room = async (
    trx: Trx,
    row: number,
    a: RoomAddress,
    extra: { floor: number | null; areaM2: number | null },
    summary: ImportSummary,
  ) => {
    const code = roomCode(a);
    const known = roomIds.get(code);
    if (known !== undefined) return { id: known, created: false };
    const res = await ensureRoom(trx, propertyId, a, { ...extra, createdAt: clock.now().toISOString() });
    roomIds.set(code, res.id);
    if (res.created) {
      summary.roomsCreated++;
      await log(trx, row, {
        type: 'room',
        id: res.id,
        action: 'create',
        data: { before: null, after: { code, label: roomLabel(a), ...extra } },
      });
    }
    return res;
  };

  const writers: {
    [K in ImportKind]: (trx: Trx, rec: ImportRecord[K], summary: ImportSummary) => Promise<void>;
  } = {
    rooms: async (trx, r: RoomRecord, summary) => {
      const res = await room(trx, r.row, r, { floor: r.floor, areaM2: r.areaM2 }, summary);
      if (!res.created) summary.skipped++;
    },

    people: async (trx, r: PersonRecord, summary) => {
      const res = await room(trx, r.row, r, { floor: floorFromRoomNumber(r.room), areaM2: null }, summary);
      let list = occupants.get(res.id);
      if (!list) {
        list = res.created ? [] : ((await loadOccupants(trx, propertyId, res.id)).get(roomCode(r)) ?? []);
        occupants.set(res.id, list);
      }
      if (list.some((o) => isSamePerson(o, r))) {
        summary.skipped++;
        return;
      }
      const now = clock.now().toISOString();
      const person = { name: r.name, idNumberMasked: r.idNumberMasked, note: r.note, phones: r.phones };
      const personId = await insertPerson(trx, { propertyId, ...person, createdAt: now });
      const occupancyId = await insertOccupancy(trx, {
        propertyId,
        roomId: res.id,
        personId,
        relation: r.relation,
        startKind: 'import',
        startDate: r.startDate,
        createdAt: now,
      });
      const occupancy = { occupancyId, personId, name: r.name, relation: r.relation, startDate: r.startDate };
      await log(trx, r.row, {
        type: 'person',
        id: personId,
        action: 'create',
        data: { before: null, after: { ...person, ...occupancy, roomId: res.id, room: roomLabel(r) } },
      });
      await log(trx, r.row, {
        type: 'room',
        id: res.id,
        action: 'move-in',
        data: { before: null, after: occupancy },
      });
      list.push({ name: r.name, phones: r.phones });
      summary.peopleCreated++;
    },

    arrears: async (trx, r: ArrearsRecord, summary) => {
      const code = roomCode(r);
      let roomId = roomIds.get(code);
      if (roomId === undefined) {
        const found = await trx
          .selectFrom('rooms')
          .select('id')
          .where('propertyId', '=', propertyId)
          .where('code', '=', code)
          .executeTakeFirst();
        if (!found) {
          summary.skipped++;
          return;
        }
        roomId = found.id;
        roomIds.set(code, roomId);
      }
      const after = { monthsOwed: r.monthsOwed, amountCents: r.amountCents, asOf: r.asOf };
      const current = await trx
        .selectFrom('arrears')
        .select(['monthsOwed', 'amountCents', 'asOf'])
        .where('roomId', '=', roomId)
        .executeTakeFirst();
      // Unchanged arrears are not rewritten: no write without its history event.
      if (
        current &&
        current.monthsOwed === after.monthsOwed &&
        current.amountCents === after.amountCents &&
        current.asOf === after.asOf
      ) {
        summary.skipped++;
        return;
      }
      const before = await upsertArrears(trx, {
        propertyId,
        roomId,
        ...after,
        updatedAt: clock.now().toISOString(),
      });
      await log(trx, r.row, { type: 'room', id: roomId, action: 'arrears', data: { before, after } });
      summary.arrearsUpdated++;
    },
  };

  return <K extends ImportKind>(kind: K, trx: Trx, rec: ImportRecord[K], summary: ImportSummary) =>
    (writers[kind] as (trx: Trx, rec: ImportRecord[K], summary: ImportSummary) => Promise<void>)(
      trx,
      rec,
      summary,
    );
};

export const emptySummary = (): ImportSummary => ({
  roomsCreated: 0,
  peopleCreated: 0,
  arrearsUpdated: 0,
  skipped: 0,
});
