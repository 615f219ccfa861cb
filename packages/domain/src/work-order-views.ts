import { z } from 'zod';
import { breachKinds } from './work-order-clocks.js';
import { closedAsValues, workOrderActions, workOrderOrigins, workOrderStates } from './work-orders.js';

/** What the API answers for work orders; the web imports these types. */
export const ClockViewSchema = z
  .object({
    dueAt: z.string().describe('时限（UTC）'),
    metAt: z.string().nullable().describe('达成时间（到场/完工），未达成为 null'),
    status: z
      .enum(['running', 'paused', 'met', 'metLate', 'overdue', 'stopped'])
      .describe(
        'running 计时中 / paused 暂停 / met 按时 / metLate 超时达成 / overdue 已超时 / stopped 已停止',
      ),
    remainingMs: z.number().nullable().describe('剩余毫秒，负数为已超时；暂停时冻结'),
    isBreached: z.boolean().describe('已计违约'),
  })
  .describe('一个时限');

export const WorkOrderSummary = z.object({
  id: z.number(),
  number: z.string().describe('派工单号'),
  propertyId: z.number(),
  caseId: z.number(),
  caseNumber: z.string(),
  type: z.string().describe('案件类型 repair/paidService/…'),
  urgency: z.string(),
  state: z.enum(workOrderStates),
  origin: z.enum(workOrderOrigins).describe('desk 前台派工 / department 部门自行受理'),
  description: z.string(),
  departmentId: z.number(),
  departmentName: z.string().nullable(),
  assigneeId: z.number().nullable(),
  assigneeName: z.string().nullable(),
  assigneePhone: z.string().nullable(),
  roomLabel: z.string().nullable(),
  callerName: z.string(),
  callerPhone: z.string().nullable(),
  dispatchMode: z.string().nullable(),
  dispatchedAt: z.string().nullable(),
  arrival: ClockViewSchema.describe('到场时限'),
  completion: ClockViewSchema.describe('完成时限'),
  isMustKeep: z.boolean().describe('改约后的上门时间（必须遵守）'),
  breachCount: z.number().describe('违约次数（完工后仍计）'),
  resumeAt: z.string().nullable().describe('暂停时：预计恢复时间'),
  followUpMissing: z.boolean().describe('超过首日未完成且今天尚无跟踪记录（S3 篇九 4.5.4）'),
  visitDueAt: z.string().nullable().describe('回访到期时间'),
  closedAs: z.enum(closedAsValues).nullable(),
  version: z.number(),
  createdAt: z.string(),
});
export type WorkOrderSummary = z.infer<typeof WorkOrderSummary>;

export const BoardCase = z.object({
  id: z.number(),
  number: z.string(),
  type: z.string(),
  urgency: z.string(),
  state: z.string().describe('案件状态'),
  summary: z.string(),
  roomLabel: z.string().nullable(),
  callerName: z.string(),
  callerPhone: z.string().nullable(),
  departmentId: z.number().nullable(),
  departmentName: z.string().nullable(),
  ownerName: z.string().nullable(),
  createdAt: z.string(),
  waitingMs: z.number().describe('登记至今的毫秒数'),
  dueAt: z.string().nullable(),
  remainingMs: z.number().nullable().describe('距处理时限的毫秒数，负数为已超时'),
});

export const BoardView = z.object({
  now: z.string(),
  today: z.string().describe('项目时区的今天（YYYY-MM-DD）'),
  timezone: z.string(),
  orders: z.object({
    items: z.array(WorkOrderSummary),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  }),
  cases: z.array(BoardCase).describe('尚无未结派工单的未结案件（如待派工），最多 200 条'),
  counts: z.object({
    open: z.number(),
    byState: z.record(z.string(), z.number()),
    breached: z.number(),
    overdue: z.number(),
    followUpMissing: z.number(),
  }),
});
export type BoardView = z.infer<typeof BoardView>;

/** Event name on `/api/work-orders/board/stream`; data is one `BoardChange`. */
export const BOARD_EVENT = 'board';
export const BoardChange = z.object({
  entityType: z.enum(['case', 'workOrder']),
  entityId: z.number(),
  action: z.string(),
  at: z.string(),
});
export type BoardChange = z.infer<typeof BoardChange>;

export const OrderItemView = z.object({
  id: z.number(),
  priceItemId: z.number(),
  name: z.string(),
  unit: z.string(),
  unitPriceCents: z.number(),
  quantity: z.number(),
  amountCents: z.number(),
});
export const MaterialView = z.object({ name: z.string(), quantity: z.number(), unit: z.string() });

