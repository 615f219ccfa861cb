import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/kernel/db/database.js';
import { migrateToLatest } from '../src/kernel/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database each test database starts as a copy of: a PostgreSQL name or an SQLite file. */
    migratedTemplate: string;
  }
}

/**
 * Migrates one template database per run; every test database is then a copy of it. Running the
 * migrations from empty once per run still proves them; doing it for each of ~110 test
 * databases cost about a second each on PostgreSQL.
 */
export default async function setup(project: TestProject) {
  if (process.env.PROPDESK_TEST_DB === 'postgres') {
    const base = process.env.PROPDESK_TEST_PG_URL;
    if (!base) throw new Error('PROPDESK_TEST_DB=postgres needs PROPDESK_TEST_PG_URL');
    const name = `propdesk_tpl_${process.pid}`;
    const admin = async (sql: string) => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const handle = openDatabase(url.toString());
    await migrateToLatest(handle.db);
    // No session may stay on a template while it is copied.
    await handle.close();
    project.provide('migratedTemplate', name);
    return () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'propdesk-tpl-'));
  const file = path.join(dir, 'template.db');
  const handle = openDatabase(`sqlite:${file}`);
  await migrateToLatest(handle.db);
  // Closing checkpoints the WAL into the file, so a plain file copy is the whole database.
  await handle.close();
  project.provide('migratedTemplate', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
