import {
  AmendCaseInput,
  CaseActionInput,
  CaseState,
  CaseType,
  PassUpInput,
  RegisterContactInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';

/** Who works the desk (DOMAIN.md §1). */
export const deskRoles = ['receptionist', 'assistant', 'supervisor', 'manager'] as const;
const tags = ['intake'];

const Registered = z.object({
  caseId: z.number(),
  contactId: z.number(),
  number: z.string(),
  created: z.boolean(),
  state: z.string(),
});
const CaseListQuery = z.object({
  propertyId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
  state: CaseState.optional(),
  type: CaseType.optional(),
  mine: z.enum(['1', 'true']).optional(),
  open: z.enum(['1', 'true']).optional(),
  roomId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  before: z.coerce.number().int().positive().optional(),
});

export const registerIntakeRoutes = (app: App, { intake }: Deps) => {
  app.post(
    '/api/contacts',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '登记来电/来访/来函（开新案件或并入已有案件）',
        body: RegisterContactInput,
        response: { 200: Registered },
      },
    },
    async (req) => intake.register(requireActor(req), req.body),
  );

  app.get(
    '/api/cases',
    { config: { access: 'signed-in' }, schema: { tags, querystring: CaseListQuery } },
    async (req) => {
      const { mine, open, ...rest } = req.query;
      return intake.queries.list(requireActor(req), { ...rest, mine: !!mine, open: !!open });
    },
  );

  app.get(
    '/api/cases/:id',
    { config: { access: 'signed-in' }, schema: { tags, params: IdParams } },
    async (req) => intake.queries.detail(requireActor(req), req.params.id),
  );

  app.post(
    '/api/cases/:id/actions',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '答复、转部门、上报主管、关闭',
        params: IdParams,
        body: CaseActionInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await intake.act(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );

  app.post(
    '/api/cases/:id/pass-up',
    {
      config: { access: deskRoles },
      schema: { tags, description: '服务上移', params: IdParams, body: PassUpInput, response: { 200: Ok } },
    },
    async (req) => {
      await intake.passUp(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );

  app.post(
    '/api/cases/:id/amendments',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '更正（保留原值、原因、更正人和时间）',
        params: IdParams,
        body: AmendCaseInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await intake.amend(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );

  app.get(
    '/api/desk/caller',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '来电人的欠费、未结案件和近期记录',
        querystring: z.object({
          propertyId: z.coerce.number().int().positive(),
          roomId: z.coerce.number().int().positive().optional(),
          phone: z
            .string()
            .trim()
            .regex(/^\d{4,20}$/)
            .optional(),
        }),
      },
    },
    async (req) =>
      intake.queries.callerContext(
        requireActor(req),
        req.query.propertyId,
        req.query.roomId ?? null,
        req.query.phone ?? null,
      ),
  );
};
