import type { BoardChange } from '@propdesk/domain';
import pino from 'pino';
import type { Db } from '../kernel/db/database.js';

type Listener = (c: BoardChange) => void;
type Log = { warn: (obj: object, msg: string) => void };

/** Entities whose changes move the board. */
const WATCHED = new Set(['case', 'workOrder']);
/**
 * On PostgreSQL, ids are taken in one order and committed in another; re-reading this many ids
 * behind the newest seen catches an event that committed late, and `seen` drops repeats.
 */
const LAG = 200;

/**
 * Live changes for the follow-up board, read from the history log. Every write appends an event
 * in its own transaction (history.ts), so polling the log sees exactly what committed: cases
 * registered by intake, orders, notes, sweeps, on SQLite and PostgreSQL, from any number of
 * server processes, without any feature telling the board. The notification hub is not used:
 * it delivers stored notifications to one staff member, while the board is per property.
 * One poll runs per process, and only while a browser is watching.
 */
export const createBoardFeed = ({
  db,
  pollMs = 1000,
  log = pino({ name: 'board-feed' }),
}: {
  db: Db;
  pollMs?: number;
  log?: Log;
}) => {
  const listeners = new Map<number, Set<Listener>>();
  const seen = new Set<number>();
  let cursor: number | null = null;
  let timer: NodeJS.Timeout | null = null;
  let isPolling = false;

  const poll = async () => {
    if (isPolling) return;
    isPolling = true;
    try {
      if (cursor === null) {
        const top = await db
          .selectFrom('events')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirst();
        cursor = Number(top?.id ?? 0);
        return;
      }
      const rows = await db
        .selectFrom('events')
        .select(['id', 'entityType', 'entityId', 'propertyId', 'action', 'at'])
        .where('id', '>', cursor - LAG)
        .orderBy('id')
        .limit(1000)
        .execute();
      for (const r of rows) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        cursor = Math.max(cursor, r.id);
        if (!WATCHED.has(r.entityType) || r.propertyId === null) continue;
        const change: BoardChange = {
          entityType: r.entityType as BoardChange['entityType'],
          entityId: Number(r.entityId),
          action: r.action,
          at: r.at,
        };
        for (const l of listeners.get(r.propertyId) ?? []) {
          try {
            l(change);
          } catch (err) {
            log.warn({ err }, 'board push failed');
          }
        }
      }
      for (const id of seen) if (id <= cursor - LAG) seen.delete(id);
    } catch (err) {
      log.warn({ err }, 'board poll failed');
    } finally {
      isPolling = false;
    }
  };

  const stopIfIdle = () => {
    if (listeners.size || !timer) return;
    clearInterval(timer);
    timer = null;
    cursor = null;
    seen.clear();
  };

  return {
    pollMs,
    /** Starts watching a property; resolves once the feed's starting point is known. */
    subscribe: async (propertyId: number, listener: Listener) => {
      const set = listeners.get(propertyId) ?? new Set();
      set.add(listener);
      listeners.set(propertyId, set);
      if (!timer) {
        timer = setInterval(() => void poll(), pollMs);
        timer.unref();
        await poll();
      }
      return () => {
        set.delete(listener);
        if (!set.size && listeners.get(propertyId) === set) listeners.delete(propertyId);
        stopIfIdle();
      };
    },
    close: () => {
      listeners.clear();
      stopIfIdle();
    },
  };
};
export type BoardFeed = ReturnType<typeof createBoardFeed>;
