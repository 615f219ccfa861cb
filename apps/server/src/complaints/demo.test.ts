import { complaintSeverities, complaintStates } from '@propdesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { verifyHistory } from '../history/history.js';
import { seedDemo } from '../seed/demo.js';
import { seedDemoArchive } from '../seed/demo-archive.js';
import { seedDemoComplaints } from '../seed/demo-complaints.js';

const DAY = 86_400_000;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  await seedDemo(ctx.deps, [seedDemoArchive, seedDemoComplaints]);
}, 300_000);
afterAll(async () => ctx.close());

describe('demo complaints (issue 5 item 9)', () => {
  it('has complaints in every state and, after the first sweep, of every severity, through the real service', async () => {
    const distinct = async (column: 'state' | 'severity') =>
      (await ctx.db.selectFrom('complaints').select(column).distinct().execute())
        .map((r) => r[column])
        .sort();
    expect(await distinct('state')).toEqual([...complaintStates].sort());
    await ctx.deps.complaints.majorRaiseSweep();
    expect(await distinct('severity')).toEqual([...complaintSeverities].sort());
    expect((await verifyHistory(ctx.db)).broken).toEqual([]);
  });

  it('one complaint found ours has been open 31 days: the 30-day sweep raised it to 重大 and told the manager (S2)', async () => {
    await ctx.deps.complaints.majorRaiseSweep(); // idempotent: a second run raises nothing again
    const now = ctx.clock.now().getTime();
    const rows = await ctx.db
      .selectFrom('complaints')
      .select(['caseId', 'receivedAt', 'severity', 'majorRaisedAt', 'finding', 'state'])
      .where('state', '!=', 'closed')
      .execute();
    const old = rows.filter((r) => now - Date.parse(r.receivedAt) >= 31 * DAY - 3 * 3_600_000);
    expect(old).toHaveLength(1);
    expect(old[0]).toMatchObject({ severity: 'major', finding: 'ours' });
    expect(old[0]!.majorRaisedAt).toBeTruthy();
    const manager = await ctx.db
      .selectFrom('staff')
      .select('id')
      .where('username', '=', 'manager')
      .executeTakeFirstOrThrow();
    const told = await ctx.db
      .selectFrom('notifications')
      .select('id')
      .where('recipientId', '=', manager.id)
      .where('entityId', '=', String(old[0]!.caseId))
      .execute();
    expect(told).toHaveLength(1);
  });

  it('has typical cases in the library, anonymous complaints and a skipped return visit', async () => {
    const typical = await ctx.db
      .selectFrom('complaints')
      .select('caseId')
      .where('isTypical', '=', 1)
      .execute();
    expect(typical.length).toBeGreaterThan(0);
    const anonymous = await ctx.db
      .selectFrom('complaints')
      .select('caseId')
      .where('anonymous', '=', 1)
      .execute();
    expect(anonymous.length).toBeGreaterThan(0);
    const skipped = await ctx.db
      .selectFrom('complaints')
      .select('returnVisitSkipReason')
      .where('returnVisitSkipReason', 'is not', null)
      .execute();
    expect(skipped.length).toBeGreaterThan(0);
  });
});

describe('demo archive the complaints stand on (issue 2 item 11)', () => {
  it('has 2 properties, about 30 buildings, 3,000 rooms and 5,000 people with mobile numbers, and arrears on some rooms', async () => {
    const count = async (table: 'properties' | 'buildings' | 'rooms' | 'people') =>
      Number(
        (
          await ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('properties')).toBe(2);
    expect(await count('buildings')).toBeGreaterThanOrEqual(25);
    expect(await count('buildings')).toBeLessThanOrEqual(35);
    expect(await count('rooms')).toBeGreaterThanOrEqual(2_800);
    expect(await count('rooms')).toBeLessThanOrEqual(3_300);
    expect(await count('people')).toBeGreaterThanOrEqual(4_500);
    expect(await count('people')).toBeLessThanOrEqual(5_500);
    const owing = await ctx.db.selectFrom('arrears').select('roomId').where('monthsOwed', '>', 0).execute();
    expect(owing.length).toBeGreaterThan(0);
    expect(owing.length).toBeLessThan((await count('rooms')) / 4);
    const phones = await ctx.db.selectFrom('personPhones').select('phone').limit(200).execute();
    // Mobiles mostly, and some landlines (020…), as a real archive has.
    expect(phones.filter((p) => !/^(1[3-9]\d{9}|0\d{9,11})$/.test(p.phone))).toEqual([]);
    expect(phones.filter((p) => p.phone.startsWith('1')).length).toBeGreaterThan(phones.length * 0.8);
  });
});
