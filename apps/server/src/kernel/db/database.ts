import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export type DbHandle = {
  db: Db;
  dialect: DialectName;
  /** The URL it was opened with (the notification hub LISTENs on its own PostgreSQL connection). */
  url: string;
  close: () => Promise<void>;
};

// pg hands back Date objects and numeric strings; the app speaks ISO strings and numbers.
const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (oid === 1184 || oid === 1114)
      return (v: string) => new Date(v.includes('+') || v.endsWith('Z') ? v : `${v}Z`).toISOString();
    if (oid === 1082) return (v: string) => v;
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

const plugins = [new CamelCasePlugin()];

/**
 * Kysely's SQLite driver prepares every query anew; preparing is a fifth of a registration's
 * CPU. The app's queries come from a bounded set of shapes, so prepared statements are reused.
 */
const withStatementCache = (sqlite: SQLite.Database, max = 1000) => {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= max) cache.clear();
        stmt = sqlite.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
};

export const openDatabase = (url: string): DbHandle => {
  if (url.startsWith('postgres')) {
    const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes as pg.CustomTypesConfig });
    // An idle connection the server closed (restart, terminated backend) is dropped by the pool,
    // which then emits 'error'; unheard, that event would crash the process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, dialect: 'postgres', url, close: () => db.destroy() };
  }
  const file = url.replace(/^sqlite:/, '');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins,
  });
  return { db, dialect: 'sqlite', url, close: () => db.destroy() };
};
