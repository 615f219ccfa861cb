import { appendEvent } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { runSweep } from '../sweeps/runner.js';
import type { SweepDefinition } from '../sweeps/scheduler.js';
import { staffWithRoleIn } from './repo.js';

/**
 * Absence (issue 7 item 3): a shift that has ended without a clock-in by the person on duty is
 * recorded as a fact and the supervisor is told. Each shift is claimed by a conditional stamp of
 * `absenceCheckedAt`, so reruns and two server processes record it once (STYLE 16).
 */
export const runAbsenceSweep = (deps: { db: Db; clock: Clock; notify: Notify; workerId?: string }) =>
  runSweep({
    db: deps.db,
    clock: deps.clock,
    name: 'duty-absence',
    workerId: deps.workerId ?? 'local',
    batchSize: 100,
    claim: ({ db, now, limit }) =>
      db
        .selectFrom('dutyAssignments')
        .select(['id', 'propertyId', 'onDutyId', 'day', 'endsAt'])
        .where('absenceCheckedAt', 'is', null)
        .where('endsAt', '<=', now.toISOString())
        .orderBy('endsAt')
        .orderBy('id')
        .limit(limit)
        .execute(),
    act: async (a, { db, now }) => {
      await db.transaction().execute(async (trx) => {
        const stamped = await trx
          .updateTable('dutyAssignments')
          .set({ absenceCheckedAt: now.toISOString() })
          .where('id', '=', a.id)
          .where('absenceCheckedAt', 'is', null)
          .executeTakeFirst();
        if (Number(stamped.numUpdatedRows) !== 1) return;
        const clocked = await trx
          .selectFrom('dutyClockings')
          .select('id')
          .where('assignmentId', '=', a.id)
          .where('staffId', '=', a.onDutyId)
          .where('kind', '=', 'in')
          .executeTakeFirst();
        if (clocked) return;
        const at = now.toISOString();
        await trx
          .insertInto('dutyFacts')
          .values({
            propertyId: a.propertyId,
            assignmentId: a.id,
            staffId: a.onDutyId,
            kind: 'absent',
            minutes: null,
            at: a.endsAt,
            createdAt: at,
          })
          .onConflict((oc) => oc.columns(['assignmentId', 'staffId', 'kind']).doNothing())
          .execute();
        await appendEvent(trx, deps.clock, {
          entityType: 'duty-assignment',
          entityId: a.id,
          propertyId: a.propertyId,
          actorId: null,
          action: 'absent',
          data: { staffId: a.onDutyId, endsAt: a.endsAt },
        });
        const name =
          (await trx.selectFrom('staff').select('name').where('id', '=', a.onDutyId).executeTakeFirst())
            ?.name ?? '';
        const supervisors = await staffWithRoleIn(trx, a.propertyId, ['supervisor']);
        if (supervisors.length)
          await deps.notify(trx, {
            recipientIds: supervisors,
            propertyId: a.propertyId,
            kind: 'duty.absent',
            title: `缺勤：${name} ${a.day} 的值班未打卡`,
            entityType: 'duty-assignment',
            entityId: a.id,
          });
      });
    },
  });

export const dutyAbsenceSweep: SweepDefinition = {
  name: 'duty-absence',
  everyMs: 5 * 60_000,
  run: ({ db, clock, notifier }, { workerId }) =>
    runAbsenceSweep({ db, clock, notify: notifier.notify, workerId }),
};
