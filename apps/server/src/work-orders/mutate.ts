import { dueBreaches } from '@propdesk/domain';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { clocksOf, conflict, lockOrder, type OrderRow, recordBreaches, type Trx } from './repo.js';

export type WorkOrderDeps = { db: Db; clock: Clock; notify: Notify };

/**
 * The frame of every write to an order, in one transaction: load and lock it (404), check who
 * may act (`guard`: 404/403), check the version the client read (409 CONFLICT), count any
 * deadline that passed unnoticed, then apply the change.
 */
export const createMutate =
  (deps: WorkOrderDeps) =>
  <T>(
    actor: Actor,
    id: number,
    version: number | null,
    guard: (actor: Actor, o: OrderRow) => void,
    fn: (trx: Trx, o: OrderRow, now: Date) => Promise<T>,
  ): Promise<T> =>
    deps.db.transaction().execute(async (trx) => {
      const found = await lockOrder(trx, id);
      if (!found) throw notFound('派工单');
      guard(actor, found);
      if (version !== null && found.version !== version) throw conflict();
      const now = deps.clock.now();
      const o = await recordBreaches(trx, deps, found, dueBreaches(clocksOf(found), now), 'late');
      return fn(trx, o, now);
    });
export type Mutate = ReturnType<typeof createMutate>;
