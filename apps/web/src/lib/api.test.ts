import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, fieldErrors, setCsrfToken, withQuery } from './api';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('turns the API error shape { error: { code, message, details } } into a typed ApiError', async () => {
    vi.stubGlobal('fetch', async () =>
      json(429, {
        error: {
          code: 'ACCOUNT_LOCKED',
          message: '登录失败次数过多，账号已锁定',
          details: { lockedUntil: 'x' },
          requestId: 'r1',
        },
      }),
    );
    const err = await api.get('/api/x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      status: 429,
      message: '登录失败次数过多，账号已锁定',
      requestId: 'r1',
    });
  });

  it('a non-JSON failure still becomes an ApiError with a Chinese message', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>bad gateway</html>', { status: 502 }));
    await expect(api.get('/api/x')).rejects.toMatchObject({
      code: 'INTERNAL',
      status: 502,
      message: '请求失败（502）',
    });
  });

  it('writes carry x-csrf-token, fetched once from /api/auth/me; reads do not', async () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      calls.push({ url, headers: (init?.headers ?? {}) as Record<string, string> });
      return url === '/api/auth/me' ? json(200, { csrfToken: 'tok-1' }) : json(200, { ok: true });
    });
    await api.get('/api/a');
    await api.post('/api/b', { x: 1 });
    await api.put('/api/c', { x: 2 });
    expect(calls.map((c) => c.url)).toEqual(['/api/a', '/api/auth/me', '/api/b', '/api/c']);
    expect(calls[0]!.headers['x-csrf-token']).toBeUndefined();
    expect(calls[2]!.headers['x-csrf-token']).toBe('tok-1');
    expect(calls[3]!.headers['x-csrf-token']).toBe('tok-1');
  });

  it('forgets the CSRF token after CSRF_FAILED so the next write fetches a fresh one', async () => {
    setCsrfToken('stale');
    let meCalls = 0;
    vi.stubGlobal('fetch', async (url: string) => {
      if (url === '/api/auth/me') {
        meCalls++;
        return json(200, { csrfToken: 'fresh' });
      }
      return json(403, { error: { code: 'CSRF_FAILED', message: '页面已过期' } });
    });
    await expect(api.post('/api/b')).rejects.toMatchObject({ code: 'CSRF_FAILED' });
    await expect(api.post('/api/b')).rejects.toMatchObject({ code: 'CSRF_FAILED' });
    expect(meCalls).toBe(1);
  });

  it('withQuery leaves out empty parameters', () => {
    expect(withQuery('/api/x', { propertyId: 3, q: '', a: undefined, b: null, c: false })).toBe(
      '/api/x?propertyId=3&c=false',
    );
    expect(withQuery('/api/x', { q: '' })).toBe('/api/x');
  });

  it('fieldErrors maps VALIDATION_FAILED details to form fields by their last path segment', () => {
    const e = new ApiError({
      code: 'VALIDATION_FAILED',
      status: 400,
      message: '输入有误',
      details: [
        { field: 'body.person.name', message: '请输入姓名' },
        { field: 'body.phones.1', message: '电话号码格式不正确' },
        { field: 'body.person.name', message: 'second' },
      ],
    });
    expect(fieldErrors(e)).toEqual({ name: '请输入姓名', '1': '电话号码格式不正确' });
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});
