import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('sign-in and sessions (issue 2 item 4)', () => {
  it('signs in, reads /me, signs out', async () => {
    const p = await ctx.property();
    const c = await ctx.as(['receptionist'], [p]);
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.roles).toEqual(['receptionist']);
    expect(me.body.propertyIds).toEqual([p]);
    expect((await c.post('/api/auth/sign-out')).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('sets an HttpOnly SameSite session cookie and stores only a hash of the token', async () => {
    const s = await ctx.staff({ roles: ['receptionist'], propertyIds: [] });
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: s.username, password: TEST_PASSWORD },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const rows = await ctx.db.selectFrom('sessions').select('id').where('staffId', '=', s.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toBe(token);
  });

  it('refuses a wrong password with a stable code', async () => {
    const s = await ctx.staff({ roles: ['receptionist'], propertyIds: [] });
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: s.username, password: 'nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks a username for 15 minutes after 5 failures within 15 minutes, even for the right password', async () => {
    const s = await ctx.staff({ roles: ['receptionist'], propertyIds: [] });
    const attempt = (password: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username: s.username, password },
      });
    for (let i = 0; i < 5; i++) {
      expect((await attempt('wrong')).statusCode).toBe(401);
      ctx.clock.advance(60_000);
    }
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    ctx.clock.advance(10 * 60_000); // 11 minutes after the 5th failure: still locked
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(429);
    ctx.clock.advance(5 * 60_000); // 16 minutes after: open again
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('4 failures do not lock', async () => {
    const s = await ctx.staff({ roles: ['receptionist'], propertyIds: [] });
    for (let i = 0; i < 4; i++)
      await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username: s.username, password: 'x' },
      });
    const ok = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: s.username, password: TEST_PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('changes the password: the old one stops working, the new one works', async () => {
    const s = await ctx.staff({ roles: ['receptionist'], propertyIds: [] });
    const c = await ctx.signIn(s.username);
    const bad = await c.post('/api/auth/password', {
      currentPassword: 'wrong-one',
      newPassword: 'brand-new-pass',
    });
    expect(bad.status).toBe(422);
    const res = await c.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'brand-new-pass',
    });
    expect(res.status).toBe(200);
    await expect(ctx.signIn(s.username)).rejects.toThrow();
    await expect(ctx.signIn(s.username, 'brand-new-pass')).resolves.toBeTruthy();
  });
});

describe('CSRF (issue 2 item 4)', () => {
  it('refuses a write without the CSRF header and writes nothing', async () => {
    const c = await ctx.as(['admin'], []);
    const before = await ctx.db.selectFrom('properties').select('id').execute();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/properties',
      headers: { cookie: c.cookie },
      payload: { code: 'CSRF1', name: '跨站' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/properties',
      headers: { cookie: c.cookie, 'x-csrf-token': 'forged' },
      payload: { code: 'CSRF1', name: '跨站' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(await ctx.db.selectFrom('properties').select('id').execute()).toHaveLength(before.length);
  });
});

describe('roles (DOMAIN.md §1) over HTTP', () => {
  it('only admin manages staff and properties', async () => {
    const p = await ctx.property();
    for (const role of [
      'receptionist',
      'assistant',
      'supervisor',
      'manager',
      'dept_staff',
      'gate_guard',
      'company',
    ] as const) {
      const c = await ctx.as([role], [p]);
      expect((await c.get('/api/admin/staff')).status, role).toBe(403);
      expect((await c.post('/api/admin/properties', { code: `X${role}`, name: 'x' })).status, role).toBe(403);
    }
    const admin = await ctx.as(['admin'], []);
    expect((await admin.get('/api/admin/staff')).status).toBe(200);
  });

  it('admin creates staff, history records it, duplicate usernames conflict', async () => {
    const p = await ctx.property();
    const admin = await ctx.as(['admin'], []);
    const input = {
      username: 'new.staff',
      password: 'password-123',
      name: '新员工',
      employeeNo: 'N-001',
      roles: ['receptionist'],
      propertyIds: [p],
    };
    const res = await admin.post('/api/admin/staff', input);
    expect(res.status).toBe(200);
    const again = await admin.post('/api/admin/staff', input);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    const hist = await admin.get(`/api/admin/history/staff/${res.body.id}`);
    expect(hist.body.map((e: { action: string }) => e.action)).toEqual(['create']);
    expect(JSON.stringify(hist.body)).not.toContain('password-123');
    const upd = await admin.put(`/api/admin/staff/${res.body.id}`, {
      ...input,
      username: undefined,
      password: undefined,
      name: '改名',
      reason: '登记错误',
    });
    expect(upd.status).toBe(200);
    const hist2 = await admin.get(`/api/admin/history/staff/${res.body.id}`);
    expect(hist2.body[1]).toMatchObject({
      action: 'update',
      reason: '登记错误',
      data: { before: { name: '新员工' }, after: { name: '改名' } },
    });
  });

  it('a deactivated staff member loses the session at once', async () => {
    const p = await ctx.property();
    const s = await ctx.staff({ roles: ['receptionist'], propertyIds: [p] });
    const c = await ctx.signIn(s.username);
    const admin = await ctx.as(['admin'], []);
    const view = (await admin.get(`/api/admin/staff/${s.id}`)).body;
    const { id: _id, username: _u, ...fields } = view;
    expect((await admin.put(`/api/admin/staff/${s.id}`, { ...fields, active: false })).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });
});
