import type { FeeReport } from '@propdesk/domain';
import { sumOf, yuanText } from './format';
import { defineReport, table } from './report-def';

/** 有偿服务收费明细表 (S4 篇3 职权 4) and the desk payments of the period (DOMAIN.md §7 缴费). */

type Paid = FeeReport['paidServices']['rows'][number];
type Item = FeeReport['paidServices']['byItem'][number];
type Payment = FeeReport['deskPayments']['rows'][number];
type Sum = FeeReport['deskPayments']['byPurpose'][number];

const itemsText = (p: Paid) =>
  p.items.map((i) => `${i.name} ${i.quantity}${i.unit}×${yuanText(i.unitPriceCents)}`).join('；');

export const feeReportDef = defineReport<FeeReport>({
  slug: 'fees',
  title: 'rep.fees.title',
  subtitle: 'rep.fees.subtitle',
  period: 'range',
  hasDepartment: true,
  isLandscape: false,
  signLine: 'rep.signLine',
  isEmpty: (r) => r.paidServices.count === 0 && r.deskPayments.rows.length === 0,
  charts: (r) => r.charts,
  figures: (r, { t }) => [
    { key: 'paidCount', label: t('rep.fees.paidCount'), value: r.paidServices.count },
    { key: 'paidAmount', label: t('rep.fees.paidAmount'), value: yuanText(r.paidServices.amountCents) },
    { key: 'deskCount', label: t('rep.fees.deskCount'), value: r.deskPayments.count },
    { key: 'deskAmount', label: t('rep.fees.deskAmount'), value: yuanText(r.deskPayments.amountCents) },
    {
      key: 'notHandedOver',
      label: t('rep.fees.notHandedOver'),
      value: yuanText(r.deskPayments.notHandedOverCents),
    },
  ],
  tables: (r, { t }) => {
    const sumCols = (title: string) => [
      { key: 'label', title, isLabel: true, value: (x: Sum) => x.label },
      { key: 'count', title: t('rep.fees.receipts'), isNumber: true, value: (x: Sum) => x.count },
      { key: 'amount', title: t('rep.amount'), isNumber: true, value: (x: Sum) => yuanText(x.amountCents) },
    ];
    const sumTotal: Sum = {
      key: '',
      label: '',
      count: r.deskPayments.count,
      amountCents: r.deskPayments.amountCents,
    };
    const hasDesk = r.deskPayments.rows.length > 0;
    const summaries = [
      table<Sum>({
        key: 'byPurpose',
        title: t('rep.fees.byPurpose'),
        cols: sumCols(t('rep.fees.purpose')),
        rows: r.deskPayments.byPurpose.filter((x) => x.count > 0),
        rowKey: (x) => x.key,
        total: sumTotal,
        emptyText: t('rep.fees.noDesk'),
      }),
      table<Sum>({
        key: 'byMethod',
        title: t('rep.fees.byMethod'),
        cols: sumCols(t('rep.fees.method')),
        rows: r.deskPayments.byMethod.filter((x) => x.count > 0),
        rowKey: (x) => x.key,
        total: sumTotal,
        emptyText: t('rep.fees.noDesk'),
      }),
    ];
    return [
      table<Paid>({
        key: 'paid',
        title: t('rep.fees.paidRows'),
        cols: [
          { key: 'date', title: t('rep.date'), isLabel: true, width: 100, value: (x) => x.date },
          { key: 'number', title: t('rep.fees.orderNumber'), isLabel: true, value: (x) => x.number },
          { key: 'room', title: t('rep.room'), value: (x) => x.roomLabel ?? '—' },
          { key: 'customer', title: t('rep.fees.customer'), value: (x) => x.customer },
          { key: 'items', title: t('rep.fees.items'), width: 220, value: itemsText },
          { key: 'amount', title: t('rep.amount'), isNumber: true, value: (x) => yuanText(x.amountCents) },
          { key: 'assignee', title: t('rep.fees.assignee'), value: (x) => x.assigneeName ?? '—' },
          { key: 'dept', title: t('rep.department'), value: (x) => x.departmentName },
        ],
        rows: r.paidServices.rows,
        rowKey: (x) => String(x.workOrderId),
        total: { ...r.paidServices.rows[0]!, amountCents: r.paidServices.amountCents, items: [] },
        emptyText: t('rep.fees.noPaid'),
        pageSize: 20,
      }),
      table<Item>({
        key: 'byItem',
        title: t('rep.fees.byItem'),
        cols: [
          { key: 'name', title: t('rep.fees.item'), isLabel: true, value: (x) => x.name },
          { key: 'unit', title: t('rep.fees.unit'), value: (x) => x.unit },
          { key: 'quantity', title: t('rep.fees.quantity'), isNumber: true, value: (x) => x.quantity },
          { key: 'amount', title: t('rep.amount'), isNumber: true, value: (x) => yuanText(x.amountCents) },
        ],
        rows: r.paidServices.byItem,
        rowKey: (x) => `${x.name}-${x.unit}`,
        total: {
          name: '',
          unit: '',
          quantity: sumOf(r.paidServices.byItem, (x) => x.quantity),
          amountCents: r.paidServices.amountCents,
        },
        emptyText: t('rep.fees.noPaid'),
      }),
      table<Payment>({
        key: 'desk',
        title: t('rep.fees.deskRows'),
        cols: [
          { key: 'date', title: t('rep.date'), isLabel: true, width: 100, value: (x) => x.date },
          { key: 'receipt', title: t('rep.fees.receiptNo'), isLabel: true, value: (x) => x.receiptNo },
          { key: 'room', title: t('rep.room'), value: (x) => x.roomLabel ?? '—' },
          { key: 'payer', title: t('rep.fees.payer'), value: (x) => x.payerName },
          { key: 'purpose', title: t('rep.fees.purpose'), value: (x) => x.purposeLabel },
          { key: 'method', title: t('rep.fees.method'), value: (x) => x.methodLabel },
          {
            key: 'amount',
            title: t('rep.amount'),
            isNumber: true,
            value: (x) =>
              x.voided ? `${yuanText(x.amountCents)}（${t('rep.fees.voided')}）` : yuanText(x.amountCents),
          },
          { key: 'by', title: t('rep.fees.receivedBy'), value: (x) => x.receivedByName },
          {
            key: 'handed',
            title: t('rep.fees.handedOver'),
            value: (x) => (x.voided ? '—' : x.handedOver ? t('common.yes') : t('common.no')),
          },
        ],
        rows: r.deskPayments.rows,
        rowKey: (x) => String(x.id),
        total:
          r.deskPayments.rows.length > 0
            ? {
                ...r.deskPayments.rows[0]!,
                voided: false,
                amountCents: r.deskPayments.amountCents,
                handedOver: true,
              }
            : undefined,
        emptyText: t('rep.fees.noDesk'),
        pageSize: 20,
      }),
      // With no desk payments the empty list says it once; the two summaries would repeat it.
      ...(hasDesk ? summaries : []),
    ];
  },
});
