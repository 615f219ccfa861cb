/**
 * The real PropDesk app on a fresh SQLite file, for the registration benchmark: prints
 * `port N` and a JSON line with a signed-in receptionist's cookie, CSRF token and ids.
 */
import fs from 'node:fs';
import { hashPassword } from '../src/access/password.js';
import { buildApp } from '../src/app.js';
import { ensureRoom } from '../src/archive/repo.js';
import { createDeps } from '../src/deps.js';
import { systemClock } from '../src/kernel/clock.js';
import { loadConfig } from '../src/kernel/config.js';
import { openDatabase } from '../src/kernel/db/database.js';
import { migrateToLatest } from '../src/kernel/db/migrate.js';

const file = process.env.INTAKE_BENCH_DB!;
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
const handle = openDatabase(`sqlite:${file}`);
await migrateToLatest(handle.db);
const { db } = handle;
const now = new Date().toISOString();
const [p] = await db
  .insertInto('properties')
  .values({
    code: 'BENCH',
    name: '压测小区',
    timezone: 'Asia/Shanghai',
    address: null,
    phone: null,
    createdAt: now,
  })
  .returning('id')
  .execute();
const propertyId = p!.id;
const room = await ensureRoom(db, propertyId, { building: '1', unit: '1', room: '101' }, { createdAt: now });
const [s] = await db
  .insertInto('staff')
  .values({
    username: 'bench',
    passwordHash: await hashPassword('bench-password'),
    name: '压测',
    employeeNo: 'B1',
    phone: null,
    departmentId: null,
    isDeptHead: 0,
    certifiedForDuty: 1,
    active: 1,
    locale: 'zh-CN',
    createdAt: now,
  })
  .returning('id')
  .execute();
await db.insertInto('staffRoles').values({ staffId: s!.id, role: 'receptionist' }).execute();
await db.insertInto('staffProperties').values({ staffId: s!.id, propertyId }).execute();

const deps = createDeps({ handle, clock: systemClock, config: { ...loadConfig(), webDist: null } });
const app = await buildApp(deps, { logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (app.server.address() as { port: number }).port;
const res = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench', password: 'bench-password' }),
});
const me = (await res.json()) as { csrfToken: string };
const cookie = String(res.headers.get('set-cookie')).split(';')[0];
console.log(`port ${port}`);
console.log(JSON.stringify({ cookie, csrf: me.csrfToken, propertyId, roomId: room.id }));
const stop = async () => {
  await app.close();
  await handle.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
