import { z } from 'zod';
import { DateOnly, IdNumber } from './archive.js';
import { RegId, RegInstant, RegPhone, regOptionalText, regText } from './registers-common.js';

// ——— Mail (邮件收发记录本, S3 篇九 4.5.6) ———

export const mailTypes = ['letter', 'registered', 'parcel', 'express', 'periodical', 'other'] as const;
export const MailType = z.enum(mailTypes, { message: '请选择邮件类型' });
export const mailTypeLabels: Record<(typeof mailTypes)[number], string> = {
  letter: '平信',
  registered: '挂号信',
  parcel: '包裹',
  express: '快递',
  periodical: '报刊',
  other: '其他',
};

export const ReceiveMailInput = z.object({
  propertyId: RegId,
  itemType: MailType,
  roomId: RegId,
  addressee: regText('收件人', 50),
  carrier: regText('投递单位（邮局/快递公司）', 50),
  trackingNo: z.string().trim().max(50, '单号不超过 50 位').nullable().default(null),
  note: regOptionalText('备注', 300),
});
export type ReceiveMailInput = z.infer<typeof ReceiveMailInput>;

export const NotifyMailInput = z.object({
  method: z.enum(['phone', 'sms', 'notice', 'inPerson'], { message: '请选择通知方式' }),
  note: regOptionalText('备注', 300),
});
export const CollectMailInput = z.object({
  collectorName: regText('领取人', 50),
  /** Handed out only against an ID (S3 4.5.6). */
  idChecked: z.literal(true, { message: '请核对领取人有效证件' }),
  collectorIdNumber: IdNumber.nullable().default(null),
  note: regOptionalText('备注', 300),
});
export type CollectMailInput = z.infer<typeof CollectMailInput>;
export const MailListQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  status: z.enum(['uncollected', 'all'], { message: '状态无效' }).default('uncollected'),
  roomId: z.coerce.number().int().positive().optional(),
});

// ——— Visitors (访客登记, S1 前台接待规章 八、十一、十二) ———

export const hostAnswers = ['agreed', 'refused', 'unreachable', 'notNeeded'] as const;
export const hostAnswerLabels: Record<(typeof hostAnswers)[number], string> = {
  agreed: '住户同意来访',
  refused: '住户不同意来访',
  unreachable: '联系不上住户',
  notNeeded: '住户陪同/已预约',
};

export const RegisterVisitorInput = z.object({
  propertyId: RegId,
  visitorName: regText('访客姓名', 50),
  /** Stored masked only; lists show the masked form. */
  idNumber: IdNumber.nullable().default(null),
  phone: RegPhone.nullable().default(null),
  hostRoomId: RegId,
  hostName: regText('被访人', 50),
  reason: regText('来访事由', 200),
  partySize: z.number().int().min(1, '人数至少为 1').max(200).default(1),
  carPlate: z.string().trim().max(12, '车牌号过长').nullable().default(null),
  /** The host was contacted and answered (S1 十一: 帮助访客联系客户). */
  hostContactMethod: z.enum(['phone', 'intercom', 'inPerson'], { message: '请选择联系住户的方式' }),
  hostAnswer: z.enum(hostAnswers, { message: '请选择住户答复' }),
  inAt: RegInstant.optional(),
});
export type RegisterVisitorInput = z.infer<typeof RegisterVisitorInput>;
export const VisitorOutInput = z.object({ outAt: RegInstant.optional() });
export const VisitorListQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  inside: z.enum(['1', 'true']).optional(),
  day: DateOnly.optional(),
});

/**
 * S1 十二: from 20:00 to 08:00 visitors are registered by the night duty post (物业总值). These are
 * the default night post's hours; a property's own night post decides (registers-night-visitors.ts).
 */
export const NIGHT_VISITOR_HOURS = { from: 20, to: 8 } as const;

// ——— Access passes (出入证, S2 小区出入证管理规定) ———

export const passKinds = ['temporary', 'residentCard'] as const;
export const PassKind = z.enum(passKinds, { message: '请选择出入证类型' });
export const passKindLabels: Record<(typeof passKinds)[number], string> = {
  temporary: '临时出入证',
  residentCard: '住户卡',
};
export const passStates = ['out', 'returned', 'lost'] as const;
export const passStateLabels: Record<(typeof passStates)[number], string> = {
  out: '在用',
  returned: '已交回',
  lost: '已挂失',
};

export const IssuePassInput = z
  .object({
    propertyId: RegId,
    kind: PassKind,
    holderName: regText('持证人', 50),
    holderPhone: RegPhone.nullable().default(null),
    holderIdNumber: IdNumber.nullable().default(null),
    roomId: RegId.nullable().default(null),
    /** A worker's employer (temporary passes for contractors). */
    contractor: regOptionalText('所属单位', 100),
    renovationId: RegId.nullable().default(null),
    validFrom: DateOnly,
    validTo: DateOnly.nullable().default(null),
    depositCents: z.number().int().min(0).max(1_000_000).default(0),
    feeCents: z.number().int().min(0).max(1_000_000).default(0),
    note: regOptionalText('备注', 300),
  })
  .refine((v) => v.kind !== 'temporary' || v.validTo !== null, {
    message: '临时出入证须填写有效期至',
    path: ['validTo'],
  })
  .refine((v) => v.validTo === null || v.validTo >= v.validFrom, {
    message: '有效期至不能早于起始日期',
    path: ['validTo'],
  })
  .refine((v) => v.roomId !== null || v.contractor !== null, {
    message: '请填写房号或所属单位',
    path: ['roomId'],
  });
export type IssuePassInput = z.infer<typeof IssuePassInput>;
export const ReturnPassInput = z.object({
  depositRefundedCents: z.number().int().min(0).max(1_000_000).default(0),
  note: regOptionalText('备注', 300),
});
export const LostPassInput = z.object({ note: regText('挂失说明', 300) });
export const PassListQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  status: z.enum(['out', 'expired', 'all'], { message: '状态无效' }).default('out'),
});

/** A temporary pass past its last valid day and not handed back (S2). */
export const isPassExpired = (p: { state: string; validTo: string | null }, today: string) =>
  p.state === 'out' && p.validTo !== null && p.validTo < today;
