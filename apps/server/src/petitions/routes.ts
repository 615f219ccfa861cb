import {
  AmendPetitionInput,
  PetitionReplyInput,
  RegisterPetitionInput,
  RegPropertyQuery,
  SetIntakeProfileInput,
  SignPetitionInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { deskRoles } from '../intake/routes.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';

const tags = ['petitions'];
const read = { access: 'signed-in' } as const;
/** The supervisor and the manager sign the form and answer in writing (领导组长, 监督组长). */
const signers = { access: ['supervisor', 'manager'] } as const;

/** 群众来信来访登记表 (S0; DOMAIN.md §3 petition variant). */
export const registerPetitionRoutes = (app: App, { petitions }: Deps) => {
  app.put(
    '/api/admin/intake-profile',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        description: '切换项目的受理登记表式：standard 客户来电来访登记表 / petition 群众来信来访登记表',
        body: SetIntakeProfileInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await petitions.setProfile(requireActor(req), req.body.propertyId, req.body.profile);
      return ok;
    },
  );
  app.get(
    '/api/petitions/profile',
    { config: read, schema: { tags, description: '项目的受理登记表式', querystring: RegPropertyQuery } },
    async (req) => petitions.profile(requireActor(req), req.query.propertyId),
  );
  app.get(
    '/api/petitions/visit-count',
    {
      config: read,
      schema: {
        tags,
        description: '信访次数预览：按档案住户、电话（或仅有姓名时按姓名和房号）统计此前的案件',
        querystring: RegPropertyQuery.extend({
          personId: z.coerce.number().int().positive().optional(),
          phone: z.string().trim().max(20).optional(),
          name: z.string().trim().max(50).optional(),
          roomId: z.coerce.number().int().positive().optional(),
        }),
      },
    },
    async (req) => petitions.visitCountPreview(requireActor(req), req.query),
  );
  app.post(
    '/api/petitions',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description:
          '群众来信来访登记：信访编号自动编号，信访次数按此前案件计算，经办人为登记人；同时开立案件',
        body: RegisterPetitionInput,
        response: {
          200: z.object({
            id: z.number(),
            caseId: z.number(),
            caseNumber: z.string(),
            number: z.string(),
            visitCount: z.number(),
            created: z.boolean(),
          }),
        },
      },
    },
    async (req) => petitions.register(requireActor(req), req.body),
  );
  app.get(
    '/api/petitions',
    {
      config: read,
      schema: { tags, description: '群众来信来访登记表（最新在前）', querystring: RegPropertyQuery },
    },
    async (req) => petitions.list(requireActor(req), req.query.propertyId),
  );
  app.get(
    '/api/petitions/:id',
    { config: read, schema: { tags, description: '一份信访登记及其答复', params: IdParams } },
    async (req) => petitions.detail(requireActor(req), req.params.id),
  );
  app.get(
    '/api/cases/:id/petition',
    { config: read, schema: { tags, description: '案件的信访登记（无则 404）', params: IdParams } },
    async (req) => petitions.byCase(requireActor(req), req.params.id),
  );
  app.post(
    '/api/petitions/:id/sign',
    {
      config: signers,
      schema: {
        tags,
        description: '签字：leader 领导组长（管理处主任）、supervisor 监督组长（客服主管）；每栏一次',
        params: IdParams,
        body: SignPetitionInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await petitions.sign(requireActor(req), req.params.id, req.body.as);
      return ok;
    },
  );
  app.post(
    '/api/petitions/:id/reply',
    {
      config: signers,
      schema: {
        tags,
        description: '书面答复（关于反映…问题的答复）：收文人、事由、正文；只写一次，之后经更正修改',
        params: IdParams,
        body: PetitionReplyInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await petitions.reply(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/petitions/:id/amendments',
    {
      config: { access: [...deskRoles] },
      schema: {
        tags,
        description: '更正住址或答复（保留原值、原因、更正人和时间；S4 4.3）',
        params: IdParams,
        body: AmendPetitionInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await petitions.amend(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.get(
    '/api/petitions/:id/history',
    { config: read, schema: { tags, description: '信访登记的历史', params: IdParams } },
    async (req) => petitions.history(requireActor(req), req.params.id),
  );
};
