import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '@propdesk/domain';
import pg from 'pg';
import { inject } from 'vitest';
import { hashPassword } from '../src/access/password.js';
import { buildApp } from '../src/app.js';
import { createDeps, type Deps } from '../src/deps.js';
import { createManualClock, type ManualClock } from '../src/kernel/clock.js';
import { loadConfig } from '../src/kernel/config.js';
import { type DbHandle, openDatabase } from '../src/kernel/db/database.js';
import { migrateToLatest } from '../src/kernel/db/migrate.js';
import type { App } from '../src/kernel/http/types.js';

export const usePostgres = process.env.PROPDESK_TEST_DB === 'postgres';
export const TEST_PASSWORD = 'test-password-1';

/** A fresh, migrated database of the suite's dialect: a temp SQLite file or a new PostgreSQL database. */
export const createTestDatabase = async (): Promise<{
  url: string;
  handle: DbHandle;
  drop: () => Promise<void>;
}> => {
  const tag = `${process.pid}_${randomBytes(4).toString('hex')}`;
  // A copy of the run's migrated template (test/global-setup.ts); migrateToLatest then finds
  // nothing left to do. Without the setup (a file run on its own by another runner) it migrates.
  const template = inject('migratedTemplate');
  if (usePostgres) {
    const base = process.env.PROPDESK_TEST_PG_URL;
    if (!base) throw new Error('PROPDESK_TEST_DB=postgres needs PROPDESK_TEST_PG_URL');
    const name = `propdesk_t_${tag}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    // A throwaway database need not wait for each commit to reach the disk.
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit TO off`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    const handle = openDatabase(url.toString());
    await migrateToLatest(handle.db);
    return {
      url: url.toString(),
      handle,
      drop: async () => {
        await handle.close();
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'propdesk-test-'));
  const file = path.join(dir, 'test.db');
  if (template) fs.copyFileSync(template, file);
  const url = `sqlite:${file}`;
  const handle = openDatabase(url);
  await migrateToLatest(handle.db);
  return {
    url,
    handle,
    drop: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};

export type TestContext = {
  app: App;
  deps: Deps;
  db: Deps['db'];
  clock: ManualClock;
  dataDir: string;
  close: () => Promise<void>;
  /** Creates a property and returns its id. */
  property: (code?: string) => Promise<number>;
  /** Creates an active staff member with the given roles and properties; returns id and username. */
  staff: (opts: {
    roles: Role[];
    propertyIds: number[];
    certifiedForDuty?: boolean;
    departmentId?: number | null;
    isDeptHead?: boolean;
  }) => Promise<{ id: number; username: string }>;
  /** Signs in over HTTP and returns a client carrying the session cookie and CSRF token. */
  signIn: (username: string, password?: string) => Promise<Client>;
  /** staff + signIn in one step. */
  as: (
    roles: Role[],
    propertyIds: number[],
    extra?: { certifiedForDuty?: boolean; departmentId?: number | null; isDeptHead?: boolean },
  ) => Promise<Client>;
};

export type Reply = { status: number; body: any; headers: Record<string, unknown>; raw: string };
export type Client = {
  staffId: number;
  get: (url: string) => Promise<Reply>;
  post: (url: string, body?: unknown) => Promise<Reply>;
  put: (url: string, body?: unknown) => Promise<Reply>;
  patch: (url: string, body?: unknown) => Promise<Reply>;
  del: (url: string) => Promise<Reply>;
  cookie: string;
  csrf: string;
};

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${randomBytes(2).toString('hex')}`;

export const createTestContext = async (opts: { start?: string } = {}): Promise<TestContext> => {
  const database = await createTestDatabase();
  const clock = createManualClock(opts.start ?? '2026-11-23T02:00:00.000Z');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'propdesk-data-'));
  const config = { ...loadConfig({}), dataDir, webDist: null, uploadLimitBytes: 2 * 1024 * 1024 };
  const deps = createDeps({ handle: database.handle, clock, config });
  const app = await buildApp(deps, { logger: false });
  await app.ready();
  const { db } = deps;
  const pwHash = await hashPassword(TEST_PASSWORD);

  const wrap = (res: { statusCode: number; body: string; headers: Record<string, unknown> }): Reply => {
    let body: unknown = res.body;
    try {
      body = JSON.parse(res.body);
    } catch {}
    return { status: res.statusCode, body, headers: res.headers, raw: res.body };
  };

  const makeClient = (staffId: number, cookie: string, csrf: string): Client => {
    const send = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
      wrap(
        await app.inject({
          method,
          url,
          headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }) },
          ...(body === undefined ? {} : { payload: body as object }),
        }),
      );
    return {
      staffId,
      cookie,
      csrf,
      get: (url) => send('GET', url),
      post: (url, body) => send('POST', url, body ?? {}),
      put: (url, body) => send('PUT', url, body ?? {}),
      patch: (url, body) => send('PATCH', url, body ?? {}),
      del: (url) => send('DELETE', url),
    };
  };

  const ctx: TestContext = {
    app,
    deps,
    db,
    clock,
    dataDir,
    close: async () => {
      await app.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    property: async (code) => {
      const [row] = await db
        .insertInto('properties')
        .values({
          code: code ?? `P${unique()}`.slice(0, 30),
          name: `测试小区${unique().slice(-4)}`,
          timezone: 'Asia/Shanghai',
          address: null,
          phone: null,
          createdAt: clock.now().toISOString(),
        })
        .returning('id')
        .execute();
      return row!.id;
    },
    staff: async ({
      roles,
      propertyIds,
      certifiedForDuty = true,
      departmentId = null,
      isDeptHead = false,
    }) => {
      const username = `u${unique()}`.toLowerCase();
      const [row] = await db
        .insertInto('staff')
        .values({
          username,
          passwordHash: pwHash,
          name: `员工${username.slice(-4)}`,
          employeeNo: username,
          phone: null,
          departmentId,
          isDeptHead: isDeptHead ? 1 : 0,
          certifiedForDuty: certifiedForDuty ? 1 : 0,
          active: 1,
          locale: 'zh-CN',
          createdAt: clock.now().toISOString(),
        })
        .returning('id')
        .execute();
      for (const role of roles)
        await db.insertInto('staffRoles').values({ staffId: row!.id, role }).execute();
      for (const p of propertyIds)
        await db.insertInto('staffProperties').values({ staffId: row!.id, propertyId: p }).execute();
      return { id: row!.id, username };
    },
    signIn: async (username, password = TEST_PASSWORD) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`sign-in failed for ${username}: ${res.body}`);
      const setCookie = String(res.headers['set-cookie']);
      const cookie = setCookie.split(';')[0]!;
      const me = JSON.parse(res.body) as { id: number; csrfToken: string };
      return makeClient(me.id, cookie, me.csrfToken);
    },
    as: async (roles, propertyIds, extra) => {
      const s = await ctx.staff({ roles, propertyIds, ...extra });
      return ctx.signIn(s.username);
    },
  };
  return ctx;
};

/** Row counts of every table, to prove a refused request wrote nothing. */
export const tableCounts = async (
  db: Deps['db'],
  skip: string[] = ['sessions', 'login_attempts', 'kysely_migration', 'kysely_migration_lock'],
) => {
  const tables = await db.introspection.getTables();
  const out: Record<string, number> = {};
  for (const t of tables) {
    if (skip.includes(t.name)) continue;
    const r = await (db as any)
      .selectFrom(t.name)
      .select((eb: any) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    out[t.name] = Number(r.n);
  }
  return out;
};
