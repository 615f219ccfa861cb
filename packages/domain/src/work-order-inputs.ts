import { z } from 'zod';
import { CaseType, Urgency } from './intake.js';
import { dispatchModes, workOrderStates } from './work-orders.js';

const id = (what: string) =>
  z
    .number({ error: `请选择${what}` })
    .int()
    .positive();
const instant = (what: string) =>
  z.iso.datetime({
    offset: true,
    // A field left empty asks for the time; anything else was typed wrong.
    error: (iss) => (iss.input === undefined ? `请选择${what}` : `${what}格式不正确（ISO 8601）`),
  });
const reason = (what: string) =>
  z.string().trim().min(2, `请填写${what}（至少 2 个字）`).max(500, `${what}不超过 500 字`);

/** Every write to an order names the version it was read at; a stale one is a 409 CONFLICT. */
const version = z
  .number({ error: '缺少版本号，请刷新后重试' })
  .int()
  .min(1)
  .describe('读取派工单时的 version（乐观并发控制）');

export const WorkOrderStateSchema = z.enum(workOrderStates);
export const DispatchModeSchema = z
  .enum(dispatchModes)
  .describe('派工方式：verbal 口头派工 / printed 打单派工（S3 篇九 4.5.3.1）');

export const CreateWorkOrderInput = z.object({
  caseId: id('案件').describe('来源案件'),
  departmentId: id('部门').describe('承办部门'),
  assigneeId: id('维修人员').describe('承办人（该部门员工）'),
  dispatchMode: DispatchModeSchema,
  urgency: Urgency.optional().describe('紧急程度，默认取案件的紧急程度；紧急的排在所有列表最前'),
  description: z
    .string()
    .trim()
    .min(2, '请填写派工内容')
    .max(2000)
    .optional()
    .describe('派工内容，默认取案件反映内容'),
  agreedArrivalAt: instant('约定上门时间')
    .optional()
    .describe('特殊情况约定的上门时间；不填则按类型默认时限（报修 30 分钟，S4 4.4.1）'),
  agreedCompletionAt: instant('约定完成时间')
    .optional()
    .describe('与客户约定的完成时间；不填则按类型默认时限'),
});
export type CreateWorkOrderInput = z.infer<typeof CreateWorkOrderInput>;

export const DispatchWorkOrderInput = z.object({
  version,
  assigneeId: id('维修人员'),
  departmentId: id('部门').optional().describe('换部门时填写；默认原部门'),
  dispatchMode: DispatchModeSchema,
});
export type DispatchWorkOrderInput = z.infer<typeof DispatchWorkOrderInput>;

export const VersionInput = z.object({ version });
export type VersionInput = z.infer<typeof VersionInput>;

export const MaterialLine = z.object({
  name: z.string().trim().min(1, '请填写材料名称').max(100),
  quantity: z.number({ error: '请填写数量' }).positive('数量须大于 0').max(100_000),
  unit: z.string().trim().max(20).default(''),
});
export const PricedLineInput = z.object({
  priceItemId: id('收费项目').describe('价目表项目'),
  quantity: z
    .number({ error: '请填写数量' })
    .positive('数量须大于 0')
    .max(10_000)
    .refine((q) => Math.round(q * 100) === q * 100, '数量最多两位小数'),
});

export const CompleteWorkOrderInput = z.object({
  version,
  result: z.string().trim().min(2, '请填写处理结果').max(2000),
  materials: z.array(MaterialLine).max(50).default([]).describe('使用材料'),
  items: z.array(PricedLineInput).max(50).default([]).describe('有偿服务收费项目：费用只按价目表项目计算'),
});
export type CompleteWorkOrderInput = z.infer<typeof CompleteWorkOrderInput>;

export const RescheduleWorkOrderInput = z.object({
  version,
  reason: reason('无法按时上门的原因'),
  customerAgreed: z.literal(true, { error: '改约须经客户同意（S1 报修）' }).describe('客户已同意新的时间'),
  customerAgreement: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('客户同意的方式或原话，如“电话联系王先生，同意下午三点”'),
  newArrivalAt: instant('新的上门时间').describe('新的上门时间：必须遵守，失约计为第二次违约'),
  newCompletionAt: instant('新的完成时间').optional(),
});
export type RescheduleWorkOrderInput = z.infer<typeof RescheduleWorkOrderInput>;

export const ReassignWorkOrderInput = z.object({
  version,
  assigneeId: id('维修人员'),
  departmentId: id('部门').optional().describe('换部门时填写；默认原部门'),
  reason: reason('改派原因'),
});
export type ReassignWorkOrderInput = z.infer<typeof ReassignWorkOrderInput>;

export const SendBackWorkOrderInput = z.object({ version, reason: reason('退回原因') });
export type SendBackWorkOrderInput = z.infer<typeof SendBackWorkOrderInput>;

export const ReferWorkOrderInput = z.object({
  version,
  reason: reason('维修能力外的说明'),
  externalContact: z
    .string()
    .trim()
    .min(2, '请填写提供给客户的外部联系方式')
    .max(200)
    .describe('提供给客户的专业维修单位及电话（S1 维修能力外）'),
});
export type ReferWorkOrderInput = z.infer<typeof ReferWorkOrderInput>;

export const PauseWorkOrderInput = z.object({
  version,
  reason: reason('暂停原因'),
  resumeAt: instant('恢复时间').describe('预计恢复时间：到时自动恢复，暂停期间时限不计'),
});
export type PauseWorkOrderInput = z.infer<typeof PauseWorkOrderInput>;

