import type { Role } from '@propdesk/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';

/**
 * Every /api route declares who may call it in `config.access`:
 * 'public' (health, sign-in), 'signed-in' (any role), or a list of roles.
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type SessionLoader = (token: string) => Promise<Actor | null>;

export const SESSION_COOKIE = 'pd_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const requireActor = (req: FastifyRequest): Actor => {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', { message: '请先登录' });
  return req.actor;
};

export const registerAccessControl = (app: FastifyInstance, loadSession: SessionLoader) => {
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) return;
    if (route.url === '/api/openapi.json') return;
    if (!route.config?.access)
      throw new Error(`route ${route.method} ${route.url} does not declare config.access`);
  });

  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config?.access;
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) req.actor = await loadSession(token);
    if (!access || access === 'public') return;
    if (!req.actor) throw new AppError('UNAUTHENTICATED', { message: '请先登录' });
    if (!SAFE.has(req.method) && req.headers[CSRF_HEADER] !== req.actor.csrfToken)
      throw new AppError('CSRF_FAILED', { message: '页面已过期，请刷新后重试（CSRF 校验失败）' });
    if (access !== 'signed-in' && !access.some((r) => req.actor!.roles.includes(r)))
      throw new AppError('FORBIDDEN', { message: '您的角色无权执行此操作' });
  });
};
