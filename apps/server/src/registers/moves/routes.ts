import { CreateMoveInput, MoveListQuery, MoveWelcomeInput } from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { requireActor } from '../../kernel/http/access.js';
import { IdParams, Ok, ok } from '../../kernel/http/common.js';
import type { App } from '../../kernel/http/types.js';
import { deskRoles, read } from '../http.js';

const tags = ['registers-moves'];

/** 过户/迁入 (S1 场景一; S2 顾客档案管理). */
export const registerMoveRoutes = (app: App, { registers }: Deps) => {
  const m = registers.moves;
  app.post(
    '/api/registers/moves',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description:
          '过户/迁入登记：查验并复印资料（房产证或租赁合同、身份证，复印件作为附件 entityType=moveRegistration 上传）；applyNow=true 时立即通过档案的迁入/过户更新档案，否则须在 2 日内更新（逾期标记 isOverdue）',
        body: CreateMoveInput,
        response: {
          200: z.object({ id: z.number(), archived: z.boolean(), archiveError: z.string().nullable() }),
        },
      },
    },
    async (req) => m.create(requireActor(req), req.body),
  );
  app.get(
    '/api/registers/moves',
    {
      config: read,
      schema: {
        tags,
        description: '过户/迁入登记列表；pending=1 为档案尚未更新的（isOverdue 为超过 2 日）',
        querystring: MoveListQuery,
      },
    },
    async (req) =>
      m.list(requireActor(req), { propertyId: req.query.propertyId, pending: !!req.query.pending }),
  );
  app.get(
    '/api/registers/moves/:id',
    { config: read, schema: { tags, description: '过户/迁入登记详情及历史', params: IdParams } },
    async (req) => m.detail(requireActor(req), req.params.id),
  );
  app.post(
    '/api/registers/moves/:id/apply',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '更新档案：调用档案的迁入/过户（同一登记只执行一次）',
        params: IdParams,
        response: { 200: z.object({ occupancyId: z.number(), personId: z.number() }) },
      },
    },
    async (req) => m.apply(requireActor(req), req.params.id),
  );
  app.post(
    '/api/registers/moves/:id/welcome',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '欢迎事项：递交名片、介绍周边、停车卡、装修规定（勾选完成）',
        params: IdParams,
        body: MoveWelcomeInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await m.welcome(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
};
