import type { Db } from '../kernel/db/database.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';

/**
 * The active staff serving a property, with department and roles: whom the desk may praise
 * (S0 3.3.3), pass a customer to (S1 服务上移) or leave a message for (S0 3.1.3). Names only:
 * no phones or usernames leave the admin pages.
 */
export const listPropertyStaff = async (db: Db, actor: Actor, propertyId: number) => {
  assertPropertyAccess(actor, propertyId, 'read', '项目');
  const rows = await db
    .selectFrom('staff')
    .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
    .leftJoin('departments', 'departments.id', 'staff.departmentId')
    .select(['staff.id', 'staff.name', 'staff.departmentId', 'departments.name as departmentName'])
    .where('staffProperties.propertyId', '=', propertyId)
    .where('staff.active', '=', 1)
    .orderBy('staff.id')
    .execute();
  const roles = rows.length
    ? await db
        .selectFrom('staffRoles')
        .select(['staffId', 'role'])
        .where(
          'staffId',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((r) => ({ ...r, roles: roles.filter((x) => x.staffId === r.id).map((x) => x.role) }));
};
