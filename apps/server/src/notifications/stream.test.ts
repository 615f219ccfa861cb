import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  createTestDatabase,
  TEST_PASSWORD,
  type TestContext,
  usePostgres,
} from '../../test/harness.js';
import { hashPassword } from '../access/password.js';
import { buildApp } from '../app.js';
import { createDeps } from '../deps.js';
import { createManualClock } from '../kernel/clock.js';
import { loadConfig } from '../kernel/config.js';
import { openDatabase } from '../kernel/db/database.js';
import { createNotificationHub } from './hub.js';

type SseEvent = { id?: string; event?: string; data?: string };

/** A minimal EventSource over node:http that records events and comments. */
const openStream = (port: number, cookie: string, headers: Record<string, string> = {}) =>
  new Promise<{
    status: number;
    headers: http.IncomingHttpHeaders;
    events: SseEvent[];
    comments: string[];
    until: (check: () => boolean) => Promise<void>;
    ended: Promise<void>;
    close: () => void;
  }>((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: '/api/notifications/stream', headers: { cookie, ...headers } },
      (res) => {
        res.setEncoding('utf8');
        const events: SseEvent[] = [];
        const comments: string[] = [];
        const waiters = new Set<() => void>();
        let buf = '';
        res.on('data', (chunk: string) => {
          buf += chunk;
          for (let cut = buf.indexOf('\n\n'); cut >= 0; cut = buf.indexOf('\n\n')) {
            const block = buf.slice(0, cut);
            buf = buf.slice(cut + 2);
            const ev: SseEvent = {};
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) comments.push(line.slice(1).trim());
              const m = /^(id|event|data): ?(.*)$/.exec(line);
              if (m) ev[m[1] as keyof SseEvent] = m[2];
            }
            if (ev.event) events.push(ev);
          }
          for (const w of [...waiters]) w();
        });
        const ended = new Promise<void>((done) => res.once('end', done));
        const until = (check: () => boolean) =>
          new Promise<void>((done) => {
            const w = () => {
              if (!check()) return;
              waiters.delete(w);
              done();
            };
            waiters.add(w);
            w();
          });
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          events,
          comments,
          until,
          ended,
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
  });

const listen = async (app: TestContext['app']) => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
};

const note = (recipientId: number, propertyId: number, title: string) => ({
  recipientIds: [recipientId],
  propertyId,
  kind: 'incident',
  title,
  entityType: 'incident',
  entityId: 1,
});

