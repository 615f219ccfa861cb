import type { Transaction } from 'kysely';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { lockRow } from '../kernel/db/locking.js';
import type { Database } from '../kernel/db/schema.js';
import { canonicalJson, checkChain, eventHash, GENESIS, type StoredEvent } from './chain.js';

export type Executor = Db | Transaction<Database>;

export type AppendInput = {
  entityType: string;
  entityId: string | number;
  propertyId: number | null;
  actorId: number | null;
  action: string;
  /** What changed: usually { before, after }; any JSON. */
  data: unknown;
  reason?: string | null;
};

/**
 * Appends one event to the entity's chain. Call it inside the transaction that made the
 * change, so the write and its history land together.
 */
export const appendEvent = async (trx: Transaction<Database>, clock: Clock, input: AppendInput) => {
  const entityId = String(input.entityId);
  const head = await lockRow(
    trx,
    trx
      .selectFrom('historyHeads')
      .select(['seq', 'hash'])
      .where('entityType', '=', input.entityType)
      .where('entityId', '=', entityId),
  ).executeTakeFirst();
  const fields = {
    entityType: input.entityType,
    entityId,
    seq: (head?.seq ?? 0) + 1,
    propertyId: input.propertyId,
    actorId: input.actorId,
    at: clock.now().toISOString(),
    action: input.action,
    data: canonicalJson(input.data ?? null),
    reason: input.reason ?? null,
    prevHash: head?.hash ?? GENESIS,
  };
  const hash = eventHash(fields);
  await trx
    .insertInto('events')
    .values({ ...fields, hash })
    .execute();
  if (head) {
    await trx
      .updateTable('historyHeads')
      .set({ seq: fields.seq, hash })
      .where('entityType', '=', input.entityType)
      .where('entityId', '=', entityId)
      .execute();
  } else {
    await trx
      .insertInto('historyHeads')
      .values({ entityType: input.entityType, entityId, seq: fields.seq, hash })
      .execute();
  }
  return { seq: fields.seq, hash, at: fields.at };
};

export type HistoryEntry = {
  seq: number;
  at: string;
  action: string;
  actorId: number | null;
  actorName: string | null;
  data: unknown;
  reason: string | null;
};

/** An entity's timeline, oldest first, with the actor's name. */
export const listHistory = async (
  db: Executor,
  entityType: string,
  entityId: string | number,
): Promise<HistoryEntry[]> => {
  const rows = await db
    .selectFrom('events')
    .leftJoin('staff', 'staff.id', 'events.actorId')
    .select([
      'events.seq',
      'events.at',
      'events.action',
      'events.actorId',
      'staff.name as actorName',
      'events.data',
      'events.reason',
    ])
    .where('events.entityType', '=', entityType)
    .where('events.entityId', '=', String(entityId))
    .orderBy('events.seq')
    .execute();
  return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as unknown }));
};

export type BrokenEntity = {
  entityType: string;
  entityId: string;
  problems: { seq: number | null; problem: string }[];
};

/** Every entity whose stored history fails the chain check: two ordered reads, grouped in memory. */
export const verifyHistory = async (db: Db): Promise<{ checked: number; broken: BrokenEntity[] }> => {
  const heads = new Map<string, { seq: number; hash: string }>();
  for (const h of await db.selectFrom('historyHeads').selectAll().execute())
    heads.set(`${h.entityType}\u0000${h.entityId}`, { seq: h.seq, hash: h.hash });
  const rows = (await db
    .selectFrom('events')
    .selectAll()
    .orderBy('entityType')
    .orderBy('entityId')
    .orderBy('seq')
    .orderBy('id')
    .execute()) as StoredEvent[];
  const groups = new Map<string, StoredEvent[]>();
  for (const r of rows) {
    const key = `${r.entityType}\u0000${r.entityId}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  for (const key of heads.keys()) if (!groups.has(key)) groups.set(key, []);
  const broken: BrokenEntity[] = [];
  for (const [key, events] of groups) {
    const problems = checkChain(events, heads.get(key) ?? null);
    if (!problems.length) continue;
    const [entityType, entityId] = key.split('\u0000') as [string, string];
    broken.push({ entityType, entityId, problems });
  }
  return { checked: groups.size, broken };
};
