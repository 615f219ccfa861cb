import { z } from 'zod';

/** DOMAIN.md §3 channels: 来电 / 来访 / 来函 / 现场报事 / 网上 */
export const channels = ['call', 'visit', 'letter', 'onsite', 'online'] as const;
export const Channel = z.enum(channels);
export type Channel = z.infer<typeof Channel>;
export const channelLabels: Record<Channel, string> = {
  call: '来电',
  visit: '来访',
  letter: '来函',
  onsite: '现场报事',
  online: '网上',
};

/** DOMAIN.md §3 types (S0 4.2). */
export const caseTypes = [
  'inquiry',
  'help',
  'paidService',
  'repair',
  'suggestion',
  'complaint',
  'praise',
  'otherWork',
] as const;
export const CaseType = z.enum(caseTypes);
export type CaseType = z.infer<typeof CaseType>;
export const caseTypeLabels: Record<CaseType, string> = {
  inquiry: '咨询',
  help: '求助',
  paidService: '有偿服务',
  repair: '报修',
  suggestion: '建议/意见',
  complaint: '投诉',
  praise: '表扬',
  otherWork: '其他工作联系',
};

export const identities = ['owner', 'tenant', 'family', 'visitor', 'other'] as const;
export const Identity = z.enum(identities);
export type Identity = z.infer<typeof Identity>;
export const identityLabels: Record<Identity, string> = {
  owner: '业主',
  tenant: '租户',
  family: '家属',
  visitor: '访客',
  other: '其他',
};

export const urgencies = ['normal', 'urgent', 'emergency'] as const;
export const Urgency = z.enum(urgencies);
export type Urgency = z.infer<typeof Urgency>;
export const urgencyLabels: Record<Urgency, string> = { normal: '一般', urgent: '紧急', emergency: '突发' };

export const caseStates = ['handling', 'awaitingDispatch', 'assigned', 'closed'] as const;
export const CaseState = z.enum(caseStates);
export type CaseState = z.infer<typeof CaseState>;
export const caseStateLabels: Record<CaseState, string> = {
  handling: '前台处理中',
  awaitingDispatch: '待派工',
  assigned: '已转交',
  closed: '已关闭',
};

/** How the desk resolves the contact at registration; which ones apply depends on the type. */
export const Resolution = z.discriminatedUnion('mode', [
  /** Still being explained at the desk: the 3-minute passing-up clock runs (S1). */
  z.object({ mode: z.literal('pending') }),
  /** 咨询 answered on the spot (S0 4.2.1); 建议 handled now (S0 4.2.4). */
  z.object({ mode: z.literal('answered'), answer: z.string().trim().min(1, '请填写答复内容').max(2000) }),
  /** 咨询 transferred / 求助 sent to a department, with a due time (S0 4.2.1, 4.2.2). */
  z.object({
    mode: z.literal('transfer'),
    departmentId: z.number().int().positive(),
    dueAt: z.iso.datetime({ offset: true }).optional(),
  }),
  /** 建议 reported to the superior (S0 4.2.4). */
  z.object({ mode: z.literal('report') }),
  /** 报修 / 有偿服务 wait for dispatch (work-order issue). */
  z.object({ mode: z.literal('dispatch') }),
  /** 表扬 credited to a staff member and their department (S0 3.3.3). */
  z.object({ mode: z.literal('praise'), praisedStaffId: z.number().int().positive() }),
  /** 投诉 registered and assigned to the supervisor (S0 4.2.5). */
  z.object({ mode: z.literal('complaint') }),
  /** 其他工作联系 passed to 行政部 (S0 3.3.4). */
  z.object({ mode: z.literal('admin') }),
]);
export type Resolution = z.infer<typeof Resolution>;
export type ResolutionMode = Resolution['mode'];

const phone = z
  .string()
  .trim()
  .regex(/^[0-9 +\-()]{3,20}$/, '电话号码格式不正确');

export const RegisterContactInput = z
  .object({
    propertyId: z.number().int().positive(),
    /** Client-generated key: a retried registration returns the same case. */
    idempotencyKey: z.string().trim().min(8).max(64),
    channel: Channel,
    type: CaseType,
    roomId: z.number().int().positive().nullable().default(null),
    personId: z.number().int().positive().nullable().default(null),
    callerName: z.string().trim().max(50).default(''),
    callerPhone: phone.nullable().default(null),
    identity: Identity,
    summary: z.string().trim().min(2, '请填写反映内容（至少 2 个字）').max(2000),
    urgency: Urgency.default('normal'),
    resolution: Resolution,
    /** Add this contact to an existing open case of the same caller instead of opening one. */
    caseId: z.number().int().positive().nullable().default(null),
    /** When the contact came in, if registered after the fact; defaults to now. */
    receivedAt: z.iso.datetime({ offset: true }).optional(),
    /** An anonymous complaint has no caller (issue 5 item 4); only complaints may be anonymous. */
    anonymous: z.boolean().optional(),
  })
  .refine((v) => !v.anonymous || v.type === 'complaint', {
    message: '只有投诉可以匿名登记',
    path: ['anonymous'],
  })
  .refine(
    (v) =>
      v.anonymous ||
      v.roomId !== null ||
      v.personId !== null ||
      (v.callerName.length > 0 && v.callerPhone !== null),
    {
      message: '未知来电人请填写姓名和电话',
      path: ['callerName'],
    },
  );
