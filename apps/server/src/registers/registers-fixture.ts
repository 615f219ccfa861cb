import type { Role } from '@propdesk/domain';
import type { TestContext } from '../../test/harness.js';
import { ensureRoom, insertOccupancy, insertPerson, upsertArrears } from '../archive/repo.js';

/**
 * A property with departments, desk, gate and engineering staff, and two rooms: 3-2-501 owned by
 * 王建华 and let to 李明 with 4 months of arrears, and 5-1-102 owned by 赵敏 with none. A second
 * property has its own desk, guard and room, for the 404 checks.
 */
export const registersFixture = async (ctx: TestContext) => {
  const at = ctx.clock.now().toISOString();
  const propertyId = await ctx.property('HY');
  const otherPropertyId = await ctx.property('JH');
  const dept = async (p: number, name: string, kind: string) =>
    (
      await ctx.db
        .insertInto('departments')
        .values({ propertyId: p, name, kind, createdAt: at })
        .returning('id')
        .execute()
    )[0]!.id;
  const engineering = await dept(propertyId, '工程部', 'engineering');
  const security = await dept(propertyId, '秩序维护部', 'security');
  const cleaning = await dept(propertyId, '保洁部', 'cleaning');
  const otherEngineering = await dept(otherPropertyId, '工程部', 'engineering');

  const room = (
    await ensureRoom(ctx.db, propertyId, { building: '3', unit: '2', room: '501' }, { createdAt: at })
  ).id;
  const ownerId = await insertPerson(ctx.db, {
    propertyId,
    name: '王建华',
    idNumberMasked: null,
    phones: ['13912345678'],
    createdAt: at,
  });
  const tenantId = await insertPerson(ctx.db, {
    propertyId,
    name: '李明',
    idNumberMasked: null,
    phones: ['13800001111'],
    createdAt: at,
  });
  await insertOccupancy(ctx.db, {
    propertyId,
    roomId: room,
    personId: ownerId,
    relation: 'owner',
    startKind: 'move_in',
    startDate: '2020-01-01',
    createdAt: at,
  });
  await insertOccupancy(ctx.db, {
    propertyId,
    roomId: room,
    personId: tenantId,
    relation: 'tenant',
    startKind: 'move_in',
    startDate: '2024-01-01',
    createdAt: at,
  });
  await upsertArrears(ctx.db, {
    propertyId,
    roomId: room,
    monthsOwed: 4,
    amountCents: 120000,
    asOf: '2026-11-01',
    updatedAt: at,
  });

  const room2 = (
    await ensureRoom(ctx.db, propertyId, { building: '5', unit: '1', room: '102' }, { createdAt: at })
  ).id;
  const owner2Id = await insertPerson(ctx.db, {
    propertyId,
    name: '赵敏',
    idNumberMasked: null,
    phones: ['13700002222'],
    createdAt: at,
  });
  await insertOccupancy(ctx.db, {
    propertyId,
    roomId: room2,
    personId: owner2Id,
    relation: 'owner',
    startKind: 'move_in',
    startDate: '2019-05-01',
    createdAt: at,
  });
  const otherRoom = (
    await ensureRoom(ctx.db, otherPropertyId, { building: '1', unit: '1', room: '101' }, { createdAt: at })
  ).id;

  const usernames: Record<string, string> = {};
  const as = async (
    key: string,
    roles: Role[],
    extra: { departmentId?: number; isDeptHead?: boolean } = {},
    p: number | null = propertyId,
  ) => {
    const s = await ctx.staff({ roles, propertyIds: p === null ? [] : [p], ...extra });
    usernames[key] = s.username;
    return ctx.signIn(s.username);
  };
  const [
    desk,
    desk2,
    supervisor,
    manager,
    assistant,
    guard,
    engHead,
    engineer,
    cleaner,
    admin,
    company,
    otherDesk,
    otherGuard,
    otherEngHead,
  ] = await Promise.all([
    as('desk', ['receptionist']),
    as('desk2', ['receptionist']),
    as('supervisor', ['supervisor']),
    as('manager', ['manager']),
    as('assistant', ['assistant']),
    as('guard', ['gate_guard'], { departmentId: security }),
    as('engHead', ['dept_staff'], { departmentId: engineering, isDeptHead: true }),
    as('engineer', ['dept_staff'], { departmentId: engineering }),
    as('cleaner', ['dept_staff'], { departmentId: cleaning, isDeptHead: true }),
    as('admin', ['admin']),
    as('company', ['company'], {}, null),
    as('otherDesk', ['receptionist'], {}, otherPropertyId),
    as('otherGuard', ['gate_guard'], {}, otherPropertyId),
    as('otherEngHead', ['dept_staff'], { departmentId: otherEngineering, isDeptHead: true }, otherPropertyId),
  ]);
  const notificationsOf = async (staffId: number, kind?: string) => {
    let q = ctx.db
      .selectFrom('notifications')
      .select(['kind', 'title', 'body', 'entityId'])
      .where('recipientId', '=', staffId);
    if (kind) q = q.where('kind', '=', kind);
    return q.orderBy('id').execute();
  };
  const arrearsOf = async (roomId: number) =>
    ctx.db
      .selectFrom('arrears')
      .select(['monthsOwed', 'amountCents'])
      .where('roomId', '=', roomId)
      .executeTakeFirst();
  const f = {
    propertyId,
    otherPropertyId,
    engineering,
    room,
    room2,
    otherRoom,
    ownerId,
    tenantId,
    owner2Id,
    desk,
    desk2,
    supervisor,
    manager,
    assistant,
    guard,
    engHead,
    engineer,
    cleaner,
    admin,
    company,
    otherDesk,
    otherGuard,
    otherEngHead,
    notificationsOf,
    arrearsOf,
  };
  /** Sessions last 12 hours: after moving the clock by days, sign everyone in again. */
  const renew = async () => {
    for (const [key, username] of Object.entries(usernames))
      (f as Record<string, unknown>)[key] = await ctx.signIn(username);
  };
  return Object.assign(f, { renew });
};
export type RegistersFixture = Awaited<ReturnType<typeof registersFixture>>;
