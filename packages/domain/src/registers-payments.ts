import { z } from 'zod';
import { type Arrears, RegId, regOptionalText, regText } from './registers-common.js';

/** What a payment at the desk pays (S1 缴费; S1 装修: 保证金、办证工本费、出入证押金). */
export const paymentPurposes = [
  'managementFee',
  'paidService',
  'renovationDeposit',
  'workerPassFee',
  'passDeposit',
  'deposit',
  'other',
] as const;
export const PaymentPurpose = z.enum(paymentPurposes, { message: '请选择缴费项目' });
export type PaymentPurpose = z.infer<typeof PaymentPurpose>;
export const paymentPurposeLabels: Record<PaymentPurpose, string> = {
  managementFee: '管理费',
  paidService: '有偿服务费',
  renovationDeposit: '装修保证金',
  workerPassFee: '装修出入证工本费',
  passDeposit: '装修出入证押金',
  deposit: '押金',
  other: '其他',
};
/** Purposes that belong to a renovation application (issue 6 item 7). */
export const renovationPurposes = [
  'renovationDeposit',
  'workerPassFee',
  'passDeposit',
] as const satisfies readonly PaymentPurpose[];

export const paymentMethods = ['cash', 'wechat', 'alipay', 'card', 'transfer'] as const;
export const paymentMethodLabels: Record<(typeof paymentMethods)[number], string> = {
  cash: '现金',
  wechat: '微信',
  alipay: '支付宝',
  card: '刷卡',
  transfer: '转账',
};
/** 财务窗口 when finance staff are in; the desk takes it (代收) when they are away (S1 缴费). */
export const paymentTakers = ['finance', 'desk'] as const;
export const paymentTakerLabels: Record<(typeof paymentTakers)[number], string> = {
  finance: '财务窗口收取',
  desk: '前台代收',
};

export const RecordPaymentInput = z
  .object({
    propertyId: RegId,
    roomId: RegId.nullable().default(null),
    payerName: regText('缴款人', 50),
    purpose: PaymentPurpose,
    /** Months of management fee paid (管理费). */
    months: z
      .number()
      .int('月数应为整数')
      .min(1, '月数至少为 1')
      .max(120, '月数过大')
      .nullable()
      .default(null),
    amountCents: z
      .number({ message: '请填写金额' })
      .int('金额以分为单位，应为整数')
      .min(1, '金额应大于 0')
      .max(100_000_000, '金额过大'),
    method: z.enum(paymentMethods, { message: '请选择支付方式' }),
    takenBy: z.enum(paymentTakers, { message: '请选择收款方' }),
    renovationId: RegId.nullable().default(null),
    /** e.g. the paid-service order number. */
    reference: regOptionalText('关联单号', 50),
    note: regOptionalText('备注', 300),
  })
  .refine((v) => v.purpose !== 'managementFee' || (v.months !== null && v.roomId !== null), {
    message: '管理费须填写房号和缴费月数',
    path: ['months'],
  })
  .refine((v) => !(renovationPurposes as readonly string[]).includes(v.purpose) || v.renovationId !== null, {
    message: '装修费用须关联装修登记',
    path: ['renovationId'],
  })
  .refine((v) => v.purpose !== 'paidService' || v.reference !== null, {
    message: '有偿服务费请填写服务单号',
    path: ['reference'],
  });
export type RecordPaymentInput = z.infer<typeof RecordPaymentInput>;

export const HandOverPaymentInput = z.object({
  financeReceiverName: regText('财务接收人', 50),
  note: regOptionalText('备注', 300),
});
export const DeliverInvoiceInput = z.object({
  invoiceNo: regText('发票号', 40),
  deliveredTo: regText('签收人', 50),
  note: regOptionalText('备注', 300),
});
export const PaymentListQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  pending: z.enum(['handover', 'invoice'], { message: '筛选条件无效' }).optional(),
  roomId: z.coerce.number().int().positive().optional(),
  renovationId: z.coerce.number().int().positive().optional(),
});

/**
 * A room's arrears after a management-fee payment (DOMAIN.md §7: arrears change when a payment
 * is recorded). Both fall together: nothing owed means 0 months and 0 yuan; a short payment that
 * covers the months still leaves one month open.
 */
export const arrearsAfterPayment = (
  before: Arrears,
  paid: { months: number; amountCents: number },
): Arrears => {
  const amountCents = Math.max(0, before.amountCents - paid.amountCents);
  if (amountCents === 0) return { monthsOwed: 0, amountCents: 0 };
  return { monthsOwed: Math.max(1, before.monthsOwed - paid.months), amountCents };
};

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const section = (n: number) => {
  const units = ['仟', '佰', '拾', ''];
  const ds = String(n).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(ds[i]);
    if (d === 0) {
      zero = out.length > 0;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + units[i]!;
  }
  return out;
};

/** 人民币大写 for a receipt: 125050 → 壹仟贰佰伍拾元伍角整. */
export const amountInWords = (cents: number) => {
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  const groups: number[] = [];
  for (let n = yuan; n > 0; n = Math.floor(n / 10_000)) groups.push(n % 10_000);
  const big = ['', '万', '亿', '万亿'];
  let int = '';
  let gap = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) {
      gap = int.length > 0;
      continue;
    }
    if (int && (gap || g < 1000)) int += '零';
    int += section(g) + big[i]!;
    gap = false;
  }
  if (!int && !jiao && !fen) return '零元整';
  let out = int ? `${int}元` : '';
  if (jiao) out += `${DIGITS[jiao]}角`;
  else if (fen && int) out += '零';
  if (fen) out += `${DIGITS[fen]}分`;
  else out += '整';
  return out;
};

/** What the printed receipt (收据) shows. */
export type ReceiptView = {
  propertyName: string;
  receiptNo: string;
  receivedAt: string;
  payerName: string;
  roomLabel: string | null;
  purpose: PaymentPurpose;
  purposeLabel: string;
  months: number | null;
  amountCents: number;
  amountInWords: string;
  method: string;
  methodLabel: string;
  takenBy: string;
  receivedByName: string;
  reference: string | null;
  note: string | null;
  /** S1 缴费: the invoice is delivered to the home later when the desk took the money. */
  footer: string;
  voided: boolean;
};
