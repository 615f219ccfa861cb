/**
 * The ceiling for the benchmark: a bare Fastify route that inserts one row with
 * better-sqlite3 (same pragmas as the app), on 127.0.0.1 only. Run by bench/run.ts in a
 * child process so the load generator does not share its event loop; prints its port.
 */
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';

const file = process.env.CEILING_DB;
if (!file) throw new Error('CEILING_DB is required');
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
const sqlite = new SQLite(file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = NORMAL');
sqlite.exec('create table hits (id integer primary key autoincrement, at text not null, note text)');
const insert = sqlite.prepare('insert into hits (at, note) values (?, ?)');

const app = Fastify({ logger: false });
app.post('/hit', async (req) => {
  const note = (req.body as { note?: string } | null)?.note ?? null;
  const { lastInsertRowid } = insert.run(new Date().toISOString(), note);
  return { id: Number(lastInsertRowid) };
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0}\n`);
process.once('SIGTERM', () => {
  void app.close().then(() => {
    sqlite.close();
    process.exit(0);
  });
});
