import {
  AmendRegisterInput,
  ConfirmRegisterDayInput,
  RegisterDayCheckQuery,
  RegisterKind,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { amendableRegisterFields } from './amendments.js';
import { deskRoles, read } from './http.js';
import { registerKeyRoutes } from './keys/routes.js';
import { registerMailRoutes } from './mail/routes.js';
import { registerMoveRoutes } from './moves/routes.js';
import { registerNoticeRoutes } from './notices/routes.js';
import { registerPassRoutes } from './passes/routes.js';
import { registerPaymentRoutes } from './payments/routes.js';
import { registerReleaseSlipRoutes } from './release-slips/routes.js';
import { registerRenovationRoutes } from './renovations/routes.js';
import { registerVisitorRoutes } from './visitors/routes.js';

const tags = ['registers'];

/** Every route of the front-desk registers (issue 6). */
export const registerRegisterRoutes = (app: App, deps: Deps) => {
  registerKeyRoutes(app, deps);
  registerMailRoutes(app, deps);
  registerPaymentRoutes(app, deps);
  registerReleaseSlipRoutes(app, deps);
  registerVisitorRoutes(app, deps);
  registerPassRoutes(app, deps);
  registerRenovationRoutes(app, deps);
  registerMoveRoutes(app, deps);
  registerNoticeRoutes(app, deps);
  const { registers } = deps;

  app.post(
    '/api/registers/amendments',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: `更正登记内容（不直接修改，原值、新值、原因、更正人记入历史）。可更正项目：${JSON.stringify(amendableRegisterFields)}`,
        body: AmendRegisterInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await registers.amendments.amend(requireActor(req), req.body);
      return ok;
    },
  );
  app.get(
    '/api/registers/history',
    {
      config: read,
      schema: {
        tags,
        description: '某条登记记录的完整历史（含更正）',
        querystring: z.object({ register: RegisterKind, id: z.coerce.number().int().positive() }),
      },
    },
    async (req) => registers.amendments.history(requireActor(req), req.query.register, req.query.id),
  );
  app.get(
    '/api/registers/day-check',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '下班前检查（S3 篇九 4.1.6）：当日登记簿中未完成/缺项的记录（gaps）及主管确认情况',
        querystring: RegisterDayCheckQuery,
      },
    },
    async (req) => registers.dayCheck.report(requireActor(req), req.query.propertyId, req.query.day),
  );
  app.post(
    '/api/registers/day-check/confirm',
    {
      config: { access: ['supervisor', 'manager'] },
      schema: {
        tags,
        description: '主管确认当日登记簿检查',
        body: ConfirmRegisterDayInput,
        response: { 200: z.object({ openGaps: z.number() }) },
      },
    },
    async (req) => registers.dayCheck.confirm(requireActor(req), req.body),
  );
};
