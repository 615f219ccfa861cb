import { z } from 'zod';
import { RegId, RegMonth, regOptionalText, regText } from './registers-common.js';
import type { ReleaseSlipState } from './registers-release.js';

export const GateLookupQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  number: z.string().trim().min(4, '请输入或扫描放行条编号').max(40),
});
/** The gate's check (S3 4.5.7.6): items against the slip, signature, time; the slip is kept. */
export const GateCheckInput = z.object({
  propertyId: RegId,
  number: z.string().trim().min(4, '请输入或扫描放行条编号').max(40),
  itemsMatch: z.boolean({ message: '请核对物品是否与放行条一致' }),
  signature: regText('门岗签名', 30),
  note: regOptionalText('备注', 500),
});
export type GateCheckInput = z.infer<typeof GateCheckInput>;
export const ReconciliationQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  month: RegMonth,
});
export const ConfirmReconciliationInput = z.object({
  propertyId: RegId,
  month: RegMonth,
  note: regOptionalText('备注', 500),
});

/** The gate's verdict on a presented slip (S3 4.5.7.6): a slip is used once. */
export const gateVerdict = (slip: { state: ReleaseSlipState } | null, itemsMatch: boolean) => {
  if (!slip) return { result: 'refused' as const, reason: '放行条编号不存在' };
  if (slip.state === 'used') return { result: 'refused' as const, reason: '该放行条已使用，不能重复放行' };
  if (slip.state === 'voided') return { result: 'refused' as const, reason: '该放行条已作废' };
  if (slip.state !== 'issued') return { result: 'refused' as const, reason: '该放行条尚未开具' };
  if (!itemsMatch) return { result: 'mismatch' as const, reason: '物品与放行条不符，不予放行' };
  return { result: 'passed' as const, reason: null };
};

export type ReconciliationMismatch = {
  kind: 'notChecked' | 'unknownNumber' | 'presentedAgain' | 'itemsMismatch' | 'presentedVoided';
  number: string;
  at: string | null;
  detail: string;
};

/**
 * Monthly reconciliation (S3 4.5.7.2 B: 每月交客服中心核对一次, 与存根一致): the stubs of the
 * slips issued against the gate's log.
 */
export const reconcileReleaseSlips = (
  stubs: readonly { number: string; state: ReleaseSlipState; issuedAt: string }[],
  gate: readonly {
    number: string;
    result: 'passed' | 'refused' | 'mismatch';
    at: string;
    slipFound: boolean;
    reason: string | null;
  }[],
): ReconciliationMismatch[] => {
  const out: ReconciliationMismatch[] = [];
  const passed = new Set(gate.filter((g) => g.result === 'passed').map((g) => g.number));
  for (const s of stubs)
    if (s.state === 'issued' && !passed.has(s.number))
      out.push({
        kind: 'notChecked',
        number: s.number,
        at: s.issuedAt,
        detail: '已开具但门岗未登记放行（未回收客户联）',
      });
  for (const g of gate) {
    if (!g.slipFound)
      out.push({ kind: 'unknownNumber', number: g.number, at: g.at, detail: '门岗登记的编号没有对应存根' });
    else if (g.result === 'mismatch')
      out.push({ kind: 'itemsMismatch', number: g.number, at: g.at, detail: '门岗核对物品不符' });
    else if (g.result === 'refused' && g.reason?.includes('已使用'))
      out.push({ kind: 'presentedAgain', number: g.number, at: g.at, detail: '同一放行条被再次出示' });
    else if (g.result === 'refused' && g.reason?.includes('作废'))
      out.push({ kind: 'presentedVoided', number: g.number, at: g.at, detail: '出示了已作废的放行条' });
  }
  return out;
};

/** The two parts of a printed slip (S3 4.5.7.3): 存根联 stays at the desk, 客户联 goes to the gate. */
export const releaseSlipParts = ['存根联', '客户联'] as const;
