/**
 * Intake benchmarks (issue 3 item 14):
 * 1. registration through the real app at 50 connections, as a ratio to the bare-insert ceiling;
 * 2. case search for a two-character word over 1,000,000 contacts (bench data made once).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { phoneGrams, searchTokens } from '@propdesk/domain';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { createRng } from '../src/archive/fake-people.js';
import { createCaseQueries } from '../src/intake/queries.js';
import { systemClock } from '../src/kernel/clock.js';
import { openDatabase } from '../src/kernel/db/database.js';
import { migrateToLatest } from '../src/kernel/db/migrate.js';
import type { Actor } from '../src/kernel/http/actor.js';

export type BenchRow = { measure: string; n: string; p50: string; p99: string; extra: string };
const ms = (v: number) => `${v.toFixed(2)} ms`;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

export const benchRegistration = async (opts: {
  repoRoot: string;
  duration: number;
  ceilingRps: number | null;
}): Promise<BenchRow> => {
  const file = path.join(opts.repoRoot, 'data/bench-intake-register.db');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'intake-server.ts')],
    {
      env: { ...process.env, INTAKE_BENCH_DB: file },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const info = await new Promise<{
      port: number;
      cookie: string;
      csrf: string;
      propertyId: number;
      roomId: number;
    }>((resolve, reject) => {
      let port = 0;
      let buf = '';
      child.once('exit', (code) => reject(new Error(`intake server exited (${code})`)));
      child.stdout.on('data', (chunk: Buffer) => {
        buf += String(chunk);
        const m = /port (\d+)/.exec(buf);
        if (m) port = Number(m[1]);
        const j = /\{.*\}/.exec(buf);
        if (port && j) resolve({ port, ...JSON.parse(j[0]) });
      });
    });
    let n = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${info.port}/api/contacts`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: info.cookie, 'x-csrf-token': info.csrf },
      connections: 50,
      duration: opts.duration,
      requests: [
        {
          setupRequest: (req: Record<string, unknown>) => ({
            ...req,
            body: JSON.stringify({
              propertyId: info.propertyId,
              idempotencyKey: `bench-${process.pid}-${n++}-${Date.now()}`,
              channel: 'call',
              type: 'repair',
              roomId: info.roomId,
              callerName: '压测业主',
              callerPhone: '13800138000',
              identity: 'owner',
              summary: '厨房水管漏水，楼下天花板渗水',
              resolution: { mode: 'dispatch' },
            }),
          }),
        },
      ],
    });
    const ratio = opts.ceilingRps ? result.requests.p50 / opts.ceilingRps : null;
    return {
      measure: 'register a contact (real app)',
      n: `${result.requests.total.toLocaleString()} requests`,
      p50: ms(result.latency.p50),
      p99: ms(result.latency.p99),
      extra: `${result.requests.p50.toLocaleString()} req/s median${ratio === null ? '' : `, ${ratio.toFixed(2)} × ceiling`} (${result.errors + result.non2xx} errors)`,
    };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
};

const WORDS = [
  '厨房水管漏水',
  '地下停车场车位被占',
  '楼道灯不亮',
  '电梯按钮失灵',
  '垃圾清运不及时',
  '门禁卡无法使用',
  '楼上装修噪音',
  '空调外机滴水',
  '快递柜位置咨询',
  '物业费缴费标准',
  '绿化带无人修剪',
  '小区路灯损坏',
  '宠物噪音扰民',
  '窗户玻璃松动',
  '热水器不出热水',
];
const QUERIES = ['漏水', '停车', '噪音', '电梯', '垃圾', '门禁', '路灯', '宠物', '玻璃', '热水'];

/** Bulk-writes N cases with one contact each and their tokens, straight through better-sqlite3 (bench data only). */
export const makeSearchData = async (file: string, contacts: number) => {
  const handle = openDatabase(`sqlite:${file}`);
  await migrateToLatest(handle.db);
  const now = new Date().toISOString();
  await handle.db
    .insertInto('properties')
    .values({
      code: 'SEARCH',
      name: '检索压测',
      timezone: 'Asia/Shanghai',
      address: null,
      phone: null,
      createdAt: now,
    })
    .execute();
  await handle.db
    .insertInto('staff')
    .values({
      username: 'b',
      passwordHash: 'x',
      name: 'b',
      employeeNo: 'b',
      phone: null,
      departmentId: null,
      isDeptHead: 0,
      certifiedForDuty: 1,
      active: 1,
      locale: 'zh-CN',
      createdAt: now,
    })
    .execute();
  await handle.close();
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const insCase = raw.prepare(
    `INSERT INTO cases (id, property_id, number, type, state, urgency, channel, summary, caller_name, caller_phone, identity, first_taker_id, created_at) VALUES (?, 1, ?, 'repair', 'closed', 'normal', 'call', ?, '业主', ?, 'owner', 1, ?)`,
  );
  const insContact = raw.prepare(
    `INSERT INTO contacts (property_id, case_id, channel, received_at, taker_id, caller_name, caller_phone, identity, summary, idempotency_key, created_at) VALUES (1, ?, 'call', ?, 1, '业主', ?, 'owner', ?, ?, ?)`,
  );
  const insToken = raw.prepare('INSERT INTO case_tokens (property_id, token, case_id) VALUES (1, ?, ?)');
  const rng = createRng(7);
  const batch = raw.transaction((from: number, to: number) => {
    for (let id = from; id < to; id++) {
      const summary = `${rng.pick(WORDS)}，${rng.pick(WORDS)}`;
      const phone = `13${rng.digits(9)}`;
      const at = new Date(Date.UTC(2025, 0, 1) + id * 30_000).toISOString();
      const number = `SEARCH${at.slice(0, 10).replaceAll('-', '')}-${String(id % 10000).padStart(4, '0')}-${id}`;
      insCase.run(id, number, summary, phone, at);
      insContact.run(id, at, phone, summary, `k${id}`, at);
      for (const token of new Set([...searchTokens(`${number} ${summary} 业主`), ...phoneGrams(phone)]))
        insToken.run(token, id);
    }
  });
  const step = 20_000;
  for (let i = 1; i <= contacts; i += step) {
    batch(i, Math.min(contacts + 1, i + step));
    process.stdout.write(
      `\r  search data: ${Math.min(contacts, i + step - 1).toLocaleString()} / ${contacts.toLocaleString()}`,
    );
  }
  process.stdout.write('\n');
  raw.exec('ANALYZE');
  raw.close();
};

