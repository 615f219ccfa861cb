import {
  DecideNoticeInput,
  DraftNoticeInput,
  NoticeListQuery,
  PublishNoticeInput,
  RegPropertyQuery,
  WithdrawNoticeInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { requireActor } from '../../kernel/http/access.js';
import { IdParams, Ok, ok } from '../../kernel/http/common.js';
import type { App } from '../../kernel/http/types.js';
import { Created, deskRoles, read } from '../http.js';

const tags = ['registers-notices'];

/** 信息屏发布 (S3 篇九 4.5.8). */
export const registerNoticeRoutes = (app: App, { registers }: Deps) => {
  const n = registers.notices;
  app.post(
    '/api/registers/notices',
    {
      config: { access: ['supervisor'] },
      schema: {
        tags,
        description: '客服主管拟制信息屏公告（报经理审批）',
        body: DraftNoticeInput,
        response: { 200: Created },
      },
    },
    async (req) => ({ id: await n.draft(requireActor(req), req.body) }),
  );
  app.get(
    '/api/registers/notices',
    {
      config: read,
      schema: { tags, description: '公告列表（isShowing 为当前在屏显示）', querystring: NoticeListQuery },
    },
    async (req) => n.list(requireActor(req), req.query),
  );
  app.get(
    '/api/registers/notices/:id',
    { config: read, schema: { tags, description: '公告详情及历史', params: IdParams } },
    async (req) => n.detail(requireActor(req), req.params.id),
  );
  app.post(
    '/api/registers/notices/:id/decision',
    {
      config: { access: ['manager'] },
      schema: {
        tags,
        description: '经理审批公告',
        params: IdParams,
        body: DecideNoticeInput,
        response: { 200: z.object({ state: z.string() }) },
      },
    },
    async (req) => n.decide(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/registers/notices/:id/publish',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '前台发布已批准的公告并设定有效期',
        params: IdParams,
        body: PublishNoticeInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await n.publish(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/registers/notices/:id/withdraw',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '撤下公告',
        params: IdParams,
        body: WithdrawNoticeInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await n.withdraw(requireActor(req), req.params.id, req.body.reason);
      return ok;
    },
  );
  app.get(
    '/api/registers/notices-screen',
    {
      config: read,
      schema: {
        tags,
        description:
          '大堂信息屏全屏页数据：当前有效公告；页面定时（如每 30 秒）轮询，version 变化时更新显示，无需刷新页面（信息屏电脑以前台账号登录）',
        querystring: RegPropertyQuery,
      },
    },
    async (req) => n.screen(requireActor(req), req.query.propertyId),
  );
};
