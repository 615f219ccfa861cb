import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext } from '../../test/harness.js';
import { eventHash } from './chain.js';

let ctx: TestContext;
let admin: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.as(['admin'], []);
});
afterAll(async () => ctx.close());

/** A property with three events: create and two updates. */
const propertyWithHistory = async (code: string) => {
  const body = { code, name: `${code} 小区`, timezone: 'Asia/Shanghai', address: null, phone: null };
  const { id } = (await admin.post('/api/admin/properties', body)).body;
  await admin.put(`/api/admin/properties/${id}`, { ...body, name: `${code} 二期` });
  await admin.put(`/api/admin/properties/${id}`, { ...body, name: `${code} 三期` });
  return String(id);
};

const brokenIds = async () => {
  const res = await admin.get('/api/admin/history/verify');
  expect(res.status).toBe(200);
  return res.body.broken
    .filter((b: { entityType: string }) => b.entityType === 'property')
    .map((b: { entityId: string }) => b.entityId);
};

const events = (entityId: string) =>
  ctx.db
    .selectFrom('events')
    .selectAll()
    .where('entityType', '=', 'property')
    .where('entityId', '=', entityId)
    .orderBy('seq')
    .execute();

describe('one tamper-evident history (issue 2 item 7)', () => {
  it('an untouched chain verifies, and the timeline shows every write', async () => {
    const id = await propertyWithHistory('HCLEAN');
    expect(await brokenIds()).not.toContain(id);
    const timeline = (await admin.get(`/api/admin/history/property/${id}`)).body;
    expect(timeline.map((e: { action: string; seq: number }) => [e.seq, e.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
      [3, 'update'],
    ]);
    expect(timeline[1].data.before.name).toBe('HCLEAN 小区');
    expect(timeline[1].data.after.name).toBe('HCLEAN 二期');
  });

  it('detects an edited event', async () => {
    const id = await propertyWithHistory('HEDIT');
    const [, second] = await events(id);
    await ctx.db
      .updateTable('events')
      .set({ data: second!.data.replace('二期', '四期') })
      .where('id', '=', second!.id)
      .execute();
    expect(await brokenIds()).toContain(id);
  });

  it('detects a deleted event in the middle and at the end', async () => {
    const mid = await propertyWithHistory('HDELM');
    const last = await propertyWithHistory('HDELL');
    const [, m2] = await events(mid);
    await ctx.db.deleteFrom('events').where('id', '=', m2!.id).execute();
    const l = await events(last);
    await ctx.db.deleteFrom('events').where('id', '=', l[2]!.id).execute();
    const broken = await brokenIds();
    expect(broken).toContain(mid);
    expect(broken).toContain(last);
  });

  it('detects an inserted event, even one whose own hash is correct', async () => {
    const id = await propertyWithHistory('HINS');
    const [first, second] = await events(id);
    const forged = {
      entityType: 'property',
      entityId: id,
      seq: 2,
      propertyId: first!.propertyId,
      actorId: first!.actorId,
      at: second!.at,
      action: 'update',
      data: '{"after":{"name":"伪造"}}',
      reason: null,
      prevHash: first!.hash,
    };
    await ctx.db
      .insertInto('events')
      .values({ ...forged, hash: eventHash(forged) })
      .execute();
    expect(await brokenIds()).toContain(id);
  });

  it('only admin may run the check', async () => {
    const p = await ctx.property();
    const c = await ctx.as(['manager'], [p]);
    expect((await c.get('/api/admin/history/verify')).status).toBe(403);
  });
});
