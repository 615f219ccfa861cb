import { roles } from '@propdesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext, tableCounts } from './harness.js';

/**
 * Issue 2 items 4 and 9, checked over every route of the OpenAPI document, so routes added
 * by later features are covered without editing this file.
 */
type Operation = {
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  parameters?: { in: string; name: string }[];
};
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  minLength?: number;
  minimum?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  format?: string;
  minItems?: number;
};

const PUBLIC = new Set(['GET /api/health', 'POST /api/auth/sign-in']);
const WRITE = ['post', 'put', 'patch', 'delete'];

let ctx: TestContext;
let ops: { method: string; path: string; op: Operation }[];
let client: Client;

beforeAll(async () => {
  ctx = await createTestContext();
  const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
  const p = await ctx.property();
  client = await ctx.as([...roles], [p]);
});
afterAll(async () => ctx.close());

const fill = (path: string, id: string) => path.replace(/\{[^}]+\}/g, id);
const jsonSchemaOf = (op: Operation) => op.requestBody?.content?.['application/json']?.schema;

/** The simplest body a schema accepts, as far as a generator can tell; patterns may still refuse it. */
const sample = (s: JsonSchema | undefined): unknown => {
  if (!s) return {};
  if (s.anyOf) return sample(s.anyOf.find((x) => x.type !== 'null') ?? s.anyOf[0]);
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties?.[k])]));
    case 'string':
      return s.format === 'date' ? '2026-01-01' : 'x'.repeat(Math.max(1, s.minLength ?? 1));
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items));
    default:
      return null;
  }
};

/** Every property replaced by a value of the wrong type. */
const wrongTypes = (s: JsonSchema | undefined) =>
  Object.fromEntries(
    Object.entries(s?.properties ?? {}).map(([k, p]) => {
      const type = Array.isArray(p.type) ? p.type[0] : p.type;
      return [
        k,
        type === 'string' ? { not: 'a string' } : type === 'array' ? 'not-an-array' : 'not-a-number',
      ];
    }),
  );

describe('route access (issue 2 item 4)', () => {
  it('the OpenAPI document lists the API', () => {
    expect(ops.length).toBeGreaterThan(10);
  });

  it('no route but health and sign-in is reachable without a session', async () => {
    const open: string[] = [];
    for (const { method, path } of ops) {
      if (PUBLIC.has(`${method} ${path}`)) continue;
      const res = await ctx.app.inject({
        method: method as 'GET',
        url: fill(path, '1'),
        payload: method === 'GET' ? undefined : {},
      });
      if (res.statusCode !== 401) open.push(`${method} ${path} → ${res.statusCode}`);
    }
    expect(open).toEqual([]);
  });

  it('a session cookie from a signed-out session is refused too', async () => {
    const s = await ctx.staff({ roles: ['admin'], propertyIds: [] });
    const c = await ctx.signIn(s.username);
    await c.post('/api/auth/sign-out');
    expect((await c.get('/api/admin/staff')).status).toBe(401);
  });
});

describe('bad input never writes and never 500s (issue 2 item 9)', () => {
  const send = (method: string, url: string, payload: string, contentType = 'application/json') =>
    ctx.app.inject({
      method: method as 'POST',
      url,
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': contentType },
      payload,
    });

  const writes = () =>
    ops.filter((o) => WRITE.includes(o.method.toLowerCase()) && !PUBLIC.has(`${o.method} ${o.path}`));

  const kinds: [
    string,
    (o: { path: string; op: Operation }) => { url: string; payload: string; contentType?: string } | null,
  ][] = [
    ['malformed JSON', (o) => ({ url: fill(o.path, '1'), payload: '{"broken": ' })],
    [
      'wrong types',
      (o) =>
        jsonSchemaOf(o.op)?.properties
          ? { url: fill(o.path, '1'), payload: JSON.stringify(wrongTypes(jsonSchemaOf(o.op))) }
          : null,
    ],
    [
      'missing fields',
      (o) => (jsonSchemaOf(o.op)?.required?.length ? { url: fill(o.path, '1'), payload: '{}' } : null),
    ],
    [
      'a body over the limit',
      (o) => ({ url: fill(o.path, '1'), payload: JSON.stringify({ filler: 'x'.repeat(1.2 * 1024 * 1024) }) }),
    ],
    [
      'unknown ids',
      (o) =>
        o.path.includes('{')
          ? { url: fill(o.path, '987654321'), payload: JSON.stringify(sample(jsonSchemaOf(o.op))) }
          : null,
    ],
    [
      'a non-numeric id',
      (o) =>
        o.path.includes('{id}')
          ? { url: fill(o.path, 'abc'), payload: JSON.stringify(sample(jsonSchemaOf(o.op))) }
          : null,
    ],
    ['a text body', (o) => ({ url: fill(o.path, '1'), payload: 'hello', contentType: 'text/plain' })],
  ];

  for (const [kind, make] of kinds) {
    it(`${kind}: a 4xx with the error shape, and no row written`, async () => {
      const before = await tableCounts(ctx.db);
      const bad: string[] = [];
      let tried = 0;
      for (const o of writes()) {
        const req = make(o);
        if (!req) continue;
        tried++;
        const res = await send(o.method, req.url, req.payload, req.contentType);
        const body = res.json() as { error?: { code?: string; message?: string; requestId?: string } };
        const shaped =
          typeof body.error?.code === 'string' &&
          typeof body.error?.message === 'string' &&
          !!body.error?.requestId;
        if (res.statusCode < 400 || res.statusCode >= 500 || !shaped || res.body.includes('    at '))
          bad.push(`${o.method} ${o.path} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
      expect(tried).toBeGreaterThan(0);
      expect(bad).toEqual([]);
      expect(await tableCounts(ctx.db)).toEqual(before);
    });
  }
});
