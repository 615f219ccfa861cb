import type { Expression, ExpressionBuilder, Kysely, Selectable, SqlBool } from 'kysely';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { lockSkipLocked } from '../kernel/db/locking.js';
import type { Database } from '../kernel/db/schema.js';

/**
 * A sweep (STYLE 16): select due rows in batches, claim them, act, stamp. It must be safe to
 * rerun and safe with two server processes, which is the job of `claim` and `act` together:
 *
 * - Work that leaves the database (an HTTP call) claims rows with a lease (`claimByLease`):
 *   one UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED on PostgreSQL) that re-checks the
 *   lease, so two workers never hold the same row; `act` does the work outside any transaction
 *   and clears the lease as it stamps the outcome. A crashed worker's rows come back when the
 *   lease runs out.
 * - Work inside the database (notify on a breached deadline) needs no lease: `claim` selects
 *   due rows and `act`, in one transaction, first stamps the row with a conditional UPDATE
 *   (`… SET breachNotifiedAt = now WHERE id = ? AND breachNotifiedAt IS NULL`) and does the
 *   work only when that UPDATE changed a row; the loser of a race changes none and stops.
 */
export type SweepContext = { db: Db; now: Date; workerId: string };

export type SweepOptions<Row extends { id: number }> = {
  db: Db;
  clock: Clock;
  name: string;
  /** Identifies this process in claims, e.g. `host:pid:random`. */
  workerId: string;
  batchSize?: number;
  /** A bound on one run, so a run always ends; the next run picks up the rest. */
  maxBatches?: number;
  /** Rows of a batch acted on at once (1 = one after another). */
  concurrency?: number;
  claim: (ctx: SweepContext & { limit: number }) => Promise<Row[]>;
  act: (row: Row, ctx: SweepContext) => Promise<void>;
  onError?: (err: unknown, row: Row) => void;
};

export type SweepResult = {
  name: string;
  claimed: number;
  acted: number;
  failed: number;
  lastError?: string;
};

export const runSweep = async <Row extends { id: number }>(opts: SweepOptions<Row>): Promise<SweepResult> => {
  const { db, clock, workerId, claim, act, batchSize = 50, maxBatches = 20, concurrency = 1 } = opts;
  const result: SweepResult = { name: opts.name, claimed: 0, acted: 0, failed: 0 };
  // A row whose act failed may still be due; it is not tried again in the same run.
  const seen = new Set<number>();
  for (let batch = 0; batch < maxBatches; batch++) {
    const rows = (await claim({ db, now: clock.now(), workerId, limit: batchSize })).filter(
      (r) => !seen.has(r.id),
    );
    if (!rows.length) break;
    result.claimed += rows.length;
    for (const r of rows) seen.add(r.id);
    const queue = [...rows];
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        try {
          await act(row, { db, now: clock.now(), workerId });
          result.acted++;
        } catch (err) {
          result.failed++;
          result.lastError = String((err as Error)?.message ?? err);
          opts.onError?.(err, row);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, rows.length)) }, worker));
    if (rows.length < batchSize) break;
  }
  return result;
};

// Generic over the table: Kysely cannot type a query whose table is a type parameter.
// biome-ignore lint/suspicious/noExplicitAny: untyped view of the database, see above
type AnyDb = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: untyped view of the database, see above
type AnyEb = ExpressionBuilder<any, any>;

/** Tables that carry a lease: `claimedBy`, `claimedUntil`. */
type LeaseTable = {
  [T in keyof Database]: Database[T] extends {
    id: unknown;
    claimedBy: string | null;
    claimedUntil: string | null;
  }
    ? T
    : never;
}[keyof Database];

/**
 * Claims up to `limit` due rows for `workerId` until now + `leaseMs`, in one statement, and
 * returns them. The candidates are a MATERIALIZED CTE, chosen once: as a plain IN-subquery
 * PostgreSQL may re-run a LIMIT … SKIP LOCKED subquery per row and claim far more than `limit`.
 * On PostgreSQL the CTE skips rows another worker has locked; on both dialects the UPDATE
 * re-checks due and lease, so a row is never held by two workers.
 */
export const claimByLease = async <T extends LeaseTable>(opts: {
  db: Db;
  table: T;
  due: (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;
  now: Date;
  workerId: string;
  limit: number;
  leaseMs: number;
}): Promise<Selectable<Database[T]>[]> => {
  const db = opts.db as unknown as AnyDb;
  const table = opts.table as string;
  const now = opts.now.toISOString();
  const free = (eb: AnyEb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', now)]);
  const due = opts.due as unknown as (eb: AnyEb) => Expression<SqlBool>;
  return (await db
    .with(
      (cte) => cte('picked').materialized(),
      (qb) =>
        lockSkipLocked(
          db,
          qb.selectFrom(table).select('id').where(due).where(free).orderBy('id').limit(opts.limit),
        ),
    )
    .updateTable(table)
    .set({
      claimedBy: opts.workerId,
      claimedUntil: new Date(opts.now.getTime() + opts.leaseMs).toISOString(),
    })
    .where('id', 'in', (eb: AnyEb) => eb.selectFrom('picked').select('picked.id'))
    .where(due)
    .where(free)
    .returningAll()
    .execute()) as Selectable<Database[T]>[];
};
