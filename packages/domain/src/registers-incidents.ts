import { z } from 'zod';
import { RegInstant, regOptionalText, regText } from './registers-common.js';

/**
 * 突发事件、重要问题记录 (S4 4.4.4): beside what, where and when (intake's CreateIncidentInput),
 * who was told and when, the actions taken, and who closed it.
 */
export const incidentEntryKinds = ['told', 'action'] as const;
export const incidentEntryKindLabels: Record<(typeof incidentEntryKinds)[number], string> = {
  told: '已报告/通知',
  action: '处理措施',
};
export const IncidentEntryInput = z
  .object({
    kind: z.enum(incidentEntryKinds, { message: '请选择记录类型' }),
    /** Who was told (told), or who acted (action, optional). */
    whom: regOptionalText('对象', 50),
    note: regText('内容', 1000),
    /** When they were told / it was done; defaults to now. */
    at: RegInstant.optional(),
  })
  .refine((v) => v.kind !== 'told' || v.whom !== null, { message: '请填写报告/通知了谁', path: ['whom'] });
export type IncidentEntryInput = z.infer<typeof IncidentEntryInput>;
export const CloseIncidentInput = z.object({ note: regText('处理结果', 1000) });
