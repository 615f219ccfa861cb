import {
  type ComplaintCategory,
  type ComplaintSeverity,
  complaintCategories,
  complaintCategoryLabels,
  complaintSeverities,
  type ResponsibilityFinding,
  responsibilityFindings,
} from './complaints.js';
import { localDate, startOfLocalDay } from './time.js';

const DAY = 86_400_000;

/** The calendar month (`2026-10`) of an instant in a time zone. */
export const monthOf = (at: Date, timeZone: string) => localDate(at, timeZone).slice(0, 7);

const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
export const nextMonth = (month: string) => shiftMonth(month, 1);
export const previousMonth = (month: string) => shiftMonth(month, -1);

/** The month as UTC instants: [from, to) of its local days. */
export const monthBounds = (month: string, timeZone: string) => ({
  from: startOfLocalDay(`${month}-01`, timeZone),
  to: startOfLocalDay(`${nextMonth(month)}-01`, timeZone),
});

/** S2 知识管理: 《顾客投诉分类统计表》每月3日前提交. */
export const REPORT_DUE_DAY = 3;

/** The reminder goes out at the start of the 1st of the next month (local time). */
export const reportReminderAt = (month: string, timeZone: string) =>
  startOfLocalDay(`${nextMonth(month)}-01`, timeZone);

/** Due before the 3rd of the next month: overdue from the start of the 3rd, local time. */
export const reportDeadline = (month: string, timeZone: string) =>
  startOfLocalDay(`${nextMonth(month)}-${String(REPORT_DUE_DAY).padStart(2, '0')}`, timeZone);

export const reportStatuses = ['inProgress', 'due', 'overdue', 'confirmed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportStatusLabels: Record<ReportStatus, string> = {
  inProgress: '本月未结束',
  due: '待提交',
  overdue: '已逾期',
  confirmed: '已确认提交',
};

/** Where a month's report stands at `now`: overdue from the 3rd until the manager confirms it. */
export const reportStatus = (
  month: string,
  timeZone: string,
  now: Date,
  confirmedAt: string | null,
): ReportStatus => {
  if (confirmedAt) return 'confirmed';
  if (now.getTime() < reportReminderAt(month, timeZone).getTime()) return 'inProgress';
  return now.getTime() >= reportDeadline(month, timeZone).getTime() ? 'overdue' : 'due';
};

/** The month whose report is being prepared: the one before `now`'s month. */
export const reportMonthDue = (now: Date, timeZone: string) => previousMonth(monthOf(now, timeZone));

/** Closed within `days` of being received (the on-time closure rate). */
export const closedOnTime = (receivedAt: string, closedAt: string, days: number) =>
  Date.parse(closedAt) - Date.parse(receivedAt) <= days * DAY;

export type ReportComplaint = {
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  departmentId: number | null;
  departmentName: string | null;
  receivedAt: string;
  closedAt: string | null;
  finding: ResponsibilityFinding | null;
};

type Counts = {
  received: number;
  closed: number;
  open: number;
  closedOnTime: number;
  onTimeRate: number | null;
};
export type CategoryRow = Counts & {
  category: ComplaintCategory | 'total';
  label: string;
  bySeverity: Record<ComplaintSeverity, number>;
};
export type DepartmentRow = Counts & {
  departmentId: number | null;
  name: string;
  findings: Record<ResponsibilityFinding, number>;
};
export type ClassificationReport = {
  categories: CategoryRow[];
  total: CategoryRow;
  departments: DepartmentRow[];
};

/**
 * 顾客投诉分类统计表 (S2 知识管理), from complaints that touch the month:
 * received = received in the month; closed = closed in the month; open = received by the end
 * of the month (or `asOf`, if sooner) and not closed by then; on-time rate = closed within
 * `onTimeDays` of receipt, over those closed in the month (null when none closed).
 */
export const buildClassificationReport = (opts: {
  complaints: readonly ReportComplaint[];
  from: Date;
  to: Date;
  asOf: Date;
  onTimeDays: number;
}): ClassificationReport => {
  const from = opts.from.getTime();
  // Received by the end of the month (or by now, `asOf` included, for the month in progress).
  const end = Math.min(opts.to.getTime(), opts.asOf.getTime() + 1);
  const inMonth = (at: string | null) =>
    at !== null && Date.parse(at) >= from && Date.parse(at) < opts.to.getTime();
  const counts = (list: readonly ReportComplaint[]): Counts => {
    const closed = list.filter((c) => inMonth(c.closedAt));
    const closedOnTimeCount = closed.filter((c) =>
      closedOnTime(c.receivedAt, c.closedAt!, opts.onTimeDays),
    ).length;
    return {
      received: list.filter((c) => inMonth(c.receivedAt)).length,
      closed: closed.length,
      open: list.filter(
        (c) => Date.parse(c.receivedAt) < end && (c.closedAt === null || Date.parse(c.closedAt) >= end),
      ).length,
      closedOnTime: closedOnTimeCount,
      onTimeRate: closed.length ? Math.round((closedOnTimeCount / closed.length) * 10_000) / 10_000 : null,
    };
  };
  const bySeverity = (list: readonly ReportComplaint[]) =>
    Object.fromEntries(
      complaintSeverities.map((s) => [
        s,
        list.filter((c) => c.severity === s && inMonth(c.receivedAt)).length,
      ]),
    ) as Record<ComplaintSeverity, number>;
  const categories: CategoryRow[] = complaintCategories.map((category) => {
    const list = opts.complaints.filter((c) => c.category === category);
    return {
      category,
      label: complaintCategoryLabels[category],
      bySeverity: bySeverity(list),
      ...counts(list),
    };
  });
  const total: CategoryRow = {
    category: 'total',
    label: '合计',
    bySeverity: bySeverity(opts.complaints),
    ...counts(opts.complaints),
  };
  const departmentIds = [...new Set(opts.complaints.map((c) => c.departmentId))].sort(
    (a, b) => (a ?? Infinity) - (b ?? Infinity),
  );
  const departments: DepartmentRow[] = departmentIds.map((departmentId) => {
    const list = opts.complaints.filter((c) => c.departmentId === departmentId);
    const findings = Object.fromEntries(
      responsibilityFindings.map((f) => [
        f,
        list.filter((c) => c.finding === f && inMonth(c.receivedAt)).length,
      ]),
    ) as Record<ResponsibilityFinding, number>;
    return { departmentId, name: list[0]?.departmentName ?? '未转部门', findings, ...counts(list) };
  });
  return { categories, total, departments };
};

/**
 * S2 顾客投诉规范: what goes on the monthly public list: complaints about common areas, the public
 * interest, disputes between residents and common problems (hot spots); never a sensitive one.
 */
export const belongsOnPublicList = (c: {
  locationKind: string;
  publicInterest: boolean;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  returnVisitSkipReason: string | null;
}) =>
  c.returnVisitSkipReason !== 'sensitive' &&
  (c.locationKind === 'commonArea' ||
    c.publicInterest ||
    c.category === 'neighbour' ||
    c.severity === 'hotspot');
