import { z } from 'zod';
import { ChartData, ReportScope } from './reports.js';

/**
 * Per-shift and per-person workload (DOMAIN.md §9; S3 篇一 五.5): shifts and attributed
 * contacts come from the duty feature's attribution; the other columns count records by the
 * person who made them.
 */
export const WorkloadPersonRow = z.object({
  propertyId: z.number(),
  propertyName: z.string(),
  staffId: z.number(),
  staffName: z.string(),
  shifts: z.number().describe('当班次数（含替班）'),
  weekendShifts: z.number().describe('双休日当班次数'),
  substituteShifts: z.number().describe('替班次数'),
  absentShifts: z.number().describe('缺勤班次'),
  weekendAllowance: z.number().describe('双休日值班补贴次数（按实际当班人计）'),
  contacts: z.number().describe('归属本人班次的来电来访数（S3 篇一 五.5）'),
  contactsAsSubstitute: z.number().describe('其中替班期间'),
  contactsTaken: z.number().describe('本人登记的来电来访数（接待人）'),
  casesFirstTaken: z.number().describe('本人首接的案件数（首接责任制）'),
  ordersDispatched: z.number().describe('本人派出的派工单数'),
  ordersCompleted: z.number().describe('本人完工的派工单数（维修人员）'),
  returnVisits: z.number().describe('本人完成的回访数'),
});
export type WorkloadPersonRow = z.infer<typeof WorkloadPersonRow>;

export const WorkloadShiftRow = z.object({
  propertyId: z.number(),
  propertyName: z.string(),
  postId: z.number(),
  postName: z.string().describe('岗位（班次）'),
  postKind: z.string(),
  shifts: z.number().describe('班次数'),
  weekendShifts: z.number(),
  contacts: z.number().describe('归属该岗位班次的来电来访数'),
  perShift: z.number().nullable().describe('平均每班来电来访数'),
  busiestDay: z.string().nullable().describe('来电来访最多的一天'),
  busiestDayContacts: z.number(),
});
export type WorkloadShiftRow = z.infer<typeof WorkloadShiftRow>;

export const WorkloadReport = z.object({
  scope: ReportScope,
  month: z.string(),
  totals: z.array(
    z.object({
      propertyId: z.number(),
      propertyName: z.string(),
      totalContacts: z.number(),
      unattributedContacts: z.number().describe('不在任何班次内的来电来访'),
    }),
  ),
  people: z.array(WorkloadPersonRow).describe('每人工作量'),
  shifts: z.array(WorkloadShiftRow).describe('每个岗位（班次）的工作量'),
  byDayAndPost: z
    .array(z.object({ day: z.string(), byPost: z.record(z.string(), z.number()) }))
    .describe('每天各岗位归属的来电来访数（键为岗位 id）'),
  charts: z.array(ChartData),
});
export type WorkloadReport = z.infer<typeof WorkloadReport>;
