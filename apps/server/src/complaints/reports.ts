import {
  buildClassificationReport,
  type ClassificationReport,
  type ConfirmReportInput,
  monthBounds,
  monthOf,
  previousMonth,
  type ReportComplaint,
  reportDeadline,
  reportReminderAt,
  reportStatus,
  reportStatusLabels,
} from '@propdesk/domain';
import type { Executor } from '../history/history.js';
import { appendEvent } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';

type Deps = { db: Db; clock: Clock; notify: Notify };

/** The report of a month, as it stands now, from every complaint that touches the month. */
export const computeReport = async (
  db: Executor,
  clock: Clock,
  propertyId: number,
  month: string,
  timeZone: string,
): Promise<ClassificationReport> => {
  const { from, to } = monthBounds(month, timeZone);
  const settings = await readSettings(db, propertyId);
  const rows = await db
    .selectFrom('complaints')
    .leftJoin('departments', 'departments.id', 'complaints.departmentId')
    .select([
      'complaints.category',
      'complaints.severity',
      'complaints.departmentId',
      'departments.name as departmentName',
      'complaints.receivedAt',
      'complaints.closedAt',
      'complaints.finding',
    ])
    .where('complaints.propertyId', '=', propertyId)
    .where('complaints.receivedAt', '<', to.toISOString())
    .where((eb) =>
      eb.or([eb('complaints.closedAt', 'is', null), eb('complaints.closedAt', '>=', from.toISOString())]),
    )
    .execute();
  return buildClassificationReport({
    complaints: rows as ReportComplaint[],
    from,
    to,
    asOf: clock.now(),
    onTimeDays: settings['complaints.onTimeDays'],
  });
};

/** 顾客投诉分类统计表 (S2 知识管理): on screen, as .xlsx, confirmed by the manager before the 3rd. */
export const createComplaintReports = ({ db, clock, notify }: Deps) => {
  const property = async (actor: Actor, propertyId: number, mode: 'read' | 'write') => {
    assertPropertyAccess(actor, propertyId, mode, '项目');
    const p = await db
      .selectFrom('properties')
      .select(['id', 'code', 'name', 'timezone'])
      .where('id', '=', propertyId)
      .executeTakeFirst();
    if (!p) throw notFound('项目');
    return p;
  };
  const stored = (propertyId: number, month: string) =>
    db
      .selectFrom('complaintReports')
      .leftJoin('staff', 'staff.id', 'complaintReports.confirmedBy')
      .selectAll('complaintReports')
      .select('staff.name as confirmedByName')
      .where('complaintReports.propertyId', '=', propertyId)
      .where('complaintReports.month', '=', month)
      .executeTakeFirst();

  const get = async (actor: Actor, propertyId: number, month: string) => {
    const p = await property(actor, propertyId, 'read');
    const row = await stored(propertyId, month);
    const status = reportStatus(month, p.timezone, clock.now(), row?.confirmedAt ?? null);
    // Once confirmed, the report is what was submitted; later corrections do not change it.
    const report: ClassificationReport = row?.snapshot
      ? JSON.parse(row.snapshot)
      : await computeReport(db, clock, propertyId, month, p.timezone);
    return {
      propertyId,
      propertyCode: p.code,
      propertyName: p.name,
      month,
      status,
      statusLabel: reportStatusLabels[status],
      isOverdue: status === 'overdue',
      reminderAt: reportReminderAt(month, p.timezone).toISOString(),
      deadline: reportDeadline(month, p.timezone).toISOString(),
      confirmedAt: row?.confirmedAt ?? null,
      confirmedByName: row?.confirmedByName ?? null,
      note: row?.note ?? null,
      report,
    };
  };

  /** The last 12 months with their status (the overdue flag stays until the manager confirms). */
  const months = async (actor: Actor, propertyId: number) => {
    const p = await property(actor, propertyId, 'read');
    const now = clock.now();
    const rows = await db
      .selectFrom('complaintReports')
      .select(['month', 'confirmedAt'])
      .where('propertyId', '=', propertyId)
      .execute();
    const list: string[] = [];
    for (let m = monthOf(now, p.timezone); list.length < 12; m = previousMonth(m)) list.push(m);
    return list.map((month) => {
      const confirmedAt = rows.find((r) => r.month === month)?.confirmedAt ?? null;
      const status = reportStatus(month, p.timezone, now, confirmedAt);
      return {
        month,
        status,
        statusLabel: reportStatusLabels[status],
        isOverdue: status === 'overdue',
        deadline: reportDeadline(month, p.timezone).toISOString(),
        confirmedAt,
      };
    });
  };

  /** The manager confirms (submits) a finished month's report; the figures are kept as submitted. */
  const confirm = async (actor: Actor, input: ConfirmReportInput) => {
    const p = await property(actor, input.propertyId, 'write');
    const now = clock.now();
    if (now.getTime() < reportReminderAt(input.month, p.timezone).getTime())
      throw new AppError('RULE_VIOLATION', { message: '该月尚未结束，不能提交月报' });
    const snapshot = JSON.stringify(await computeReport(db, clock, p.id, input.month, p.timezone));
    const at = now.toISOString();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('complaintReports')
        .values({
          propertyId: p.id,
          month: input.month,
          reminderSentAt: null,
          overdueNotifiedAt: null,
          confirmedAt: null,
          confirmedBy: null,
          note: null,
          snapshot: null,
        })
        .onConflict((oc) => oc.columns(['propertyId', 'month']).doNothing())
        .execute();
      const res = await trx
        .updateTable('complaintReports')
        .set({ confirmedAt: at, confirmedBy: actor.id, note: input.note ?? null, snapshot })
        .where('propertyId', '=', p.id)
        .where('month', '=', input.month)
        .where('confirmedAt', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new AppError('CONFLICT', { message: '该月月报已确认提交' });
      const late = now.getTime() >= reportDeadline(input.month, p.timezone).getTime();
      await appendEvent(trx, clock, {
        entityType: 'complaint-report',
        entityId: `${p.id}:${input.month}`,
        propertyId: p.id,
        actorId: actor.id,
        action: 'confirmed',
        data: { month: input.month, late, rule: 'S2 知识管理：每月3日前提交《顾客投诉分类统计表》' },
        reason: input.note ?? null,
      });
      // The company's customer service centre receives the monthly reports (DOMAIN.md §1).
      const company = await trx
        .selectFrom('staff')
        .innerJoin('staffRoles', 'staffRoles.staffId', 'staff.id')
        .select('staff.id')
        .where('staffRoles.role', '=', 'company')
        .where('staff.active', '=', 1)
        .execute();
      if (company.length)
        await notify(trx, {
          recipientIds: company.map((s) => s.id),
          propertyId: p.id,
          kind: 'complaint-report.submitted',
          title: `${p.name} ${input.month} 顾客投诉分类统计表已提交${late ? '（逾期）' : ''}`,
          entityType: 'complaint-report',
          entityId: `${p.id}:${input.month}`,
        });
    });
  };

  return { get, months, confirm };
};
export type ComplaintReports = ReturnType<typeof createComplaintReports>;
