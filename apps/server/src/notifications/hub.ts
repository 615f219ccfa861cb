import type { NotificationView } from '@propdesk/domain';
import { sql, type Transaction } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';

/** One open browser stream. */
export type Subscriber = { send: (n: NotificationView) => void; close: () => void };

/**
 * Live delivery of committed notifications to the browsers connected to this process.
 *
 * `announce` is called by the notifier inside the writing transaction; the hub delivers the
 * rows only once that transaction has committed, and never if it rolls back:
 * - SQLite (one process): the hub reads the rows back through `db`, whose single connection
 *   is held by the open transaction, so the read runs right after commit or rollback.
 * - PostgreSQL: `pg_notify` inside the transaction is sent by the server on commit only, to
 *   every process that LISTENs on the channel, so two or more server processes each push to
 *   their own connected browsers.
 */
export type NotificationHub = {
  subscribe: (staffId: number, sub: Subscriber) => Promise<() => void>;
  announce: (trx: Transaction<Database>, ids: number[]) => Promise<void>;
  close: () => Promise<void>;
  heartbeatMs: number;
};

export const NOTIFY_CHANNEL = 'propdesk_notifications';
/** pg_notify payloads must stay under 8000 bytes. */
const IDS_PER_NOTIFY = 500;

type Log = { warn: (obj: object, msg: string) => void };

const createFanout = (db: Db, log: Log) => {
  const subs = new Map<number, Set<Subscriber>>();
  // The same id can be announced twice (SQLite reuses a rolled-back id); each is pushed once.
  const recent = new Set<number>();
  const remember = (id: number) => {
    recent.add(id);
    if (recent.size > 2000) recent.delete(recent.values().next().value as number);
  };

  const deliver = async (ids: number[]) => {
    const rows = await db
      .selectFrom('notifications')
      .select([
        'id',
        'recipientId',
        'propertyId',
        'kind',
        'title',
        'body',
        'entityType',
        'entityId',
        'createdAt',
        'readAt',
      ])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    for (const { recipientId, ...view } of rows) {
      if (recent.has(view.id)) continue;
      remember(view.id);
      for (const sub of subs.get(recipientId) ?? []) {
        try {
          sub.send(view);
        } catch (err) {
          log.warn({ err }, 'notification push failed');
        }
      }
    }
  };

  return {
    deliver: (ids: number[]) => {
      if (!ids.length || !subs.size) return;
      deliver(ids).catch((err) => log.warn({ err }, 'notification fan-out failed'));
    },
    add: (staffId: number, sub: Subscriber) => {
      const set = subs.get(staffId) ?? new Set();
      set.add(sub);
      subs.set(staffId, set);
      return () => {
        set.delete(sub);
        if (!set.size && subs.get(staffId) === set) subs.delete(staffId);
      };
    },
    closeAll: () => {
      const all = [...subs.values()].flatMap((s) => [...s]);
      subs.clear();
      for (const sub of all) sub.close();
    },
  };
};

export type HubOptions = {
  db: Db;
  /** PostgreSQL connection string: when given, delivery goes through LISTEN/NOTIFY. */
  pgUrl?: string | null;
  heartbeatMs?: number;
  log?: Log;
};

export const createNotificationHub = ({
  db,
  pgUrl,
  heartbeatMs = 25_000,
  log = pino({ name: 'notifications' }),
}: HubOptions): NotificationHub => {
  const fan = createFanout(db, log);
  if (!pgUrl)
    return {
      heartbeatMs,
      subscribe: async (staffId, sub) => fan.add(staffId, sub),
      announce: async (_trx, ids) => fan.deliver(ids),
      close: async () => fan.closeAll(),
    };

  // One listening connection per process, opened when the first browser connects.
  let listening: Promise<pg.Client> | null = null;
  const listen = () => {
    listening ??= (async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      client.on('notification', (msg) => {
        if (msg.channel !== NOTIFY_CHANNEL || !msg.payload) return;
        try {
          const { ids } = JSON.parse(msg.payload) as { ids: unknown };
          if (Array.isArray(ids)) fan.deliver(ids.filter((id): id is number => Number.isSafeInteger(id)));
        } catch (err) {
          log.warn({ err }, 'unreadable notification payload');
        }
      });
      client.on('error', (err) => {
        // Lost the channel: close the streams, browsers reconnect, catch up by Last-Event-ID
        // and the next subscription listens again.
        log.warn({ err }, 'notification listener lost');
        listening = null;
        fan.closeAll();
        client.end().catch(() => {});
      });
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      return client;
    })();
    listening.catch(() => {
      listening = null;
    });
    return listening;
  };

  return {
    heartbeatMs,
    subscribe: async (staffId, sub) => {
      await listen();
      return fan.add(staffId, sub);
    },
    announce: async (trx, ids) => {
      for (let i = 0; i < ids.length; i += IDS_PER_NOTIFY) {
        const payload = JSON.stringify({ ids: ids.slice(i, i + IDS_PER_NOTIFY) });
        await sql`select pg_notify(${NOTIFY_CHANNEL}, ${payload})`.execute(trx);
      }
    },
    close: async () => {
      fan.closeAll();
      const pending = listening;
      listening = null;
      const client = await pending?.catch(() => null);
      await client?.end().catch(() => {});
    },
  };
};
