import {
  BulkRosterInput,
  CreateDutyPostInput,
  CreateSwapInput,
  DecideSwapInput,
  DefaultDutyPostsInput,
  DutyMonthQuery,
  DutyPostView,
  DutyPropertyQuery,
  RosterGridView,
  SetRosterCellInput,
  SwapListQuery,
  UpdateDutyPostInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { postRoles, rosterRoles } from './access.js';

const tags = ['duty'];
const Changed = z.object({ changed: z.number() });

/** Posts, the monthly roster and swaps (issue 7 items 1, 2). */
export const registerDutyRoutes = (app: App, { duty }: Deps) => {
  app.get(
    '/api/duty/posts',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '值班岗位及班次时段（工作日/双休日，项目时区的当地时间）',
        querystring: DutyPropertyQuery,
        response: { 200: z.array(DutyPostView) },
      },
    },
    async (req) => duty.posts.list(requireActor(req), req.query.propertyId),
  );
  app.post(
    '/api/duty/posts',
    {
      config: { access: postRoles },
      schema: {
        tags,
        description: '新增值班岗位（客服主管或系统管理员）',
        body: CreateDutyPostInput,
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (req) => ({ id: await duty.posts.create(requireActor(req), req.body) }),
  );
  app.post(
    '/api/duty/posts/defaults',
    {
      config: { access: postRoles },
      schema: {
        tags,
        description: '按默认设置建岗：一楼前台、二楼前台（S3 篇一）、物业总值 20:00–08:00（S1 十二）',
        body: DefaultDutyPostsInput,
        response: { 200: z.object({ ids: z.array(z.number()) }) },
      },
    },
    async (req) => ({ ids: await duty.posts.createDefaults(requireActor(req), req.body.propertyId) }),
  );
  app.patch(
    '/api/duty/posts/:id',
    {
      config: { access: postRoles },
      schema: {
        tags,
        description: '修改岗位；改时段时尚未开始的已排班次随之调整',
        params: IdParams,
        body: UpdateDutyPostInput,
        response: { 200: DutyPostView },
      },
    },
    async (req) => duty.posts.update(requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/duty/roster',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '月值班表（排班表网格，打印张贴用）：每天每岗的值班人员，替班生效时显示替班人',
        querystring: DutyMonthQuery,
        response: { 200: RosterGridView },
      },
    },
    async (req) => duty.roster.grid(requireActor(req), req.query.propertyId, req.query.month),
  );
  app.put(
    '/api/duty/roster/cell',
    {
      config: { access: rosterRoles },
      schema: {
        tags,
        description: '排一个班次（岗位×日期）的值班人员（客服主管）；同一人班次不能重叠',
        body: SetRosterCellInput,
        response: { 200: Changed },
      },
    },
    async (req) => duty.roster.setCell(requireActor(req), req.body),
  );
  app.post(
    '/api/duty/roster/bulk',
    {
      config: { access: rosterRoles },
      schema: {
        tags,
        description: '一次排多个班次（整月排班），全部成功或全部不写',
        body: BulkRosterInput,
        response: { 200: Changed },
      },
    },
    async (req) => duty.roster.bulk(requireActor(req), req.body),
  );
  app.get(
    '/api/duty/people',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '本项目在职员工（排班、替班人选）；certifiedForDuty 为 false 的不能排前台岗（S0 3.1.6）',
        querystring: DutyPropertyQuery,
      },
    },
    async (req) => duty.roster.people(requireActor(req), req.query.propertyId),
  );
  app.get(
    '/api/duty/roster/cell-history',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '一个班次的排班与替班历史',
        querystring: z.object({ postId: z.coerce.number().int().positive(), day: z.iso.date() }),
      },
    },
    async (req) => duty.roster.cellHistory(requireActor(req), req.query.postId, req.query.day),
  );

  app.post(
    '/api/duty/swaps',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          '调班（S3 篇一 五.4）：reported 两人自行调好后报行政部，立即生效；applied 至少提前一天申请，待行政部或管理处主任审批。可设每人每月上限（S3 篇六）',
        body: CreateSwapInput,
        response: { 200: z.object({ id: z.number(), state: z.string() }) },
      },
    },
    async (req) => duty.swaps.create(requireActor(req), req.body),
  );
  app.get(
    '/api/duty/swaps',
    {
      config: { access: 'signed-in' },
      schema: { tags, description: '调班记录（全部历史）', querystring: SwapListQuery },
    },
    async (req) =>
      duty.swaps.list(requireActor(req), {
        propertyId: req.query.propertyId,
        month: req.query.month,
        pending: !!req.query.pending,
      }),
  );
  app.get(
    '/api/duty/swaps/:id',
    { config: { access: 'signed-in' }, schema: { tags, description: '调班详情及历史', params: IdParams } },
    async (req) => duty.swaps.detail(requireActor(req), req.params.id),
  );
  app.post(
    '/api/duty/swaps/:id/decision',
    {
      config: { access: ['dept_staff', 'manager'] },
      schema: {
        tags,
        description: '审批调班申请（行政部员工或管理处主任）',
        params: IdParams,
        body: DecideSwapInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await duty.swaps.decide(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/duty/swaps/:id/withdraw',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '撤回待审批的调班申请（申请人）',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await duty.swaps.withdraw(requireActor(req), req.params.id);
      return ok;
    },
  );
};
