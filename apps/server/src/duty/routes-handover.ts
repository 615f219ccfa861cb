import {
  AmendHandoverInput,
  CreateDutyLogEntryInput,
  DutyDayQuery,
  HandoverDetailView,
  HandoverListQuery,
  OpenHandoverInput,
  ResolveDutyLogEntryInput,
  SignIncomingInput,
  UpdateHandoverDraftInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';

const tags = ['duty'];
const Created = z.object({ id: z.number() });

/** Handovers and the duty log (issue 7 items 5, 6). A signed handover has no update route. */
export const registerHandoverRoutes = (app: App, { duty }: Deps) => {
  app.post(
    '/api/duty/handovers',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          '交班人开交接班记录：系统按实时数据填写未办结案件、派工单、回电转告、回访、本班突发事件、借出钥匙',
        body: OpenHandoverInput,
        response: { 200: Created },
      },
    },
    async (req) => duty.handovers.open(requireActor(req), req.body),
  );
  app.get(
    '/api/duty/handovers',
    {
      config: { access: 'signed-in' },
      schema: { tags, description: '交接班记录列表', querystring: HandoverListQuery },
    },
    async (req) =>
      duty.handovers.list(requireActor(req), {
        propertyId: req.query.propertyId,
        day: req.query.day,
        month: req.query.month,
        open: !!req.query.open,
      }),
  );
  app.get(
    '/api/duty/handovers/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '交接班记录详情（页面及打印用），含更正说明与历史',
        params: IdParams,
        response: { 200: HandoverDetailView },
      },
    },
    async (req) => duty.handovers.detail(requireActor(req), req.params.id),
  );
  app.patch(
    '/api/duty/handovers/:id/draft',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '交班人修改草稿（说明、物品、刷新实时数据）；签字后不能修改',
        params: IdParams,
        body: UpdateHandoverDraftInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await duty.handovers.updateDraft(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/duty/handovers/:id/hand-over',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '交班人签字交班（内容自此冻结）',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await duty.handovers.handOver(requireActor(req), req.params.id);
      return ok;
    },
  );
  app.post(
    '/api/duty/handovers/:id/sign',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '接班人本人登录，核对后填写意见并签字；交班人不能代签',
        params: IdParams,
        body: SignIncomingInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await duty.handovers.signIncoming(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/duty/handovers/:id/close',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '交班人下岗（并下班打卡）：接班人签字前不得下岗（S3 篇三）',
        params: IdParams,
        response: {
          200: z.object({
            closedAt: z.string(),
            facts: z.array(z.object({ kind: z.string(), minutes: z.number() })),
          }),
        },
      },
    },
    async (req) => duty.handovers.close(requireActor(req), req.params.id),
  );
  app.post(
    '/api/duty/handovers/:id/amendments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '已签字的交接班记录不再修改：更正以说明形式追加（交接双方或主管）',
        params: IdParams,
        body: AmendHandoverInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await duty.handovers.amend(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );

  app.post(
    '/api/duty/log',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '值班日志（S3 篇七）：当班人员记录值班情况或未解决事项',
        body: CreateDutyLogEntryInput,
        response: { 200: Created },
      },
    },
    async (req) => duty.log.create(requireActor(req), req.body),
  );
  app.post(
    '/api/duty/log/:id/resolve',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '登记未解决事项的处理结果',
        params: IdParams,
        body: ResolveDutyLogEntryInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await duty.log.resolve(requireActor(req), req.params.id, req.body.resolution);
      return ok;
    },
  );
  app.get(
    '/api/duty/shifts/:id/log',
    {
      config: { access: 'signed-in' },
      schema: { tags, description: '一个班次的值班日志：记录、打卡、考勤事实、交接班', params: IdParams },
    },
    async (req) => duty.log.shift(requireActor(req), req.params.id),
  );
  app.get(
    '/api/duty/unresolved',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '每日记录（S3 篇九 4.1.7）：当天未解决、未完成的事项',
        querystring: DutyDayQuery,
      },
    },
    async (req) => duty.log.daily(requireActor(req), req.query.propertyId, req.query.day),
  );
};
