import {
  CloseIncidentInput,
  CompleteTaskInput,
  ConfirmDayInput,
  CreateIncidentInput,
  CreateTaskInput,
  DecideLetterInput,
  IncidentEntryInput,
  RegisterLetterInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { deskRoles } from './routes.js';

const tags = ['intake'];
const PropertyQuery = z.object({ propertyId: z.coerce.number().int().positive() });
const Created = z.object({ id: z.number() });

/** Call-backs and messages, letters, incidents and the end-of-day check. */
export const registerDeskRoutes = (app: App, { intake }: Deps) => {
  app.post(
    '/api/tasks',
    {
      config: { access: deskRoles },
      schema: { tags, description: '回电/转告任务', body: CreateTaskInput, response: { 200: Created } },
    },
    async (req) => ({
      id: await intake.tasks.create(requireActor(req), req.body),
    }),
  );
  app.get(
    '/api/tasks',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        querystring: z.object({
          propertyId: z.coerce.number().int().positive().optional(),
          all: z.enum(['1', 'true']).optional(),
          done: z.enum(['1', 'true']).optional(),
        }),
      },
    },
    async (req) => {
      const { propertyId, all, done } = req.query;
      return intake.tasks.list(requireActor(req), {
        ...(propertyId ? { propertyId } : {}),
        all: !!all,
        open: !done,
      });
    },
  );
  app.post(
    '/api/tasks/:id/complete',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: IdParams, body: CompleteTaskInput, response: { 200: Ok } },
    },
    async (req) => {
      await intake.tasks.complete(requireActor(req), req.params.id, req.body.outcome);
      return ok;
    },
  );

  app.get(
    '/api/desk/staff',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '本项目在职员工（姓名、部门、角色）：表扬、服务上移、转告时选人',
        querystring: PropertyQuery,
      },
    },
    async (req) => intake.staff(requireActor(req), req.query.propertyId),
  );

  app.post(
    '/api/letters',
    {
      config: { access: deskRoles },
      schema: { tags, description: '客户来函登记', body: RegisterLetterInput },
    },
    async (req) => intake.letters.registerLetter(requireActor(req), req.body),
  );
  app.get(
    '/api/letters',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        querystring: PropertyQuery.extend({
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          pending: z.enum(['1', 'true']).optional(),
        }),
      },
    },
    async (req) =>
      intake.letters.list(requireActor(req), req.query.propertyId, req.query.year, !!req.query.pending),
  );
  app.post(
    '/api/letters/:id/decision',
    {
      config: { access: ['assistant', 'supervisor', 'manager'] },
      schema: {
        tags,
        description: '投诉来函：助理决定是否立案（S0 3.3.2）',
        params: IdParams,
        body: DecideLetterInput,
      },
    },
    async (req) => intake.letters.decide(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/incidents',
    {
      config: { access: [...deskRoles, 'gate_guard', 'dept_staff'] },
      schema: {
        tags,
        description: '突发事件、重要问题记录',
        body: CreateIncidentInput,
        response: { 200: Created },
      },
    },
    async (req) => ({
      id: await intake.incidents.create(requireActor(req), req.body),
    }),
  );
  app.get(
    '/api/incidents',
    { config: { access: 'signed-in' }, schema: { tags, querystring: PropertyQuery } },
    async (req) => intake.incidents.list(requireActor(req), req.query.propertyId),
  );
  app.get(
    '/api/incidents/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags, description: '事件详情：报告/通知记录、处理措施、关闭人、历史', params: IdParams },
    },
    async (req) => intake.incidents.detail(requireActor(req), req.params.id),
  );
  app.post(
    '/api/incidents/:id/entries',
    {
      config: { access: [...deskRoles, 'gate_guard', 'dept_staff'] },
      schema: {
        tags,
        description: '记录已报告/通知谁及时间（told），或处理措施（action）',
        params: IdParams,
        body: IncidentEntryInput,
        response: { 200: Created },
      },
    },
    async (req) => ({ id: await intake.incidents.addEntry(requireActor(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/incidents/:id/close',
    {
      config: { access: ['supervisor', 'manager'] },
      schema: {
        tags,
        description: '关闭事件记录（记录关闭人）',
        params: IdParams,
        body: CloseIncidentInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await intake.incidents.close(requireActor(req), req.params.id, req.body.note);
      return ok;
    },
  );

  app.get(
    '/api/day-check',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '下班前检查（S3 篇九 4.1.6）',
        querystring: PropertyQuery.extend({ day: z.iso.date().optional() }),
      },
    },
    async (req) => intake.dayCheck.report(requireActor(req), req.query.propertyId, req.query.day),
  );
  app.post(
    '/api/day-check/confirm',
    {
      config: { access: ['supervisor', 'manager'] },
      schema: { tags, body: ConfirmDayInput, response: { 200: Ok } },
    },
    async (req) => {
      await intake.dayCheck.confirm(requireActor(req), req.body.propertyId, req.body.day, req.body.note);
      return ok;
    },
  );
};
