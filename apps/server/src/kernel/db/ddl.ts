import { type CreateTableBuilder, sql } from 'kysely';
import type { DialectName } from './dialect.js';
import { type HasAdapter, isPostgres } from './locking.js';

/** Dialect name of a connection, read from its adapter. */
export const dialectOf = (db: HasAdapter): DialectName => (isPostgres(db) ? 'postgres' : 'sqlite');

/** The dialect-specific column types, in one place (STYLE 8). */
export const ddl = (dialect: DialectName) => ({
  /** Adds an auto-numbered integer primary key `id`. */
  id: <T extends string>(tb: CreateTableBuilder<T, never>) =>
    dialect === 'postgres'
      ? tb.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      : tb.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
  /** UTC instant; ISO strings in the app on both databases. */
  instant: dialect === 'postgres' ? sql`timestamptz` : sql`text`,
  date: dialect === 'postgres' ? sql`date` : sql`text`,
});
