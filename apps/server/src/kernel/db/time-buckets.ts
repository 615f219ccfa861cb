import { type Expression, sql } from 'kysely';
import { type HasAdapter, isPostgres } from './locking.js';

/**
 * The UTC quarter hour (epoch seconds / 900) of an instant column, the dialect-specific SQL of
 * the reports in one place (STYLE 8). SQLite keeps instants as ISO text, PostgreSQL as
 * timestamptz; both give the same integer, and the reports place each quarter in the property's
 * zone in TypeScript (`localSlotOfQuarter`), so hours and days are local on both databases.
 */
export const quarterHourOf = (db: HasAdapter, column: Expression<string>) =>
  isPostgres(db)
    ? sql<number>`cast(floor(extract(epoch from ${column}) / 900) as bigint)`
    : sql<number>`(unixepoch(${column}) / 900)`;
