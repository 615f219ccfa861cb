import { z } from 'zod';
import { assessmentItemKinds, autoRuleKinds, directions } from './assessment.js';
import { attendanceStatuses, rewardPenaltyStates, trainingPlanStates } from './assessment-inputs.js';

/** What the assessment, rewards-and-penalties and training API answers; the web imports these. */

const TimelineEntry = z.object({
  seq: z.number(),
  at: z.string(),
  action: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable(),
  data: z.unknown(),
  reason: z.string().nullable(),
});

export const AssessmentRuleView = z.object({
  kind: z.enum(autoRuleKinds),
  label: z.string(),
  direction: z.enum(directions).describe('deduction 扣分 / bonus 奖励分'),
  clause: z.string().describe('依据的制度条款'),
  points: z.number().describe('每次分值'),
  defaultPoints: z.number(),
  isActive: z.boolean(),
});
export type AssessmentRuleView = z.infer<typeof AssessmentRuleView>;

export const AssessmentItemView = z.object({
  id: z.number().nullable().describe('已保存的考核项 id；未确认考核表上的自动项为 null（实时计算）'),
  kind: z.enum(assessmentItemKinds),
  label: z.string(),
  direction: z.enum(directions),
  points: z.number(),
  source: z.enum(['auto', 'manual']).describe('auto 依据记录自动生成 / manual 人工考核项'),
  occurredAt: z.string(),
  description: z.string(),
  reason: z.string().nullable().describe('人工考核项的事由'),
  record: z
    .object({ type: z.string(), id: z.number(), label: z.string() })
    .nullable()
    .describe('对应的记录：dutyShift 班次 / workOrder 派工单 / case 案件 / rewardPenalty 奖惩'),
  isCarriedOver: z.boolean().describe('上月考核表确认后才记录的事实，计入本月'),
  createdByName: z.string().nullable(),
});
export type AssessmentItemView = z.infer<typeof AssessmentItemView>;

export const AssessmentSheetSummary = z.object({
  sheetId: z.number().nullable(),
  propertyId: z.number(),
  staffId: z.number(),
  staffName: z.string(),
  departmentName: z.string().nullable(),
  month: z.string(),
  state: z.enum(['open', 'confirmed']).describe('open 未确认（实时计算）/ confirmed 经理已确认（冻结）'),
  deductions: z.number(),
  bonus: z.number(),
  score: z.number().describe('100 − 扣分 + 奖励分'),
  itemCount: z.number(),
  confirmedAt: z.string().nullable(),
});
export type AssessmentSheetSummary = z.infer<typeof AssessmentSheetSummary>;

export const AssessmentSheetView = AssessmentSheetSummary.extend({
  base: z.number().describe('基础分 100（S2 员工考核规程）'),
  isFrozen: z.boolean(),
  confirmedByName: z.string().nullable(),
  note: z.string().nullable(),
  items: z.array(AssessmentItemView),
  withdrawnItems: z.array(
    AssessmentItemView.extend({ withdrawnAt: z.string(), withdrawReason: z.string().nullable() }),
  ),
  timeline: z.array(TimelineEntry),
});
export type AssessmentSheetView = z.infer<typeof AssessmentSheetView>;

export const RewardPenaltyView = z.object({
  id: z.number(),
  propertyId: z.number(),
  staffId: z.number(),
  staffName: z.string(),
  kind: z.enum(['reward', 'penalty']),
  kindLabel: z.string(),
  points: z.number(),
  occurredOn: z.string(),
  title: z.string(),
  material: z.string().describe('书面材料'),
  state: z.enum(rewardPenaltyStates),
  stateLabel: z.string(),
  submittedBy: z.number(),
  submittedByName: z.string(),
  submittedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type RewardPenaltyView = z.infer<typeof RewardPenaltyView>;
export const RewardPenaltyDetail = RewardPenaltyView.extend({ timeline: z.array(TimelineEntry) });

export const TrainingSessionView = z.object({
  id: z.number(),
  topic: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
  trainer: z.string(),
  attendance: z.array(
    z.object({
      staffId: z.number(),
      staffName: z.string(),
      status: z.enum(attendanceStatuses),
      statusLabel: z.string(),
      note: z.string().nullable(),
    }),
  ),
});

export const TrainingPlanView = z.object({
  id: z.number(),
  propertyId: z.number(),
  title: z.string(),
  content: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  state: z.enum(trainingPlanStates),
  stateLabel: z.string(),
  createdBy: z.number(),
  createdByName: z.string(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  trainees: z.array(
    z.object({
      staffId: z.number(),
      staffName: z.string(),
      certifiedForDuty: z.boolean().describe('已独立上岗（S0 3.1.6）'),
      signedOffAt: z.string().nullable(),
    }),
  ),
});
export type TrainingPlanView = z.infer<typeof TrainingPlanView>;
export const TrainingPlanDetail = TrainingPlanView.extend({
  sessions: z.array(TrainingSessionView),
  timeline: z.array(TimelineEntry),
});
export type TrainingPlanDetail = z.infer<typeof TrainingPlanDetail>;
