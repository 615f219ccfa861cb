import { z } from 'zod';
import { autoRuleKinds, directions } from './assessment.js';

/** Request schemas of assessment, rewards and penalties, and training (issue 8 items 2–4). */

const id = (what: string) =>
  z
    .number({ error: `请选择${what}` })
    .int()
    .positive();
const queryId = z.coerce.number().int().positive();
const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min > 1 ? `${label}至少 ${min} 个字` : `请填写${label}`)
    .max(max, `${label}不超过 ${max} 字`);
const Month = z.string({ error: '请选择月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
const Day = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
const Instant = z.iso.datetime({ offset: true, error: '时间格式不正确' });

// ---- 考核 (S2 员工考核规程) -------------------------------------------------------------

export const PropertyIdQuery = z.object({ propertyId: queryId.describe('项目 id') });

export const SetAssessmentRulesInput = z.object({
  propertyId: id('项目'),
  rules: z
    .array(
      z.object({
        kind: z.enum(autoRuleKinds, { error: '未知的考核规则' }),
        points: z
          .number({ error: '请填写分值' })
          .int('分值须为整数')
          .min(0, '分值不能为负')
          .max(100, '分值不超过 100 分'),
        isActive: z.boolean({ error: '请选择是否启用' }),
      }),
    )
    .min(1, '至少设置一条规则')
    .max(autoRuleKinds.length),
  reason: z.string().trim().max(500).optional(),
});
export type SetAssessmentRulesInput = z.infer<typeof SetAssessmentRulesInput>;

export const SheetListQuery = z.object({ propertyId: queryId.describe('项目 id'), month: Month });
export type SheetListQuery = z.infer<typeof SheetListQuery>;
export const SheetQuery = z.object({
  propertyId: queryId.describe('项目 id'),
  staffId: queryId.describe('员工 id'),
  month: Month,
});
export type SheetQuery = z.infer<typeof SheetQuery>;

export const AddManualItemInput = z.object({
  propertyId: id('项目'),
  staffId: id('员工'),
  month: Month,
  direction: z.enum(directions, { error: '请选择扣分或奖励分' }),
  points: z
    .number({ error: '请填写分值' })
    .int('分值须为整数')
    .min(1, '分值至少 1 分')
    .max(100, '分值不超过 100 分'),
  reason: text('考核事由', 2, 500),
});
export type AddManualItemInput = z.infer<typeof AddManualItemInput>;

export const WithdrawItemInput = z.object({ reason: text('撤销原因', 2, 500) });
export type WithdrawItemInput = z.infer<typeof WithdrawItemInput>;

export const ConfirmSheetInput = z.object({
  propertyId: id('项目'),
  staffId: id('员工'),
  month: Month,
  note: z.string().trim().max(500, '备注不超过 500 字').optional(),
});
export type ConfirmSheetInput = z.infer<typeof ConfirmSheetInput>;

// ---- 奖惩 (S2 员工奖惩规程) -------------------------------------------------------------

export const rewardPenaltyKinds = ['reward', 'penalty'] as const;
export type RewardPenaltyKind = (typeof rewardPenaltyKinds)[number];
export const rewardPenaltyKindLabels: Record<RewardPenaltyKind, string> = { reward: '奖励', penalty: '处罚' };
export const rewardPenaltyStates = ['submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type RewardPenaltyState = (typeof rewardPenaltyStates)[number];
export const rewardPenaltyStateLabels: Record<RewardPenaltyState, string> = {
  submitted: '待经理审批',
  approved: '已批准',
  rejected: '已驳回',
  withdrawn: '已撤回',
};

/** S2 员工奖惩规程 3.1.1.1: 由助理提交书面材料. */
export const SubmitRewardPenaltyInput = z.object({
  propertyId: id('项目'),
  staffId: id('员工'),
  kind: z.enum(rewardPenaltyKinds, { error: '请选择奖励或处罚' }),
  points: z
    .number({ error: '请填写分值' })
    .int('分值须为整数')
    .min(1, '分值至少 1 分')
    .max(50, '分值不超过 50 分'),
  occurredOn: Day.describe('事由发生日期'),
  title: text('事由', 2, 100),
  material: text('书面材料', 10, 4000),
});
export type SubmitRewardPenaltyInput = z.infer<typeof SubmitRewardPenaltyInput>;

/** Approve, or reject with a reason. */
export const DecideInput = z
  .object({
    approve: z.boolean({ error: '请选择批准或驳回' }),
    note: z.string().trim().max(500, '意见不超过 500 字').optional(),
  })
  .refine((v) => v.approve || (v.note ?? '').length >= 2, { message: '驳回须填写原因', path: ['note'] });
export type DecideInput = z.infer<typeof DecideInput>;

export const WithdrawInput = z.object({ reason: text('撤回原因', 2, 500) });

export const RewardPenaltyListQuery = z.object({
  propertyId: queryId.describe('项目 id'),
  state: z.enum(rewardPenaltyStates).optional(),
  staffId: queryId.optional(),
});
export type RewardPenaltyListQuery = z.infer<typeof RewardPenaltyListQuery>;

// ---- 培训 (S2 培训实施作业规程) -----------------------------------------------------------

export const trainingPlanStates = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type TrainingPlanState = (typeof trainingPlanStates)[number];
export const trainingPlanStateLabels: Record<TrainingPlanState, string> = {
  draft: '草稿',
  submitted: '待经理审批',
  approved: '已批准',
  rejected: '已驳回（可修改后重新提交）',
};

const planFields = {
  title: text('培训计划名称', 2, 100),
  content: text('培训内容', 2, 4000),
  startDate: Day,
  endDate: Day,
  traineeIds: z.array(id('受训员工')).min(1, '至少选择一名受训员工').max(100),
};
const datesInOrder = (v: { startDate: string; endDate: string }) => v.endDate >= v.startDate;
const datesMessage = { message: '结束日期不能早于开始日期', path: ['endDate'] };

export const CreateTrainingPlanInput = z
  .object({ propertyId: id('项目'), ...planFields })
  .refine(datesInOrder, datesMessage);
export type CreateTrainingPlanInput = z.infer<typeof CreateTrainingPlanInput>;
export const UpdateTrainingPlanInput = z.object(planFields).refine(datesInOrder, datesMessage);
export type UpdateTrainingPlanInput = z.infer<typeof UpdateTrainingPlanInput>;

export const TrainingPlanListQuery = z.object({
  propertyId: queryId.describe('项目 id'),
  state: z.enum(trainingPlanStates).optional(),
});
export type TrainingPlanListQuery = z.infer<typeof TrainingPlanListQuery>;

export const CreateTrainingSessionInput = z
  .object({
    topic: text('培训课题', 2, 200),
    startsAt: Instant,
    endsAt: Instant,
    location: z.string().trim().max(100, '地点不超过 100 字').default(''),
    trainer: text('讲师', 1, 50),
  })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), {
    message: '结束时间须晚于开始时间',
    path: ['endsAt'],
  });
export type CreateTrainingSessionInput = z.infer<typeof CreateTrainingSessionInput>;

export const attendanceStatuses = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  present: '出席',
  late: '迟到',
  absent: '缺席',
  excused: '请假',
};
export const RecordAttendanceInput = z.object({
  records: z
    .array(
      z.object({
        staffId: id('员工'),
        status: z.enum(attendanceStatuses, { error: '请选择出勤情况' }),
        note: z.string().trim().max(200).optional(),
      }),
    )
    .min(1, '至少记录一人')
    .max(200),
});
export type RecordAttendanceInput = z.infer<typeof RecordAttendanceInput>;

/** The manager signs off a trainee: certified for independent duty (S0 3.1.6 no longer applies). */
export const SignOffTrainingInput = z.object({
  propertyId: id('项目'),
  staffId: id('员工'),
  planId: id('培训计划'),
  note: text('考核结论', 2, 500),
});
export type SignOffTrainingInput = z.infer<typeof SignOffTrainingInput>;
