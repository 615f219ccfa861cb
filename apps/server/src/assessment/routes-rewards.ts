import {
  DecideInput,
  RewardPenaltyDetail,
  RewardPenaltyListQuery,
  RewardPenaltyView,
  SubmitRewardPenaltyInput,
  WithdrawInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { sheetReaderRoles } from './sheets.js';

const tags = ['assessment'];

/** 员工奖惩 (S2 员工奖惩规程; issue 8 item 3). */
export const registerRewardPenaltyRoutes = (app: App, { assessment }: Deps) => {
  const { rewards } = assessment;
  app.post(
    '/api/rewards-penalties',
    {
      config: { access: ['assistant'] },
      schema: {
        tags,
        description: '客服助理提交奖励或处罚的书面材料（S2 员工奖惩规程 3.1.1.1），报经理审批',
        body: SubmitRewardPenaltyInput,
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (req) => rewards.submit(requireActor(req), req.body),
  );
  app.get(
    '/api/rewards-penalties',
    {
      config: { access: sheetReaderRoles },
      schema: {
        tags,
        description: '本项目的奖惩记录（最近 500 条），可按状态、员工筛选',
        querystring: RewardPenaltyListQuery,
        response: { 200: z.array(RewardPenaltyView) },
      },
    },
    async (req) => rewards.list(requireActor(req), req.query),
  );
  app.get(
    '/api/rewards-penalties/:id',
    {
      config: { access: sheetReaderRoles },
      schema: {
        tags,
        description: '奖惩记录详情与经过',
        params: IdParams,
        response: { 200: RewardPenaltyDetail },
      },
    },
    async (req) => rewards.get(requireActor(req), req.params.id),
  );
  app.post(
    '/api/rewards-penalties/:id/decision',
    {
      config: { access: ['manager'] },
      schema: {
        tags,
        description:
          '经理批准或驳回（驳回须写原因）；批准的奖惩计入该员工当月考核（S2 员工奖惩规程 3.1.1.2）',
        params: IdParams,
        body: DecideInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await rewards.decide(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/rewards-penalties/:id/withdraw',
    {
      config: { access: ['assistant'] },
      schema: {
        tags,
        description: '提交人撤回尚未审批的奖惩申请',
        params: IdParams,
        body: WithdrawInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await rewards.withdraw(requireActor(req), req.params.id, req.body.reason);
      return ok;
    },
  );
};
