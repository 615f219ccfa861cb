import { z } from 'zod';
import { DutyPostKind, DutySegment, SwapMode, segmentsProblem } from './duty.js';

/** Request schemas of the duty feature (issue 7); the web forms use the same ones. */
const id = (what: string) =>
  z
    .number({ error: `请选择${what}` })
    .int()
    .positive();
const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不超过 ${max} 字`);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}不超过 ${max} 字`).default('');
const Day = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
export const DutyMonth = z
  .string({ error: '请选择月份' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
const PropertyId = z.coerce.number().int().positive().describe('项目 id');

const segments = (label: string, min: number) =>
  z
    .array(DutySegment)
    .min(min, `请填写${label}`)
    .max(4, `${label}最多 4 段`)
    .superRefine((v, ctx) => {
      const problem = segmentsProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

const sortOrder = z.number().int().min(0).max(99).describe('排班表中的列顺序');
const DutyPostFields = z.object({
  propertyId: id('项目'),
  name: text('岗位名称', 30).describe('岗位名称，如 一楼前台、物业总值'),
  kind: DutyPostKind.describe('岗位类别：desk 前台岗 / night 物业总值（夜间值班）/ other 其他'),
  headcount: z
    .number({ error: '请填写每班人数' })
    .int()
    .min(1, '每班至少 1 人')
    .max(5, '每班最多 5 人')
    .describe('每班人数（S3 篇一：每班两人，一楼、二楼前台各 1 人）'),
  weekdaySegments: segments('工作日值班时段', 1).describe(
    '工作日值班时段（当地时间），如 08:20–12:00、14:30–18:00',
  ),
  weekendSegments: segments('双休日值班时段', 0).describe('双休日值班时段；为空表示双休日不排此岗'),
});
export const CreateDutyPostInput = DutyPostFields.extend({ sortOrder: sortOrder.default(0) });
export type CreateDutyPostInput = z.infer<typeof CreateDutyPostInput>;

/** Only the fields sent change (no defaults here: a missing field keeps its value). */
export const UpdateDutyPostInput = DutyPostFields.omit({ propertyId: true })
  .partial()
  .extend({
    sortOrder: sortOrder.optional(),
    active: z.boolean().optional().describe('停用后不再出现在排班表中'),
  });
export type UpdateDutyPostInput = z.infer<typeof UpdateDutyPostInput>;

export const DefaultDutyPostsInput = z.object({ propertyId: id('项目') });

export const DutyMonthQuery = z.object({ propertyId: PropertyId, month: DutyMonth.describe('月份 YYYY-MM') });
export const DutyDayQuery = z.object({
  propertyId: PropertyId,
  day: Day.optional().describe('日期 YYYY-MM-DD，默认今天（项目时区）'),
});
export const DutyPropertyQuery = z.object({ propertyId: PropertyId });

const RosterCell = z.object({
  postId: id('岗位'),
  day: Day.describe('班次开始的日期（夜班属当晚的日期）'),
  staffIds: z
    .array(id('值班人员'))
    .max(5, '每班最多 5 人')
    .describe('该班次的值班人员，按顺序；空数组表示清空'),
});
export const SetRosterCellInput = RosterCell.extend({ propertyId: id('项目') });
export type SetRosterCellInput = z.infer<typeof SetRosterCellInput>;
export const BulkRosterInput = z.object({
  propertyId: id('项目'),
  cells: z.array(RosterCell).min(1, '请至少填写一个班次').max(500, '一次最多 500 个班次'),
});
export type BulkRosterInput = z.infer<typeof BulkRosterInput>;

export const CreateSwapInput = z.object({
  assignmentId: id('要调出的班次').describe('原值班人员的班次（排班表中的 assignmentId）'),
  substituteId: id('替班人员').describe('替班人员'),
  exchangeAssignmentId: id('换回的班次')
    .nullable()
    .default(null)
    .describe('互换时填写：替班人员的一个班次，由原值班人员顶替；为空则为单纯替班'),
  mode: SwapMode.describe(
    'reported 两人自行调班后报行政部（立即生效）/ applied 至少提前一天申请，由行政部或经理审批（S3 篇一 五.4）',
  ),
  reason: text('调班原因', 200),
});
export type CreateSwapInput = z.infer<typeof CreateSwapInput>;

export const DecideSwapInput = z.object({
  approve: z.boolean({ error: '请选择批准或不批准' }).describe('true 批准 / false 不批准'),
  note: optionalText('审批意见', 200),
});
export type DecideSwapInput = z.infer<typeof DecideSwapInput>;

export const SwapListQuery = z.object({
  propertyId: PropertyId,
  month: DutyMonth.optional().describe('按班次月份筛选'),
  pending: z.enum(['1', 'true']).optional().describe('只看待审批'),
});

export const ClockInput = z.object({
  propertyId: id('项目'),
  staffId: id('员工').optional().describe('打卡人；只能是本人（不得代他人打卡），可省略'),
});
export type ClockInput = z.infer<typeof ClockInput>;

export const equipmentConditions = ['good', 'damaged', 'missing'] as const;
export const equipmentConditionLabels: Record<(typeof equipmentConditions)[number], string> = {
  good: '完好',
  damaged: '损坏',
  missing: '缺失',
};
export const EquipmentItem = z.object({
  name: text('物品名称', 50).describe('移交物品，如 大厅空调遥控器、值班室钥匙'),
  quantity: z.number().int().min(1, '数量至少为 1').max(99).default(1),
  condition: z.enum(equipmentConditions, { error: '请选择物品状况' }).default('good'),
  note: optionalText('备注', 200),
});
export type EquipmentItem = z.infer<typeof EquipmentItem>;

export const OpenHandoverInput = z.object({
  propertyId: id('项目'),
  assignmentId: id('班次').optional().describe('交班人的班次；省略则取本人当前（或刚结束的）班次'),
  notes: optionalText('交班说明', 2000).describe('交班人的自由说明'),
  equipment: z
    .array(EquipmentItem)
    .max(30, '物品最多 30 项')
    .default([])
    .describe('移交的设备与物品（S3 篇一 七：遥控器签字移交）'),
});
export type OpenHandoverInput = z.infer<typeof OpenHandoverInput>;

export const UpdateHandoverDraftInput = z.object({
  notes: z.string().trim().max(2000, '交班说明不超过 2000 字').optional().describe('不填则不改'),
  equipment: z.array(EquipmentItem).max(30, '物品最多 30 项').optional(),
  refresh: z.boolean().default(false).describe('true 时按当前实时数据重新生成各栏内容'),
});
export type UpdateHandoverDraftInput = z.infer<typeof UpdateHandoverDraftInput>;

export const SignIncomingInput = z.object({
  reviewed: z.literal(true, { error: '请确认已逐项核对交接内容' }).describe('接班人确认已核对交接内容'),
  remarks: optionalText('接班意见', 1000).describe('接班人意见、发现的问题'),
});
export type SignIncomingInput = z.infer<typeof SignIncomingInput>;

export const AmendHandoverInput = z.object({
  text: text('更正内容', 1000),
  reason: text('更正原因', 200),
});
export type AmendHandoverInput = z.infer<typeof AmendHandoverInput>;

export const HandoverListQuery = z.object({
  propertyId: PropertyId,
  day: Day.optional().describe('按交班班次日期筛选'),
  month: DutyMonth.optional().describe('按交班班次月份筛选'),
  open: z.enum(['1', 'true']).optional().describe('只看未完成（未双方签字）的'),
});

export const dutyLogKinds = ['event', 'unresolved'] as const;
export const dutyLogKindLabels: Record<(typeof dutyLogKinds)[number], string> = {
  event: '值班情况',
  unresolved: '未解决事项',
};
export const CreateDutyLogEntryInput = z.object({
  assignmentId: id('班次'),
  kind: z
    .enum(dutyLogKinds, { error: '请选择记录类别' })
    .describe('event 值班期间发生的情况 / unresolved 未解决、需跟进的事项（S3 篇九 4.1.7）'),
  text: text('记录内容', 1000),
  occurredAt: z.iso
    .datetime({ offset: true, error: '时间格式不正确' })
    .optional()
    .describe('发生时间，默认当前时间'),
});
export type CreateDutyLogEntryInput = z.infer<typeof CreateDutyLogEntryInput>;

export const ResolveDutyLogEntryInput = z.object({ resolution: text('处理结果', 500) });
export type ResolveDutyLogEntryInput = z.infer<typeof ResolveDutyLogEntryInput>;

export const OnDutyQuery = z.object({
  propertyId: PropertyId,
  at: z.iso.datetime({ offset: true, error: '时间格式不正确' }).optional().describe('时刻，默认现在'),
});
