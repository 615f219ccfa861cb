import { z } from 'zod';
import { DutyPostKind, DutySegment, handoverStates } from './duty.js';
import { EquipmentItem } from './duty-inputs.js';

/** Response shapes of the duty API that the web pages and the print views build on (issue 7). */

export const DutyPostView = z.object({
  id: z.number(),
  propertyId: z.number(),
  name: z.string(),
  kind: DutyPostKind,
  headcount: z.number(),
  weekdaySegments: z.array(DutySegment),
  weekendSegments: z.array(DutySegment),
  sortOrder: z.number(),
  active: z.boolean(),
});

export const RosterPersonView = z.object({
  assignmentId: z.number(),
  slot: z.number(),
  staffId: z.number().describe('排班表上的值班人员'),
  staffName: z.string(),
  onDutyId: z.number().describe('实际当班人员：替班生效后为替班人员'),
  onDutyName: z.string(),
  isSubstitute: z.boolean().describe('是否由替班人员当班（表上显示替班人）'),
  swapId: z.number().nullable().describe('生效的调班'),
  pendingSwapId: z.number().nullable().describe('待审批的调班申请'),
  startsAt: z.string().describe('班次开始（UTC）'),
  endsAt: z.string().describe('班次结束（UTC；夜班为次日）'),
});

export const RosterGridView = z.object({
  property: z.object({ id: z.number(), code: z.string(), name: z.string(), timezone: z.string() }),
  month: z.string(),
  generatedAt: z.string(),
  posts: z.array(DutyPostView),
  days: z.array(
    z.object({
      day: z.string(),
      weekday: z.number().describe('0 周日 … 6 周六'),
      isWeekend: z.boolean(),
      cells: z.array(z.object({ postId: z.number(), people: z.array(RosterPersonView) })),
    }),
  ),
});
export type RosterGridView = z.infer<typeof RosterGridView>;

export const HandoverItemView = z.object({
  type: z
    .string()
    .describe(
      'case 案件 / workOrder 派工单 / task 回电转告 / returnVisit 回访 / incident 突发事件 / keyLoan 钥匙借用',
    ),
  id: z.number(),
  title: z.string(),
  detail: z.string().nullable(),
  at: z.string().nullable(),
  dueAt: z.string().nullable(),
  isOverdue: z.boolean(),
  clocks: z
    .array(z.object({ label: z.string(), dueAt: z.string(), status: z.string() }))
    .optional()
    .describe('派工单的到场、完成时钟'),
});
export const HandoverSectionView = z.object({
  key: z.string(),
  label: z.string(),
  total: z.number(),
  items: z.array(HandoverItemView),
});

const HistoryEntryView = z.object({
  seq: z.number(),
  at: z.string(),
  action: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable(),
  data: z.unknown(),
  reason: z.string().nullable(),
});

export const HandoverDetailView = z.object({
  id: z.number(),
  propertyId: z.number(),
  state: z
    .enum(handoverStates)
    .describe('draft 交班人填写中 / handedOver 待接班人签字 / signed 双方已签字 / closed 交班人已下岗'),
  stateLabel: z.string(),
  shift: z.object({
    assignmentId: z.number(),
    postId: z.number(),
    postName: z.string(),
    day: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
  }),
  outgoing: z.object({ id: z.number(), name: z.string(), signedAt: z.string().nullable() }),
  incoming: z
    .object({
      id: z.number(),
      name: z.string(),
      signedAt: z.string().nullable(),
      assignmentId: z.number().nullable(),
      isRostered: z.boolean(),
    })
    .nullable()
    .describe('接班人（签字后才有）'),
  successors: z
    .array(
      z.object({
        assignmentId: z.number(),
        postId: z.number(),
        postName: z.string(),
        onDutyId: z.number(),
        onDutyName: z.string(),
        startsAt: z.string(),
      }),
    )
    .describe('按排班应接班的班次与人员'),
  sections: z.array(HandoverSectionView).describe('由系统按实时数据填写的各栏'),
  notes: z.string(),
  equipment: z.array(EquipmentItem),
  remarks: z.string().nullable(),
  openedAt: z.string(),
  refreshedAt: z.string().describe('各栏内容取数时间'),
  closedAt: z.string().nullable(),
  viewedAt: z.string(),
  amendments: z.array(
    z.object({
      seq: z.number(),
      at: z.string(),
      actorId: z.number().nullable(),
      actorName: z.string().nullable(),
      text: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  history: z.array(HistoryEntryView),
});
export type HandoverDetailView = z.infer<typeof HandoverDetailView>;
