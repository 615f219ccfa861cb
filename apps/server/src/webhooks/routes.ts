import { CreateWebhookInput, UpdateWebhookInput, WebhookDeliveryQuery } from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';

const admin = { access: ['admin'] as const };
const tags = ['admin'];

/** Outgoing webhooks: admin only. Deliveries are sent by the webhook sweep (webhooks/delivery.ts). */
export const registerWebhookRoutes = (app: App, { webhooks }: Pick<Deps, 'webhooks'>) => {
  app.get('/api/admin/webhooks', { config: admin, schema: { tags } }, async () => webhooks.list());
  app.post(
    '/api/admin/webhooks',
    {
      config: admin,
      schema: { tags, body: CreateWebhookInput, response: { 200: z.object({ id: z.number() }) } },
    },
    async (req) => ({ id: await webhooks.create(requireActor(req), req.body) }),
  );
  app.put(
    '/api/admin/webhooks/:id',
    { config: admin, schema: { tags, params: IdParams, body: UpdateWebhookInput, response: { 200: Ok } } },
    async (req) => {
      await webhooks.update(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/admin/webhooks/:id/deactivate',
    { config: admin, schema: { tags, params: IdParams, response: { 200: Ok } } },
    async (req) => {
      await webhooks.deactivate(requireActor(req), req.params.id);
      return ok;
    },
  );
  app.get(
    '/api/admin/webhooks/:id/deliveries',
    { config: admin, schema: { tags, params: IdParams, querystring: WebhookDeliveryQuery } },
    async (req) => webhooks.deliveries(req.params.id, req.query),
  );
};
