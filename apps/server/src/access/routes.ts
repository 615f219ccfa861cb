import { ChangePasswordInput, SignInInput } from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor, SESSION_COOKIE } from '../kernel/http/access.js';
import { readableProperties } from '../kernel/http/actor.js';
import { Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';

const Me = z.object({
  id: z.number(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  propertyIds: z.array(z.number()),
  departmentId: z.number().nullable(),
  isDeptHead: z.boolean(),
  certifiedForDuty: z.boolean(),
  csrfToken: z.string(),
});

export const registerAuthRoutes = (app: App, { sessions, db, config }: Deps) => {
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies };

  app.post(
    '/api/auth/sign-in',
    { config: { access: 'public' }, schema: { tags: ['auth'], body: SignInInput, response: { 200: Me } } },
    async (req, reply) => {
      const { token, actor } = await sessions.signIn(req.body.username, req.body.password, req.ip);
      void reply.setCookie(SESSION_COOKIE, token, { ...cookieOpts, maxAge: 12 * 3600 });
      return actor;
    },
  );

  app.post(
    '/api/auth/sign-out',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], response: { 200: Ok } } },
    async (req, reply) => {
      await sessions.signOut(requireActor(req).sessionId);
      void reply.clearCookie(SESSION_COOKIE, cookieOpts);
      return ok;
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], response: { 200: Me } } },
    async (req) => requireActor(req),
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['auth'], body: ChangePasswordInput, response: { 200: Ok } },
    },
    async (req) => {
      await sessions.changePassword(requireActor(req), req.body.currentPassword, req.body.newPassword);
      return ok;
    },
  );

  app.get(
    '/api/properties',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['auth'],
        response: {
          200: z.array(
            z.object({ id: z.number(), code: z.string(), name: z.string(), timezone: z.string() }),
          ),
        },
      },
    },
    async (req) => {
      const scope = readableProperties(requireActor(req));
      let q = db.selectFrom('properties').select(['id', 'code', 'name', 'timezone']).orderBy('id');
      if (scope !== 'all') q = q.where('id', 'in', scope.length ? scope : [0]);
      return q.execute();
    },
  );
};
