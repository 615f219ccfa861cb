import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, usePostgres } from '../../test/harness.js';
import { createManualClock } from '../kernel/clock.js';
import { type Db, type DbHandle, openDatabase } from '../kernel/db/database.js';
import { claimByLease, runSweep } from './runner.js';

/**
 * The runner over the webhook deliveries table (its real user), with an `act` that records
 * who acted on which row instead of calling out, so the test sees exactly-once directly.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
/** A second connection pool (PostgreSQL) or connection (SQLite): a second server process. */
let second: DbHandle;
let webhookId: number;
const clock = createManualClock('2026-11-23T02:00:00.000Z');

beforeAll(async () => {
  database = await createTestDatabase();
  second = openDatabase(database.url);
  const [w] = await database.handle.db
    .insertInto('webhooks')
    .values({
      url: 'http://127.0.0.1:9/x',
      kinds: '*',
      secret: null,
      active: 1,
      createdAt: clock.now().toISOString(),
    })
    .returning('id')
    .execute();
  webhookId = w!.id;
});
afterAll(async () => {
  await second.close();
  await database.drop();
});

const addDue = async (n: number) => {
  const now = clock.now().toISOString();
  await database.handle.db.deleteFrom('webhookDeliveries').execute();
  const rows = Array.from({ length: n }, (_, i) => ({
    webhookId,
    kind: 'incident',
    payload: JSON.stringify({ n: i }),
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    responseStatus: null,
    deliveredAt: null,
    claimedBy: null,
    claimedUntil: null,
    createdAt: now,
  }));
  for (let i = 0; i < rows.length; i += 50)
    await database.handle.db
      .insertInto('webhookDeliveries')
      .values(rows.slice(i, i + 50))
      .execute();
};

type Acted = { id: number; worker: string };

type SweeperOptions = {
  failIds?: Set<number>;
  batchSize?: number;
  onClaim?: (n: number) => void;
  beforeAct?: Promise<void>;
};

const sweeper = (db: Db, workerId: string, acted: Acted[], opts: SweeperOptions = {}) =>
  runSweep({
    db,
    clock,
    name: 'test',
    workerId,
    batchSize: opts.batchSize ?? 20,
    concurrency: 4,
    claim: async ({ now, limit }) => {
      const rows = await claimByLease({
        db,
        table: 'webhookDeliveries',
        due: (eb) => eb.and([eb('status', '=', 'pending'), eb('nextAttemptAt', '<=', now.toISOString())]),
        now,
        workerId,
        limit,
        leaseMs: 60_000,
      });
      opts.onClaim?.(rows.length);
      return rows;
    },
    act: async (row, { now }) => {
      await opts.beforeAct;
      if (opts.failIds?.has(row.id)) throw new Error('receiver down');
      acted.push({ id: row.id, worker: workerId });
      await db
        .updateTable('webhookDeliveries')
        .set({
          status: 'delivered',
          deliveredAt: now.toISOString(),
          attempts: row.attempts + 1,
          claimedBy: null,
          claimedUntil: null,
        })
        .where('id', '=', row.id)
        .where('claimedBy', '=', workerId)
        .execute();
    },
  });

describe('sweep runner (STYLE 16: safe to rerun, safe with two server processes)', () => {
  it(`two sweepers over 200 due rows act on each exactly once (${usePostgres ? 'PostgreSQL: at once, FOR UPDATE SKIP LOCKED' : 'SQLite: interleaved on two connections'})`, async () => {
    await addDue(200);
    const acted: Acted[] = [];
    // Neither acts before both hold a batch, so the first batches overlap in time for sure.
    const holding = new Set<string>();
    let bothHold = () => {};
    const beforeAct = new Promise<void>((resolve) => {
      bothHold = resolve;
    });
    const onClaim = (worker: string) => (n: number) => {
      if (n) holding.add(worker);
      if (holding.size === 2) bothHold();
    };
    const [a, b] = await Promise.all([
      sweeper(database.handle.db, 'worker-a', acted, { onClaim: onClaim('a'), beforeAct }),
      sweeper(second.db, 'worker-b', acted, { onClaim: onClaim('b'), beforeAct }),
    ]);
    const ids = acted.map((x) => x.id);
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
    expect(a.acted + b.acted).toBe(200);
    // Both really worked on the same rows at the same time.
    expect(a.acted).toBeGreaterThan(0);
    expect(b.acted).toBeGreaterThan(0);
    const left = await database.handle.db
      .selectFrom('webhookDeliveries')
      .select('id')
      .where('status', '=', 'pending')
      .execute();
    expect(left).toEqual([]);
  });

  it('a rerun finds nothing to do', async () => {
    await addDue(30);
    const acted: Acted[] = [];
    expect((await sweeper(database.handle.db, 'worker-a', acted)).acted).toBe(30);
    expect(await sweeper(database.handle.db, 'worker-a', acted)).toMatchObject({ claimed: 0, acted: 0 });
    expect(await sweeper(second.db, 'worker-b', acted)).toMatchObject({ claimed: 0, acted: 0 });
    expect(acted).toHaveLength(30);
  });

  it('a row whose act failed stays leased, is not retried in the same run, and comes back when the lease ends', async () => {
    await addDue(5);
    const rows = await database.handle.db
      .selectFrom('webhookDeliveries')
      .select('id')
      .orderBy('id')
      .execute();
    const failing = rows[0]!.id;
    const acted: Acted[] = [];
    const first = await sweeper(database.handle.db, 'worker-a', acted, {
      failIds: new Set([failing]),
      batchSize: 2,
    });
    expect(first).toMatchObject({ claimed: 5, acted: 4, failed: 1, lastError: 'receiver down' });
    // Another process cannot take it while the lease lasts.
    expect((await sweeper(second.db, 'worker-b', acted)).claimed).toBe(0);
    clock.advance(60_001);
    const retry = await sweeper(second.db, 'worker-b', acted);
    expect(retry).toMatchObject({ claimed: 1, acted: 1 });
    expect(acted.filter((x) => x.id === failing)).toEqual([{ id: failing, worker: 'worker-b' }]);
  });
});
