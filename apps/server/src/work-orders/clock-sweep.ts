import { dueBreaches } from '@propdesk/domain';
import { runSweep } from '../sweeps/runner.js';
import type { SweepDefinition } from '../sweeps/scheduler.js';
import { createDeskActions } from './desk-actions.js';
import { createMutate, type WorkOrderDeps } from './mutate.js';
import { clocksOf, findOrder, type OrderRow, recordBreaches } from './repo.js';

const RUNNING = ['awaitingDispatch', 'dispatched', 'accepted', 'onSite'];

/**
 * The timers of work orders (STYLE 16, issue 4 item 2): count deadlines that passed, and resume
 * paused orders whose resume time has come. Safe to rerun and with two server processes: a
 * breach is claimed by its conditional stamp (repo.recordBreaches), a resume by the order's
 * version (writeOrder), so the loser of a race changes nothing.
 */
export const createClockSweep = (deps: WorkOrderDeps) => {
  const { resumeOrder } = createDeskActions(deps, createMutate(deps));

  const breaches = (workerId: string) =>
    runSweep<OrderRow>({
      db: deps.db,
      clock: deps.clock,
      name: 'work-order-breach',
      workerId,
      claim: ({ db, now, limit }) => {
        const t = now.toISOString();
        return db
          .selectFrom('workOrders')
          .selectAll()
          .where('state', 'in', RUNNING)
          .where((eb) =>
            eb.or([
              eb.and([
                eb('arrivalBreachedAt', 'is', null),
                eb('arrivedAt', 'is', null),
                eb('arrivalDueAt', '<', t),
              ]),
              eb.and([
                eb('completionBreachedAt', 'is', null),
                eb('completedAt', 'is', null),
                eb('completionDueAt', '<', t),
              ]),
            ]),
          )
          .orderBy('id')
          .limit(limit)
          .execute();
      },
      act: async (row, { db, now }) => {
        await db.transaction().execute(async (trx) => {
          const fresh = (await findOrder(trx, row.id)) ?? row;
          await recordBreaches(trx, deps, fresh, dueBreaches(clocksOf(fresh), now), 'overdue');
        });
      },
    });

  const resumes = (workerId: string) =>
    runSweep<OrderRow>({
      db: deps.db,
      clock: deps.clock,
      name: 'work-order-resume',
      workerId,
      claim: ({ db, now, limit }) =>
        db
          .selectFrom('workOrders')
          .selectAll()
          .where('state', '=', 'paused')
          .where('resumeAt', '<=', now.toISOString())
          .orderBy('id')
          .limit(limit)
          .execute(),
      act: async (row, { db, now }) => {
        await db
          .transaction()
          .execute((trx) => resumeOrder(trx, row, now, null))
          .catch((err: { code?: string }) => {
            // Resumed or changed by someone else since it was selected: nothing left to do.
            if (err?.code !== 'CONFLICT') throw err;
          });
      },
    });

  /** One pass: resumes first, so a resumed order's clocks are judged from their new deadlines. */
  return async (workerId = 'local') => {
    const resumed = await resumes(workerId);
    const breached = await breaches(workerId);
    return {
      name: 'work-order-clocks',
      claimed: resumed.claimed + breached.claimed,
      acted: resumed.acted + breached.acted,
      failed: resumed.failed + breached.failed,
      lastError: breached.lastError ?? resumed.lastError,
    };
  };
};

/** Registered once in deps.ts; `startBackground` runs it every minute in each server process. */
export const workOrderClockSweep: SweepDefinition = {
  name: 'work-order-clocks',
  everyMs: 60_000,
  run: ({ db, clock, notifier }, { workerId }) =>
    createClockSweep({ db, clock, notify: notifier.notify })(workerId),
};
