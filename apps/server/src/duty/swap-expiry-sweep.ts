import { appendEvent } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { runSweep } from '../sweeps/runner.js';
import type { SweepDefinition } from '../sweeps/scheduler.js';

/**
 * A swap application nobody decided before its shift began lapses (S3 篇一 五.4: 调班须经批准):
 * the rostered person stays on duty, the application stops counting against the monthly cap,
 * and both people are told. The conditional update makes reruns and two processes safe.
 */
export const runSwapExpirySweep = (deps: { db: Db; clock: Clock; notify: Notify; workerId?: string }) =>
  runSweep({
    db: deps.db,
    clock: deps.clock,
    name: 'duty-swap-expiry',
    workerId: deps.workerId ?? 'local',
    batchSize: 100,
    claim: ({ db, now, limit }) =>
      db
        .selectFrom('dutySwaps')
        .innerJoin('dutyAssignments', 'dutyAssignments.id', 'dutySwaps.assignmentId')
        .select([
          'dutySwaps.id',
          'dutySwaps.propertyId',
          'dutySwaps.requesterId',
          'dutySwaps.substituteId',
          'dutySwaps.createdBy',
          'dutyAssignments.day',
          'dutyAssignments.startsAt',
        ])
        .where('dutySwaps.state', '=', 'pending')
        .where('dutyAssignments.startsAt', '<=', now.toISOString())
        .orderBy('dutyAssignments.startsAt')
        .orderBy('dutySwaps.id')
        .limit(limit)
        .execute(),
    act: async (s, { db, now }) => {
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('dutySwaps')
          .set({
            state: 'expired',
            decidedAt: now.toISOString(),
            decisionNote: '班次开始前未获审批，自动失效',
          })
          .where('id', '=', s.id)
          .where('state', '=', 'pending')
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) return;
        await appendEvent(trx, deps.clock, {
          entityType: 'duty-swap',
          entityId: s.id,
          propertyId: s.propertyId,
          actorId: null,
          action: 'expired',
          data: { before: 'pending', after: 'expired', startsAt: s.startsAt },
        });
        await deps.notify(trx, {
          recipientIds: [...new Set([s.requesterId, s.substituteId, s.createdBy])],
          propertyId: s.propertyId,
          kind: 'duty.swap.expired',
          title: `调班申请已失效：${s.day} 的班次开始前未获审批，仍由原值班人值班`,
          entityType: 'duty-swap',
          entityId: s.id,
        });
      });
    },
  });

export const dutySwapExpirySweep: SweepDefinition = {
  name: 'duty-swap-expiry',
  everyMs: 5 * 60_000,
  run: ({ db, clock, notifier }, { workerId }) =>
    runSwapExpirySweep({ db, clock, notify: notifier.notify, workerId }),
};
