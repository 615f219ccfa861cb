import { buildApp } from './app.js';
import { createDeps } from './deps.js';
import { systemClock } from './kernel/clock.js';
import { loadConfig } from './kernel/config.js';
import { openDatabase } from './kernel/db/database.js';
import { migrateToLatest } from './kernel/db/migrate.js';
import { demoLogins, seedDemo } from './seed/demo.js';

const config = loadConfig();
const handle = openDatabase(config.dbUrl);
const applied = await migrateToLatest(handle.db);
const deps = createDeps({ handle, clock: systemClock, config });
const seeded = await seedDemo(deps);
const app = await buildApp(deps);
const stopBackground = deps.startBackground();

const shutdown = async () => {
  stopBackground();
  await app.close();
  await handle.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());

await app.listen({ port: config.port, host: config.host });
const where = config.dbUrl.startsWith('sqlite:')
  ? config.dbUrl.slice(7)
  : config.dbUrl.replace(/\/\/[^@]*@/, '//…@');
console.log(`
PropDesk 物业客服台 is running: http://localhost:${config.port}
  database: ${handle.dialect} (${where})${applied.length ? `, ${applied.length} migration(s) applied` : ''}
  demo data: ${seeded ? 'created on this first start' : 'kept from earlier starts'}
  demo logins (password for all: ${demoLogins.password}):
${demoLogins.users.map((u) => `    ${u.username.padEnd(14)} ${u.label}`).join('\n')}
`);
