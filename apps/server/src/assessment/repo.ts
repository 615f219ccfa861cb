import type { Executor } from '../history/history.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';

/** Reads shared by assessment, rewards and penalties, and training (STYLE 9: the executor is passed in). */

/** The property a record belongs to, after the actor's access is checked (404 otherwise). */
export const propertyFor = async (db: Executor, actor: Actor, propertyId: number, mode: 'read' | 'write') => {
  assertPropertyAccess(actor, propertyId, mode, '项目');
  const p = await db
    .selectFrom('properties')
    .select(['id', 'code', 'name', 'timezone'])
    .where('id', '=', propertyId)
    .executeTakeFirst();
  if (!p) throw notFound('项目');
  return p;
};

/** A staff member serving the property; anyone else is refused as bad input on `field`. */
export const staffOfProperty = async (
  db: Executor,
  propertyId: number,
  staffId: number,
  field = 'staffId',
) => {
  const s = await db
    .selectFrom('staff')
    .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
    .leftJoin('departments', 'departments.id', 'staff.departmentId')
    .select([
      'staff.id',
      'staff.name',
      'staff.certifiedForDuty',
      'staff.active',
      'departments.name as departmentName',
    ])
    .where('staff.id', '=', staffId)
    .where('staffProperties.propertyId', '=', propertyId)
    .executeTakeFirst();
  if (!s)
    throw new AppError('VALIDATION_FAILED', {
      message: '该员工不在本项目',
      details: [{ field, message: '该员工不在本项目' }],
    });
  return s;
};

export const managersOf = async (db: Executor, propertyId: number) =>
  (
    await db
      .selectFrom('staff')
      .innerJoin('staffRoles', 'staffRoles.staffId', 'staff.id')
      .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
      .select('staff.id')
      .where('staffRoles.role', '=', 'manager')
      .where('staffProperties.propertyId', '=', propertyId)
      .where('staff.active', '=', 1)
      .execute()
  ).map((r) => r.id);

export const namesById = async (db: Executor, ids: readonly (number | null | undefined)[]) => {
  const wanted = [...new Set(ids.filter((i): i is number => typeof i === 'number'))];
  if (!wanted.length) return new Map<number, string>();
  const rows = await db.selectFrom('staff').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
};

export { isUniqueViolation } from '../kernel/db/errors.js';
