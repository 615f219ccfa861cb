import { z } from 'zod';
import {
  paymentMethodLabels,
  paymentMethods,
  paymentPurposeLabels,
  paymentPurposes,
} from './registers-payments.js';
import { bump, ChartData, chart, LabelledCount, labelledCounts, ReportScope } from './reports.js';

/** 有偿服务收费明细表 (S4 篇3 职权 4) and the desk payments of the period (DOMAIN.md §7 缴费). */

export const PaidServiceRow = z.object({
  workOrderId: z.number(),
  number: z.string().describe('派工单号'),
  propertyName: z.string(),
  date: z.string().describe('完工日期（本地）'),
  roomLabel: z.string().nullable().describe('房号'),
  customer: z.string().describe('客户'),
  items: z
    .array(
      z.object({
        name: z.string(),
        unit: z.string(),
        unitPriceCents: z.number(),
        quantity: z.number(),
        amountCents: z.number(),
      }),
    )
    .describe('收费项目（经物价局审批的价目表）'),
  amountCents: z.number().describe('金额（分）'),
  assigneeName: z.string().nullable().describe('维修人员'),
  departmentName: z.string().describe('部门'),
});
export type PaidServiceRow = z.infer<typeof PaidServiceRow>;

export const DeskPaymentRow = z.object({
  id: z.number(),
  receiptNo: z.string().describe('收据号'),
  propertyName: z.string(),
  date: z.string(),
  time: z.string(),
  roomLabel: z.string().nullable(),
  payerName: z.string(),
  purpose: z.string(),
  purposeLabel: z.string(),
  months: z.number().nullable(),
  amountCents: z.number(),
  method: z.string(),
  methodLabel: z.string(),
  receivedByName: z.string(),
  handedOver: z.boolean().describe('已交财务'),
  voided: z.boolean().describe('已作废（不计入合计）'),
});
export type DeskPaymentRow = z.infer<typeof DeskPaymentRow>;

export const FeeReport = z.object({
  scope: ReportScope,
  paidServices: z.object({
    rows: z.array(PaidServiceRow),
    count: z.number(),
    amountCents: z.number().describe('合计（分）'),
    byItem: z
      .array(z.object({ name: z.string(), unit: z.string(), quantity: z.number(), amountCents: z.number() }))
      .describe('按收费项目汇总'),
  }),
  deskPayments: z.object({
    rows: z.array(DeskPaymentRow),
    count: z.number().describe('有效收据数（不含作废）'),
    amountCents: z.number().describe('合计（分，不含作废）'),
    voidedCount: z.number(),
    notHandedOverCents: z.number().describe('尚未交财务的金额（分）'),
    byPurpose: z.array(LabelledCount.extend({ amountCents: z.number() })),
    byMethod: z.array(LabelledCount.extend({ amountCents: z.number() })),
  }),
  charts: z.array(ChartData),
});
export type FeeReport = z.infer<typeof FeeReport>;

const withAmounts = (
  rows: readonly { key: string; amountCents: number }[],
  keys: readonly string[],
  labels: Readonly<Record<string, string>>,
) => {
  const counts = new Map<string, number>();
  const amounts = new Map<string, number>();
  for (const r of rows) {
    bump(counts, r.key);
    bump(amounts, r.key, r.amountCents);
  }
  return labelledCounts(counts, keys, labels).map((c) => ({ ...c, amountCents: amounts.get(c.key) ?? 0 }));
};

export const feeReport = (
  scope: ReportScope,
  paid: readonly PaidServiceRow[],
  payments: readonly DeskPaymentRow[],
): FeeReport => {
  const items = new Map<string, { name: string; unit: string; quantity: number; amountCents: number }>();
  for (const r of paid)
    for (const i of r.items) {
      const key = `${i.name}\u0000${i.unit}`;
      const cur = items.get(key) ?? { name: i.name, unit: i.unit, quantity: 0, amountCents: 0 };
      cur.quantity += i.quantity;
      cur.amountCents += i.amountCents;
      items.set(key, cur);
    }
  const valid = payments.filter((p) => !p.voided);
  const byPurpose = withAmounts(
    valid.map((p) => ({ key: p.purpose, amountCents: p.amountCents })),
    paymentPurposes,
    paymentPurposeLabels,
  );
  const byMethod = withAmounts(
    valid.map((p) => ({ key: p.method, amountCents: p.amountCents })),
    paymentMethods,
    paymentMethodLabels,
  );
  const byItem = [...items.values()].sort((a, b) => b.amountCents - a.amountCents);
  const yuan = (c: number) => Math.round(c) / 100;
  return {
    scope,
    paidServices: {
      rows: [...paid],
      count: paid.length,
      amountCents: paid.reduce((n, r) => n + r.amountCents, 0),
      byItem,
    },
    deskPayments: {
      rows: [...payments],
      count: valid.length,
      amountCents: valid.reduce((n, p) => n + p.amountCents, 0),
      voidedCount: payments.length - valid.length,
      notHandedOverCents: valid.filter((p) => !p.handedOver).reduce((n, p) => n + p.amountCents, 0),
      byPurpose,
      byMethod,
    },
    charts: [
      chart(
        'paidByItem',
        '有偿服务收费（按项目，元）',
        'bar',
        byItem.map((i) => i.name),
        [{ name: '金额', data: byItem.map((i) => yuan(i.amountCents)) }],
      ),
      chart(
        'paymentsByPurpose',
        '前台代收（按项目，元）',
        'pie',
        byPurpose.map((p) => p.label),
        [{ name: '金额', data: byPurpose.map((p) => yuan(p.amountCents)) }],
      ),
    ],
  };
};
