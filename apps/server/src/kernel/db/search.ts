import { type Expression, type Kysely, PostgresAdapter, type SqlBool, sql } from 'kysely';

/**
 * Text-search SQL that differs between the databases (STYLE 8): everything else in the
 * lookup is shared. Both forms use the (property_id, name) indexes of the archive migration.
 */
type HasExecutor = Pick<Kysely<unknown>, 'getExecutor'>;
const isPostgres = (db: HasExecutor) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Escapes LIKE wildcards; pair with `escape '\'`. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * `column` starts with `prefix`. SQLite: a byte-wise range, which its BINARY index serves
 * (its LIKE is case-insensitive and would not use the index). PostgreSQL: LIKE 'p%', served
 * by the text_pattern_ops index whatever the database collation.
 */
export const startsWith = (
  db: HasExecutor,
  column: Expression<string>,
  prefix: string,
): Expression<SqlBool> =>
  isPostgres(db)
    ? sql<SqlBool>`${column} like ${`${escapeLike(prefix)}%`}`
    : sql<SqlBool>`(${column} >= ${prefix} and ${column} < ${`${prefix}\u{10FFFF}`})`;

/** `column` contains `part` anywhere (a scan; callers bound it with a limit). */
export const contains = (column: Expression<string>, part: string): Expression<SqlBool> =>
  sql<SqlBool>`${column} like ${`%${escapeLike(part)}%`} escape '\\'`;