describe('live notifications over server-sent events (issue 2 item 8)', () => {
  let ctx: TestContext;
  let port: number;
  let p: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    p = await ctx.property();
    port = await listen(ctx.app);
  });
  afterAll(async () => ctx.close());

  it('pushes a committed notification to its recipient only, as `event: notification` with JSON', async () => {
    const me = await ctx.as(['manager'], [p]);
    const other = await ctx.as(['manager'], [p]);
    const mine = await openStream(port, me.cookie);
    const theirs = await openStream(port, other.cookie);
    expect(mine.status).toBe(200);
    expect(mine.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(mine.comments).toContain('connected');

    await ctx.deps.notifier.notify(ctx.db, note(me.staffId, p, '【突发事件】停水'));
    await ctx.deps.notifier.notify(ctx.db, note(other.staffId, p, '给别人'));
    await mine.until(() => mine.events.length >= 1);
    await theirs.until(() => theirs.events.length >= 1);
    const got = JSON.parse(mine.events[0]!.data!);
    expect(mine.events[0]!.event).toBe('notification');
    expect(got).toMatchObject({ title: '【突发事件】停水', kind: 'incident', propertyId: p, readAt: null });
    expect(mine.events[0]!.id).toBe(String(got.id));
    // The other stream's first event is its own: mine never reached it.
    expect(JSON.parse(theirs.events[0]!.data!).title).toBe('给别人');
    mine.close();
    theirs.close();
  });

  it('pushes after commit and never for a rolled-back transaction', async () => {
    const me = await ctx.as(['manager'], [p]);
    const s = await openStream(port, me.cookie);
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await ctx.deps.notifier.notify(trx, note(me.staffId, p, '回滚的'));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await ctx.db.transaction().execute((trx) => ctx.deps.notifier.notify(trx, note(me.staffId, p, '提交的')));
    await s.until(() => s.events.length >= 1);
    expect(s.events.map((e) => JSON.parse(e.data!).title)).toEqual(['提交的']);
    s.close();
  });

  it('a reconnecting browser first gets what it missed after Last-Event-ID', async () => {
    const me = await ctx.as(['manager'], [p]);
    const {
      ids: [first],
    } = await ctx.deps.notifier.notify(ctx.db, note(me.staffId, p, '一'));
    await ctx.deps.notifier.notify(ctx.db, note(me.staffId, p, '二'));
    await ctx.deps.notifier.notify(ctx.db, note(me.staffId, p, '三'));
    const s = await openStream(port, me.cookie, { 'last-event-id': String(first) });
    await s.until(() => s.events.length >= 2);
    expect(s.events.map((e) => JSON.parse(e.data!).title)).toEqual(['二', '三']);
    s.close();
  });

  it('sends a heartbeat comment on an idle stream', async () => {
    // Same database, a second app whose hub beats every 20 ms instead of 25 s.
    const app = await buildApp(
      { ...ctx.deps, hub: createNotificationHub({ db: ctx.db, heartbeatMs: 20 }) },
      { logger: false },
    );
    const me = await ctx.as(['manager'], [p]);
    const s = await openStream(await listen(app), me.cookie);
    await s.until(() => s.comments.includes('ping'));
    expect(s.events).toEqual([]);
    await app.close();
    await s.ended;
  });
});

describe('closing the app (issue 2 item 8)', () => {
  it('ends open streams cleanly on app.close()', async () => {
    const ctx = await createTestContext();
    const p = await ctx.property();
    const port = await listen(ctx.app);
    const me = await ctx.as(['manager'], [p]);
    const s = await openStream(port, me.cookie);
    await ctx.close();
    await s.ended;
    expect(s.status).toBe(200);
  });
});

describe.runIf(usePostgres)('two server processes on PostgreSQL (issue 2 item 8: LISTEN/NOTIFY)', () => {
  it('a notification committed by one process reaches a browser connected to the other', async () => {
    const database = await createTestDatabase();
    const second = openDatabase(database.url);
    const clock = createManualClock('2026-11-23T02:00:00.000Z');
    const config = { ...loadConfig({}), webDist: null };
    const depsA = createDeps({ handle: database.handle, clock, config });
    const depsB = createDeps({ handle: second, clock, config });
    const appA = await buildApp(depsA, { logger: false });
    const appB = await buildApp(depsB, { logger: false });
    try {
      const now = clock.now().toISOString();
      const [prop] = await depsA.db
        .insertInto('properties')
        .values({
          code: 'TWO',
          name: '双进程',
          timezone: 'Asia/Shanghai',
          address: null,
          phone: null,
          createdAt: now,
        })
        .returning('id')
        .execute();
      const [staff] = await depsA.db
        .insertInto('staff')
        .values({
          username: 'two.proc',
          passwordHash: await hashPassword(TEST_PASSWORD),
          name: '双',
          employeeNo: 'T2',
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
      await depsA.db.insertInto('staffRoles').values({ staffId: staff!.id, role: 'manager' }).execute();
      const signIn = await appA.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username: 'two.proc', password: TEST_PASSWORD },
      });
      const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;

      const s = await openStream(await listen(appB), cookie);
      await depsA.db
        .transaction()
        .execute((trx) => depsA.notifier.notify(trx, note(staff!.id, prop!.id, '来自进程 A')));
      await s.until(() => s.events.length >= 1);
      expect(JSON.parse(s.events[0]!.data!).title).toBe('来自进程 A');
      s.close();
    } finally {
      await appB.close();
      await appA.close();
      await second.close();
      await database.drop();
    }
  });
});
