import type {
  FeeReport,
  ReturnVisitLine,
  ReturnVisitReport,
  WorkOrderReport,
  WorkOrderStatsLine,
} from '@propdesk/domain';
import { type Cell, type Column, dec, money, n, pct, type SheetSpec, txt, yuan } from './xlsx.js';

/** 月派工报事统计分析表, 有偿服务收费明细表 and return-visit results as sheets of the workbook. */

const woColumns: Column[] = [
  n('派工单数'),
  n('已派工'),
  n('已到场'),
  n('按时到场'),
  pct('按时到场率'),
  n('已完工'),
  n('按时完工'),
  pct('按时完成率'),
  n('未完成'),
  n('违约（未按时到场）'),
  n('违约（改约失约）'),
  n('违约（未按时完成）'),
  n('改约'),
  n('转介'),
  n('返工'),
  dec('平均派工用时（分钟）'),
  dec('平均到场用时（分钟）'),
  dec('平均完成用时（分钟）'),
  money('收费（元）'),
];
const woCells = (l: WorkOrderStatsLine): Cell[] => [
  l.orders,
  l.dispatched,
  l.arrived,
  l.arrivedOnTime,
  l.arrivalOnTimeRate,
  l.completed,
  l.completedOnTime,
  l.completionOnTimeRate,
  l.unfinished,
  l.breaches.arrival,
  l.breaches.appointment,
  l.breaches.completion,
  l.rescheduled,
  l.referred,
  l.reworked,
  l.avgDispatchMinutes,
  l.avgArrivalMinutes,
  l.avgCompletionMinutes,
  yuan(l.feeCents),
];

export const workOrderSheets = (r: WorkOrderReport): SheetSpec[] => [
  {
    name: '月派工报事统计分析表',
    title: `月派工报事统计分析表（${r.scope.period.label}）`,
    tables: [
      {
        caption: '按部门',
        columns: [txt('部门'), ...woColumns],
        rows: r.byDepartment.map((d) => [d.departmentName, ...woCells(d)]),
        total: ['合计', ...woCells(r.total)],
      },
      {
        caption: '按类型',
        columns: [txt('类型'), ...woColumns],
        rows: r.byType.map((t) => [t.label, ...woCells(t)]),
        total: ['合计', ...woCells(r.total)],
      },
      {
        caption: '部门 × 类型明细',
        columns: [txt('部门'), txt('类型'), ...woColumns],
        rows: r.rows.map((x) => [x.departmentName, x.label, ...woCells(x)]),
      },
    ],
  },
];

export const feeSheets = (r: FeeReport): SheetSpec[] => [
  {
    name: '有偿服务收费明细表',
    title: `有偿服务收费明细表（${r.scope.period.label}）`,
    tables: [
      {
        columns: [
          txt('日期'),
          txt('派工单号', 20),
          txt('房号', 16),
          txt('客户'),
          txt('收费项目', 40),
          money('金额（元）'),
          txt('维修人员'),
          txt('部门'),
        ],
        rows: r.paidServices.rows.map((x) => [
          x.date,
          x.number,
          x.roomLabel ?? '',
          x.customer,
          x.items
            .map((i) => `${i.name} ${i.quantity}${i.unit}×${yuan(i.unitPriceCents).toFixed(2)}`)
            .join('；'),
          yuan(x.amountCents),
          x.assigneeName ?? '',
          x.departmentName,
        ]),
        total: [
          '合计',
          `${r.paidServices.count} 单`,
          null,
          null,
          null,
          yuan(r.paidServices.amountCents),
          null,
          null,
        ],
      },
      {
        caption: '按收费项目汇总',
        columns: [txt('项目', 20), txt('单位'), dec('数量'), money('金额（元）')],
        rows: r.paidServices.byItem.map((i) => [i.name, i.unit, i.quantity, yuan(i.amountCents)]),
      },
    ],
  },
  {
    name: '前台代收款',
    title: `前台缴费登记（${r.scope.period.label}）`,
    tables: [
      {
        columns: [
          txt('收据号', 18),
          txt('日期'),
          txt('时间'),
          txt('房号', 16),
          txt('缴款人'),
          txt('项目', 16),
          n('月数'),
          money('金额（元）'),
          txt('方式'),
          txt('经手人'),
          txt('已交财务'),
          txt('作废'),
        ],
        rows: r.deskPayments.rows.map((p) => [
          p.receiptNo,
          p.date,
          p.time,
          p.roomLabel ?? '',
          p.payerName,
          p.purposeLabel,
          p.months,
          yuan(p.amountCents),
          p.methodLabel,
          p.receivedByName,
          p.handedOver ? '是' : '否',
          p.voided ? '作废' : '',
        ]),
        total: [
          '合计（不含作废）',
          null,
          null,
          null,
          null,
          null,
          null,
          yuan(r.deskPayments.amountCents),
          null,
          null,
          null,
          null,
        ],
      },
      {
        caption: '按项目',
        columns: [txt('项目', 16), n('笔数'), money('金额（元）')],
        rows: r.deskPayments.byPurpose.map((p) => [p.label, p.count, yuan(p.amountCents)]),
      },
    ],
  },
];

const rvColumns: Column[] = [
  n('应回访'),
  n('已回访'),
  n('当天回访'),
  n('未到期'),
  n('逾期未回访'),
  n('满意'),
  pct('满意率'),
  n('乱收费'),
  n('收现金'),
  n('返工'),
];
const rvCells = (l: ReturnVisitLine): Cell[] => [
  l.due,
  l.done,
  l.doneOnTime,
  l.pending,
  l.overdue,
  l.satisfied,
  l.satisfactionRate,
  l.improperCharge,
  l.cashCharge,
  l.reworked,
];

export const returnVisitSheets = (r: ReturnVisitReport): SheetSpec[] => [
  {
    name: '回访结果',
    title: `回访结果统计（${r.scope.period.label}）`,
    tables: [
      {
        caption: '按回访类别',
        columns: [txt('类别'), ...rvColumns],
        rows: r.byKind.map((k) => [k.label, ...rvCells(k)]),
        total: ['合计', ...rvCells(r.total)],
      },
      {
        caption: '按部门',
        columns: [txt('部门'), ...rvColumns],
        rows: r.byDepartment.map((d) => [d.departmentName, ...rvCells(d)]),
      },
      {
        caption: '抽查回访（S4 篇3）',
        columns: [txt('部门'), ...rvColumns],
        rows: r.spotChecks.map((d) => [d.departmentName, ...rvCells(d)]),
      },
      {
        caption: '乱收费、收现金反映',
        columns: [
          txt('派工单号', 20),
          txt('房号', 16),
          txt('部门'),
          txt('维修人员'),
          txt('回访时间', 18),
          txt('情况', 40),
        ],
        rows: r.improperCharges.map((x) => [
          x.workOrderNumber,
          x.roomLabel ?? '',
          x.departmentName,
          x.assigneeName ?? '',
          x.visitedAt.slice(0, 16).replace('T', ' '),
          [x.improperCharge ? '乱收费' : '', x.cashCharge ? '收现金' : '', x.chargeDetail ?? '']
            .filter(Boolean)
            .join('；'),
        ]),
      },
      {
        caption: '投诉回访',
        columns: [txt('满意度'), n('件数')],
        rows: r.complaintVisits.bySatisfaction.map((s) => [s.label, s.count]),
        total: ['合计', r.complaintVisits.done],
      },
    ],
  },
];
