import { randomUUID } from 'node:crypto';
import type { TestContext } from '../../test/harness.js';
import { ensureRoom, insertOccupancy, insertPerson, upsertArrears } from '../archive/repo.js';

/** A property with departments, desk staff, and one known resident, for intake tests. */
export const intakeFixture = async (ctx: TestContext) => {
  const propertyId = await ctx.property();
  const at = ctx.clock.now().toISOString();
  const dept = async (name: string, kind: string) =>
    (
      await ctx.db
        .insertInto('departments')
        .values({ propertyId, name, kind, createdAt: at })
        .returning('id')
        .execute()
    )[0]!.id;
  const engineering = await dept('工程部', 'engineering');
  const admin = await dept('行政部', 'admin');
  const service = await dept('客户服务中心', 'service');
  const room = await ensureRoom(
    ctx.db,
    propertyId,
    { building: '3', unit: '2', room: '501' },
    { createdAt: at },
  );
  const personId = await insertPerson(ctx.db, {
    propertyId,
    name: '王建华',
    idNumberMasked: null,
    phones: ['13912345678'],
    createdAt: at,
  });
  await insertOccupancy(ctx.db, {
    propertyId,
    roomId: room.id,
    personId,
    relation: 'owner',
    startKind: 'move_in',
    startDate: '2020-01-01',
    createdAt: at,
  });
  await upsertArrears(ctx.db, {
    propertyId,
    roomId: room.id,
    monthsOwed: 4,
    amountCents: 120000,
    asOf: '2026-11-01',
    updatedAt: at,
  });
  const supervisor = await ctx.staff({
    roles: ['supervisor'],
    propertyIds: [propertyId],
    departmentId: service,
  });
  const manager = await ctx.staff({ roles: ['manager'], propertyIds: [propertyId] });
  const assistant = await ctx.staff({
    roles: ['assistant'],
    propertyIds: [propertyId],
    departmentId: service,
  });
  const engineer = await ctx.staff({
    roles: ['dept_staff'],
    propertyIds: [propertyId],
    departmentId: engineering,
  });
  const clerk = await ctx.staff({ roles: ['dept_staff'], propertyIds: [propertyId], departmentId: admin });
  const deskStaff = await ctx.staff({
    roles: ['receptionist'],
    propertyIds: [propertyId],
    departmentId: service,
  });
  const desk = await ctx.signIn(deskStaff.username);
  const contact = (over: Record<string, unknown> = {}) => ({
    propertyId,
    idempotencyKey: randomUUID(),
    channel: 'call',
    type: 'repair',
    roomId: room.id,
    personId,
    callerName: '王建华',
    callerPhone: '13912345678',
    identity: 'owner',
    summary: '厨房水管漏水，楼下天花板渗水',
    urgency: 'normal',
    resolution: { mode: 'dispatch' },
    ...over,
  });
  const unread = async (staffId: number) =>
    ctx.db
      .selectFrom('notifications')
      .select(['kind', 'title', 'entityId'])
      .where('recipientId', '=', staffId)
      .execute();
  return {
    propertyId,
    roomId: room.id,
    personId,
    engineering,
    admin,
    service,
    supervisor,
    manager,
    assistant,
    engineer,
    clerk,
    desk,
    deskStaff,
    contact,
    unread,
  };
};
export type IntakeFixture = Awaited<ReturnType<typeof intakeFixture>>;
