/**
 * Report bench data (issue 8 item 8): four properties, a year of contacts (default 1,000,000)
 * with their cases, work orders (clocks, breaches, reschedules, fees), return visits,
 * complaints, desk payments and the duty roster.
 *
 * Written through Kysely and the app's schema: each day's rows are collected per table and
 * inserted as multi-row statements in one transaction, parents before children. Measured
 * against better-sqlite3 prepared statements (Kysely-compiled, run row by row) on 100,000
 * cases: the same speed (about 11 µs a row, mostly index upkeep), so no raw SQL. No ANALYZE:
 * the app never runs it, so the planner sees what it sees in production.
 */
import fs from 'node:fs';
import { addDays, caseTypes, isWeekendDay, localDate, startOfLocalDay } from '@propdesk/domain';
import { type Insertable, sql } from 'kysely';
import { createRng, type Rng } from '../src/archive/fake-people.js';
import { type Db, openDatabase } from '../src/kernel/db/database.js';
import { migrateToLatest } from '../src/kernel/db/migrate.js';
import type { Database } from '../src/kernel/db/schema.js';
import { type Ctx, caseDay, MIN, type Prop } from './reports-lifecycle.js';
import { referenceData } from './reports-reference.js';

/** The data covers the year up to this instant (midnight in Shanghai); reports are run for 2026-10. */
export const BENCH_NOW = Date.parse('2026-11-15T16:00:00.000Z');
export const FIRST_DAY = '2025-11-16';
export const DAYS = 365;
export const PROPERTIES = [
  { code: 'RA', name: '锦绣花园', weight: 0.4 },
  { code: 'RB', name: '翠湖名苑', weight: 0.3 },
  { code: 'RC', name: '滨江华庭', weight: 0.2 },
  { code: 'RD', name: '金桂苑', weight: 0.1 },
];
export const TZ = 'Asia/Shanghai';

export type Write = <T extends keyof Database>(table: T, row: Insertable<Database[T]>) => void;

/** Parents before children, so every foreign key holds when its row is written. */
const TABLES: (keyof Database)[] = [
  'properties',
  'departments',
  'staff',
  'staffRoles',
  'staffProperties',
  'buildings',
  'units',
  'rooms',
  'priceItems',
  'dutyPosts',
  'dutyAssignments',
  'cases',
  'contacts',
  'complaints',
  'workOrders',
  'workOrderItems',
  'workOrderBreaches',
  'returnVisits',
  'deskPayments',
];

/** Rows collected per table, then written in multi-row inserts (SQLite binds at most 32,766 values). */
const buffered = () => {
  const rows = new Map<keyof Database, Record<string, unknown>[]>();
  const write: Write = (table, row) => {
    const list = rows.get(table) ?? [];
    if (!list.length) rows.set(table, list);
    list.push(row as Record<string, unknown>);
  };
  const flush = async (db: Db) => {
    for (const table of TABLES) {
      const list = rows.get(table) ?? [];
      const size = Math.floor(30_000 / Math.max(1, Object.keys(list[0] ?? {}).length));
      for (let i = 0; i < list.length; i += size)
        await db
          .insertInto(table)
          .values(list.slice(i, i + size) as never)
          .execute();
    }
    if ([...rows.keys()].some((t) => !TABLES.includes(t))) throw new Error('a table is missing from TABLES');
    rows.clear();
  };
  return { write, flush };
};

/** Seasonal and weekly rhythm of the desk: summer leaks and air-conditioners, quieter weekends. */
const dayWeight = (day: string) => {
  const month = Number(day.slice(5, 7));
  return (isWeekendDay(day) ? 0.75 : 1) * (month >= 6 && month <= 8 ? 1.25 : month === 2 ? 0.8 : 1);
};

/** `total` split over the cells in proportion to their weights, summing exactly to `total`. */
const apportion = (total: number, weights: number[]) => {
  const sum = weights.reduce((a, b) => a + b, 0);
  let cum = 0;
  let given = 0;
  return weights.map((w) => {
    cum += (total * w) / sum;
    const n = Math.round(cum) - given;
    given += n;
    return n;
  });
};

export const makeReportData = async (file: string, contacts: number) => {
  const t0 = performance.now();
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const handle = openDatabase(`sqlite:${file}`);
  const { db } = handle;
  await migrateToLatest(db);
  // Bench data only: made again if a crash leaves it half-written, so no fsync at checkpoints.
  await sql`pragma synchronous = OFF`.execute(db);
  await sql`pragma cache_size = -262144`.execute(db);
  const { write, flush } = buffered();
  const rng: Rng = createRng(2026_08);
  const days = Array.from({ length: DAYS }, (_, i) => addDays(FIRST_DAY, i));
  const props: Prop[] = referenceData({ write, rng, days, tz: TZ, now: BENCH_NOW, properties: PROPERTIES });
  await db.transaction().execute(flush);
  console.log(
    `report bench data → ${file}: ${contacts.toLocaleString()} contacts over ${PROPERTIES.length} properties, ${DAYS} days`,
  );

  const budget = apportion(
    contacts,
    days.flatMap((d) => props.map((p) => p.weight * dayWeight(d))),
  );
  const ctx: Ctx = { write, rng, tz: TZ, now: BENCH_NOW, ids: {}, counts: {} };
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    const start = startOfLocalDay(day, TZ).getTime();
    if (localDate(new Date(start + 12 * 60 * MIN), TZ) !== day) throw new Error(`zone mismatch on ${day}`);
    props.forEach((p, pi) => {
      caseDay(ctx, p, i, day, start, budget[i * props.length + pi]!);
    });
    await db.transaction().execute(flush);
    if ((i + 1) % 61 === 0 || i === days.length - 1)
      console.log(
        `  ${day}: ${(ctx.counts.contacts ?? 0).toLocaleString()} contacts, ${(ctx.counts.cases ?? 0).toLocaleString()} cases, ${(ctx.counts.workOrders ?? 0).toLocaleString()} orders (${elapsed()})`,
      );
  }
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  await handle.close();
  const size = fs.statSync(file).size / 1024 ** 2;
  const counts = Object.entries(ctx.counts)
    .filter(([k]) => !k.startsWith('type:'))
    .map(([k, v]) => `${k} ${v.toLocaleString()}`)
    .join(', ');
  console.log(`  ${counts}; ${size.toFixed(0)} MB, done in ${elapsed()}`);
  // Every case type is present, so every column of the reports is exercised.
  if (caseTypes.some((t) => !(ctx.counts[`type:${t}`] ?? 0))) throw new Error('a case type is missing');
  return { counts: ctx.counts, seconds: (performance.now() - t0) / 1000, sizeMb: size };
};
