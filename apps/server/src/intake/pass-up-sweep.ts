import { type CaseType, caseTypeLabels, passUpStage } from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { readSettings } from '../settings/settings.js';
import { staffWithRole } from './case-repo.js';
import type { Notify } from './notify-port.js';

type Deps = { db: Db; clock: Clock; notify: Notify };

/**
 * S1 服务上移 timers: a contact still at the desk after N minutes goes to the supervisor, N more
 * to the manager. Each stage is claimed by a conditional stamp, so reruns and two server
 * processes notify once.
 */
export const createPassUpSweep =
  ({ db, clock, notify }: Deps) =>
  async (batchSize = 100) => {
    const now = clock.now();
    const due = await db
      .selectFrom('cases')
      .select([
        'id',
        'propertyId',
        'number',
        'type',
        'summary',
        'handlingSince',
        'supervisorAlertedAt',
        'managerAlertedAt',
      ])
      .where('state', '=', 'handling')
      .where('handlingSince', 'is not', null)
      .where('handlingSince', '<=', new Date(now.getTime() - 60_000).toISOString())
      .where('managerAlertedAt', 'is', null)
      .orderBy('handlingSince')
      .limit(batchSize)
      .execute();
    let acted = 0;
    for (const c of due) {
      const s = await readSettings(db, c.propertyId);
      const stage = passUpStage(
        new Date(c.handlingSince!),
        now,
        s['intake.passUpSupervisorMinutes'],
        s['intake.passUpManagerMinutes'],
      );
      const steps = [
        ...(stage !== 'none' && !c.supervisorAlertedAt ? (['supervisor'] as const) : []),
        ...(stage === 'manager' ? (['manager'] as const) : []),
      ];
      for (const role of steps) {
        const column = role === 'supervisor' ? 'supervisorAlertedAt' : 'managerAlertedAt';
        const claimed = await db.transaction().execute(async (trx) => {
          const res = await trx
            .updateTable('cases')
            .set({ [column]: now.toISOString() })
            .where('id', '=', c.id)
            .where(column, 'is', null)
            .where('state', '=', 'handling')
            .executeTakeFirst();
          if (Number(res.numUpdatedRows) !== 1) return false;
          await appendEvent(trx, clock, {
            entityType: 'case',
            entityId: c.id,
            propertyId: c.propertyId,
            actorId: null,
            action: `auto-pass-up-${role}`,
            data: { rule: 'S1 3 分钟仍未向客户说明清楚则服务上移', handlingSince: c.handlingSince },
          });
          const recipients = await staffWithRole(trx, c.propertyId, role);
          if (recipients.length)
            await notify(trx, {
              recipientIds: recipients,
              propertyId: c.propertyId,
              kind: `case.pass-up.${role}`,
              title: `服务上移：${caseTypeLabels[c.type as CaseType]} ${c.number} 前台处理超时`,
              body: c.summary,
              entityType: 'case',
              entityId: c.id,
            });
          return true;
        });
        if (claimed) acted++;
      }
    }
    return acted;
  };

/** Runs every 15 s in each server process; the conditional stamps keep it to one alert per stage. */
export const passUpSweepDefinition = {
  name: 'intake-pass-up',
  everyMs: 15_000,
  run: ({ db, clock, notifier }: { db: Db; clock: Clock; notifier: { notify: Notify } }) =>
    createPassUpSweep({ db, clock, notify: notifier.notify })(),
};