export type RegisterContactInput = z.infer<typeof RegisterContactInput>;

/** Fields of a case that may be corrected by amendment (S4 4.3: never altered at will). */
export const amendableFields = [
  'summary',
  'type',
  'callerName',
  'callerPhone',
  'identity',
  'urgency',
  'roomId',
] as const;
export const AmendableField = z.enum(amendableFields);
export const AmendCaseInput = z.object({
  field: AmendableField,
  value: z.union([z.string().trim().max(2000), z.number().int().positive(), z.null()]),
  reason: z.string().trim().min(2, '请填写更正原因').max(500),
});
export type AmendCaseInput = z.infer<typeof AmendCaseInput>;

export const PassUpInput = z.object({
  /** The supervisor role, or a named colleague. */
  to: z.enum(['supervisor', 'manager', 'colleague']),
  staffId: z.number().int().positive().optional(),
  reason: z.string().trim().min(2, '请填写移交原因').max(500),
});
export type PassUpInput = z.infer<typeof PassUpInput>;

export const CaseActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('answer'), answer: z.string().trim().min(1, '请填写答复内容').max(2000) }),
  z.object({
    action: z.literal('transfer'),
    departmentId: z.number().int().positive(),
    dueAt: z.iso.datetime({ offset: true }).optional(),
  }),
  z.object({ action: z.literal('report') }),
  z.object({ action: z.literal('close'), result: z.string().trim().min(1, '请填写处理结果').max(2000) }),
]);
export type CaseActionInput = z.infer<typeof CaseActionInput>;

/** 回电 (S0 3.1.2) and 转告 (S0 3.1.3): tracked tasks with a due time. */
export const taskKinds = ['callback', 'message'] as const;
export const TaskKind = z.enum(taskKinds);
export const taskKindLabels: Record<(typeof taskKinds)[number], string> = {
  callback: '回电',
  message: '转告',
};

export const CreateTaskInput = z.object({
  propertyId: z.number().int().positive(),
  kind: TaskKind,
  caseId: z.number().int().positive().nullable().default(null),
  /** Who must call back: the taker for a call-back, the absent colleague for a message. */
  ownerId: z.number().int().positive(),
  callerName: z.string().trim().min(1, '请填写来电人').max(50),
  callerPhone: phone,
  note: z.string().trim().min(2, '请填写内容').max(1000),
  dueAt: z.iso.datetime({ offset: true }).optional(),
});
export type CreateTaskInput = z.infer<typeof CreateTaskInput>;

export const CompleteTaskInput = z.object({
  outcome: z.string().trim().min(2, '请填写回电结果').max(1000),
});

export const RegisterLetterInput = z.object({
  propertyId: z.number().int().positive(),
  idempotencyKey: z.string().trim().min(8).max(64),
  letterClass: CaseType,
  sender: z.string().trim().min(1, '请填写来函人').max(50),
  senderPhone: phone.nullable().default(null),
  roomId: z.number().int().positive().nullable().default(null),
  receivedDate: z.iso.date('请填写收函日期'),
  summary: z.string().trim().min(2, '请填写来函摘要').max(2000),
  /** For a praise letter: the praised staff member. */
  praisedStaffId: z.number().int().positive().nullable().default(null),
  /** How to route it; defaults by class (repair → dispatch, complaint → the assistant decides, …). */
  resolution: Resolution.optional(),
});
export type RegisterLetterInput = z.infer<typeof RegisterLetterInput>;

export const DecideLetterInput = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('open'), reason: z.string().trim().max(500).optional() }),
  z.object({
    decision: z.literal('decline'),
    reason: z.string().trim().min(2, '请填写不立案的理由').max(500),
  }),
]);
export type DecideLetterInput = z.infer<typeof DecideLetterInput>;

export const CreateIncidentInput = z.object({
  propertyId: z.number().int().positive(),
  caseId: z.number().int().positive().nullable().default(null),
  occurredAt: z.iso.datetime({ offset: true }),
  title: z.string().trim().min(2, '请填写事件标题').max(100),
  description: z.string().trim().min(2, '请填写事件经过').max(4000),
  /** Where it happened (issue 6 item 9). */
  location: z.string().trim().max(100, '地点不超过 100 字').nullable().default(null),
});
export type CreateIncidentInput = z.infer<typeof CreateIncidentInput>;

export const ConfirmDayInput = z.object({
  propertyId: z.number().int().positive(),
  day: z.iso.date(),
  note: z.string().trim().max(500).optional(),
});
