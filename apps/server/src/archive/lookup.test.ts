import type { LookupResult } from '@propdesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext } from '../../test/harness.js';
import { lookup } from './lookup.js';

let ctx: TestContext;
let p: number;
let other: number;
let c: Client;
const ids = {} as Record<
  'room' | 'room2' | 'owner' | 'tenant' | 'named' | 'zhang2' | 'xiaoyan' | 'middle' | 'elsewhere',
  number
>;

const person = async (
  propertyId: number,
  name: string,
  phones: string[],
  room?: { id: number; relation: string },
) => {
  const res = await c.post('/api/archive/people', { propertyId, name, phones });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  if (room) {
    const mi = await c.post(`/api/archive/rooms/${room.id}/move-in`, {
      personId: res.body.id,
      relation: room.relation,
      date: '2024-01-01',
    });
    expect(mi.status).toBe(200);
  }
  return res.body.id as number;
};

beforeAll(async () => {
  ctx = await createTestContext();
  p = await ctx.property();
  other = await ctx.property();
  c = await ctx.as(['receptionist'], [p, other]);
  ids.room = (await c.post('/api/archive/rooms', { propertyId: p, code: '3-2-501' })).body.id;
  ids.room2 = (await c.post('/api/archive/rooms', { propertyId: p, code: '6-1-1102' })).body.id;
  ids.owner = await person(p, '张建国', ['13800135678'], { id: ids.room, relation: 'owner' });
  ids.tenant = await person(p, '李晓燕', ['13932501777'], { id: ids.room2, relation: 'tenant' }); // holds 32501
  ids.named = await person(p, '3-2-501 临时登记', []); // a legacy import with the room in the name
  ids.zhang2 = await person(p, '张伟', ['18622334455']);
  ids.xiaoyan = await person(p, '王晓燕', ['15011112222']);
  ids.middle = await person(p, '赵六', ['13698761234']);
  ids.elsewhere = await person(other, '张建军', ['13800135678']);
});
afterAll(async () => ctx.close());

const find = async (q: string, propertyId: number | null = p) =>
  (
    await c.get(
      `/api/archive/lookup?${propertyId ? `propertyId=${propertyId}&` : ''}q=${encodeURIComponent(q)}`,
    )
  ).body as LookupResult[];

describe('one-box lookup (issue 2 item 6)', () => {
  it('orders the exact room first, then phone matches, then name matches', async () => {
    const out = await find('3-2-501');
    expect(out.map((r) => [r.kind, r.match])).toEqual([
      ['room', 'room'],
      ['person', 'phone'],
      ['person', 'name'],
    ]);
    expect(out[0]).toMatchObject({ roomId: ids.room, label: '3栋2单元501', personName: '张建国' });
    expect(out[1]).toMatchObject({
      personId: ids.tenant,
      matchedPhone: '13932501777',
      rooms: [{ id: ids.room2, relation: 'tenant' }],
    });
    expect(out[2]).toMatchObject({ personId: ids.named });
  });

  it('reads the labelled room code 3栋2单元501 as the same room', async () => {
    expect((await find('3栋2单元501'))[0]).toMatchObject({ kind: 'room', roomId: ids.room });
  });

  it('finds a person by 4 digits from the middle of the number, not only the tail', async () => {
    const out = await find('9876');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      kind: 'person',
      personId: ids.middle,
      label: '赵六',
      matchedPhone: '13698761234',
    });
  });

  it('filters the gram candidates with the full digit run, and puts tail matches first', async () => {
    expect((await find('138 0013 5678')).map((r) => r.personId)).toEqual([ids.owner]);
    expect((await find('1380013567')).map((r) => r.personId)).toEqual([ids.owner]);
    const tail = await find('1234');
    expect(tail[0]).toMatchObject({ personId: ids.middle }); // …1234 at the end
  });

  it('finds a person by name prefix, then by a part of the name, with their rooms', async () => {
    const zhang = await find('张');
    expect(zhang.map((r) => r.label)).toEqual(['张伟', '张建国']);
    expect(zhang[1]).toMatchObject({
      match: 'name',
      rooms: [{ id: ids.room, label: '3栋2单元501', relation: 'owner' }],
    });
    const xiaoyan = await find('晓燕');
    expect(xiaoyan.map((r) => r.label).sort()).toEqual(['李晓燕', '王晓燕']);
    expect((await find('王晓燕'))[0]).toMatchObject({ personId: ids.xiaoyan, match: 'name' });
  });

  it('finds a renamed person by the new name only (the name index follows updates)', async () => {
    const id = await person(p, '黄小明', ['13511112222']);
    expect((await find('小明')).map((r) => r.personId)).toEqual([id]);
    expect(
      (await c.put(`/api/archive/people/${id}`, { name: '黄大明', phones: ['13511112222'] })).status,
    ).toBe(200);
    expect(await find('小明')).toEqual([]);
    expect((await find('大明')).map((r) => r.personId)).toEqual([id]);
  });

  it("is scoped: one property, or every property the actor reads; another property's number is not found", async () => {
    expect((await find('5678')).map((r) => r.personId)).toEqual([ids.owner]);
    expect((await find('5678', null)).map((r) => r.personId).sort()).toEqual(
      [ids.owner, ids.elsewhere].sort(),
    );
    const outsider = await ctx.as(['receptionist'], [other]);
    const res = await outsider.get(`/api/archive/lookup?q=5678`);
    expect((res.body as LookupResult[]).map((r) => r.personId)).toEqual([ids.elsewhere]);
    expect((await outsider.get(`/api/archive/lookup?propertyId=${p}&q=5678`)).status).toBe(404);
  });

  it('returns at most 20 lines and nothing for 3 digits', async () => {
    for (let i = 0; i < 25; i++) await person(other, `测${i}`, [`1771234${String(i).padStart(4, '0')}`]);
    expect(await lookup(ctx.db, { propertyIds: [other], q: '1771234' })).toHaveLength(20);
    expect(await find('177', other)).toEqual([]);
  });
});
