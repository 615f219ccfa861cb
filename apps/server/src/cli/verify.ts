import { verifyHistory } from '../history/history.js';
import { loadConfig } from '../kernel/config.js';
import { openDatabase } from '../kernel/db/database.js';
import { migrateToLatest } from '../kernel/db/migrate.js';

/** `npm run verify`: lists every entity whose stored history fails the hash-chain check. */
const handle = openDatabase(loadConfig().dbUrl);
try {
  await migrateToLatest(handle.db);
  const { checked, broken } = await verifyHistory(handle.db);
  for (const b of broken) {
    console.log(`${b.entityType} ${b.entityId}`);
    for (const p of b.problems) console.log(`  #${p.seq ?? '-'} ${p.problem}`);
  }
  console.log(`${checked} entities checked, ${broken.length} failed the check`);
  process.exitCode = broken.length ? 1 : 0;
} finally {
  await handle.close();
}
