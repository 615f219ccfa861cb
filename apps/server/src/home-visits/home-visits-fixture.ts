import type { TestContext } from '../../test/harness.js';
import { ensureRoom } from '../archive/repo.js';

/**
 * A property with rooms in buildings 1, 2 and 3, its desk staff (receptionist, supervisor), an
 * engineer, and a second property with its own receptionist and room, for the 404 checks.
 */
export const homeVisitFixture = async (ctx: TestContext) => {
  const at = ctx.clock.now().toISOString();
  const propertyId = await ctx.property();
  const otherPropertyId = await ctx.property();
  const room = async (p: number, building: string, no: string) => {
    const id = (await ensureRoom(ctx.db, p, { building, unit: '1', room: no }, { createdAt: at })).id;
    const r = await ctx.db
      .selectFrom('rooms')
      .select('buildingId')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { id, buildingId: r.buildingId };
  };
  const rooms = {
    a1: await room(propertyId, '1', '101'),
    a2: await room(propertyId, '1', '102'),
    b1: await room(propertyId, '2', '201'),
    c1: await room(propertyId, '3', '301'),
    other: await room(otherPropertyId, '1', '101'),
  };
  const engineer = await ctx.staff({ roles: ['dept_staff'], propertyIds: [propertyId] });
  const users = {
    desk: (await ctx.staff({ roles: ['receptionist'], propertyIds: [propertyId] })).username,
    supervisor: (await ctx.staff({ roles: ['supervisor'], propertyIds: [propertyId] })).username,
    otherDesk: (await ctx.staff({ roles: ['receptionist'], propertyIds: [otherPropertyId] })).username,
  };
  /** Sessions last 12 hours of the test clock: sign in again after moving it further. */
  const signInAll = async () => ({
    desk: await ctx.signIn(users.desk),
    supervisor: await ctx.signIn(users.supervisor),
    otherDesk: await ctx.signIn(users.otherDesk),
  });
  return { propertyId, otherPropertyId, rooms, engineerId: engineer.id, signInAll, ...(await signInAll()) };
};
export type HomeVisitFixture = Awaited<ReturnType<typeof homeVisitFixture>>;

/** A body for POST /api/home-visits/appointments: called now, visit tomorrow. */
export const appointmentBody = (
  ctx: TestContext,
  f: HomeVisitFixture,
  roomId: number,
  extra: Record<string, unknown> = {},
) => ({
  propertyId: f.propertyId,
  roomId,
  residentName: '王建华',
  phone: '13912345678',
  scheduledAt: new Date(ctx.clock.now().getTime() + 86_400_000).toISOString(),
  purpose: '季度家访，听取意见',
  ...extra,
});

export const visitBody = (extra: Record<string, unknown> = {}) => ({
  metName: '王建华',
  groomingChecked: true,
  satisfaction: 'satisfied',
  opinions: '希望加强夜间巡逻，地下车库照明不足',
  followUp: '车库照明报工程部',
  ...extra,
});
