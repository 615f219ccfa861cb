import { IssuePassInput, LostPassInput, PassListQuery, ReturnPassInput } from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { requireActor } from '../../kernel/http/access.js';
import { IdParams, Ok, ok } from '../../kernel/http/common.js';
import type { App } from '../../kernel/http/types.js';
import { Created, deskRoles, read } from '../http.js';

const tags = ['registers-passes'];

/** 出入证 (S2 小区出入证管理规定): 临时出入证 and 住户卡. */
export const registerPassRoutes = (app: App, { registers }: Deps) => {
  const p = registers.passes;
  app.post(
    '/api/registers/passes',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '办理出入证：临时出入证须有有效期；住户卡对应房号',
        body: IssuePassInput,
        response: { 200: Created.extend({ number: z.string() }) },
      },
    },
    async (req) => p.issue(requireActor(req), req.body),
  );
  app.get(
    '/api/registers/passes',
    {
      config: read,
      schema: {
        tags,
        description: '出入证列表；status=expired 为已过期仍未交回的临时出入证',
        querystring: PassListQuery,
      },
    },
    async (req) => p.list(requireActor(req), req.query),
  );
  app.post(
    '/api/registers/passes/:id/return',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '交回出入证（可退押金）',
        params: IdParams,
        body: ReturnPassInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await p.returnPass(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/registers/passes/:id/lost',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '出入证挂失',
        params: IdParams,
        body: LostPassInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await p.lost(requireActor(req), req.params.id, req.body.note);
      return ok;
    },
  );
};
