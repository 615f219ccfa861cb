import {
  AcknowledgeComplaintInput,
  AmendComplaintInput,
  ComplaintLibraryQuery,
  ComplaintListQuery,
  ComplaintReplyInput,
  ConfirmSeverityInput,
  InformCustomerInput,
  RegisterComplaintInput,
  ReturnVisitInput,
  complaintActionRoles as roles,
  SignComplaintInput,
  SkipReturnVisitInput,
  TypicalCaseInput,
  VerifyComplaintInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { registerComplaintReportRoutes } from './routes-reports.js';

const tags = ['complaints'];
const Registered = z.object({
  caseId: z.number(),
  number: z.string(),
  created: z.boolean(),
  state: z.string(),
  severity: z.string(),
  proposedSeverity: z.string(),
  proposedRule: z.string(),
  proposedReason: z.string(),
});
const Created = z.object({ id: z.number() });

/**
 * The complaint path (DOMAIN.md §5; S4 4.4.2; S2 顾客投诉处理制度). `:id` is the complaint's case
 * id. Nothing here overwrites a recorded fact: corrections go through /amendments (S4 4.3).
 */
export const registerComplaintRoutes = (app: App, deps: Deps) => {
  const { complaints } = deps;
  const action = <B extends z.ZodType>(
    path: string,
    access: readonly (typeof roles)[keyof typeof roles][number][],
    description: string,
    body: B,
    run: (actor: ReturnType<typeof requireActor>, id: number, body: z.infer<B>) => Promise<unknown>,
  ) =>
    app.post(
      `/api/complaints/:id/${path}`,
      { config: { access }, schema: { tags, description, params: IdParams, body, response: { 200: Ok } } },
      async (req) => {
        await run(requireActor(req), req.params.id, req.body as z.infer<B>);
        return ok;
      },
    );

  app.post(
    '/api/complaints',
    {
      config: { access: roles.register },
      schema: {
        tags,
        description:
          '登记投诉（S4 4.4.2：记录事实并向客户致歉或致谢）。开立投诉案件并按规则建议等级：重要/热点投诉即报主管，重大投诉即报经理（S3 篇九 4.5.2）；一般投诉可当场处理（immediate.mode=answered）或立即派工（dispatched）。允许匿名投诉（anonymous=true，不填投诉人）。按 idempotencyKey 幂等。',
        body: RegisterComplaintInput,
        response: { 200: Registered },
      },
    },
    async (req) => complaints.register(requireActor(req), req.body),
  );

  app.get(
    '/api/complaints',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '投诉列表（按项目、状态、等级、类别筛选；mine=1 为转给本部门的投诉）',
        querystring: ComplaintListQuery,
      },
    },
    async (req) => complaints.queries.list(requireActor(req), req.query),
  );

  app.get(
    '/api/complaints/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          '投诉详情：事实、等级建议（proposalNow 为按当前事实重新计算）、部门回复及附件、当前用户可执行的操作（allowedActions）、完整时间线',
        params: IdParams,
      },
    },
    async (req) => complaints.queries.detail(requireActor(req), req.params.id),
  );

  action(
    'acknowledgement',
    roles.acknowledge,
    '补记向客户致歉或致谢（S4 4.4.2；由来电/来函登记的投诉）',
    AcknowledgeComplaintInput,
    complaints.acknowledge,
  );
  action(
    'severity',
    roles.severity,
    '主管确认建议等级，或改变等级并填写理由；改为重大时通知经理',
    ConfirmSeverityInput,
    complaints.confirmSeverity,
  );
  action(
    'sign',
    roles.sign,
    '经理确认签字并转责任部门（S4 4.4.2）；须先致歉/致谢并确认等级。当场处理的一般投诉签字后直接进入“已反馈客户”',
    SignComplaintInput,
    complaints.sign,
  );

  app.post(
    '/api/complaints/:id/replies',
    {
      config: { access: roles.reply },
      schema: {
        tags,
        description:
          '责任部门书面回复（S2 网上投诉处理）：调查事实、责任认定（我方/非我方/共同）、责任人、处理措施。仅限投诉所转部门的员工。附件随后以 entityType=complaintReply、entityId=回复 id 上传到 /api/attachments',
        params: IdParams,
        body: ComplaintReplyInput,
        response: { 200: Created },
      },
    },
    async (req) => complaints.reply(requireActor(req), req.params.id, req.body),
  );

  action(
    'inform',
    roles.inform,
    '将处理结果反馈客户：方式与时间（S4 4.4.2）；method=none 仅限匿名或无联系方式的投诉',
    InformCustomerInput,
    complaints.inform,
  );
  action(
    'verify',
    roles.verify,
    '主管验证处理结果（S2 投诉回访）；不合格（passed=false）退回责任部门重新回复',
    VerifyComplaintInput,
    complaints.verify,
  );
  action(
    'return-visit',
    roles.returnVisit,
    '主管回访并记录顾客意见，投诉关闭（S2 投诉回访）',
    ReturnVisitInput,
    complaints.returnVisit,
  );
  action(
    'return-visit-skip',
    roles.skipReturnVisit,
    '免回访并关闭，仅限三种原因（S2 投诉回访）：onSpotSatisfied 现场即时处理并经顾客确认满意；anonymousOrNoContact 匿名或无法联络；sensitive 不便回访的敏感投诉',
    SkipReturnVisitInput,
    complaints.skipReturnVisit,
  );
  action(
    'typical',
    roles.typical,
    '列为典型案例并填写分析（原因、经验），进入公司投诉案例库（S2 投诉整理分析）',
    TypicalCaseInput,
    complaints.markTypical,
  );
  action(
    'amendments',
    ['receptionist', 'assistant', 'supervisor', 'manager', 'dept_staff', 'company'],
    '更正投诉记录（保留原值、新值、原因、更正人和时间，S4 4.3）。登记事实由客服人员更正，案例分析由主管/经理/公司客服中心更正，部门回复由责任部门更正；投诉人、电话、内容在 /api/cases/:id/amendments 更正',
    AmendComplaintInput,
    complaints.amend,
  );

  app.get(
    '/api/complaint-library',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          '顾客投诉案例库：各项目的典型案例及分析，全公司共享（S2 投诉整理分析），不含投诉人信息；q 搜索内容与分析',
        querystring: ComplaintLibraryQuery,
      },
    },
    async (req) => complaints.queries.library(requireActor(req), req.query),
  );

  registerComplaintReportRoutes(app, deps);
};
