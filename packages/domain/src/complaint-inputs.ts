import { z } from 'zod';
import {
  ComplaintCategory,
  ComplaintSeverity,
  ComplaintState,
  ContactMethod,
  ResponsibilityFinding,
  ReturnVisitSkipReason,
  Satisfaction,
} from './complaints.js';
import { Channel, Identity, Urgency } from './intake.js';

const id = z.number().int().positive();
const text = (min: number, max: number, message: string) =>
  z.string().trim().min(min, message).max(max, `最多 ${max} 个字`);
const reason = text(2, 500, '请填写原因（至少 2 个字）');
const phone = z
  .string()
  .trim()
  .regex(/^[0-9 +\-()]{3,20}$/, '电话号码格式不正确');
const instant = z.iso.datetime({ offset: true, message: '时间格式不正确' });

/** What the complaint is about: a building, a common area, or neither (for the hot-spot rule). */
export const ComplaintLocation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('building'), buildingId: id }),
  z.object({ kind: z.literal('commonArea'), area: text(1, 50, '请填写公共部位') }),
  z.object({ kind: z.literal('none') }),
]);
export type ComplaintLocation = z.infer<typeof ComplaintLocation>;

/** S4 4.4.2: on receipt, apologise or thank the customer for their support. */
export const Acknowledgement = z.object({
  kind: z.enum(['apology', 'thanks'], { message: '请选择致歉或致谢' }),
  note: z.string().trim().max(500).optional(),
});
export const acknowledgementLabels = { apology: '已向客户致歉', thanks: '已感谢客户对工作的支持' } as const;

/** S3 篇九 4.5.2.1: a 一般 complaint may be answered on the spot or dispatched at once. */
export const ImmediateHandling = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }),
  z.object({
    mode: z.literal('answered'),
    result: text(2, 2000, '请填写当场处理结果'),
    customerSatisfied: z.boolean(),
  }),
  z.object({ mode: z.literal('dispatched'), departmentId: id }),
]);
export type ImmediateHandling = z.infer<typeof ImmediateHandling>;

/** The complaint-specific facts recorded at registration, beside the contact itself. */
export const ComplaintFacts = z.object({
  category: ComplaintCategory.describe('投诉类别（月报的行）'),
  /** Defaults to the building of the room, if one is given. */
  location: ComplaintLocation.optional().describe(
    '投诉涉及的楼栋或公共部位（热点投诉按此统计）；不填时取房号所在楼栋',
  ),
  complainantCount: z
    .number()
    .int()
    .min(1, '投诉人数至少 1 人')
    .max(100_000)
    .default(1)
    .describe('投诉人数；10 人以上为重大投诉'),
  lawsuit: z.boolean().default(false).describe('已引发法律诉讼（重大）'),
  mediaExposed: z.boolean().default(false).describe('已被媒体曝光（重大）'),
  /** Personal safety, fire or security is involved. */
  safetyInvolved: z.boolean().default(false).describe('涉及人身安全、消防或治安（重要）'),
  /** About the public interest (published monthly, S2 顾客投诉规范). */
  publicInterest: z.boolean().default(false).describe('涉及公共利益（列入月度公布清单）'),
  /** The customer was already passed up to the manager (S1 服务上移). */
  passedUpToManager: z.boolean().default(false).describe('客户已上移至经理（重要）'),
  /** The same resident's earlier complaint on this matter, if the desk knows it. */
  repeatOfCaseId: id.nullable().default(null).describe('同一住户就同一事项的前次投诉案件 id（重要）'),
  acknowledgement: Acknowledgement.describe('受理时向客户致歉或致谢（S4 4.4.2）'),
  immediate: ImmediateHandling.default({ mode: 'none' }).describe(
    '一般投诉当场处理（answered）或立即派工（dispatched）',
  ),
});
export type ComplaintFacts = z.infer<typeof ComplaintFacts>;

export const RegisterComplaintInput = ComplaintFacts.extend({
  propertyId: id,
  idempotencyKey: z.string().trim().min(8).max(64),
  channel: Channel,
  /** Anonymous complaints are allowed (issue 5 item 4): no caller at all. */
  anonymous: z.boolean().default(false).describe('匿名投诉：不填投诉人、房号和电话'),
  roomId: id.nullable().default(null),
  personId: id.nullable().default(null),
  callerName: z.string().trim().max(50).default(''),
  callerPhone: phone.nullable().default(null),
  identity: Identity.default('other'),
  summary: text(2, 2000, '请填写投诉内容（至少 2 个字）'),
  urgency: Urgency.default('normal'),
  receivedAt: instant.optional(),
})
  .refine(
    (v) =>
      !v.anonymous ||
      (v.roomId === null && v.personId === null && v.callerPhone === null && v.callerName === ''),
    {
      message: '匿名投诉不填写投诉人、房号和电话',
      path: ['anonymous'],
    },
  )
  .refine(
    (v) =>
      v.anonymous ||
      v.roomId !== null ||
      v.personId !== null ||
      (v.callerName.length > 0 && v.callerPhone !== null),
    {
      message: '请填写投诉人姓名和电话，或选择房号；不愿留名的请登记为匿名投诉',
      path: ['callerName'],
    },
  );
export type RegisterComplaintInput = z.infer<typeof RegisterComplaintInput>;

