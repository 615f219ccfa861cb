import type { WorkOrderReport, WorkOrderStatsLine } from '@propdesk/domain';
import type { Translate } from '../i18n/i18n';
import { minutesText, pctText, yuanText } from './format';
import { type Col, defineReport, table } from './report-def';

/** 月派工报事统计分析表 (S4 篇3 职权 4; DOMAIN.md §9). */

type Line = WorkOrderStatsLine & { departmentName?: string; label?: string };

/** The figure columns every table of the report shares, in the order of the .xlsx sheet. */
export const lineCols = <R extends Line>(t: Translate): Col<R>[] => {
  const breach = t('rep.wo.breaches');
  return [
    { key: 'orders', title: t('rep.wo.orders'), isNumber: true, value: (r) => r.orders },
    { key: 'dispatched', title: t('rep.wo.dispatched'), isNumber: true, value: (r) => r.dispatched },
    { key: 'arrived', title: t('rep.wo.arrived'), isNumber: true, value: (r) => r.arrived },
    { key: 'arrivedOnTime', title: t('rep.wo.arrivedOnTime'), isNumber: true, value: (r) => r.arrivedOnTime },
    {
      key: 'arrivalRate',
      title: t('rep.wo.arrivalRate'),
      isNumber: true,
      value: (r) => pctText(r.arrivalOnTimeRate),
    },
    { key: 'completed', title: t('rep.wo.completed'), isNumber: true, value: (r) => r.completed },
    {
      key: 'completedOnTime',
      title: t('rep.wo.completedOnTime'),
      isNumber: true,
      value: (r) => r.completedOnTime,
    },
    {
      key: 'completionRate',
      title: t('rep.wo.completionRate'),
      isNumber: true,
      value: (r) => pctText(r.completionOnTimeRate),
    },
    { key: 'unfinished', title: t('rep.wo.unfinished'), isNumber: true, value: (r) => r.unfinished },
    {
      key: 'bArrival',
      group: breach,
      title: t('rep.wo.bArrival'),
      isNumber: true,
      value: (r) => r.breaches.arrival,
    },
    {
      key: 'bAppointment',
      group: breach,
      title: t('rep.wo.bAppointment'),
      isNumber: true,
      value: (r) => r.breaches.appointment,
    },
    {
      key: 'bCompletion',
      group: breach,
      title: t('rep.wo.bCompletion'),
      isNumber: true,
      value: (r) => r.breaches.completion,
    },
    { key: 'bTotal', group: breach, title: t('rep.total'), isNumber: true, value: (r) => r.breaches.total },
    { key: 'rescheduled', title: t('rep.wo.rescheduled'), isNumber: true, value: (r) => r.rescheduled },
    { key: 'referred', title: t('rep.wo.referred'), isNumber: true, value: (r) => r.referred },
    { key: 'reworked', title: t('rep.wo.reworked'), isNumber: true, value: (r) => r.reworked },
    {
      key: 'avgDispatch',
      group: t('rep.wo.avgMinutes'),
      title: t('rep.wo.avgDispatch'),
      isNumber: true,
      value: (r) => minutesText(r.avgDispatchMinutes),
    },
    {
      key: 'avgArrival',
      group: t('rep.wo.avgMinutes'),
      title: t('rep.wo.avgArrival'),
      isNumber: true,
      value: (r) => minutesText(r.avgArrivalMinutes),
    },
    {
      key: 'avgCompletion',
      group: t('rep.wo.avgMinutes'),
      title: t('rep.wo.avgCompletion'),
      isNumber: true,
      value: (r) => minutesText(r.avgCompletionMinutes),
    },
    { key: 'fee', title: t('rep.wo.fee'), isNumber: true, value: (r) => yuanText(r.feeCents) },
  ];
};

export const workOrderReportDef = defineReport<WorkOrderReport>({
  slug: 'work-orders',
  title: 'rep.wo.title',
  subtitle: 'rep.wo.subtitle',
  period: 'range',
  hasDepartment: true,
  isLandscape: true,
  signLine: 'rep.signLine',
  isEmpty: (r) => r.total.orders === 0,
  charts: (r) => r.charts,
  figures: (r, { t }) => [
    { key: 'orders', label: t('rep.wo.orders'), value: r.total.orders },
    { key: 'arrivalRate', label: t('rep.wo.arrivalRate'), value: pctText(r.total.arrivalOnTimeRate) },
    {
      key: 'completionRate',
      label: t('rep.wo.completionRate'),
      value: pctText(r.total.completionOnTimeRate),
    },
    { key: 'breaches', label: t('rep.wo.breaches'), value: r.total.breaches.total },
    {
      key: 'avgArrival',
      label: t('rep.wo.avgArrivalLong'),
      value: minutesText(r.total.avgArrivalMinutes),
    },
    { key: 'fee', label: t('rep.wo.feeLong'), value: yuanText(r.total.feeCents) },
  ],
  tables: (r, { t, dept }) => [
    table({
      key: 'byDepartment',
      title: t('rep.wo.byDepartment'),
      cols: [
        {
          key: 'dept',
          title: t('rep.department'),
          isLabel: true,
          value: (x) => dept(x.departmentId, x.departmentName),
        },
        ...lineCols(t),
      ],
      rows: r.byDepartment,
      rowKey: (x) => String(x.departmentId),
      total: { ...r.total, departmentId: 0, departmentName: '' },
    }),
    table({
      key: 'byType',
      title: t('rep.wo.byType'),
      cols: [{ key: 'type', title: t('rep.type'), isLabel: true, value: (x) => x.label }, ...lineCols(t)],
      rows: r.byType,
      rowKey: (x) => x.type,
      total: { ...r.total, type: '', label: '' },
    }),
    table({
      key: 'rows',
      title: t('rep.wo.rows'),
      cols: [
        {
          key: 'dept',
          title: t('rep.department'),
          isLabel: true,
          value: (x) => dept(x.departmentId, x.departmentName),
        },
        { key: 'type', title: t('rep.type'), isLabel: true, value: (x) => x.label },
        ...lineCols(t),
      ],
      rows: r.rows,
      rowKey: (x) => `${x.departmentId}-${x.type}`,
    }),
  ],
});