export const benchSearch = async (opts: {
  repoRoot: string;
  contacts: number;
  queries: number;
}): Promise<BenchRow> => {
  const file = path.join(opts.repoRoot, `data/bench-search-${opts.contacts}.db`);
  if (!fs.existsSync(file)) await makeSearchData(file, opts.contacts);
  const handle = openDatabase(`sqlite:${file}`);
  const queries = createCaseQueries({ db: handle.db, clock: systemClock });
  const actor: Actor = {
    id: 1,
    username: 'b',
    name: 'b',
    roles: ['receptionist'],
    propertyIds: [1],
    departmentId: null,
    isDeptHead: false,
    certifiedForDuty: true,
    sessionId: '',
    csrfToken: '',
  };
  for (const q of QUERIES) await queries.list(actor, { propertyId: 1, q });
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < opts.queries; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const t = performance.now();
    const rows = await queries.list(actor, { propertyId: 1, q, limit: 50 });
    times.push(performance.now() - t);
    found += rows.length;
  }
  await handle.close();
  times.sort((a, b) => a - b);
  return {
    measure: 'case search, 2-character word',
    n: `${opts.queries} queries over ${opts.contacts.toLocaleString()} contacts`,
    p50: ms(quantile(times, 0.5)),
    p99: ms(quantile(times, 0.99)),
    extra: `${(found / opts.queries).toFixed(0)} results/query (page of 50)`,
  };
};
