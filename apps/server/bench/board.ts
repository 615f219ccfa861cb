/**
 * The follow-up board over 10,000 open work orders (issue 4 item 11; target p99 ≤ 100 ms on SQLite).
 *
 *   npx tsx apps/server/bench/board.ts [--db sqlite:path|postgres://…] [--open 10000] [--queries 300]
 *
 * Builds a fresh database (SQLite in a temp file unless --db is given): one property, its
 * departments and staff, 2,000 rooms, 10,000 open orders in every open state (with follow-up
 * notes and breaches) beside 20,000 closed ones and 200 cases waiting for dispatch. Then times
 * the board the route calls (`workOrders.board`) for a mix of filters, and the whole
 * GET /api/work-orders/board through the app (session, validation, serialisation), each after
 * a warm-up. `benchBoard` is what `npm run bench` calls.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { localDate, nextDueAt, priorityRank } from '@propdesk/domain';
import { hashPassword } from '../src/access/password.js';
import { buildApp } from '../src/app.js';
import { createRng } from '../src/archive/fake-people.js';
import { createDeps } from '../src/deps.js';
import { systemClock } from '../src/kernel/clock.js';
import { loadConfig } from '../src/kernel/config.js';
import { type Db, openDatabase } from '../src/kernel/db/database.js';
import { migrateToLatest } from '../src/kernel/db/migrate.js';
import type { Actor } from '../src/kernel/http/actor.js';

export type BenchRow = { measure: string; n: string; p50: string; p99: string; extra: string };
const MIN = 60_000;
const ms = (v: number) => `${v.toFixed(2)} ms`;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const chunks = <T>(rows: T[], n: number) =>
  Array.from({ length: Math.ceil(rows.length / n) }, (_, i) => rows.slice(i * n, i * n + n));

const OPEN_STATES = [
  ['dispatched', 30],
  ['accepted', 25],
  ['onSite', 20],
  ['paused', 5],
  ['awaitingDispatch', 5],
  ['completed', 10],
  ['returnVisited', 5],
] as const;

/** One property with 10,000 open orders (and the rest), written in batches. */
const makeData = async (db: Db, open: number) => {
  const rng = createRng(11);
  const now = Date.now();
  const at = new Date(now).toISOString();
  const tz = 'Asia/Shanghai';
  const today = localDate(new Date(now), tz);
  const [property] = await db
    .insertInto('properties')
    .values({ code: 'BB', name: '看板压测小区', timezone: tz, address: null, phone: null, createdAt: at })
    .returning('id')
    .execute();
  const propertyId = property!.id;
  const dept = async (name: string, kind: string) =>
    (
      await db
        .insertInto('departments')
        .values({ propertyId, name, kind, createdAt: at })
        .returning('id')
        .execute()
    )[0]!.id;
  const depts = [
    await dept('工程部', 'engineering'),
    await dept('秩序维护部', 'security'),
    await dept('保洁部', 'cleaning'),
    await dept('绿化部', 'greening'),
  ];
  const service = await dept('客户服务中心', 'service');
  const passwordHash = await hashPassword('bench-password');
  const staff = async (username: string, role: string, departmentId: number, isDeptHead = 0) => {
    const [s] = await db
      .insertInto('staff')
      .values({
        username,
        passwordHash,
        name: username,
        employeeNo: username,
        phone: '13800000000',
        departmentId,
        isDeptHead,
        certifiedForDuty: 1,
        active: 1,
        locale: 'zh-CN',
        createdAt: at,
      })
      .returning('id')
      .execute();
    await db.insertInto('staffRoles').values({ staffId: s!.id, role }).execute();
    await db.insertInto('staffProperties').values({ staffId: s!.id, propertyId }).execute();
    return s!.id;
  };
  const desk = await staff('bench.desk', 'receptionist', service);
  const workers: { id: number; departmentId: number }[] = [];
  for (const [i, d] of depts.entries())
    for (let n = 0; n < (i === 0 ? 20 : 8); n++)
      workers.push({
        id: await staff(`bench.w${i}.${n}`, 'dept_staff', d, n === 0 ? 1 : 0),
        departmentId: d,
      });

  const [building] = await db
    .insertInto('buildings')
    .values({ propertyId, code: '1', name: '1栋' })
    .returning('id')
    .execute();
  const roomIds: number[] = [];
  for (const part of chunks(
    Array.from({ length: 2000 }, (_, i) => i),
    500,
  ))
    roomIds.push(
      ...(
        await db
          .insertInto('rooms')
          .values(
            part.map((i) => ({
              propertyId,
              buildingId: building!.id,
              unitId: null,
              code: `1-${i}`,
              label: `1栋${i}`,
              floor: null,
              areaM2: null,
              createdAt: at,
            })),
          )
          .returning('id')
          .execute()
      ).map((r) => r.id),
    );

  const totalOrders = open * 3;
  const caseRows = Array.from({ length: totalOrders + 200 }, (_, i) => {
    const created = now - rng.between(10, 60 * 24 * (i < totalOrders - open ? 90 : 20)) * MIN;
    return {
      propertyId,
      number: `BB${i}`,
      type: rng.chance(0.8) ? 'repair' : 'paidService',
      state: i >= totalOrders ? 'awaitingDispatch' : i < totalOrders - open ? 'closed' : 'assigned',
      urgency: rng.chance(0.05) ? 'urgent' : 'normal',
      channel: 'call',
      summary: '厨房水管漏水',
      roomId: rng.pick(roomIds),
      personId: null,
      callerName: '王先生',
      callerPhone: '13912345678',
      identity: 'owner',
      firstTakerId: desk,
      ownerId: desk,
      departmentId: null,
      dueAt: null,
      answer: null,
      praisedStaffId: null,
      praisedDepartmentId: null,
      handlingSince: null,
      supervisorAlertedAt: null,
      managerAlertedAt: null,
      createdAt: new Date(created).toISOString(),
      closedAt: null,
    };
  });
  const caseIds: number[] = [];
  for (const part of chunks(caseRows, 400))
    caseIds.push(...(await db.insertInto('cases').values(part).returning('id').execute()).map((r) => r.id));

  const pickState = () => {
    let n = rng.int(100);
    for (const [s, w] of OPEN_STATES) {
      n -= w;
      if (n < 0) return s;
    }
    return 'dispatched';
  };
  const orders = caseRows.slice(0, totalOrders).map((c, i) => {
    const isOpen = i >= totalOrders - open;
    const state = isOpen ? pickState() : 'closed';
    const t = Date.parse(c.createdAt) + 5 * MIN;
    const w = rng.pick(workers);
    const arrivalDueAt = new Date(t + 30 * MIN).toISOString();
    const completionDueAt = new Date(t + 240 * MIN).toISOString();
    const arrivedAt = ['onSite', 'completed', 'returnVisited', 'closed'].includes(state)
      ? new Date(t + rng.between(10, 50) * MIN).toISOString()
      : null;
    const completedAt = ['completed', 'returnVisited', 'closed'].includes(state)
      ? new Date(t + rng.between(60, 300) * MIN).toISOString()
      : null;
    const visitDueAt = completedAt ? new Date(Date.parse(completedAt) + 8 * 60 * MIN).toISOString() : null;
    const isBreached = rng.chance(0.2);
    const clocks = { arrivalDueAt, arrivedAt, completionDueAt, completedAt };
    return {
      propertyId,
      caseId: caseIds[i]!,
      number: `BBW${i}`,
      type: c.type,
      urgency: c.urgency,
      priorityRank: priorityRank(c.urgency),
      origin: 'desk',
      description: c.summary,
      departmentId: w.departmentId,
      assigneeId: state === 'awaitingDispatch' ? null : w.id,
      state,
      dispatchMode: 'verbal',
      dispatchedBy: desk,
      dispatchedAt: new Date(t).toISOString(),
      acceptedAt: null,
      ...clocks,
      isMustKeep: rng.chance(0.05) ? 1 : 0,
      arrivalBreachedAt: isBreached ? arrivalDueAt : null,
      completionBreachedAt: null,
      nextDueAt: nextDueAt(clocks, visitDueAt),
      breachCount: isBreached ? 1 : 0,
      pausedFrom: state === 'paused' ? 'accepted' : null,
      pausedAt: state === 'paused' ? new Date(t + 20 * MIN).toISOString() : null,
      resumeAt: state === 'paused' ? new Date(now + 600 * MIN).toISOString() : null,
      pauseReason: state === 'paused' ? '等待配件' : null,
      result: completedAt ? '已修复' : null,
      materials: '[]',
      feeCents: 0,
      visitDueAt,
      referredTo: null,
      reworkOfId: null,
      closedAs: state === 'closed' ? 'done' : null,
      closedAt: state === 'closed' ? completedAt : null,
      openedDay: localDate(new Date(t), tz),
      lastNoteDay: null as string | null,
      version: 3,
      createdBy: desk,
      createdAt: new Date(t).toISOString(),
      updatedAt: at,
    };
  });
  const orderIds: number[] = [];
  for (const part of chunks(orders, 300))
    orderIds.push(
      ...(await db.insertInto('workOrders').values(part).returning('id').execute()).map((r) => r.id),
    );
  // Follow-up notes on open orders: about half have today's.
  const notes = orders.flatMap((o, i) =>
    o.state === 'closed'
      ? []
      : [
          {
            workOrderId: orderIds[i]!,
            propertyId,
            day: rng.chance(0.5) ? today : o.openedDay,
            text: '已督促',
            authorId: desk,
            createdAt: at,
          },
        ],
  );
  for (const part of chunks(notes, 1000)) await db.insertInto('workOrderNotes').values(part).execute();
  for (const day of new Set(notes.map((n) => n.day)))
    await db
      .updateTable('workOrders')
      .set({ lastNoteDay: day })
      .where(
        'id',
        'in',
        notes.filter((n) => n.day === day).map((n) => n.workOrderId),
      )
      .execute();
  return { propertyId, desk, engineering: depts[0]!, worker: workers[3]!.id };
};

