import { z } from 'zod';
import { IdNumber } from './archive.js';
import { RegId, RegPhone, regOptionalText, regText } from './registers-common.js';

/** A set of keys in the key cabinet (钥匙柜, S3 篇九 4.4.3): what it opens, how many, where kept. */
export const CreateKeySetInput = z.object({
  propertyId: RegId,
  code: regText('钥匙编号', 20),
  label: regText('钥匙用途（开启何处）', 100),
  quantity: z
    .number({ message: '请填写数量' })
    .int('数量应为整数')
    .min(1, '数量至少为 1')
    .max(99, '数量过大'),
  location: regText('存放位置', 50),
  roomId: RegId.nullable().default(null),
  note: regOptionalText('备注', 500),
});
export type CreateKeySetInput = z.infer<typeof CreateKeySetInput>;

export const borrowerKinds = ['staff', 'resident', 'contractor', 'other'] as const;
export const borrowerKindLabels: Record<(typeof borrowerKinds)[number], string> = {
  staff: '内部员工',
  resident: '业主/住户',
  contractor: '施工/维修单位',
  other: '其他',
};

/** A loan from the key register (钥匙借用登记本): to whom, why, when. */
export const LendKeyInput = z.object({
  keySetId: RegId,
  quantity: z.number().int().min(1, '数量至少为 1').max(99).default(1),
  borrowerKind: z.enum(borrowerKinds, { message: '请选择借用人类别' }),
  borrowerName: regText('借用人', 50),
  borrowerPhone: RegPhone,
  purpose: regText('借用事由', 200),
  /** When it should be back; the day-end chase starts with it (S3 4.4.3). */
  dueBackAt: z.iso.datetime({ offset: true }).nullable().default(null),
});
export type LendKeyInput = z.infer<typeof LendKeyInput>;

export const ReturnKeyInput = z.object({ note: regOptionalText('备注', 200) });

/** The call made for a key still out at day end, and the reason given (S3 4.4.3). */
export const ChaseKeyInput = z.object({
  note: regText('电话询问情况及未归还原因', 300),
  expectedBackAt: z.iso.datetime({ offset: true }).nullable().default(null),
});
export type ChaseKeyInput = z.infer<typeof ChaseKeyInput>;

/** 钥匙领回单: a key taken home by its owner (S3 4.4.3), closing the loan when there is one. */
export const KeyTakeBackInput = z.object({
  keySetId: RegId,
  loanId: RegId.nullable().default(null),
  quantity: z.number().int().min(1, '数量至少为 1').max(99).default(1),
  takerName: regText('领回人', 50),
  takerPhone: RegPhone,
  takerIdNumber: IdNumber.nullable().default(null),
  reason: regText('领回原因', 200),
});
export type KeyTakeBackInput = z.infer<typeof KeyTakeBackInput>;

/** A full key inventory (每半月至少一次盘存, S3 4.4.3): every active set counted. */
export const KeyInventoryInput = z.object({
  propertyId: RegId,
  lines: z
    .array(
      z.object({
        keySetId: RegId,
        counted: z.number().int().min(0, '数量不能为负').max(999),
        note: regOptionalText('差异说明', 200),
      }),
    )
    .min(1, '请至少盘点一组钥匙')
    .max(2000),
  note: regOptionalText('备注', 500),
});
export type KeyInventoryInput = z.infer<typeof KeyInventoryInput>;

/** Keys expected in the cabinet: the set's count less what is out on loan. */
export const expectedInCabinet = (quantity: number, onLoan: number) => Math.max(0, quantity - onLoan);

/**
 * When the next key inventory is due (S3 4.4.3: at least once every half month): `intervalDays`
 * after the last one; at once when there has been none.
 */
export const keyInventoryDue = (lastDay: string | null, today: string, intervalDays: number) => {
  if (!lastDay) return { dueOn: today, isDue: true };
  const dueOn = new Date(Date.parse(`${lastDay}T00:00:00Z`) + intervalDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { dueOn, isDue: today >= dueOn };
};
