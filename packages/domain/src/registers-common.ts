import { z } from 'zod';
import { DateOnly } from './archive.js';

/** Shared pieces of the front-desk registers (DOMAIN.md §7; issue 6). */
export const RegId = z.number({ message: '请选择' }).int().positive();
export const RegInstant = z.iso.datetime({ offset: true, message: '时间格式不正确' });
export const regText = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不超过 ${max} 字`);
export const regOptionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不超过 ${max} 字`).nullable().default(null);
export const RegPhone = z
  .string()
  .trim()
  .regex(/^[0-9 +\-()]{3,20}$/, '电话号码格式不正确');
export const RegPropertyQuery = z.object({ propertyId: z.coerce.number().int().positive() });
export const RegMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
export { DateOnly as RegDate };

/** Every register, as named in amendments, the day-end check and history (`entityType`). */
export const registerKinds = [
  'keySet',
  'keyLoan',
  'mailItem',
  'deskPayment',
  'releaseSlip',
  'visitor',
  'accessPass',
  'renovation',
  'moveRegistration',
  'notice',
] as const;
export const RegisterKind = z.enum(registerKinds, { message: '登记簿类型无效' });
export type RegisterKind = z.infer<typeof RegisterKind>;
export const registerKindLabels: Record<RegisterKind, string> = {
  keySet: '钥匙柜',
  keyLoan: '钥匙借用登记本',
  mailItem: '邮件收发记录本',
  deskPayment: '前台代收款',
  releaseSlip: '物品放行条',
  visitor: '访客登记',
  accessPass: '出入证',
  renovation: '装修登记',
  moveRegistration: '过户/迁入登记',
  notice: '信息屏发布',
};

/**
 * A correction (S4 4.3.2–4.3.5): a saved entry is never edited in place; the new value, the
 * old one, the reason and the author go to the record's history.
 */
export const AmendRegisterInput = z.object({
  register: RegisterKind,
  id: RegId,
  field: z.string().trim().min(1, '请选择要更正的项目').max(40),
  value: z.union([z.string().trim().max(2000, '内容过长'), z.number(), z.null()]),
  reason: z.string().trim().min(2, '请填写更正原因').max(500, '原因不超过 500 字'),
});
export type AmendRegisterInput = z.infer<typeof AmendRegisterInput>;

export const RegisterDayCheckQuery = RegPropertyQuery.extend({ day: DateOnly.optional() });
export const ConfirmRegisterDayInput = z.object({
  propertyId: RegId,
  day: DateOnly,
  note: z.string().trim().max(500, '备注不超过 500 字').optional(),
});
export type ConfirmRegisterDayInput = z.infer<typeof ConfirmRegisterDayInput>;

/** One incomplete register entry on the day-end check (S3 篇九 4.1.6). */
export type RegisterGap = { register: RegisterKind; id: number; label: string; missing: string[] };

/**
 * `HY` + `FX` + 2026 + serial → `HYFX2026-0007`: property code, register prefix, year, yearly
 * serial. Upper case, as the gate compares what it reads (a code typed `hy` made slips the gate
 * could never find).
 */
export const registerNumber = (propertyCode: string, prefix: string, year: number, serial: number) =>
  `${propertyCode}${prefix}${year}-${String(serial).padStart(4, '0')}`.toUpperCase();

/** How a typed or scanned number is compared: no spaces, upper case, full-width digits folded. */
export const normalizeRegisterNumber = (raw: string) =>
  raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();

/** A room's unpaid management fees (DOMAIN.md §2). */
export type Arrears = { monthsOwed: number; amountCents: number };

/** ¥12.50 from 1250 cents. */
export const formatYuan = (cents: number) => `${(cents / 100).toFixed(2)} 元`;
