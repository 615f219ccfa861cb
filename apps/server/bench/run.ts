/**
 * npm run bench [-- --db sqlite:path --queries 2000 --duration 10 --archive-only --report-contacts N]
 *
 * 1. The one-box lookup over the bench database (made on first run: 300,000 people), calling
 *    the same `lookup` the route uses: p50/p99 over random queries per kind.
 * 2. The ceiling: a bare Fastify route inserting one row in better-sqlite3, loaded with
 *    autocannon at 50 connections: requests/s median and latency p50/p99.
 * 3. Intake (bench/intake.ts): registering a contact through the real app as a ratio to that
 *    ceiling, and case search over 1,000,000 contacts (skipped with --archive-only).
 * 4. Reports (bench/reports.ts): each monthly report, JSON and .xlsx, over a year of
 *    --report-contacts (or PROPDESK_BENCH_REPORT_CONTACTS; default 1,000,000) contacts against
 *    the 1 s target (skipped with --archive-only; its data takes about 2 minutes to make once).
 * Lookups are timed after a warm-up of 300 queries of the same kind (a running server's steady
 * state). Bounded: about 30 s once the data exists (about 40 s to make it), plus about 5 minutes
 * for the reports (most of it the month's contact register as .xlsx). Not part of any test.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { createRng } from '../src/archive/fake-people.js';
import { lookup } from '../src/archive/lookup.js';
import { openDatabase } from '../src/kernel/db/database.js';
import { migrateToLatest } from '../src/kernel/db/migrate.js';
import { argValue, BENCH_PROPERTY, defaultBenchDb, makeBenchData, repoRoot } from './make-data.js';

const args = process.argv.slice(2);
const dbUrl = argValue(args, 'db') ?? defaultBenchDb;
const queries = Number(argValue(args, 'queries') ?? 2000);
const duration = Number(argValue(args, 'duration') ?? 10);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
type Row = { measure: string; n: string; p50: string; p99: string; extra: string };
const rows: Row[] = [];
const ms = (v: number) => `${v.toFixed(3)} ms`;

if (dbUrl.startsWith('sqlite:') && !fs.existsSync(dbUrl.slice(7)))
  await makeBenchData({ people: 300_000, dbUrl });

// ---- 1. lookup ---------------------------------------------------------------------------
const handle = openDatabase(dbUrl);
const { db } = handle;
await migrateToLatest(db); // bench data from an older checkout gets today's indexes
const property = await db
  .selectFrom('properties')
  .select('id')
  .where('code', '=', BENCH_PROPERTY)
  .executeTakeFirstOrThrow();
const people = Number(
  (
    await db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);
const maxPhone = Number(
  (
    await db
      .selectFrom('personPhones')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirstOrThrow()
  ).m,
);
const rng = createRng(2026);
const sampleIds = Array.from({ length: queries }, () => rng.between(1, maxPhone));
const phones: string[] = [];
for (let i = 0; i < sampleIds.length; i += 500) {
  const part = await db
    .selectFrom('personPhones')
    .select('phone')
    .where('id', 'in', sampleIds.slice(i, i + 500))
    .execute();
  phones.push(...part.map((p) => p.phone).filter((p) => p.length === 11));
}
const names = (
  await db.selectFrom('people').select('name').where('id', 'in', sampleIds.slice(0, 500)).execute()
).map((p) => [...p.name].slice(0, 2).join(''));
const rooms = (
  await db.selectFrom('rooms').select('code').where('id', 'in', sampleIds.slice(0, 500)).execute()
).map((r) => r.code);

const measure = async (label: string, qs: string[]) => {
  const propertyIds = [property.id];
  // Warm-up (page cache, JIT): a running server's steady state, not a cold start.
  for (const q of qs.slice(0, 300)) await lookup(db, { propertyIds, q });
  const times: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (const q of qs) {
    const c = process.cpuUsage();
    const t = performance.now();
    const out = await lookup(db, { propertyIds, q });
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    found += out.length;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  rows.push({
    measure: label,
    n: `${qs.length} queries`,
    p50: ms(quantile(times, 0.5)),
    p99: ms(quantile(times, 0.99)),
    // CPU time of this process: what the query costs when the machine is not shared.
    extra: `${(found / qs.length).toFixed(1)} results/query; cpu p50 ${ms(quantile(cpu, 0.5))}, p99 ${ms(quantile(cpu, 0.99))}`,
  });
};

console.log(`lookup over ${people.toLocaleString()} people (${handle.dialect}) …`);
await measure(
  'phone: last 4 digits',
  phones.map((p) => p.slice(-4)),
);
await measure(
  'phone: middle 4 digits (4–7)',
  phones.map((p) => p.slice(3, 7)),
);
await measure('phone: full 11 digits', phones);
await measure('name: 2-character prefix', names);
await measure('room code 3-2-501', rooms);
await handle.close();

// ---- 2. ceiling ----------------------------------------------------------------------------
console.log(`ceiling: bare Fastify + better-sqlite3 insert, 50 connections, ${duration} s …`);
const ceilingDb = path.join(repoRoot, 'data/bench-ceiling.db');
let ceilingRps: number | null = null;
const child = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(import.meta.dirname, 'ceiling-server.ts')],
  {
    env: { ...process.env, CEILING_DB: ceilingDb },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
try {
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`ceiling server exited (${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      const m = /port (\d+)/.exec(String(chunk));
      if (m) resolve(Number(m[1]));
    });
  });
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/hit`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ note: '物业客服台' }),
    connections: 50,
    duration,
  });
  ceilingRps = result.requests.p50;
  rows.push({
    measure: 'ceiling: POST insert 1 row',
    n: `${result.requests.total.toLocaleString()} requests`,
    p50: ms(result.latency.p50),
    p99: ms(result.latency.p99),
    extra: `${result.requests.p50.toLocaleString()} req/s median (${result.errors + result.non2xx} errors)`,
  });
} finally {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(ceilingDb + suffix, { force: true });
}

// ---- 3. intake (issue 3): registration against the ceiling, case search ----------------------
if (!args.includes('--archive-only')) {
  const { benchRegistration, benchSearch } = await import('./intake.js');
  console.log(`intake: registration through the real app, ${duration} s; case search …`);
  rows.push(await benchRegistration({ repoRoot, duration, ceilingRps }));
  rows.push(await benchSearch({ repoRoot, contacts: 1_000_000, queries: 1000 }));
  rows.push(...(await (await import('./board.js')).benchBoard())); // work orders (issue 4 item 11)
}

// ---- 4. reports (issue 8 item 8): each monthly report over a year of contacts -----------------
if (!args.includes('--archive-only')) {
  const contacts = Number(
    argValue(args, 'report-contacts') ?? process.env.PROPDESK_BENCH_REPORT_CONTACTS ?? 1_000_000,
  );
  rows.push(...(await (await import('./reports.js')).benchReports({ repoRoot, contacts })));
}

const widths = (['measure', 'n', 'p50', 'p99', 'extra'] as const).map((k) =>
  Math.max(k.length, ...rows.map((r) => r[k].length)),
);
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\n${line(['measure', 'n', 'p50', 'p99', 'extra'])}`);
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line([r.measure, r.n, r.p50, r.p99, r.extra]));
