import {
  AmendWorkOrderInput,
  CompleteWorkOrderInput,
  CreateWorkOrderInput,
  DispatchWorkOrderInput,
  FollowUpNoteInput,
  PauseWorkOrderInput,
  ReassignWorkOrderInput,
  RecordReturnVisitInput,
  ReferWorkOrderInput,
  RescheduleWorkOrderInput,
  type Role,
  SendBackWorkOrderInput,
  VersionInput,
  WorkOrderDetail,
  WorkOrderListQuery,
  WorkOrderPage,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { deskRoles } from '../intake/routes.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { registerBoardRoutes } from './routes-board.js';
import { registerPrintRoutes } from './routes-print.js';

export const tags = ['work-orders'];
const Versioned = z.object({ version: z.number().describe('派工单的新版本号，下次写入时带上') });
const field = ['dept_staff'] as const;
const deskOrField = [...deskRoles, 'dept_staff'] as const;
const conflicts =
  '并发写入：version 与当前不符返回 409 CONFLICT；状态不允许返回 409 INVALID_TRANSITION（中文原因）。';

/** Work orders (DOMAIN.md §4, issue 4): dispatch, the field's actions, the desk's actions, records. */
export const registerWorkOrderRoutes = (app: App, deps: Deps) => {
  const { workOrders: wo } = deps;

  app.post(
    '/api/work-orders',
    {
      config: { access: deskOrField },
      schema: {
        tags,
        description: `派工：从未关闭的案件开派工单给部门及承办人（S3 篇九 4.5.3）。客服中心可从任何未结案件派工；部门员工只能为转交本部门的案件派工（非主管只能派给自己），此类派工单完工后按比例抽查回访（S4 篇3）。一个案件可有多张派工单。到场时限默认报修 30 分钟（S4 4.4.1），可在参数中按类型设置。`,
        body: CreateWorkOrderInput,
        response: { 200: z.object({ id: z.number(), number: z.string(), version: z.number() }) },
      },
    },
    async (req) => wo.create(requireActor(req), req.body),
  );

  app.get(
    '/api/work-orders',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '派工单列表（含已关闭），按案件或项目筛选；部门员工只看到自己的（主管：本部门的）',
        querystring: WorkOrderListQuery,
        response: { 200: WorkOrderPage },
      },
    },
    async (req) => wo.queries.list(requireActor(req), req.query),
  );

  app.get(
    '/api/work-orders/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          '派工单详情：时限、违约、收费项目、跟踪记录、回访、操作历史，以及当前用户可执行的操作。其他项目 404；同项目非本人/本部门的部门员工 403。',
        params: IdParams,
        response: { 200: WorkOrderDetail },
      },
    },
    async (req) => wo.queries.detail(requireActor(req), req.params.id),
  );

  const action = <S extends z.ZodType>(
    path: string,
    roles: readonly Role[],
    description: string,
    body: S,
    run: (actor: ReturnType<typeof requireActor>, id: number, input: z.infer<S>) => Promise<unknown>,
  ) =>
    app.post(
      `/api/work-orders/:id/${path}`,
      {
        config: { access: roles },
        schema: {
          tags,
          description: `${description}${conflicts}`,
          params: IdParams,
          body,
          response: { 200: Versioned.passthrough() },
        },
      },
      async (req) =>
        run(requireActor(req), (req.params as { id: number }).id, req.body as z.infer<S>) as Promise<
          z.infer<typeof Versioned>
        >,
    );

  action(
    'dispatch',
    deskRoles,
    '派出待派工的派工单（被退回或回访不满意重开的）。',
    DispatchWorkOrderInput,
    (a, id, b) => wo.dispatch(a, id, b),
  );
  action('accept', field, '接单（承办人或其部门主管）。', VersionInput, (a, id, b) =>
    wo.accept(a, id, b.version),
  );
  action('arrive', field, '报到场：到场时限达成；超时到场计一次违约。', VersionInput, (a, id, b) =>
    wo.arrive(a, id, b.version),
  );
  action(
    'complete',
    field,
    '完工：处理结果、使用材料、有偿服务收费项目（费用只按价目表计算）。前台派工的当天须回访；部门自派的按比例抽查，未抽中直接关闭。',
    CompleteWorkOrderInput,
    (a, id, b) => wo.complete(a, id, b),
  );
  action('send-back', field, '退回前台（须写明原因），时限继续计算。', SendBackWorkOrderInput, (a, id, b) =>
    wo.sendBack(a, id, b),
  );
  action(
    'reschedule',
    deskRoles,
    '改约（S1 报修）：须写明原因并经客户同意；新的上门时间必须遵守，失约另计一次违约；原约定未兑现计一次违约；不能再次改约。',
    RescheduleWorkOrderInput,
    (a, id, b) => wo.reschedule(a, id, b),
  );
  action(
    'reassign',
    deskRoles,
    '改派给其他承办人（可换部门），须写明原因。',
    ReassignWorkOrderInput,
    (a, id, b) => wo.reassign(a, id, b),
  );
  action(
    'refer',
    deskRoles,
    '维修能力外转介（S1）：记录提供给客户的外部联系方式，派工单以“转介”关闭。',
    ReferWorkOrderInput,
    (a, id, b) => wo.refer(a, id, b),
  );
  action(
    'pause',
    deskRoles,
    '暂停（原因、预计恢复时间）：暂停期间时限不计，到恢复时间自动恢复。',
    PauseWorkOrderInput,
    (a, id, b) => wo.pause(a, id, b),
  );
  action('resume', deskRoles, '恢复暂停的派工单，未达成的时限顺延暂停时长。', VersionInput, (a, id, b) =>
    wo.resume(a, id, b.version),
  );
  action(
    'close',
    deskRoles,
    '关闭：回访后（或无需回访时）关闭；案件的派工单全部关闭后案件自动结案。',
    VersionInput,
    (a, id, b) => wo.close(a, id, b.version),
  );
  action(
    'return-visit',
    deskRoles,
    '回访（S3 篇九 4.5.5）：方式、态度、质量、有无乱收费或收现金（须写明情况）、是否满意。不满意：本单以“重新派工”关闭，新开一张待派工的派工单，案件重新打开。',
    RecordReturnVisitInput,
    (a, id, b) => wo.returnVisits.record(a, id, b),
  );
  action(
    'amendments',
    deskOrField,
    '更正（S4 4.3：记录不得随意更改）：派工内容（客服中心）、处理结果、材料、收费项目；保留原值、原因、更正人和时间。',
    AmendWorkOrderInput,
    (a, id, b) => wo.amend(a, id, b),
  );

  app.post(
    '/api/work-orders/:id/notes',
    {
      config: { access: deskOrField },
      schema: {
        tags,
        description:
          '写当天跟踪记录（S3 篇九 4.5.4）：超过首日未完成的派工单每天须有一条，否则看板标记“今日未跟踪”。按项目时区计日。',
        params: IdParams,
        body: FollowUpNoteInput,
        response: { 200: z.object({ id: z.number(), day: z.string() }) },
      },
    },
    async (req) => wo.addNote(requireActor(req), req.params.id, req.body.text),
  );

  registerBoardRoutes(app, deps);
  registerPrintRoutes(app, deps);
};
