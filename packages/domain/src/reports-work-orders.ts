import { z } from 'zod';
import { caseTypeLabels, caseTypes } from './intake.js';
import { ChartData, chart, mean, minutesBetween, ReportScope, rate } from './reports.js';
import { unfinishedStates } from './work-orders.js';

/** 月派工报事统计分析表 (S4 篇3 职权 4; issue 8 item 1). */

/** One order as the report reads it, with the kinds of breach counted against it. */
export type ReportOrder = {
  departmentId: number;
  departmentName: string;
  type: string;
  state: string;
  createdAt: string;
  dispatchedAt: string | null;
  arrivedAt: string | null;
  completedAt: string | null;
  closedAs: string | null;
  isMustKeep: boolean;
  feeCents: number;
  breachKinds: readonly string[];
};

export const WorkOrderStatsLine = z.object({
  orders: z.number().describe('派工单数（期间内开单）'),
  dispatched: z.number().describe('已派工'),
  arrived: z.number().describe('已到场'),
  arrivedOnTime: z.number().describe('按时到场（无到场违约、无改约失约）'),
  arrivalOnTimeRate: z.number().nullable().describe('按时到场率 = 按时到场 / 已到场'),
  completed: z.number().describe('已完工'),
  completedOnTime: z.number().describe('按时完工（无完成违约）'),
  completionOnTimeRate: z.number().nullable().describe('按时完成率 = 按时完工 / 已完工'),
  unfinished: z.number().describe('未完成（待派工、已派工、已接单、已到场、暂停）'),
  breaches: z
    .object({ arrival: z.number(), appointment: z.number(), completion: z.number(), total: z.number() })
    .describe('违约次数：未按时到场 / 改约后仍失约 / 未按时完成'),
  rescheduled: z.number().describe('改约（S1 报修：第二次必须按约上门）'),
  referred: z.number().describe('维修能力外转介（S1）'),
  reworked: z.number().describe('回访不满意重新派工'),
  avgDispatchMinutes: z.number().nullable().describe('平均派工用时（开单 → 派工，分钟）'),
  avgArrivalMinutes: z.number().nullable().describe('平均到场用时（派工 → 到场，分钟；S4 4.4.1 半小时内）'),
  avgCompletionMinutes: z.number().nullable().describe('平均完成用时（开单 → 完工，分钟）'),
  feeCents: z.number().describe('有偿服务收费合计（分）'),
});
export type WorkOrderStatsLine = z.infer<typeof WorkOrderStatsLine>;

export const WorkOrderReport = z.object({
  scope: ReportScope,
  total: WorkOrderStatsLine,
  byDepartment: z.array(WorkOrderStatsLine.extend({ departmentId: z.number(), departmentName: z.string() })),
  byType: z.array(WorkOrderStatsLine.extend({ type: z.string(), label: z.string() })),
  rows: z
    .array(
      WorkOrderStatsLine.extend({
        departmentId: z.number(),
        departmentName: z.string(),
        type: z.string(),
        label: z.string(),
      }),
    )
    .describe('部门 × 类型明细行'),
  charts: z.array(ChartData),
});
export type WorkOrderReport = z.infer<typeof WorkOrderReport>;

const unfinished = new Set<string>(unfinishedStates);

