import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type Reply, type TestContext } from '../../test/harness.js';
import { verifyHistory } from '../history/history.js';
import { seedDemo } from '../seed/demo.js';
import { seedDemoArchive } from '../seed/demo-archive.js';
import { seedDemoAssessment } from '../seed/demo-assessment.js';
import { seedDemoComplaints } from '../seed/demo-complaints.js';
import { seedDemoDuty } from '../seed/demo-duty.js';
import { seedDemoIntake } from '../seed/demo-intake.js';
import { seedDemoWorkOrders } from '../seed/demo-work-orders.js';

type J = Reply['body'];

let ctx: TestContext;
let hy: number;
let manager: Client;
beforeAll(async () => {
  ctx = await createTestContext({ start: '2026-11-23T02:00:00.000Z' });
  await seedDemo(ctx.deps, [
    seedDemoArchive,
    seedDemoIntake,
    seedDemoComplaints,
    seedDemoWorkOrders,
    seedDemoDuty,
    seedDemoAssessment,
  ]);
  hy = (await ctx.db.selectFrom('properties').select('id').where('code', '=', 'HY').executeTakeFirstOrThrow())
    .id;
  manager = await ctx.signIn('manager', 'propdesk123');
}, 600_000);
afterAll(async () => ctx.close());

describe('demo assessment and reports (issue 8): non-empty figures on the demo data', () => {
  it('last month’s sheets are confirmed and frozen, counting facts the other features recorded', async () => {
    const sheets = (await manager.get(`/api/assessment/sheets?propertyId=${hy}&month=2026-10`)).body;
    expect(sheets.length).toBeGreaterThan(5);
    expect(sheets.every((s: J) => s.state === 'confirmed')).toBe(true);
    expect(sheets.filter((s: J) => s.itemCount > 0).length).toBeGreaterThan(2);
    const reception = sheets.find((s: J) => s.staffName === '李晓燕');
    const sheet = (
      await manager.get(`/api/assessment/sheet?propertyId=${hy}&staffId=${reception.staffId}&month=2026-10`)
    ).body;
    expect(sheet.items.map((i: J) => i.kind)).toEqual(expect.arrayContaining(['reward', 'manual']));
    expect(sheet.score).toBe(100 - sheet.deductions + sheet.bonus);
    const current = (await manager.get(`/api/assessment/sheets?propertyId=${hy}&month=2026-11`)).body;
    expect(current.every((s: J) => s.state === 'open')).toBe(true);
  });

  it('rules set by the admin, rewards and penalties in every state, training plans with the trainee not yet signed off', async () => {
    const rules = (await manager.get(`/api/assessment/rules?propertyId=${hy}`)).body;
    expect(rules.find((r: J) => r.kind === 'late').points).toBe(3);
    const states = (await manager.get(`/api/rewards-penalties?propertyId=${hy}`)).body.map((r: J) => r.state);
    expect([...new Set(states)].sort()).toEqual(['approved', 'rejected', 'submitted']);
    const plans = (await manager.get(`/api/training/plans?propertyId=${hy}`)).body;
    expect(plans.map((p: J) => p.state).sort()).toEqual(['approved', 'approved', 'submitted']);
    const trainees = (await manager.get(`/api/training/trainees?propertyId=${hy}`)).body;
    expect(trainees.find((t: J) => t.staffName === '周小雨')).toMatchObject({ certifiedForDuty: false });
  });

  it('every report of the demo month has figures', async () => {
    const q = `propertyId=${hy}&month=2026-11`;
    const get = async (p: string) => (await manager.get(`/api/reports/${p}?${q}`)).body;
    expect((await get('contacts')).total).toBeGreaterThan(50);
    expect((await get('work-orders')).total.orders).toBeGreaterThan(10);
    const fees = await get('fees');
    expect(fees.paidServices.amountCents + fees.deskPayments.amountCents).toBeGreaterThan(0);
    expect((await get('return-visits')).total.done).toBeGreaterThan(0);
    expect((await get('feedback')).groups.length).toBeGreaterThan(3);
    expect((await get('workload')).people.length).toBeGreaterThan(3);
    const register = (await manager.get(`/api/reports/contact-register?propertyId=${hy}&day=2026-11-20`))
      .body;
    expect(register.rows.length).toBeGreaterThan(0);
    expect((await verifyHistory(ctx.db)).broken).toEqual([]);
  });
});
