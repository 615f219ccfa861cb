import { NotificationListQuery, NotificationPage } from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { registerNotificationStream } from './stream.js';

const signedIn = { access: 'signed-in' as const };
const tags = ['notifications'];

/** The bell: every signed-in staff member sees only their own notifications. */
export const registerNotificationRoutes = (app: App, deps: Pick<Deps, 'hub' | 'notifier'>) => {
  const { notifier } = deps;
  app.get(
    '/api/notifications',
    {
      config: signedIn,
      schema: { tags, querystring: NotificationListQuery, response: { 200: NotificationPage } },
    },
    async (req) => notifier.list(requireActor(req).id, req.query),
  );
  app.get(
    '/api/notifications/unread-count',
    { config: signedIn, schema: { tags, response: { 200: z.object({ count: z.number() }) } } },
    async (req) => ({ count: await notifier.unreadCount(requireActor(req).id) }),
  );
  app.post(
    '/api/notifications/read-all',
    {
      config: signedIn,
      schema: { tags, response: { 200: z.object({ ok: z.literal(true), updated: z.number() }) } },
    },
    async (req) => ({ ok: true as const, updated: await notifier.markAllRead(requireActor(req).id) }),
  );
  app.post(
    '/api/notifications/:id/read',
    { config: signedIn, schema: { tags, params: IdParams, response: { 200: Ok } } },
    async (req) => {
      await notifier.markRead(requireActor(req).id, req.params.id);
      return ok;
    },
  );
  registerNotificationStream(app, deps);
};