/** One line of the table over any group of orders. */
export const workOrderLine = (orders: readonly ReportOrder[]): WorkOrderStatsLine => {
  const kinds = (o: ReportOrder) => new Set(o.breachKinds);
  const arrived = orders.filter((o) => o.arrivedAt);
  const arrivedOnTime = arrived.filter((o) => !kinds(o).has('arrival') && !kinds(o).has('appointment'));
  const completed = orders.filter((o) => o.completedAt);
  const completedOnTime = completed.filter((o) => !kinds(o).has('completion'));
  const count = (k: string) => orders.reduce((n, o) => n + o.breachKinds.filter((b) => b === k).length, 0);
  const breaches = {
    arrival: count('arrival'),
    appointment: count('appointment'),
    completion: count('completion'),
  };
  const values = (f: (o: ReportOrder) => number | null) =>
    orders.map(f).filter((v): v is number => v !== null && v >= 0);
  return {
    orders: orders.length,
    dispatched: orders.filter((o) => o.dispatchedAt).length,
    arrived: arrived.length,
    arrivedOnTime: arrivedOnTime.length,
    arrivalOnTimeRate: rate(arrivedOnTime.length, arrived.length),
    completed: completed.length,
    completedOnTime: completedOnTime.length,
    completionOnTimeRate: rate(completedOnTime.length, completed.length),
    unfinished: orders.filter((o) => unfinished.has(o.state)).length,
    breaches: { ...breaches, total: breaches.arrival + breaches.appointment + breaches.completion },
    rescheduled: orders.filter((o) => o.isMustKeep).length,
    referred: orders.filter((o) => o.closedAs === 'referred').length,
    reworked: orders.filter((o) => o.closedAs === 'reworked').length,
    avgDispatchMinutes: mean(values((o) => minutesBetween(o.createdAt, o.dispatchedAt))),
    avgArrivalMinutes: mean(values((o) => minutesBetween(o.dispatchedAt ?? o.createdAt, o.arrivedAt))),
    avgCompletionMinutes: mean(values((o) => minutesBetween(o.createdAt, o.completedAt))),
    feeCents: orders.reduce((n, o) => n + o.feeCents, 0),
  };
};

const groupBy = <K>(orders: readonly ReportOrder[], key: (o: ReportOrder) => K) => {
  const m = new Map<K, ReportOrder[]>();
  for (const o of orders) {
    const list = m.get(key(o));
    if (list) list.push(o);
    else m.set(key(o), [o]);
  }
  return m;
};
const typeOrder = (t: string) => {
  const i = (caseTypes as readonly string[]).indexOf(t);
  return i < 0 ? caseTypes.length : i;
};
const typeLabel = (t: string) => (caseTypeLabels as Record<string, string>)[t] ?? t;

export const workOrderReport = (scope: ReportScope, orders: readonly ReportOrder[]): WorkOrderReport => {
  const byDepartment = [...groupBy(orders, (o) => o.departmentId)]
    .map(([departmentId, list]) => ({
      departmentId,
      departmentName: list[0]!.departmentName,
      ...workOrderLine(list),
    }))
    .sort((a, b) => b.orders - a.orders || a.departmentId - b.departmentId);
  const byType = [...groupBy(orders, (o) => o.type)]
    .map(([type, list]) => ({ type, label: typeLabel(type), ...workOrderLine(list) }))
    .sort((a, b) => typeOrder(a.type) - typeOrder(b.type));
  const rows = [...groupBy(orders, (o) => `${o.departmentId}\u0000${o.type}`).values()]
    .map((list) => ({
      departmentId: list[0]!.departmentId,
      departmentName: list[0]!.departmentName,
      type: list[0]!.type,
      label: typeLabel(list[0]!.type),
      ...workOrderLine(list),
    }))
    .sort((a, b) => a.departmentId - b.departmentId || typeOrder(a.type) - typeOrder(b.type));
  const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
  const depts = byDepartment.map((d) => d.departmentName);
  return {
    scope,
    total: workOrderLine(orders),
    byDepartment,
    byType,
    rows,
    charts: [
      chart('ordersByDepartment', '各部门派工单数', 'bar', depts, [
        { name: '派工单', data: byDepartment.map((d) => d.orders) },
        { name: '已完工', data: byDepartment.map((d) => d.completed) },
        { name: '违约', data: byDepartment.map((d) => d.breaches.total) },
      ]),
      chart('onTimeByDepartment', '各部门按时到场率、按时完成率（%）', 'bar', depts, [
        { name: '按时到场率', data: byDepartment.map((d) => pct(d.arrivalOnTimeRate)) },
        { name: '按时完成率', data: byDepartment.map((d) => pct(d.completionOnTimeRate)) },
      ]),
      chart(
        'ordersByType',
        '按类型',
        'pie',
        byType.map((t) => t.label),
        [{ name: '派工单', data: byType.map((t) => t.orders) }],
      ),
    ],
  };
};
