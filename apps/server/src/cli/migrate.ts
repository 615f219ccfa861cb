import { loadConfig } from '../kernel/config.js';
import { openDatabase } from '../kernel/db/database.js';
import { migrateToLatest } from '../kernel/db/migrate.js';

const handle = openDatabase(loadConfig().dbUrl);
try {
  const applied = await migrateToLatest(handle.db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await handle.close();
}
