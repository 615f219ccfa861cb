import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext, tableCounts } from '../../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(); // 2026-11-23 10:00 in Asia/Shanghai
});
afterAll(async () => ctx.close());

let codeSeq = 100;
const newRoom = async (c: Client, propertyId: number, code = `9-1-${codeSeq++}`) => {
  const res = await c.post('/api/archive/rooms', { propertyId, code });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.id as number;
};
const newPerson = async (
  c: Client,
  propertyId: number,
  name: string,
  phones: string[] = [],
  idNumber?: string,
) => {
  const res = await c.post('/api/archive/people', { propertyId, name, phones, idNumber });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.id as number;
};

describe('archive scoping and roles over HTTP (DOMAIN.md §1–2)', () => {
  it("another property's room, person and building are 404 for reads and writes", async () => {
    const [mine, theirs] = [await ctx.property(), await ctx.property()];
    const owner = await ctx.as(['receptionist'], [theirs]);
    const roomId = await newRoom(owner, theirs, '1-1-101');
    const personId = await newPerson(owner, theirs, '陈某');
    const building = (await owner.get(`/api/archive/properties/${theirs}/buildings`)).body[0].id;
    const c = await ctx.as(['receptionist'], [mine]);
    for (const url of [
      `/api/archive/rooms/${roomId}`,
      `/api/archive/people/${personId}`,
      `/api/archive/buildings/${building}/rooms`,
      `/api/archive/buildings/${building}/units`,
      `/api/archive/properties/${theirs}/buildings`,
      `/api/archive/lookup?propertyId=${theirs}&q=陈`,
    ]) {
      const res = await c.get(url);
      expect(res.status, url).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    const before = await tableCounts(ctx.db);
    expect(
      (
        await c.post(`/api/archive/rooms/${roomId}/move-in`, {
          personId,
          relation: 'owner',
          date: '2026-11-01',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await c.put(`/api/archive/rooms/${roomId}/arrears`, {
          monthsOwed: 1,
          amountCents: 100,
          asOf: '2026-11-01',
        })
      ).status,
    ).toBe(404);
    expect((await c.put(`/api/archive/people/${personId}`, { name: '改名' })).status).toBe(404);
    expect((await c.post('/api/archive/people', { propertyId: theirs, name: '某人' })).status).toBe(404);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('a room cannot take a person of another property (404)', async () => {
    const [a, b] = [await ctx.property(), await ctx.property()];
    const c = await ctx.as(['manager'], [a, b]);
    const roomId = await newRoom(c, a);
    const stranger = await newPerson(c, b, '外人');
    const res = await c.post(`/api/archive/rooms/${roomId}/move-in`, {
      personId: stranger,
      relation: 'tenant',
      date: '2026-11-01',
    });
    expect(res.status).toBe(404);
  });

  it('the company role reads every property but writes nothing (403)', async () => {
    const [a, b] = [await ctx.property(), await ctx.property()];
    const desk = await ctx.as(['supervisor'], [a, b]);
    const ra = await newRoom(desk, a, '2-1-201');
    const rb = await newRoom(desk, b, '2-1-201');
    const company = await ctx.as(['company'], []);
    expect((await company.get(`/api/archive/rooms/${ra}`)).status).toBe(200);
    expect((await company.get(`/api/archive/rooms/${rb}`)).status).toBe(200);
    const all = await company.get('/api/archive/lookup?q=2-1-201');
    expect(all.body.map((r: { roomId: number }) => r.roomId)).toEqual(expect.arrayContaining([ra, rb]));
    const before = await tableCounts(ctx.db);
    const res = await company.put(`/api/archive/rooms/${ra}/arrears`, {
      monthsOwed: 1,
      amountCents: 100,
      asOf: '2026-11-01',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('dept_staff and gate_guard read their property but may not write (403); desk roles and admin may', async () => {
    const p = await ctx.property();
    const desk = await ctx.as(['receptionist'], [p]);
    const roomId = await newRoom(desk, p);
    const personId = await newPerson(desk, p, '周某');
    for (const role of ['dept_staff', 'gate_guard'] as const) {
      const c = await ctx.as([role], [p]);
      expect((await c.get(`/api/archive/rooms/${roomId}`)).status, role).toBe(200);
      const before = await tableCounts(ctx.db);
      expect((await c.post('/api/archive/people', { propertyId: p, name: '某' })).status, role).toBe(403);
      expect(
        (
          await c.post(`/api/archive/rooms/${roomId}/move-in`, {
            personId,
            relation: 'owner',
            date: '2026-11-01',
          })
        ).status,
        role,
      ).toBe(403);
      expect(
        (await c.post(`/api/archive/rooms/${roomId}/transfer`, { personId, date: '2026-11-01' })).status,
        role,
      ).toBe(403);
      expect(
        (
          await c.put(`/api/archive/rooms/${roomId}/arrears`, {
            monthsOwed: 1,
            amountCents: 1,
            asOf: '2026-11-01',
          })
        ).status,
        role,
      ).toBe(403);
      expect(await tableCounts(ctx.db)).toEqual(before);
    }
    for (const role of ['assistant', 'supervisor', 'manager', 'admin'] as const) {
      const c = await ctx.as([role], [p]);
      const res = await c.put(`/api/archive/rooms/${roomId}/arrears`, {
        monthsOwed: 1,
        amountCents: 100,
        asOf: '2026-11-01',
        reason: role,
      });
      expect(res.status, role).toBe(200);
    }
  });
});

describe('people: several phones, a masked ID number (DOMAIN.md §2)', () => {
  it('stores only the masked ID number: no table holds the clear number', async () => {
    const p = await ctx.property();
    const c = await ctx.as(['receptionist'], [p]);
    const clear = '11010519491231002X';
    const id = await newPerson(c, p, '王芳', ['138-0013-8000', '020-8888 6600'], clear);
    const page = await c.get(`/api/archive/people/${id}`);
    expect(page.body.person.idNumberMasked).toBe('1101**********002X');
    expect(page.body.phones).toEqual(['13800138000', '02088886600']);
    const upd = await c.put(`/api/archive/people/${id}`, {
      name: '王芳',
      phones: ['13800138000'],
      idNumber: '440106198503151233',
      reason: '证件更正',
    });
    expect(upd.status).toBe(200);
    for (const t of await ctx.db.introspection.getTables()) {
      const rows = await sql`select * from ${sql.table(t.name)}`.execute(ctx.db);
      const text = JSON.stringify(rows.rows);
      expect(text, t.name).not.toContain(clear);
      expect(text, t.name).not.toContain('440106198503151233');
    }
  });

  it('updates phones and keeps the ID when omitted; history has before and after with the reason', async () => {
    const p = await ctx.property();
    const c = await ctx.as(['assistant'], [p]);
    const id = await newPerson(c, p, '李雷', ['13900001111', '13900002222'], '11010519491231002X');
    expect(
      (
        await c.put(`/api/archive/people/${id}`, {
          name: '李磊',
          phones: ['13900002222', '13700003333'],
          reason: '登记错误',
        })
      ).status,
    ).toBe(200);
    const page = (await c.get(`/api/archive/people/${id}`)).body;
    expect(page.person).toMatchObject({ name: '李磊', idNumberMasked: '1101**********002X' });
    expect(page.phones).toEqual(['13900002222', '13700003333']);
    expect(page.history.map((h: { action: string }) => h.action)).toEqual(['create', 'update']);
    expect(page.history[1]).toMatchObject({
      reason: '登记错误',
      data: {
        before: { name: '李雷', phones: ['13900001111', '13900002222'] },
        after: { name: '李磊', phones: ['13900002222', '13700003333'] },
      },
    });
    // the old number is gone from the phone index, the new one is found
    expect((await c.get(`/api/archive/lookup?propertyId=${p}&q=1111`)).body).toEqual([]);
    expect((await c.get(`/api/archive/lookup?propertyId=${p}&q=3333`)).body[0]).toMatchObject({
      personId: id,
      matchedPhone: '13700003333',
    });
  });

  it('refuses bad input with 400, a stable code and a Chinese message', async () => {
    const p = await ctx.property();
    const c = await ctx.as(['receptionist'], [p]);
    const roomId = await newRoom(c, p);
    const cases: ['get' | 'post' | 'put', string, unknown, RegExp][] = [
      ['post', '/api/archive/people', { propertyId: p, name: '', phones: [] }, /请输入姓名/],
      ['post', '/api/archive/people', { propertyId: p, name: '甲', phones: ['12345'] }, /电话号码格式不正确/],
      [
        'post',
        '/api/archive/people',
        { propertyId: p, name: '甲', idNumber: '110105194912310021' },
        /校验位/,
      ],
      ['post', '/api/archive/rooms', { propertyId: p, code: '花园' }, /房号格式/],
      [
        'post',
        `/api/archive/rooms/${roomId}/move-in`,
        { person: { name: '乙' }, relation: 'owner', date: '2026/11/01' },
        /日期格式/,
      ],
      [
        'post',
        `/api/archive/rooms/${roomId}/move-in`,
        { person: { name: '乙' }, relation: 'boss', date: '2026-11-01' },
        /业主、租户或家属/,
      ],
      ['post', `/api/archive/rooms/${roomId}/move-in`, { relation: 'owner', date: '2026-11-01' }, /二选一/],
      [
        'put',
        `/api/archive/rooms/${roomId}/arrears`,
        { monthsOwed: -1, amountCents: 0, asOf: '2026-11-01' },
        /欠费月数不能为负/,
      ],
      [
        'put',
        `/api/archive/rooms/${roomId}/arrears`,
        { monthsOwed: 2, amountCents: 0, asOf: '2026-11-01' },
        /同时为 0/,
      ],
      ['get', `/api/archive/lookup?propertyId=${p}&q=`, undefined, /请输入房号、姓名或电话/],
      ['get', `/api/archive/buildings/1/rooms?pageSize=1000`, undefined, /每页最多/],
    ];
    const before = await tableCounts(ctx.db);
    for (const [method, url, body, message] of cases) {
      const res = method === 'get' ? await c.get(url) : await c[method](url, body);
      expect(res.status, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.message).toMatch(message);
    }
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('refuses a duplicate room code (409)', async () => {
    const p = await ctx.property();
    const c = await ctx.as(['receptionist'], [p]);
    await newRoom(c, p, '5栋1单元1201');
    const dup = await c.post('/api/archive/rooms', { propertyId: p, code: '5-1-1201' });
    expect(dup.status).toBe(409);
  });
});
