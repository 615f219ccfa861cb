import type { ReturnVisitLine, ReturnVisitReport } from '@propdesk/domain';
import dayjs from 'dayjs';
import type { Translate } from '../i18n/i18n';
import { pctText } from './format';
import { type Col, defineReport, table } from './report-def';

/** 回访结果 (S3 篇九 4.5.5; S4 篇3 抽查回访): satisfaction, improper charges, reopened orders. */

type Dept = ReturnVisitLine & { departmentId: number; departmentName: string };
type Kind = ReturnVisitLine & { kind: string; label: string };
type Improper = ReturnVisitReport['improperCharges'][number];
type Reopened = ReturnVisitReport['reopened'][number];
type Sat = ReturnVisitReport['complaintVisits']['bySatisfaction'][number];

const rating = (r: ReturnVisitLine['attitude']) => `${r.good} / ${r.fair} / ${r.poor}`;
const at = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

const lineCols = <R extends ReturnVisitLine>(t: Translate): Col<R>[] => [
  { key: 'due', title: t('rep.rv.due'), isNumber: true, value: (r) => r.due },
  { key: 'done', title: t('rep.rv.done'), isNumber: true, value: (r) => r.done },
  { key: 'doneOnTime', title: t('rep.rv.doneOnTime'), isNumber: true, value: (r) => r.doneOnTime },
  { key: 'pending', title: t('rep.rv.pending'), isNumber: true, value: (r) => r.pending },
  { key: 'overdue', title: t('rep.rv.overdue'), isNumber: true, value: (r) => r.overdue },
  { key: 'satisfied', title: t('rep.rv.satisfied'), isNumber: true, value: (r) => r.satisfied },
  { key: 'rate', title: t('rep.rv.rate'), isNumber: true, value: (r) => pctText(r.satisfactionRate) },
  { key: 'improper', title: t('rep.rv.improper'), isNumber: true, value: (r) => r.improperCharge },
  { key: 'cash', title: t('rep.rv.cash'), isNumber: true, value: (r) => r.cashCharge },
  { key: 'reworked', title: t('rep.rv.reworked'), isNumber: true, value: (r) => r.reworked },
  { key: 'attitude', title: t('rep.rv.attitude'), isNumber: true, value: (r) => rating(r.attitude) },
  { key: 'quality', title: t('rep.rv.quality'), isNumber: true, value: (r) => rating(r.quality) },
];

export const returnVisitReportDef = defineReport<ReturnVisitReport>({
  slug: 'return-visits',
  title: 'rep.rv.title',
  subtitle: 'rep.rv.subtitle',
  period: 'range',
  hasDepartment: true,
  isLandscape: true,
  signLine: 'rep.signLine',
  isEmpty: (r) => r.total.due === 0 && r.complaintVisits.done === 0,
  charts: (r) => r.charts,
  figures: (r, { t }) => [
    { key: 'due', label: t('rep.rv.due'), value: r.total.due },
    { key: 'done', label: t('rep.rv.done'), value: r.total.done },
    { key: 'rate', label: t('rep.rv.rate'), value: pctText(r.total.satisfactionRate) },
    {
      key: 'improper',
      label: t('rep.rv.improperOrCash'),
      value: r.total.improperCharge + r.total.cashCharge,
    },
    { key: 'reworked', label: t('rep.rv.reworked'), value: r.total.reworked },
    { key: 'complaints', label: t('rep.rv.complaintVisits'), value: r.complaintVisits.done },
  ],
  tables: (r, { t, dept }) => {
    const deptCol: Col<Dept> = {
      key: 'dept',
      title: t('rep.department'),
      isLabel: true,
      value: (x) => dept(x.departmentId, x.departmentName),
    };
    const deptTotal = { ...r.total, departmentId: 0, departmentName: '' };
    return [
      table<Kind>({
        key: 'byKind',
        title: t('rep.rv.byKind'),
        cols: [
          { key: 'kind', title: t('rep.rv.kind'), isLabel: true, value: (x) => x.label },
          ...lineCols(t),
        ],
        rows: r.byKind,
        rowKey: (x) => x.kind,
        total: { ...r.total, kind: '', label: '' },
      }),
      table<Dept>({
        key: 'byDepartment',
        title: t('rep.rv.byDepartment'),
        cols: [deptCol, ...lineCols(t)],
        rows: r.byDepartment,
        rowKey: (x) => String(x.departmentId),
        total: deptTotal,
      }),
      table<Dept>({
        key: 'spotChecks',
        title: t('rep.rv.spotChecks'),
        cols: [deptCol, ...lineCols(t)],
        rows: r.spotChecks,
        rowKey: (x) => String(x.departmentId),
        emptyText: t('rep.rv.noSpotChecks'),
      }),
      table<Improper>({
        key: 'improper',
        title: t('rep.rv.improperRows'),
        cols: [
          { key: 'at', title: t('rep.rv.visitedAt'), width: 140, value: (x) => at(x.visitedAt) },
          { key: 'order', title: t('rep.fees.orderNumber'), value: (x) => x.workOrderNumber },
          { key: 'room', title: t('rep.room'), value: (x) => x.roomLabel ?? '—' },
          { key: 'dept', title: t('rep.department'), value: (x) => x.departmentName },
          { key: 'assignee', title: t('rep.fees.assignee'), value: (x) => x.assigneeName ?? '—' },
          {
            key: 'what',
            title: t('rep.rv.reported'),
            value: (x) =>
              [x.improperCharge && t('rep.rv.improper'), x.cashCharge && t('rep.rv.cash')]
                .filter(Boolean)
                .join('、'),
          },
          { key: 'detail', title: t('rep.rv.detail'), value: (x) => x.chargeDetail ?? x.comment ?? '' },
        ],
        rows: r.improperCharges,
        rowKey: (x) => String(x.visitId),
        emptyText: t('rep.rv.noImproper'),
      }),
      table<Reopened>({
        key: 'reopened',
        title: t('rep.rv.reopenedRows'),
        cols: [
          { key: 'at', title: t('rep.rv.visitedAt'), width: 140, value: (x) => at(x.visitedAt) },
          { key: 'order', title: t('rep.fees.orderNumber'), value: (x) => x.workOrderNumber },
          { key: 'rework', title: t('rep.rv.reworkOrder'), value: (x) => x.reworkOrderNumber ?? '—' },
          { key: 'dept', title: t('rep.department'), value: (x) => x.departmentName },
          { key: 'comment', title: t('rep.rv.comment'), value: (x) => x.comment ?? '' },
        ],
        rows: r.reopened,
        rowKey: (x) => String(x.workOrderId),
        emptyText: t('rep.rv.noReopened'),
      }),
      table<Sat>({
        key: 'complaintVisits',
        title: t('rep.rv.complaintVisits'),
        cols: [
          { key: 'label', title: t('rep.rv.satisfaction'), isLabel: true, value: (x) => x.label },
          { key: 'count', title: t('rep.count'), isNumber: true, value: (x) => x.count },
        ],
        rows: r.complaintVisits.bySatisfaction,
        rowKey: (x) => x.key,
        total: { key: '', label: '', count: r.complaintVisits.done },
      }),
    ];
  },
});
