import type { Client, TestContext } from '../../test/harness.js';
import { intakeFixture } from '../intake/intake-fixture.js';

/** Local time in Asia/Shanghai as an instant: `local('2026-11-25T08:20')`. */
export const local = (s: string) => new Date(`${s}:00+08:00`);

type RosterPerson = {
  assignmentId: number;
  staffId: number;
  onDutyId: number;
  isSubstitute: boolean;
  pendingSwapId: number | null;
  startsAt: string;
  endsAt: string;
};
type Grid = { days: { day: string; cells: { postId: number; people: RosterPerson[] }[] }[] };

/**
 * A property with the default posts (一楼前台, 二楼前台, 物业总值), its supervisor, manager and
 * 行政部 clerk signed in, and desk staff A (the intake desk), B, C, a trainee and a night guard.
 */
export const dutyFixture = async (ctx: TestContext) => {
  const f = await intakeFixture(ctx);
  const { propertyId } = f;
  const sup = await ctx.signIn(f.supervisor.username);
  const mgr = await ctx.signIn(f.manager.username);
  const clerk = await ctx.signIn(f.clerk.username);
  const engineer = await ctx.signIn(f.engineer.username);
  const b = await ctx.as(['receptionist'], [propertyId], { departmentId: f.service });
  const c = await ctx.as(['receptionist'], [propertyId], { departmentId: f.service });
  const guard = await ctx.as(['gate_guard'], [propertyId]);
  const trainee = await ctx.staff({
    roles: ['receptionist'],
    propertyIds: [propertyId],
    certifiedForDuty: false,
  });
  const a = f.desk;
  const posts = (await sup.post('/api/duty/posts/defaults', { propertyId })).body.ids as number[];
  const [desk1, desk2, night] = posts as [number, number, number];
  const set = (postId: number, day: string, staffIds: number[], client: Client = sup) =>
    client.put('/api/duty/roster/cell', { propertyId, postId, day, staffIds });
  const grid = async (month: string) =>
    (await sup.get(`/api/duty/roster?propertyId=${propertyId}&month=${month}`)).body as Grid;
  /** The roster person of a cell (first slot). */
  const cell = async (day: string, postId: number) => {
    const g = await grid(day.slice(0, 7));
    return g.days.find((d) => d.day === day)?.cells.find((x) => x.postId === postId)?.people[0];
  };
  const plan = async (postId: number, day: string, staffId: number) => {
    const r = await set(postId, day, [staffId]);
    if (r.status !== 200) throw new Error(`plan failed: ${JSON.stringify(r.body)}`);
    return (await cell(day, postId))!;
  };
  // Tests move the clock across days; the fixture's sessions outlive their usual 12 hours.
  await ctx.db.updateTable('sessions').set({ expiresAt: '2100-01-01T00:00:00.000Z' }).execute();
  return {
    ...f,
    sup,
    mgr,
    clerk,
    engineer,
    a,
    b,
    c,
    guard,
    trainee,
    desk1,
    desk2,
    night,
    set,
    grid,
    cell,
    plan,
  };
};
export type DutyFixture = Awaited<ReturnType<typeof dutyFixture>>;
