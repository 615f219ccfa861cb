import type { Kysely } from 'kysely';
import { ddl, dialectOf } from '../kernel/db/ddl.js';

/** Import jobs (issue 2 item 5): rows to write, a heartbeat for resuming a stalled job, the outcome. */
export const up = async (db: Kysely<unknown>) => {
  const t = ddl(dialectOf(db));
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema
    .alterTable('importJobs')
    .addColumn('validRows', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('importJobs').addColumn('heartbeatAt', t.instant).execute();
  await db.schema.alterTable('importJobs').addColumn('summary', 'text').execute();
  await db.schema
    .createIndex('import_jobs_property')
    .on('importJobs')
    .columns(['propertyId', 'createdAt'])
    .execute();
};