export const CloseWorkOrderInput = z.object({ version });

export const ratings = ['good', 'fair', 'poor'] as const;
export const Rating = z.enum(ratings);
export type Rating = z.infer<typeof Rating>;
export const ratingLabels: Record<Rating, string> = { good: '好', fair: '一般', poor: '差' };
export const returnVisitMethods = ['phone', 'visit'] as const;
export const ReturnVisitMethod = z.enum(returnVisitMethods);
export const returnVisitMethodLabels: Record<(typeof returnVisitMethods)[number], string> = {
  phone: '电话回访',
  visit: '上门回访',
};

/** S3 篇九 4.5.5.1: attitude, quality, improper or cash charges, satisfied or not. */
export const RecordReturnVisitInput = z
  .object({
    version,
    method: ReturnVisitMethod,
    attitude: Rating.describe('工作人员态度'),
    quality: Rating.describe('服务质量'),
    improperCharge: z.boolean({ error: '请选择有无乱收费' }),
    cashCharge: z.boolean({ error: '请选择有无收现金' }),
    chargeDetail: z.string().trim().max(500).optional().describe('乱收费或收现金的情况'),
    satisfied: z.boolean({ error: '请选择客户是否满意' }),
    comment: z.string().trim().max(1000).optional(),
  })
  .refine((v) => !(v.improperCharge || v.cashCharge) || (v.chargeDetail ?? '').length >= 2, {
    message: '有乱收费或收现金时请填写具体情况',
    path: ['chargeDetail'],
  })
  .refine((v) => v.satisfied || (v.comment ?? '').length >= 2, {
    message: '客户不满意时请填写原因',
    path: ['comment'],
  });
export type RecordReturnVisitInput = z.infer<typeof RecordReturnVisitInput>;

export const FollowUpNoteInput = z.object({
  text: z
    .string()
    .trim()
    .min(2, '请填写跟踪情况（至少 2 个字）')
    .max(1000)
    .describe('当天跟踪情况（S3 篇九 4.5.4）'),
});
export type FollowUpNoteInput = z.infer<typeof FollowUpNoteInput>;

/** S4 4.3: recorded facts are corrected by amendment (old value, new value, reason, author). */
export const AmendWorkOrderInput = z.discriminatedUnion('field', [
  z.object({
    field: z.literal('description'),
    value: z.string().trim().min(2, '请填写派工内容').max(2000),
    version,
    reason: reason('更正原因'),
  }),
  z.object({
    field: z.literal('result'),
    value: z.string().trim().min(2, '请填写处理结果').max(2000),
    version,
    reason: reason('更正原因'),
  }),
  z.object({
    field: z.literal('materials'),
    value: z.array(MaterialLine).max(50),
    version,
    reason: reason('更正原因'),
  }),
  z.object({
    field: z.literal('items'),
    value: z.array(PricedLineInput).max(50),
    version,
    reason: reason('更正原因'),
  }),
]);
export type AmendWorkOrderInput = z.infer<typeof AmendWorkOrderInput>;

export const CreatePriceItemInput = z.object({
  propertyId: id('项目'),
  name: z.string().trim().min(1, '请填写项目名称').max(100),
  unit: z.string().trim().min(1, '请填写单位').max(20).describe('如 次、个、米'),
  priceCents: z
    .number({ error: '请填写单价' })
    .int('单价以分为单位')
    .min(0, '单价不能为负')
    .max(100_000_000)
    .describe('单价（分）'),
  approval: z.string().trim().max(100).default('经物价局审批').describe('审批说明，如“经物价局审批”'),
  approvalDate: z.iso.date('审批日期格式不正确').nullable().default(null),
});
export type CreatePriceItemInput = z.infer<typeof CreatePriceItemInput>;

const page = {
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(50),
};
const optionalId = z.coerce.number().int().positive().optional();

export const boardFlags = ['followUp', 'breached', 'overdue'] as const;
export const BoardQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  departmentId: optionalId.describe('按部门'),
  type: CaseType.optional().describe('按类型'),
  state: WorkOrderStateSchema.optional().describe('按派工单状态'),
  assigneeId: optionalId.describe('按承办人'),
  flag: z.enum(boardFlags).optional().describe('followUp 今日未跟踪 / breached 有违约 / overdue 已超时'),
  ...page,
});
export type BoardQuery = z.infer<typeof BoardQuery>;

export const WorkOrderListQuery = z.object({
  propertyId: optionalId,
  caseId: optionalId.describe('某案件的全部派工单'),
  state: WorkOrderStateSchema.optional(),
  ...page,
});
export type WorkOrderListQuery = z.infer<typeof WorkOrderListQuery>;

export const MyWorkOrdersQuery = z.object({
  scope: z
    .enum(['mine', 'department'])
    .default('mine')
    .describe('mine 派给我的 / department 本部门的（部门主管）'),
});

export const ReturnVisitQueueQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  status: z.enum(['due', 'done']).default('due').describe('due 待回访（按到期时间排序） / done 已回访'),
  kind: z
    .enum(['required', 'spotCheck'])
    .optional()
    .describe('required 当天回访 / spotCheck 抽查回访（S4 篇3）；不填为全部'),
  ...page,
});
export type ReturnVisitQueueQuery = z.infer<typeof ReturnVisitQueueQuery>;

export const PriceItemQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  includeRetired: z.enum(['1', 'true']).optional(),
});
