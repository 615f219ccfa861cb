import {
  AddManualItemInput,
  AssessmentRuleView,
  AssessmentSheetSummary,
  AssessmentSheetView,
  ConfirmSheetInput,
  PropertyIdQuery,
  SetAssessmentRulesInput,
  SheetListQuery,
  SheetQuery,
  WithdrawItemInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { sheetReaderRoles } from './sheets.js';

const tags = ['assessment'];
/** Who enters manual items: the assistant, the supervisor and the manager. */
const assessors = ['assistant', 'supervisor', 'manager'] as const;

/** 员工考核 (S2 员工考核规程; issue 8 item 2). */
export const registerAssessmentRoutes = (app: App, { assessment }: Deps) => {
  const { rules, sheets } = assessment;
  app.get(
    '/api/assessment/rules',
    {
      config: { access: [...sheetReaderRoles, 'admin'] },
      schema: {
        tags,
        description: '考核规则与分值（自动考核项：迟到、早退、缺勤、派工违约、改约失约、有效投诉、表扬）',
        querystring: PropertyIdQuery,
        response: { 200: z.array(AssessmentRuleView) },
      },
    },
    async (req) => rules.get(requireActor(req), req.query.propertyId),
  );
  app.put(
    '/api/assessment/rules',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        description:
          '系统管理员设置本项目的考核规则分值与启用（未设置的规则用默认分值）；已确认的考核表不受影响',
        body: SetAssessmentRulesInput,
        response: { 200: z.array(AssessmentRuleView) },
      },
    },
    async (req) => rules.set(requireActor(req), req.body),
  );
  app.get(
    '/api/assessment/sheets',
    {
      config: { access: sheetReaderRoles },
      schema: {
        tags,
        description:
          '某月本项目员工考核表一览：未确认的按记录实时计算（100 − 扣分 + 奖励分），已确认的为冻结的结果',
        querystring: SheetListQuery,
        response: { 200: z.array(AssessmentSheetSummary) },
      },
    },
    async (req) => sheets.list(requireActor(req), req.query.propertyId, req.query.month),
  );
  app.get(
    '/api/assessment/sheet',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          '一名员工某月的考核表：每个自动考核项链接到其记录（班次、派工单、案件、奖惩），人工考核项附事由；员工本人可查看自己的考核表',
        querystring: SheetQuery,
        response: { 200: AssessmentSheetView },
      },
    },
    async (req) => sheets.get(requireActor(req), req.query.propertyId, req.query.staffId, req.query.month),
  );
  app.post(
    '/api/assessment/items',
    {
      config: { access: assessors },
      schema: {
        tags,
        description:
          '人工考核项（如前台私人电话、仪容仪表，S0 3.1.5、3.2.2）：扣分或奖励分，须填写事由；考核表确认后不能再加',
        body: AddManualItemInput,
        response: { 200: z.object({ id: z.number(), sheetId: z.number() }) },
      },
    },
    async (req) => sheets.addItem(requireActor(req), req.body),
  );
  app.post(
    '/api/assessment/items/:id/withdraw',
    {
      config: { access: assessors },
      schema: {
        tags,
        description: '撤销误录的人工考核项（保留记录与原因）；考核表确认后不能撤销',
        params: IdParams,
        body: WithdrawItemInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await sheets.withdrawItem(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/assessment/sheets/confirm',
    {
      config: { access: ['manager'] },
      schema: {
        tags,
        description:
          '经理确认某员工已结束月份的考核表：自动考核项按当时的记录写入并冻结得分；之后才记录的事实计入下月',
        body: ConfirmSheetInput,
        response: {
          200: z.object({
            sheetId: z.number(),
            deductions: z.number(),
            bonus: z.number(),
            score: z.number(),
          }),
        },
      },
    },
    async (req) => sheets.confirm(requireActor(req), req.body),
  );
};