export const ReturnVisitView = z.object({
  id: z.number(),
  workOrderId: z.number(),
  kind: z.enum(['required', 'spotCheck']).describe('required 当天回访 / spotCheck 抽查回访'),
  dueAt: z.string(),
  method: z.string().nullable(),
  attitude: z.string().nullable(),
  quality: z.string().nullable(),
  improperCharge: z.boolean().nullable(),
  cashCharge: z.boolean().nullable(),
  chargeDetail: z.string().nullable(),
  satisfied: z.boolean().nullable(),
  comment: z.string().nullable(),
  visitedByName: z.string().nullable(),
  visitedAt: z.string().nullable(),
  reworkOrderId: z.number().nullable().describe('不满意时新开的派工单'),
});
export type ReturnVisitView = z.infer<typeof ReturnVisitView>;

export const WorkOrderDetail = WorkOrderSummary.extend({
  case: z.object({
    id: z.number(),
    number: z.string(),
    state: z.string(),
    summary: z.string(),
    identity: z.string(),
  }),
  dispatchedByName: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  pauseReason: z.string().nullable(),
  result: z.string().nullable(),
  materials: z.array(MaterialView),
  items: z.array(OrderItemView),
  feeCents: z.number().describe('费用（分）：只由收费项目合计'),
  referredTo: z.string().nullable().describe('维修能力外：提供给客户的外部联系方式'),
  reworkOfId: z.number().nullable().describe('因回访不满意而重开时：原派工单'),
  closedAt: z.string().nullable(),
  breaches: z.array(
    z.object({ kind: z.enum(breachKinds), dueAt: z.string(), detectedAt: z.string(), cause: z.string() }),
  ),
  notes: z.array(
    z.object({
      id: z.number(),
      day: z.string(),
      text: z.string(),
      authorName: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  returnVisit: ReturnVisitView.nullable(),
  allowedActions: z.array(z.enum(workOrderActions)).describe('当前用户此刻可执行的操作'),
  timeline: z.array(
    z.object({
      seq: z.number(),
      at: z.string(),
      action: z.string(),
      actorName: z.string().nullable(),
      data: z.unknown(),
      reason: z.string().nullable(),
    }),
  ),
});
export type WorkOrderDetail = z.infer<typeof WorkOrderDetail>;

export const WorkOrderPage = z.object({
  items: z.array(WorkOrderSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const ReturnVisitQueueItem = ReturnVisitView.extend({
  orderNumber: z.string(),
  caseId: z.number(),
  caseNumber: z.string(),
  departmentName: z.string().nullable(),
  assigneeName: z.string().nullable(),
  callerName: z.string(),
  callerPhone: z.string().nullable(),
  roomLabel: z.string().nullable(),
  description: z.string(),
  result: z.string().nullable(),
  completedAt: z.string().nullable(),
  orderVersion: z.number(),
  isOverdue: z.boolean(),
});
export const ReturnVisitQueue = z.object({
  items: z.array(ReturnVisitQueueItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const PriceItemView = z.object({
  id: z.number(),
  propertyId: z.number(),
  name: z.string(),
  unit: z.string(),
  priceCents: z.number(),
  approval: z.string(),
  approvalDate: z.string().nullable(),
  isActive: z.boolean(),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
});

const PrintHeader = z.object({
  propertyName: z.string(),
  propertyAddress: z.string().nullable(),
  propertyPhone: z.string().nullable(),
  timezone: z.string().describe('打印时按此时区显示时间'),
  orderNumber: z.string(),
  caseNumber: z.string(),
  roomLabel: z.string().nullable(),
  customerName: z.string(),
  customerPhone: z.string().nullable(),
});

/** 派工单 (S3 篇九 4.5.3.1 打单派工). */
export const WorkOrderSlip = PrintHeader.extend({
  title: z.literal('派工单'),
  type: z.string(),
  urgency: z.string(),
  description: z.string(),
  departmentName: z.string().nullable(),
  assigneeName: z.string().nullable(),
  dispatchMode: z.string().nullable(),
  dispatchedAt: z.string().nullable(),
  dispatchedByName: z.string().nullable(),
  arrivalDueAt: z.string().describe('承诺到场时间'),
  isMustKeep: z.boolean(),
  completionDueAt: z.string().describe('承诺完成时间'),
  arrivedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  result: z.string().nullable(),
  materials: z.array(MaterialView),
  items: z.array(OrderItemView),
  feeCents: z.number(),
  feeInWords: z.string(),
  signatureLines: z.array(z.object({ label: z.string() })).describe('签字栏'),
});

/** 收费收据: only the price-list lines, with the total in 大写. */
export const WorkOrderReceipt = PrintHeader.extend({
  title: z.literal('有偿服务收费收据'),
  completedAt: z.string().nullable(),
  items: z.array(OrderItemView.extend({ approval: z.string(), approvalDate: z.string().nullable() })),
  totalCents: z.number(),
  totalInWords: z.string(),
  signatureLines: z.array(z.object({ label: z.string() })),
});