/** Wall time and this process's CPU time per call (SQLite runs in-process), after a warm-up. */
const time = async (n: number, fn: (i: number) => Promise<unknown>) => {
  for (let i = 0; i < Math.min(30, n); i++) await fn(i);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn(i);
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
};

export const benchBoard = async (
  opts: { dbUrl?: string; open?: number; queries?: number } = {},
): Promise<BenchRow[]> => {
  const open = opts.open ?? 10_000;
  const queries = opts.queries ?? 300;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'propdesk-board-bench-'));
  const handle = openDatabase(opts.dbUrl ?? `sqlite:${path.join(dir, 'board.db')}`);
  try {
    await migrateToLatest(handle.db);
    const built = performance.now();
    const d = await makeData(handle.db, open);
    const buildMs = performance.now() - built;
    const deps = createDeps({
      handle,
      clock: systemClock,
      config: { ...loadConfig({}), dataDir: dir, webDist: null },
    });
    const actor: Actor = {
      id: d.desk,
      username: 'bench.desk',
      name: 'bench',
      roles: ['receptionist'],
      propertyIds: [d.propertyId],
      departmentId: null,
      isDeptHead: false,
      certifiedForDuty: true,
      sessionId: 'b',
      csrfToken: 'b',
    };
    const base = { propertyId: d.propertyId, page: 1, pageSize: 50 };
    const mixes = [
      base,
      { ...base, departmentId: d.engineering },
      { ...base, state: 'accepted' as const },
      { ...base, assigneeId: d.worker },
      { ...base, flag: 'followUp' as const },
      { ...base, flag: 'overdue' as const },
      { ...base, type: 'paidService' as const, page: 5 },
      { ...base, pageSize: 200 },
    ];
    let total = 0;
    const service = await time(queries, async (i) => {
      const b = await deps.workOrders.board(actor, mixes[i % mixes.length]!);
      total = Math.max(total, b.counts.open);
    });
    const app = await buildApp(deps, { logger: false });
    const { token } = await deps.sessions.signIn('bench.desk', 'bench-password', null);
    const http = await time(queries, async (i) => {
      const q = new URLSearchParams(
        Object.entries(mixes[i % mixes.length]!).map(([k, v]): [string, string] => [k, String(v)]),
      );
      const r = await app.inject({
        method: 'GET',
        url: `/api/work-orders/board?${q}`,
        headers: { cookie: `pd_session=${token}` },
      });
      if (r.statusCode !== 200) throw new Error(`board ${r.statusCode}: ${r.body.slice(0, 200)}`);
    });
    await app.close();
    const load = os.loadavg()[0]!.toFixed(1);
    const row = (measure: string, t: { wall: number[]; cpu: number[] }) => ({
      measure,
      n: `${t.wall.length} queries`,
      p50: ms(quantile(t.wall, 0.5)),
      p99: ms(quantile(t.wall, 0.99)),
      extra: `cpu p50 ${ms(quantile(t.cpu, 0.5))}, p99 ${ms(quantile(t.cpu, 0.99))}; ${total.toLocaleString()} open orders (${handle.dialect}, built in ${(buildMs / 1000).toFixed(1)} s), ${mixes.length} filter mixes; load average ${load} on ${os.cpus().length} cores`,
    });
    return [
      row('work orders: board query (service)', service),
      row('work orders: GET /api/work-orders/board', http),
    ];
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
  const rows = await benchBoard({
    dbUrl: arg('db'),
    open: Number(arg('open') ?? 10_000),
    queries: Number(arg('queries') ?? 300),
  });
  for (const r of rows) console.log(`${r.measure}: n=${r.n}, p50 ${r.p50}, p99 ${r.p99} — ${r.extra}`);
  process.exit(0);
}
