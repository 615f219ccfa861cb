import {
  type ComplaintSeverity,
  type ComplaintState,
  dueForMajorRaise,
  type ResponsibilityFinding,
  reportDeadline,
  reportMonthDue,
  reportReminderAt,
  severityRules,
} from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import { staffWithRole } from '../intake/case-repo.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { readSettings } from '../settings/settings.js';
import type { SweepDefinition } from '../sweeps/scheduler.js';

type Deps = { db: Db; clock: Clock; notify: Notify };
const DAY = 86_400_000;

/**
 * S2 重大: a complaint still open a month (30 days, a setting) after it was made, with the
 * finding "ours", is raised to 重大 and the manager is told. The raise is claimed by a
 * conditional stamp, so reruns and two server processes raise and notify once.
 */
export const createMajorRaiseSweep =
  ({ db, clock, notify }: Deps) =>
  async (batchSize = 100) => {
    const now = clock.now();
    const due = await db
      .selectFrom('complaints')
      .innerJoin('cases', 'cases.id', 'complaints.caseId')
      .select([
        'complaints.caseId',
        'complaints.propertyId',
        'complaints.receivedAt',
        'complaints.state',
        'complaints.severity',
        'complaints.finding',
        'cases.number',
        'cases.summary',
      ])
      .where('complaints.state', '!=', 'closed')
      .where('complaints.finding', '=', 'ours')
      .where('complaints.severity', '!=', 'major')
      .where('complaints.majorRaisedAt', 'is', null)
      .where('complaints.receivedAt', '<=', new Date(now.getTime() - DAY).toISOString())
      .orderBy('complaints.receivedAt')
      .limit(batchSize)
      .execute();
    let acted = 0;
    for (const c of due) {
      const days = (await readSettings(db, c.propertyId))['complaints.majorAfterDays'];
      const row = {
        ...c,
        state: c.state as ComplaintState,
        severity: c.severity as ComplaintSeverity,
        finding: c.finding as ResponsibilityFinding,
      };
      if (!dueForMajorRaise(row, now, days)) continue;
      const raised = await db.transaction().execute(async (trx) => {
        const at = now.toISOString();
        const res = await trx
          .updateTable('complaints')
          .set({
            severity: 'major',
            proposedSeverity: 'major',
            proposedRule: 'major.overdue',
            proposedReason: severityRules['major.overdue'].clause,
            majorRaisedAt: at,
            managerNotifiedAt: at,
          })
          .where('caseId', '=', c.caseId)
          .where('majorRaisedAt', 'is', null)
          .where('severity', '!=', 'major')
          .where('state', '!=', 'closed')
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) return false;
        await appendEvent(trx, clock, {
          entityType: 'complaint',
          entityId: c.caseId,
          propertyId: c.propertyId,
          actorId: null,
          action: 'auto-raised-major',
          data: {
            before: c.severity,
            after: 'major',
            rule: severityRules['major.overdue'].clause,
            receivedAt: c.receivedAt,
            days,
          },
        });
        const managers = await staffWithRole(trx, c.propertyId, 'manager');
        if (managers.length)
          await notify(trx, {
            recipientIds: managers,
            propertyId: c.propertyId,
            kind: 'complaint.major-raised',
            title: `【重大投诉】${c.number} 我方原因超过 ${days} 天仍未解决`,
            body: c.summary,
            entityType: 'complaint',
            entityId: c.caseId,
          });
        return true;
      });
      if (raised) acted++;
    }
    return acted;
  };

/**
 * S2 知识管理: the month's 顾客投诉分类统计表 is due before the 3rd. On the 1st the supervisor and
 * manager are reminded; from the 3rd, while unconfirmed, they are told it is overdue. Each notice
 * is claimed by a conditional stamp on the property's report row, so it goes out once.
 */
export const createReportReminderSweep =
  ({ db, clock, notify }: Deps) =>
  async () => {
    const now = clock.now();
    const properties = await db.selectFrom('properties').select(['id', 'name', 'timezone']).execute();
    let acted = 0;
    for (const p of properties) {
      const month = reportMonthDue(now, p.timezone);
      const steps = [
        {
          column: 'reminderSentAt' as const,
          at: reportReminderAt(month, p.timezone),
          kind: 'complaint-report.reminder',
          title: `请在 3 日前提交 ${month} 顾客投诉分类统计表`,
        },
        {
          column: 'overdueNotifiedAt' as const,
          at: reportDeadline(month, p.timezone),
          kind: 'complaint-report.overdue',
          title: `${month} 顾客投诉分类统计表已逾期，请尽快确认提交`,
        },
      ].filter((s) => now.getTime() >= s.at.getTime());
      if (!steps.length) continue;
      await db
        .insertInto('complaintReports')
        .values({
          propertyId: p.id,
          month,
          reminderSentAt: null,
          overdueNotifiedAt: null,
          confirmedAt: null,
          confirmedBy: null,
          note: null,
          snapshot: null,
        })
        .onConflict((oc) => oc.columns(['propertyId', 'month']).doNothing())
        .execute();
      for (const s of steps) {
        const sent = await db.transaction().execute(async (trx) => {
          const res = await trx
            .updateTable('complaintReports')
            .set({ [s.column]: now.toISOString() })
            .where('propertyId', '=', p.id)
            .where('month', '=', month)
            .where(s.column, 'is', null)
            .where('confirmedAt', 'is', null)
            .executeTakeFirst();
          if (Number(res.numUpdatedRows) !== 1) return false;
          const ids = [
            ...new Set([
              ...(await staffWithRole(trx, p.id, 'supervisor')),
              ...(await staffWithRole(trx, p.id, 'manager')),
            ]),
          ];
          if (ids.length)
            await notify(trx, {
              recipientIds: ids,
              propertyId: p.id,
              kind: s.kind,
              title: `${p.name}：${s.title}`,
              entityType: 'complaint-report',
              entityId: `${p.id}:${month}`,
            });
          await appendEvent(trx, clock, {
            entityType: 'complaint-report',
            entityId: `${p.id}:${month}`,
            propertyId: p.id,
            actorId: null,
            action: s.column === 'reminderSentAt' ? 'reminded' : 'overdue-notified',
            data: { month, rule: 'S2 知识管理：每月3日前提交' },
          });
          return true;
        });
        if (sent) acted++;
      }
    }
    return acted;
  };

/** Registered once in deps.ts with the sweep scheduler. */
export const complaintSweeps: SweepDefinition[] = [
  {
    name: 'complaint-major-raise',
    everyMs: 10 * 60_000,
    run: ({ db, clock, notifier }) => createMajorRaiseSweep({ db, clock, notify: notifier.notify })(),
  },
  {
    name: 'complaint-report-reminder',
    everyMs: 15 * 60_000,
    run: ({ db, clock, notifier }) => createReportReminderSweep({ db, clock, notify: notifier.notify })(),
  },
];
