import { PostgresAdapter, type SelectQueryBuilder } from 'kysely';

/** Anything that can tell which adapter it runs on: a Kysely instance or a transaction. */
export type HasAdapter = { getExecutor: () => { adapter: unknown } };

/**
 * Row locks, PostgreSQL only: SQLite serialises writers already (a write transaction holds
 * the whole database). Dialect-specific locking SQL lives here and nowhere else.
 */
export const isPostgres = (db: HasAdapter) => db.getExecutor().adapter instanceof PostgresAdapter;

export const lockRow = <DB, TB extends keyof DB, O>(db: HasAdapter, q: SelectQueryBuilder<DB, TB, O>) =>
  isPostgres(db) ? q.forUpdate() : q;

export const lockSkipLocked = <DB, TB extends keyof DB, O>(
  db: HasAdapter,
  q: SelectQueryBuilder<DB, TB, O>,
) => (isPostgres(db) ? q.forUpdate().skipLocked() : q);
