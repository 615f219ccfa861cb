import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerAdminRoutes } from './access/admin-routes.js';
import { registerAuthRoutes } from './access/routes.js';
import { registerArchiveRoutes } from './archive/routes.js';
import { registerAssessmentRoutes } from './assessment/routes-assessment.js';
import { registerRewardPenaltyRoutes } from './assessment/routes-rewards.js';
import { registerTrainingRoutes } from './assessment/routes-training.js';
import { registerAttachmentRoutes } from './attachments/routes.js';
import { registerComplaintRoutes } from './complaints/routes.js';
import type { Deps } from './deps.js';
import { registerDutyRoutes } from './duty/routes.js';
import { registerDutyAttendanceRoutes } from './duty/routes-attendance.js';
import { registerHandoverRoutes } from './duty/routes-handover.js';
import { registerHistoryRoutes } from './history/routes.js';
import { registerHomeVisitRoutes } from './home-visits/routes.js';
import { registerImportRoutes } from './imports/routes.js';
import { registerIntakeRoutes } from './intake/routes.js';
import { registerDeskRoutes } from './intake/routes-desk.js';
import { AppError } from './kernel/errors.js';
import { registerAccessControl } from './kernel/http/access.js';
import { registerErrorHandler } from './kernel/http/error-handler.js';
import type { App } from './kernel/http/types.js';
import { registerNotificationRoutes } from './notifications/routes.js';
import { registerPetitionRoutes } from './petitions/routes.js';
import { registerRegisterRoutes } from './registers/routes.js';
import { registerReportRoutes } from './reports/routes.js';
import { registerSettingsRoutes } from './settings/routes.js';
import { registerWebhookRoutes } from './webhooks/routes.js';
import { registerWorkOrderRoutes } from './work-orders/routes.js';

export const BODY_LIMIT = 1024 * 1024;

export const buildApp = async (deps: Deps, opts: { logger?: boolean } = {}) => {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: process.env.LOG_LEVEL ?? 'info' },
    bodyLimit: BODY_LIMIT,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>() as App;

  // The API speaks JSON (and multipart for uploads); a text body is refused with 415.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(cookie);
  // Registered once for every upload route (imports, attachments); each reads its own parts.
  await app.register(multipart, {
    limits: { fileSize: deps.config.uploadLimitBytes, fieldSize: 64 * 1024, fields: 20 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'PropDesk API', description: '物业客服台 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pd_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerAccessControl(app, deps.sessions.loadSession);

  app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['system'] } }, async () => {
    await deps.db.selectFrom('properties').select('id').limit(1).execute();
    return { status: 'ok', db: deps.dialect };
  });
  registerAuthRoutes(app, deps);
  registerAdminRoutes(app, deps);
  registerHistoryRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerArchiveRoutes(app, deps);
  registerIntakeRoutes(app, deps);
  registerDeskRoutes(app, deps);
  registerComplaintRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerWebhookRoutes(app, deps);
  registerAttachmentRoutes(app, deps);
  registerSettingsRoutes(app, deps);
  registerWorkOrderRoutes(app, deps);
  registerRegisterRoutes(app, deps);
  registerDutyRoutes(app, deps);
  registerDutyAttendanceRoutes(app, deps);
  registerHandoverRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerAssessmentRoutes(app, deps);
  registerRewardPenaltyRoutes(app, deps);
  registerTrainingRoutes(app, deps);
  registerHomeVisitRoutes(app, deps);
  registerPetitionRoutes(app, deps);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const dist = deps.config.webDist;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) {
    await app.register(fastifyStatic, { root: dist, wildcard: false });
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api')) throw new AppError('NOT_FOUND', { message: '接口不存在' });
      return reply.sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler(() => {
      throw new AppError('NOT_FOUND', { message: '接口不存在' });
    });
  }
  return app;
};
