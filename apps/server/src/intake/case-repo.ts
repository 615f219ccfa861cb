import type { Executor } from '../history/history.js';
import { notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { assertPropertyAccess } from '../kernel/http/actor.js';

export const caseColumns = [
  'cases.id',
  'cases.propertyId',
  'cases.number',
  'cases.type',
  'cases.state',
  'cases.urgency',
  'cases.channel',
  'cases.summary',
  'cases.roomId',
  'cases.personId',
  'cases.callerName',
  'cases.callerPhone',
  'cases.identity',
  'cases.firstTakerId',
  'cases.ownerId',
  'cases.departmentId',
  'cases.dueAt',
  'cases.answer',
  'cases.praisedStaffId',
  'cases.praisedDepartmentId',
  'cases.handlingSince',
  'cases.createdAt',
  'cases.closedAt',
] as const;

export const findCase = async (db: Executor, id: number) =>
  db.selectFrom('cases').select(caseColumns).where('cases.id', '=', id).executeTakeFirst();

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/** Loads a case the actor may see (another property's case is a 404). */
export const loadCase = async (db: Executor, actor: Actor, id: number, mode: 'read' | 'write' = 'read') => {
  const c = await findCase(db, id);
  if (!c) throw notFound('案件');
  assertPropertyAccess(actor, c.propertyId, mode, '案件');
  return c;
};

/** Active staff of a property holding a role. */
export const staffWithRole = async (db: Executor, propertyId: number, role: string) =>
  (
    await db
      .selectFrom('staff')
      .innerJoin('staffRoles', 'staffRoles.staffId', 'staff.id')
      .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
      .select('staff.id')
      .where('staffRoles.role', '=', role)
      .where('staffProperties.propertyId', '=', propertyId)
      .where('staff.active', '=', 1)
      .orderBy('staff.id')
      .execute()
  ).map((r) => r.id);

export const departmentOfKind = async (db: Executor, propertyId: number, kind: string) =>
  db
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('propertyId', '=', propertyId)
    .where('kind', '=', kind)
    .orderBy('id')
    .executeTakeFirst();

export const departmentMembers = async (db: Executor, departmentId: number) =>
  (
    await db
      .selectFrom('staff')
      .select('id')
      .where('departmentId', '=', departmentId)
      .where('active', '=', 1)
      .execute()
  ).map((r) => r.id);
