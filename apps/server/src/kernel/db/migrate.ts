import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './database.js';

// Every file in migrations/ is a migration, named by timestamp.

const provider: MigrationProvider = {
  getMigrations: async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.resolve(import.meta.dirname, '../../migrations');
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort();
    const out: Record<string, Migration> = {};
    for (const f of files) out[f.replace(/\.ts$/, '')] = (await import(path.join(dir, f))) as Migration;
    return out;
  },
};

/** Forward-only: applies every migration not yet applied, in name order. */
export const migrateToLatest = async (db: Db) => {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: false });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
};
