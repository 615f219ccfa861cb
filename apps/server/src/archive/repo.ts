import { nameGrams, phoneDigits, phoneGrams, type RoomAddress, roomCode, roomLabel } from '@propdesk/domain';
import type { Executor } from '../history/history.js';

/**
 * Low-level archive writes shared by the archive service, the importer and the demo seeder.
 * They do not append history; callers do (the service per record, the importer per batch).
 */

export const ensureBuilding = async (db: Executor, propertyId: number, code: string) => {
  const found = await db
    .selectFrom('buildings')
    .select('id')
    .where('propertyId', '=', propertyId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (found) return found.id;
  const [row] = await db
    .insertInto('buildings')
    .values({ propertyId, code, name: `${code}栋` })
    .returning('id')
    .execute();
  return row!.id;
};

export const ensureUnit = async (db: Executor, propertyId: number, buildingId: number, code: string) => {
  const found = await db
    .selectFrom('units')
    .select('id')
    .where('buildingId', '=', buildingId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (found) return found.id;
  const [row] = await db
    .insertInto('units')
    .values({ propertyId, buildingId, code, name: `${code}单元` })
    .returning('id')
    .execute();
  return row!.id;
};

/** Finds or creates the room at an address; returns its id and whether it was new. */
export const ensureRoom = async (
  db: Executor,
  propertyId: number,
  address: RoomAddress,
  extra: { floor?: number | null; areaM2?: number | null; createdAt: string },
) => {
  const code = roomCode(address);
  const found = await db
    .selectFrom('rooms')
    .select('id')
    .where('propertyId', '=', propertyId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (found) return { id: found.id, created: false };
  const buildingId = await ensureBuilding(db, propertyId, address.building);
  const unitId = address.unit ? await ensureUnit(db, propertyId, buildingId, address.unit) : null;
  const [row] = await db
    .insertInto('rooms')
    .values({
      propertyId,
      buildingId,
      unitId,
      code,
      label: roomLabel(address),
      floor: extra.floor ?? null,
      areaM2: extra.areaM2 ?? null,
      createdAt: extra.createdAt,
    })
    .returning('id')
    .execute();
  return { id: row!.id, created: true };
};

/** The 4-gram index rows of a phone (digits only), its last 4 digits flagged as the tail. */
const gramRows = (propertyId: number, phoneId: number, digits: string) =>
  phoneGrams(digits).map((gram) => ({ propertyId, gram, phoneId, tail: digits.endsWith(gram) ? 1 : 0 }));

/** Adds a phone number to a person and indexes its 4-digit runs for the lookup. */
export const addPhone = async (db: Executor, propertyId: number, personId: number, phone: string) => {
  const digits = phoneDigits(phone);
  const [row] = await db
    .insertInto('personPhones')
    .values({ propertyId, personId, phone: digits })
    .returning('id')
    .execute();
  const grams = gramRows(propertyId, row!.id, digits);
  if (grams.length) await db.insertInto('phoneGrams').values(grams).execute();
  return row!.id;
};

export const removePhone = async (db: Executor, phoneId: number) => {
  await db.deleteFrom('phoneGrams').where('phoneId', '=', phoneId).execute();
  await db.deleteFrom('personPhones').where('id', '=', phoneId).execute();
};

/** Re-indexes a person's name for the "contains" lookup; call after every name change. */
export const indexName = async (db: Executor, propertyId: number, personId: number, name: string) => {
  await db.deleteFrom('nameGrams').where('personId', '=', personId).execute();
  const grams = nameGrams(name);
  if (grams.length)
    await db
      .insertInto('nameGrams')
      .values(grams.map((gram) => ({ propertyId, gram, personId })))
      .execute();
};

export const insertPerson = async (
  db: Executor,
  input: {
    propertyId: number;
    name: string;
    idNumberMasked: string | null;
    note?: string | null;
    phones: string[];
    createdAt: string;
  },
) => {
  const [row] = await db
    .insertInto('people')
    .values({
      propertyId: input.propertyId,
      name: input.name,
      idNumberMasked: input.idNumberMasked,
      note: input.note ?? null,
      createdAt: input.createdAt,
    })
    .returning('id')
    .execute();
  for (const p of input.phones) await addPhone(db, input.propertyId, row!.id, p);
  const grams = nameGrams(input.name);
  if (grams.length)
    await db
      .insertInto('nameGrams')
      .values(grams.map((gram) => ({ propertyId: input.propertyId, gram, personId: row!.id })))
      .execute();
  return row!.id;
};

export const insertOccupancy = async (
  db: Executor,
  input: {
    propertyId: number;
    roomId: number;
    personId: number;
    relation: string;
    startKind: string;
    startDate: string;
    createdAt: string;
  },
) => {
  const [row] = await db
    .insertInto('occupancies')
    .values({ ...input, endDate: null, endKind: null })
    .returning('id')
    .execute();
  return row!.id;
};

/** Replaces a room's arrears; returns the previous values (for history). */
export const upsertArrears = async (
  db: Executor,
  input: {
    propertyId: number;
    roomId: number;
    monthsOwed: number;
    amountCents: number;
    asOf: string;
    updatedAt: string;
  },
) => {
  const before = await db
    .selectFrom('arrears')
    .select(['monthsOwed', 'amountCents', 'asOf'])
    .where('roomId', '=', input.roomId)
    .executeTakeFirst();
  if (before) {
    await db
      .updateTable('arrears')
      .set({
        monthsOwed: input.monthsOwed,
        amountCents: input.amountCents,
        asOf: input.asOf,
        updatedAt: input.updatedAt,
      })
      .where('roomId', '=', input.roomId)
      .execute();
  } else {
    await db.insertInto('arrears').values(input).execute();
  }
  return before ?? null;
};

/*
 * Batch writes for the demo seeder, the benchmark data and large imports: multi-row inserts
 * in chunks that stay under both databases' bound-parameter limits.
 */
const MAX_PARAMS = 30_000;
const chunks = <T>(rows: readonly T[], columns: number) => {
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};
/**
 * RETURNING does not promise row order, but one INSERT assigns increasing ids in VALUES
 * order, so the sorted ids line up with the input rows.
 */
const inOrder = (rows: { id: number }[]) => rows.map((r) => Number(r.id)).sort((a, b) => a - b);

export type NewRoomRow = {
  propertyId: number;
  buildingId: number;
  unitId: number | null;
  code: string;
  label: string;
  floor: number | null;
  areaM2: number | null;
  createdAt: string;
};

/** Inserts rooms; returns their ids in input order. */
export const insertRoomsBatch = async (db: Executor, rows: readonly NewRoomRow[]) => {
  const ids: number[] = [];
  for (const part of chunks(rows, 8))
    ids.push(...inOrder(await db.insertInto('rooms').values(part).returning('id').execute()));
  return ids;
};

export type NewPersonRow = {
  propertyId: number;
  name: string;
  idNumberMasked: string | null;
  note: string | null;
  phones: string[];
  createdAt: string;
};

/** Inserts people with their name grams, phones and the phones' 4-gram index rows; returns person ids in input order. */
export const insertPeopleBatch = async (db: Executor, rows: readonly NewPersonRow[]) => {
  const personIds: number[] = [];
  for (const part of chunks(rows, 5)) {
    const values = part.map(({ phones: _p, ...p }) => p);
    personIds.push(...inOrder(await db.insertInto('people').values(values).returning('id').execute()));
  }
  const names = rows.flatMap((r, i) =>
    nameGrams(r.name).map((gram) => ({ propertyId: r.propertyId, gram, personId: personIds[i]! })),
  );
  for (const part of chunks(names, 3)) await db.insertInto('nameGrams').values(part).execute();
  const phones = rows.flatMap((r, i) =>
    r.phones.map((p) => ({ propertyId: r.propertyId, personId: personIds[i]!, phone: phoneDigits(p) })),
  );
  const phoneIds: number[] = [];
  for (const part of chunks(phones, 3))
    phoneIds.push(...inOrder(await db.insertInto('personPhones').values(part).returning('id').execute()));
  const grams = phones.flatMap((p, i) => gramRows(p.propertyId, phoneIds[i]!, p.phone));
  for (const part of chunks(grams, 4)) await db.insertInto('phoneGrams').values(part).execute();
  return personIds;
};

export type NewOccupancyRow = {
  propertyId: number;
  roomId: number;
  personId: number;
  relation: string;
  startKind: string;
  startDate: string;
  endDate: string | null;
  endKind: string | null;
  createdAt: string;
};

export const insertOccupanciesBatch = async (db: Executor, rows: readonly NewOccupancyRow[]) => {
  for (const part of chunks(rows, 9)) await db.insertInto('occupancies').values(part).execute();
};

export type ArrearsRow = {
  propertyId: number;
  roomId: number;
  monthsOwed: number;
  amountCents: number;
  asOf: string;
  updatedAt: string;
};

/** Inserts arrears for rooms that have none yet. */
export const insertArrearsBatch = async (db: Executor, rows: readonly ArrearsRow[]) => {
  for (const part of chunks(rows, 6)) await db.insertInto('arrears').values(part).execute();
};
