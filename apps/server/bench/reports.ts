/**
 * The monthly reports over a year of 1,000,000 contacts (issue 8 item 8; target ≤ 1 s each on
 * SQLite).
 *
 *   npx tsx apps/server/bench/reports.ts [--contacts 1000000] [--month 2026-10] [--runs 5]
 *     [--fresh] [--only contacts,workload]
 *   in `npm run bench`: --report-contacts N, or PROPDESK_BENCH_REPORT_CONTACTS=N
 *
 * Makes data/bench-reports-v1-<N>.db on first use (reports-data.ts: four properties, about
 * 1 GB for a million contacts; --fresh remakes it) and migrates it to today's schema. Then
 * each report is run through the service the route calls (`deps.reports.*`) for one month of
 * the largest property (a manager) and of all properties (the company role), as JSON and as
 * the .xlsx download (the report, its sheets and the workbook, as the route builds it):
 * median of `runs` after one warm-up, with this process's CPU time (SQLite runs in-process).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReportScope, Role } from '@propdesk/domain';
import { createDeps } from '../src/deps.js';
import { createManualClock } from '../src/kernel/clock.js';
import { loadConfig } from '../src/kernel/config.js';
import { openDatabase } from '../src/kernel/db/database.js';
import { migrateToLatest } from '../src/kernel/db/migrate.js';
import type { Actor } from '../src/kernel/http/actor.js';
import type { ReportService } from '../src/reports/service.js';
import { type SheetSpec, workbookOf } from '../src/reports/xlsx.js';
import {
  contactsSheets,
  feedbackSheets,
  registerSheets,
  workloadSheets,
} from '../src/reports/xlsx-sheets.js';
import { feeSheets, returnVisitSheets, workOrderSheets } from '../src/reports/xlsx-sheets-orders.js';
import type { BenchRow } from './intake.js';
import { BENCH_NOW, makeReportData } from './reports-data.js';

const TARGET_MS = 1000;
type Q = { propertyId?: number; month: string };
type Spec = {
  key: string;
  /** The report and its row count (what "rows in month" means differs per report). */
  run: (
    s: ReportService,
    a: Actor,
    q: Q,
  ) => Promise<{ scope: ReportScope; rows: number; sheets: () => SheetSpec[] }>;
};
const spec =
  <R extends { scope: ReportScope }>(
    run: (s: ReportService, a: Actor, q: Q) => Promise<R>,
    rows: (r: R) => number,
    sheets: (r: R) => SheetSpec[],
  ): Spec['run'] =>
  async (s, a, q) => {
    const r = await run(s, a, q);
    return { scope: r.scope, rows: rows(r), sheets: () => sheets(r) };
  };

const SPECS: Spec[] = [
  {
    key: 'contacts',
    run: spec(
      (s, a, q) => s.contacts(a, q),
      (r) => r.total,
      contactsSheets,
    ),
  },
  {
    key: 'work-orders',
    run: spec(
      (s, a, q) => s.workOrders(a, q),
      (r) => r.total.orders,
      workOrderSheets,
    ),
  },
  {
    key: 'fees',
    run: spec(
      (s, a, q) => s.fees(a, q),
      (r) => r.paidServices.rows.length + r.deskPayments.rows.length,
      feeSheets,
    ),
  },
  {
    key: 'return-visits',
    run: spec(
      (s, a, q) => s.returnVisits(a, q),
      (r) => r.total.due,
      returnVisitSheets,
    ),
  },
  {
    key: 'feedback',
    run: spec(
      (s, a, q) => s.feedback(a, q),
      (r) => r.total,
      feedbackSheets,
    ),
  },
  {
    key: 'workload',
    run: spec(
      (s, a, q) => s.workload(a, q),
      (r) => r.totals.reduce((n, t) => n + t.totalContacts, 0),
      workloadSheets,
    ),
  },
  {
    key: 'contact-register',
    run: spec(
      (s, a, q) => s.register(a, q),
      (r) => r.rows.length,
      registerSheets,
    ),
  },
];

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;

/** Wall and CPU time of `runs` calls after one warm-up. */
const time = async (runs: number, fn: () => Promise<unknown>) => {
  await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
};

const actorOf = (id: number, roles: Role[], propertyIds: number[]): Actor => ({
  id,
  username: `bench.${id}`,
  name: 'bench',
  roles,
  propertyIds,
  departmentId: null,
  isDeptHead: false,
  certifiedForDuty: false,
  sessionId: 'b',
  csrfToken: 'b',
});

