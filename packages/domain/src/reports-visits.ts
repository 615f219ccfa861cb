import { z } from 'zod';
import { satisfactionLabels, satisfactionLevels } from './complaints.js';
import { bump, ChartData, chart, LabelledCount, labelledCounts, ReportScope, rate } from './reports.js';
import { ratings } from './work-order-inputs.js';

/**
 * 回访结果 (S3 篇九 4.5.5; S4 篇3 抽查回访; issue 8 item 1): the visits due in the period, how many
 * were made and on time, satisfaction, improper or cash charges reported, and orders redone.
 */

/** One work-order return visit as the report reads it. */
export type ReportVisit = {
  kind: string;
  departmentId: number;
  departmentName: string;
  dueAt: string;
  visitedAt: string | null;
  satisfied: boolean | null;
  improperCharge: boolean | null;
  cashCharge: boolean | null;
  attitude: string | null;
  quality: string | null;
  reworkOrderId: number | null;
};

const Ratings = z.object({ good: z.number(), fair: z.number(), poor: z.number() });
export const ReturnVisitLine = z.object({
  due: z.number().describe('应回访（到期日在期间内）'),
  done: z.number().describe('已回访'),
  doneOnTime: z.number().describe('当天回访（S3 篇九 4.5.5.1）'),
  pending: z.number().describe('未回访且未到期'),
  overdue: z.number().describe('未回访且已过期'),
  satisfied: z.number(),
  satisfactionRate: z.number().nullable().describe('满意率 = 满意 / 已回访'),
  improperCharge: z.number().describe('反映乱收费'),
  cashCharge: z.number().describe('反映收现金'),
  reworked: z.number().describe('不满意重新派工（案件重新打开）'),
  attitude: Ratings.describe('工作人员态度：好 / 一般 / 差'),
  quality: Ratings.describe('服务质量：好 / 一般 / 差'),
});
export type ReturnVisitLine = z.infer<typeof ReturnVisitLine>;

export const ImproperChargeRow = z.object({
  visitId: z.number(),
  workOrderId: z.number(),
  workOrderNumber: z.string(),
  propertyName: z.string(),
  roomLabel: z.string().nullable(),
  departmentName: z.string(),
  assigneeName: z.string().nullable(),
  visitedAt: z.string(),
  improperCharge: z.boolean(),
  cashCharge: z.boolean(),
  chargeDetail: z.string().nullable(),
  comment: z.string().nullable(),
});
export const ReopenedRow = z.object({
  workOrderId: z.number(),
  workOrderNumber: z.string(),
  reworkOrderId: z.number(),
  reworkOrderNumber: z.string().nullable(),
  propertyName: z.string(),
  departmentName: z.string(),
  visitedAt: z.string(),
  comment: z.string().nullable(),
});

export const ReturnVisitReport = z.object({
  scope: ReportScope,
  total: ReturnVisitLine,
  byKind: z
    .array(ReturnVisitLine.extend({ kind: z.string(), label: z.string() }))
    .describe('当天回访 / 抽查回访'),
  byDepartment: z.array(ReturnVisitLine.extend({ departmentId: z.number(), departmentName: z.string() })),
  spotChecks: z
    .array(ReturnVisitLine.extend({ departmentId: z.number(), departmentName: z.string() }))
    .describe('其他部门报事的抽查回访结果（S4 篇3），按部门'),
  improperCharges: z.array(ImproperChargeRow).describe('回访中反映乱收费或收现金的记录'),
  reopened: z.array(ReopenedRow).describe('回访不满意、重新派工的记录'),
  complaintVisits: z
    .object({ done: z.number(), bySatisfaction: z.array(LabelledCount) })
    .describe('投诉回访（S2 投诉回访），按回访日期'),
  charts: z.array(ChartData),
});
export type ReturnVisitReport = z.infer<typeof ReturnVisitReport>;

export const returnVisitLine = (visits: readonly ReportVisit[], now: Date): ReturnVisitLine => {
  const done = visits.filter((v) => v.visitedAt);
  const ratingsOf = (f: (v: ReportVisit) => string | null) =>
    Object.fromEntries(ratings.map((r) => [r, done.filter((v) => f(v) === r).length])) as z.infer<
      typeof Ratings
    >;
  const satisfied = done.filter((v) => v.satisfied).length;
  const open = visits.filter((v) => !v.visitedAt);
  return {
    due: visits.length,
    done: done.length,
    doneOnTime: done.filter((v) => Date.parse(v.visitedAt!) <= Date.parse(v.dueAt)).length,
    pending: open.filter((v) => Date.parse(v.dueAt) > now.getTime()).length,
    overdue: open.filter((v) => Date.parse(v.dueAt) <= now.getTime()).length,
    satisfied,
    satisfactionRate: rate(satisfied, done.length),
    improperCharge: done.filter((v) => v.improperCharge).length,
    cashCharge: done.filter((v) => v.cashCharge).length,
    reworked: done.filter((v) => v.reworkOrderId !== null).length,
    attitude: ratingsOf((v) => v.attitude),
    quality: ratingsOf((v) => v.quality),
  };
};

const byDept = (visits: readonly ReportVisit[], now: Date) => {
  const m = new Map<number, ReportVisit[]>();
  for (const v of visits) m.set(v.departmentId, [...(m.get(v.departmentId) ?? []), v]);
  return [...m.entries()]
    .map(([departmentId, list]) => ({
      departmentId,
      departmentName: list[0]!.departmentName,
      ...returnVisitLine(list, now),
    }))
    .sort((a, b) => b.due - a.due || a.departmentId - b.departmentId);
};

export const returnVisitKindLabels: Record<string, string> = { required: '当天回访', spotCheck: '抽查回访' };

export const returnVisitReport = (opts: {
  scope: ReportScope;
  now: Date;
  visits: readonly ReportVisit[];
  improperCharges: z.infer<typeof ImproperChargeRow>[];
  reopened: z.infer<typeof ReopenedRow>[];
  complaintSatisfaction: readonly (string | null)[];
}): ReturnVisitReport => {
  const { visits, now } = opts;
  const byKind = ['required', 'spotCheck'].map((kind) => ({
    kind,
    label: returnVisitKindLabels[kind]!,
    ...returnVisitLine(
      visits.filter((v) => v.kind === kind),
      now,
    ),
  }));
  const sat = new Map<string, number>();
  for (const s of opts.complaintSatisfaction) if (s) bump(sat, s);
  const departments = byDept(visits, now);
  const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
  return {
    scope: opts.scope,
    total: returnVisitLine(visits, now),
    byKind,
    byDepartment: departments,
    spotChecks: byDept(
      visits.filter((v) => v.kind === 'spotCheck'),
      now,
    ),
    improperCharges: opts.improperCharges,
    reopened: opts.reopened,
    complaintVisits: {
      done: opts.complaintSatisfaction.filter((s) => s).length,
      bySatisfaction: labelledCounts(sat, satisfactionLevels, satisfactionLabels),
    },
    charts: [
      chart(
        'satisfactionByDepartment',
        '各部门回访满意率（%）',
        'bar',
        departments.map((d) => d.departmentName),
        [{ name: '满意率', data: departments.map((d) => pct(d.satisfactionRate)) }],
      ),
      chart(
        'visitsByKind',
        '回访完成情况',
        'bar',
        byKind.map((k) => k.label),
        [
          { name: '应回访', data: byKind.map((k) => k.due) },
          { name: '已回访', data: byKind.map((k) => k.done) },
          { name: '满意', data: byKind.map((k) => k.satisfied) },
        ],
      ),
    ],
  };
};