export const AcknowledgeComplaintInput = Acknowledgement;
export type AcknowledgeComplaintInput = z.infer<typeof AcknowledgeComplaintInput>;

/** The supervisor confirms the proposed class, or changes it with a reason. */
export const ConfirmSeverityInput = z.object({
  severity: ComplaintSeverity,
  reason: z.string().trim().max(500).optional(),
});
export type ConfirmSeverityInput = z.infer<typeof ConfirmSeverityInput>;

/** S4 4.4.2: the manager confirms and signs, naming the responsible department. */
export const SignComplaintInput = z.object({
  departmentId: id.optional(),
  note: z.string().trim().max(500).optional(),
});
export type SignComplaintInput = z.infer<typeof SignComplaintInput>;

/** S2 网上投诉处理: the department's written reply with facts and measures. */
export const ComplaintReplyInput = z.object({
  facts: text(2, 4000, '请填写调查了解的事实'),
  finding: ResponsibilityFinding.describe('责任认定：ours 我方 / notOurs 非我方 / shared 共同'),
  responsibleStaffId: id.nullable().default(null).describe('责任人（如有）'),
  measures: text(2, 4000, '请填写处理措施'),
});
export type ComplaintReplyInput = z.infer<typeof ComplaintReplyInput>;

/** S4 4.4.2: the result told to the customer: how and when. `none` only when there is no one to tell. */
export const InformCustomerInput = z.object({
  method: z.union([ContactMethod, z.literal('none')]).describe('反馈方式；none 仅限匿名或无联系方式'),
  informedAt: instant.optional(),
  note: text(2, 2000, '请填写反馈内容'),
});
export type InformCustomerInput = z.infer<typeof InformCustomerInput>;

/** The supervisor verifies the handling; a failed check sends it back to the department. */
export const VerifyComplaintInput = z.object({ passed: z.boolean(), note: text(2, 1000, '请填写验证意见') });
export type VerifyComplaintInput = z.infer<typeof VerifyComplaintInput>;

export const ReturnVisitInput = z.object({
  method: ContactMethod,
  visitedAt: instant.optional(),
  opinion: text(2, 2000, '请记录顾客意见'),
  satisfaction: Satisfaction,
});
export type ReturnVisitInput = z.infer<typeof ReturnVisitInput>;

export const SkipReturnVisitInput = z.object({
  reason: ReturnVisitSkipReason,
  note: text(2, 500, '请填写说明'),
});
export type SkipReturnVisitInput = z.infer<typeof SkipReturnVisitInput>;

/** S2 投诉整理分析: a typical case with its analysis (cause, lesson). */
export const TypicalCaseInput = z.object({
  cause: text(2, 4000, '请填写原因分析'),
  lesson: text(2, 4000, '请填写经验总结'),
});
export type TypicalCaseInput = z.infer<typeof TypicalCaseInput>;

const amend = <F extends string, V extends z.ZodType>(field: F, value: V) =>
  z.object({ field: z.literal(field), value, reason });

/** Corrections to complaint facts (S4 4.3: never altered at will); caller, phone and summary are amended on the case. */
export const AmendComplaintInput = z.discriminatedUnion('field', [
  amend('category', ComplaintCategory),
  amend('location', ComplaintLocation),
  amend('complainantCount', z.number().int().min(1).max(100_000)),
  z.object({
    field: z.enum([
      'lawsuit',
      'mediaExposed',
      'safetyInvolved',
      'publicInterest',
      'passedUpToManager',
      'isTypical',
    ]),
    value: z.boolean(),
    reason,
  }),
  amend('repeatOfCaseId', id.nullable()),
  z.object({
    field: z.enum(['analysisCause', 'analysisLesson', 'replyFacts', 'replyMeasures']),
    value: text(2, 4000, '内容至少 2 个字'),
    reason,
  }),
  amend('replyFinding', ResponsibilityFinding),
  amend('replyResponsibleStaffId', id.nullable()),
]);
export type AmendComplaintInput = z.infer<typeof AmendComplaintInput>;
export type AmendableComplaintField = AmendComplaintInput['field'];

const flag = z.enum(['1', 'true']).optional();
export const ComplaintListQuery = z.object({
  propertyId: z.coerce.number().int().positive().optional(),
  state: ComplaintState.optional(),
  severity: ComplaintSeverity.optional(),
  category: ComplaintCategory.optional(),
  /** The department the complaint was passed to. */
  departmentId: z.coerce.number().int().positive().optional(),
  open: flag,
  /** Complaints passed to my department (dept staff). */
  mine: flag,
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  before: z.coerce.number().int().positive().optional(),
});
export type ComplaintListQuery = z.infer<typeof ComplaintListQuery>;

export const ComplaintLibraryQuery = z.object({
  q: z.string().trim().max(100).optional(),
  propertyId: z.coerce.number().int().positive().optional(),
  severity: ComplaintSeverity.optional(),
  category: ComplaintCategory.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type ComplaintLibraryQuery = z.infer<typeof ComplaintLibraryQuery>;

/** A calendar month, `2026-10`. */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
export const MonthQuery = z.object({ propertyId: z.coerce.number().int().positive(), month: Month });
export type MonthQuery = z.infer<typeof MonthQuery>;
export const ConfirmReportInput = z.object({
  propertyId: id,
  month: Month,
  note: z.string().trim().max(500).optional(),
});
export type ConfirmReportInput = z.infer<typeof ConfirmReportInput>;
