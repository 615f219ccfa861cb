import { z } from 'zod';
import { DateOnly, IdNumber } from './archive.js';
import { RegId, RegPhone, regOptionalText, regText } from './registers-common.js';

/** 装修 (S1 装修; S2 住宅室内装饰装修管理服务协议); states per issue 6 item 7. */
export const renovationStates = [
  'pending',
  'rejected',
  'inProgress',
  'awaitingInspection',
  'passed',
  'failed',
] as const;
export type RenovationState = (typeof renovationStates)[number];
export const renovationStateLabels: Record<RenovationState, string> = {
  pending: '待审批',
  rejected: '未批准',
  inProgress: '施工中',
  awaitingInspection: '待验收',
  passed: '验收合格',
  failed: '验收不合格',
};

export const RenovationWorkerInput = z.object({
  name: regText('装修工人姓名', 50),
  idNumber: IdNumber.nullable().default(null),
  phone: RegPhone.nullable().default(null),
  /** 一寸照片 received (S1 装修). */
  hasPhoto: z.boolean().default(false),
  /** A copy of the worker's ID received. */
  hasIdCopy: z.boolean().default(false),
});
export type RenovationWorkerInput = z.infer<typeof RenovationWorkerInput>;

/** The seed's checklist (S1 装修): contractor licence, qualification, drawings. */
export const renovationDocuments = ['businessLicence', 'qualification', 'drawings'] as const;
export type RenovationDocument = (typeof renovationDocuments)[number];
export const renovationDocumentLabels: Record<RenovationDocument, string> = {
  businessLicence: '施工单位营业执照',
  qualification: '资质证书',
  drawings: '施工图纸',
};
const documentFlags = z.object({
  businessLicence: z.boolean(),
  qualification: z.boolean(),
  drawings: z.boolean(),
});

export const CreateRenovationInput = z
  .object({
    propertyId: RegId,
    roomId: RegId,
    applicantName: regText('申请人（业主）', 50),
    applicantPhone: RegPhone,
    contractorName: regText('施工单位', 100),
    contractorPhone: RegPhone,
    scope: regText('装修内容', 1000),
    plannedStart: DateOnly,
    plannedEnd: DateOnly,
    documents: documentFlags,
    workers: z.array(RenovationWorkerInput).min(1, '请至少登记一名装修工人').max(100),
    /** The engineering supervisor was away: the desk took the documents (S1 装修, 工程主管不在). */
    supervisorAway: z.boolean().default(false),
    note: regOptionalText('备注', 500),
  })
  .refine((v) => v.plannedEnd >= v.plannedStart, {
    message: '完工日期不能早于开工日期',
    path: ['plannedEnd'],
  });
export type CreateRenovationInput = z.infer<typeof CreateRenovationInput>;

/** Documents brought in later: flags only go from missing to received. */
export const RenovationDocumentsInput = z.object({
  documents: documentFlags.partial().default({}),
  workers: z
    .array(z.object({ workerId: RegId, hasPhoto: z.boolean().optional(), hasIdCopy: z.boolean().optional() }))
    .max(100)
    .default([]),
  addWorkers: z.array(RenovationWorkerInput).max(100).default([]),
});
export type RenovationDocumentsInput = z.infer<typeof RenovationDocumentsInput>;

export const RenovationDecisionInput = z.object({
  approve: z.boolean({ message: '请选择审批结果' }),
  note: regOptionalText('审批意见', 500),
});
export const RenovationCustomerNotifiedInput = z.object({
  method: z.enum(['phone', 'sms', 'inPerson'], { message: '请选择通知方式' }),
  note: regOptionalText('备注', 300),
});
export const RenovationInspectionInput = z.object({
  kind: z.enum(['interim', 'final'], { message: '请选择检查类型' }),
  passed: z.boolean({ message: '请选择检查结果' }),
  findings: regText('检查情况', 1000),
});
export const RenovationGoodsInput = z.object({
  direction: z.enum(['in', 'out'], { message: '请选择进场或出场' }),
  kind: z.enum(['tool', 'material'], { message: '请选择工具或材料' }),
  name: regText('物品名称', 50),
  quantity: z.number().int().min(1, '数量至少为 1').max(9999),
  note: regOptionalText('备注', 200),
});
export type RenovationGoodsInput = z.infer<typeof RenovationGoodsInput>;
export const RenovationDepositRefundInput = z.object({
  amountCents: z.number().int('金额以分为单位').min(0, '金额不能为负').max(100_000_000),
  /** What was deducted and why, when less than the deposit is refunded. */
  note: regOptionalText('扣款说明', 500),
});
export const RenovationListQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  state: z.enum(renovationStates).optional(),
  /** Decided but the customer not yet told (the first taker follows it, S1 首接责任制). */
  awaitingNotice: z.enum(['1', 'true']).optional(),
});

export type RenovationAction =
  | 'approve'
  | 'reject'
  | 'reportCompletion'
  | 'passInspection'
  | 'failInspection';

/** The renovation's next state, or null when the action does not apply. */
export const renovationTransition = (
  state: RenovationState,
  action: RenovationAction,
): RenovationState | null => {
  const table: Partial<Record<RenovationState, Partial<Record<RenovationAction, RenovationState>>>> = {
    pending: { approve: 'inProgress', reject: 'rejected' },
    inProgress: { reportCompletion: 'awaitingInspection' },
    awaitingInspection: { passInspection: 'passed', failInspection: 'failed' },
    failed: { reportCompletion: 'awaitingInspection' },
  };
  return table[state]?.[action] ?? null;
};

/** What is still missing from the application's document checklist (S1 装修). */
export const missingRenovationDocuments = (
  docs: Record<RenovationDocument, boolean>,
  workers: readonly { name: string; hasPhoto: boolean; hasIdCopy: boolean }[],
) => {
  const out: string[] = renovationDocuments.filter((d) => !docs[d]).map((d) => renovationDocumentLabels[d]);
  if (!workers.length) out.push('装修工人名单');
  for (const w of workers) {
    if (!w.hasPhoto) out.push(`${w.name} 的一寸照片`);
    if (!w.hasIdCopy) out.push(`${w.name} 的身份证件`);
  }
  return out;
};

/** Fees due (S1 装修): the deposit, and per worker the pass fee and the pass deposit. */
export const renovationFeesDue = (
  r: { depositCents: number; workerPassFeeCents: number; passDepositCents: number },
  workerCount: number,
) => ({
  renovationDeposit: r.depositCents,
  workerPassFee: r.workerPassFeeCents * workerCount,
  passDeposit: r.passDepositCents * workerCount,
});

/** Goods of a renovation's in/out register still inside, by name (tools the gate may let out). */
export const goodsInside = (
  entries: readonly { direction: string; kind: string; name: string; quantity: number }[],
  kind: 'tool' | 'material',
) => {
  const m = new Map<string, number>();
  for (const e of entries.filter((x) => x.kind === kind))
    m.set(e.name, (m.get(e.name) ?? 0) + (e.direction === 'in' ? e.quantity : -e.quantity));
  return [...m].filter(([, q]) => q > 0).map(([name, quantity]) => ({ name, quantity }));
};

/** What the printed permit (装修许可证) to post on the door shows. */
export type RenovationPermitView = {
  title: '装修许可证';
  propertyName: string;
  number: string;
  roomLabel: string;
  applicantName: string;
  contractorName: string;
  contractorPhone: string;
  scope: string;
  plannedStart: string;
  plannedEnd: string;
  workerCount: number;
  approvedByName: string;
  approvedAt: string;
  rules: string[];
  propertyPhone: string | null;
};
