import { z } from 'zod';
import { RegId, RegInstant, regOptionalText, regText } from './registers-common.js';

/** 信息屏发布 (S3 篇九 4.5.8): the supervisor drafts, the manager approves, the desk publishes. */
export const noticeStates = ['pending', 'rejected', 'approved', 'published', 'withdrawn'] as const;
export type NoticeState = (typeof noticeStates)[number];
export const noticeStateLabels: Record<NoticeState, string> = {
  pending: '待经理审批',
  rejected: '未批准',
  approved: '已批准待发布',
  published: '已发布',
  withdrawn: '已撤下',
};

export const DraftNoticeInput = z.object({
  propertyId: RegId,
  title: regText('标题', 60),
  body: regText('内容', 2000),
});
export type DraftNoticeInput = z.infer<typeof DraftNoticeInput>;
export const DecideNoticeInput = z.object({
  approve: z.boolean({ message: '请选择审批结果' }),
  note: regOptionalText('审批意见', 500),
});
export const PublishNoticeInput = z
  .object({ validFrom: RegInstant, validTo: RegInstant })
  .refine((v) => Date.parse(v.validTo) > Date.parse(v.validFrom), {
    message: '结束时间应晚于开始时间',
    path: ['validTo'],
  });
export const WithdrawNoticeInput = z.object({ reason: z.string().trim().min(2, '请填写撤下原因').max(300) });
export const NoticeListQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  state: z.enum(noticeStates).optional(),
});

export type NoticeAction = 'approve' | 'reject' | 'publish' | 'withdraw';

/** The notice's next state, or null when the action does not apply. */
export const noticeTransition = (state: NoticeState, action: NoticeAction): NoticeState | null => {
  if (state === 'pending' && action === 'approve') return 'approved';
  if (state === 'pending' && action === 'reject') return 'rejected';
  if (state === 'approved' && action === 'publish') return 'published';
  if ((state === 'published' || state === 'approved') && action === 'withdraw') return 'withdrawn';
  return null;
};

/** Shown on the lobby screen now: published and within its validity period. */
export const isNoticeShowing = (
  n: { state: string; validFrom: string | null; validTo: string | null },
  now: Date,
) =>
  n.state === 'published' &&
  n.validFrom !== null &&
  n.validTo !== null &&
  Date.parse(n.validFrom) <= now.getTime() &&
  now.getTime() < Date.parse(n.validTo);

/** What the lobby screen shows; `version` changes whenever the set of notices shown does. */
export type NoticeScreenView = {
  propertyName: string;
  serverTime: string;
  version: string;
  notices: { id: number; title: string; body: string; validFrom: string; validTo: string }[];
};
