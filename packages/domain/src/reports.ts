import { z } from 'zod';
import { nextMonth } from './complaint-report.js';
import { addDays, localDate, localTime, startOfLocalDay } from './time.js';

/**
 * Reports (issue 8 item 1; DOMAIN.md §9): the period and scope every report is asked for, the
 * chart-ready shape the web hands to ECharts, and the pure arithmetic shared by the reports.
 */

const Day = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
const MonthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
const OptionalId = z.coerce.number().int().positive();
const DAY_MS = 86_400_000;

/** Days from `from` to `to`, both included. */
export const daySpan = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;

const periodFields = {
  month: MonthText.optional().describe('月份 YYYY-MM（与 from/to 二选一）'),
  from: Day.optional().describe('起始日期 YYYY-MM-DD（含）'),
  to: Day.optional().describe('截止日期 YYYY-MM-DD（含）'),
};
type PeriodFields = { month?: string | undefined; from?: string | undefined; to?: string | undefined };

/** Exactly one of a month or a from–to range, at most `maxDays` long. */
const checkPeriod = (maxDays: number, tooLong: string) => (v: PeriodFields, ctx: z.RefinementCtx) => {
  if (v.month && (v.from || v.to)) {
    ctx.addIssue({ code: 'custom', path: ['month'], message: '月份与起止日期只能选一种' });
    return;
  }
  if (v.month) return;
  if (!v.from || !v.to) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: '请选择月份或起止日期' });
    return;
  }
  if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '截止日期不能早于起始日期' });
  else if (daySpan(v.from, v.to) > maxDays) ctx.addIssue({ code: 'custom', path: ['to'], message: tooLong });
};

const scopeFields = {
  propertyId: OptionalId.optional().describe('项目 id；不填为本人可查看的全部项目（公司客服中心为所有项目）'),
  departmentId: OptionalId.optional().describe('部门 id：派工、收费、回访、来电来访按该部门筛选'),
};

/** A report over a month or a range of up to a year, for one property or all the actor reads. */
export const ReportQuery = z
  .object({ ...scopeFields, ...periodFields })
  .superRefine(checkPeriod(366, '统计期间不超过一年'));
export type ReportQuery = z.infer<typeof ReportQuery>;

/** S4 4.4.5: 每 1–2 月写出《客户反映情况报告》: a month, or up to two months. */
export const FeedbackReportQuery = z
  .object({ ...scopeFields, ...periodFields })
  .superRefine(checkPeriod(62, '客户反映情况报告的期间为 1–2 个月（不超过 62 天）'));
export type FeedbackReportQuery = z.infer<typeof FeedbackReportQuery>;

/** 相关方（来电、来函、来访）信息登记表 (S0): one day or one month. */
export const ContactRegisterQuery = z
  .object({
    propertyId: scopeFields.propertyId,
    departmentId: scopeFields.departmentId,
    day: Day.optional().describe('某一天 YYYY-MM-DD（与 month 二选一）'),
    month: MonthText.optional().describe('某月 YYYY-MM'),
  })
  .refine((v) => !!v.day !== !!v.month, { message: '请选择日期或月份（二选一）', path: ['day'] });
export type ContactRegisterQuery = z.infer<typeof ContactRegisterQuery>;

export const WorkloadReportQuery = z.object({
  propertyId: scopeFields.propertyId,
  month: z.string({ error: '请选择月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM'),
});
export type WorkloadReportQuery = z.infer<typeof WorkloadReportQuery>;

/** Local calendar dates, both included. */
export type ReportPeriod = { from: string; to: string; label: string };

/** The period a valid query names (months are whole calendar months). */
export const reportPeriod = (q: PeriodFields & { day?: string | undefined }): ReportPeriod => {
  if (q.day) return { from: q.day, to: q.day, label: q.day };
  if (q.month) {
    const [y, m] = q.month.split('-');
    return {
      from: `${q.month}-01`,
      to: addDays(`${nextMonth(q.month)}-01`, -1),
      label: `${y}年${Number(m)}月`,
    };
  }
  const from = q.from ?? '';
  const to = q.to ?? from;
  return { from, to, label: `${from} 至 ${to}` };
};

/** The period as UTC instants [from, to) of a property's local days (STYLE 10). */
export const periodInstants = (p: ReportPeriod, timeZone: string) => ({
  from: startOfLocalDay(p.from, timeZone),
  to: startOfLocalDay(addDays(p.to, 1), timeZone),
});

/**
 * Every zone offset is a whole number of quarter hours, so all instants of one UTC quarter hour
 * share their local date and hour. Reports count rows per quarter hour in SQL and place each
 * quarter in the property's zone here, which is exact on both databases and in every zone.
 */
export const QUARTER_MS = 900_000;
export const localSlotOfQuarter = (quarter: number, timeZone: string) => {
  const at = new Date(quarter * QUARTER_MS);
  return { day: localDate(at, timeZone), hour: Number(localTime(at, timeZone).slice(0, 2)) };
};

/** A share as a fraction rounded to 4 places; null when there is nothing to divide by. */
export const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

/** The mean rounded to one decimal; null for no values. */
export const mean = (values: readonly number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;

/** Minutes between two ISO instants (null when either is missing). */
export const minutesBetween = (from: string | null, to: string | null) =>
  from && to ? (Date.parse(to) - Date.parse(from)) / 60_000 : null;

/** One series of a chart: the web passes these to ECharts as they are. */
export const ChartSeries = z.object({
  name: z.string().describe('系列名称'),
  data: z.array(z.number().nullable()).describe('与 categories 一一对应的数值'),
});
export const ChartData = z
  .object({
    key: z.string().describe('图表标识'),
    title: z.string().describe('图表标题'),
    kind: z.enum(['bar', 'line', 'pie']).describe('建议图表类型：bar 柱状图 / line 折线图 / pie 饼图'),
    categories: z.array(z.string()).describe('横轴类别（饼图为各扇区名称）'),
    series: z.array(ChartSeries),
  })
  .describe('可直接用于 ECharts 的图表数据');
export type ChartData = z.infer<typeof ChartData>;

export const chart = (
  key: string,
  title: string,
  kind: ChartData['kind'],
  categories: string[],
  series: { name: string; data: (number | null)[] }[],
): ChartData => ({ key, title, kind, categories, series });

/** The properties a report covers and its period, at the head of every report. */
export const ReportScope = z.object({
  properties: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })),
  departmentId: z.number().nullable(),
  departmentName: z.string().nullable(),
  period: z
    .object({ from: z.string(), to: z.string(), label: z.string() })
    .describe('统计期间（本地日期，含首尾）'),
  generatedAt: z.string(),
});
export type ReportScope = z.infer<typeof ReportScope>;

/** A count under a code and its Chinese label (channel, case type, purpose, …). */
export const LabelledCount = z.object({ key: z.string(), label: z.string(), count: z.number() });
export type LabelledCount = z.infer<typeof LabelledCount>;

/** Counts in the order of `keys`, then any key not listed, each with its label. */
export const labelledCounts = (
  counts: ReadonlyMap<string, number>,
  keys: readonly string[],
  labels: Readonly<Record<string, string>>,
): LabelledCount[] => {
  const all = [...keys, ...[...counts.keys()].filter((k) => !keys.includes(k)).sort()];
  return all.map((key) => ({ key, label: labels[key] ?? key, count: counts.get(key) ?? 0 }));
};

/** Adds `n` to a counter map. */
export const bump = <K>(m: Map<K, number>, key: K, n = 1) => m.set(key, (m.get(key) ?? 0) + n);