export const benchReports = async (opts: {
  repoRoot: string;
  contacts?: number;
  month?: string;
  runs?: number;
  fresh?: boolean;
  only?: string[];
}): Promise<BenchRow[]> => {
  const contacts = opts.contacts ?? 1_000_000;
  const month = opts.month ?? '2026-10';
  const runs = opts.runs ?? 5;
  // v1: the generator's version; a new one names a new file rather than reusing stale data.
  const file = path.join(opts.repoRoot, `data/bench-reports-v1-${contacts}.db`);
  if (opts.fresh || !fs.existsSync(file)) await makeReportData(file, contacts);
  const handle = openDatabase(`sqlite:${file}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'propdesk-reports-bench-'));
  try {
    await migrateToLatest(handle.db);
    const deps = createDeps({
      handle,
      clock: createManualClock(new Date(BENCH_NOW)),
      config: { ...loadConfig({}), dataDir: dir, webDist: null },
    });
    const manager = await handle.db
      .selectFrom('staff')
      .innerJoin('staffRoles', 'staffRoles.staffId', 'staff.id')
      .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
      .select(['staff.id', 'staffProperties.propertyId'])
      .where('staffRoles.role', '=', 'manager')
      .orderBy('staffProperties.propertyId')
      .executeTakeFirstOrThrow();
    const company = await handle.db
      .selectFrom('staffRoles')
      .select('staffId')
      .where('role', '=', 'company')
      .executeTakeFirstOrThrow();
    const scopes = [
      {
        label: '1 property',
        actor: actorOf(manager.id, ['manager'], [manager.propertyId]),
        propertyId: manager.propertyId,
      },
      { label: 'all properties', actor: actorOf(company.staffId, ['company'], []), propertyId: undefined },
    ];
    type Line = {
      report: string;
      scope: string;
      format: string;
      rows: number;
      wall: number[];
      cpu: number[];
      note: string;
    };
    const lines: Line[] = [];
    console.log(
      `reports over ${contacts.toLocaleString()} contacts (${handle.dialect}), month ${month}, median of ${runs} (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores) …`,
    );
    for (const s of SPECS.filter((x) => !opts.only?.length || opts.only.includes(x.key)))
      for (const sc of scopes) {
        const q: Q = sc.propertyId ? { propertyId: sc.propertyId, month } : { month };
        let rows = 0;
        const json = await time(runs, async () => {
          rows = (await s.run(deps.reports, sc.actor, q)).rows;
        });
        lines.push({ report: s.key, scope: sc.label, format: 'JSON', rows, ...json, note: '' });
        let bytes = 0;
        const xlsx = await time(runs, async () => {
          const r = await s.run(deps.reports, sc.actor, q);
          bytes = (await workbookOf(r.scope, r.sheets())).length;
        });
        const note = `${(bytes / 1024).toFixed(0)} KB`;
        lines.push({ report: s.key, scope: sc.label, format: 'xlsx', rows, ...xlsx, note });
        const last = lines[lines.length - 1]!;
        console.log(
          `  ${s.key} (${sc.label}): ${rows.toLocaleString()} rows, JSON ${median(json.wall).toFixed(0)} ms, xlsx ${median(last.wall).toFixed(0)} ms`,
        );
      }

    const head = [
      'report',
      'scope',
      'format',
      'rows in month',
      'median ms',
      'target ms',
      'ratio',
      'slowest ms',
      'cpu ms',
      'file',
    ];
    const cells = lines.map((l) => [
      l.report,
      l.scope,
      l.format,
      l.rows.toLocaleString(),
      median(l.wall).toFixed(0),
      String(TARGET_MS),
      (median(l.wall) / TARGET_MS).toFixed(2),
      l.wall[l.wall.length - 1]!.toFixed(0),
      median(l.cpu).toFixed(0),
      l.note,
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(`\n${line(head)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
    for (const c of cells) console.log(line(c));
    return lines.map((l) => ({
      measure: `report ${l.report} (${l.scope}, ${l.format})`,
      n: `${l.rows.toLocaleString()} rows, ${runs} runs`,
      p50: `${median(l.wall).toFixed(0)} ms`,
      p99: `${l.wall[l.wall.length - 1]!.toFixed(0)} ms`,
      extra: `${(median(l.wall) / TARGET_MS).toFixed(2)} × the 1 s target; cpu ${median(l.cpu).toFixed(0)} ms; month ${month} of ${contacts.toLocaleString()} contacts (p99 column: slowest run)`,
    }));
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  await benchReports({
    repoRoot: path.resolve(import.meta.dirname, '../../..'),
    contacts: Number(arg('contacts') ?? process.env.PROPDESK_BENCH_REPORT_CONTACTS ?? 1_000_000),
    month: arg('month'),
    runs: Number(arg('runs') ?? 5),
    fresh: args.includes('--fresh'),
    only: arg('only')?.split(','),
  });
  process.exit(0);
}
