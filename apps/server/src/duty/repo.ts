import {
  addDays,
  type DutyPostKind,
  type DutySegment,
  type RosterShift,
  successorsOf,
} from '@propdesk/domain';
import type { Selectable } from 'kysely';
import type { Executor } from '../history/history.js';
import { notFound } from '../kernel/errors.js';
import type { DutyTables } from './tables.js';

/** Low-level reads and shapes of the duty tables; every function takes the executor it runs on (STYLE 9). */

export type DutyPost = {
  id: number;
  propertyId: number;
  name: string;
  kind: DutyPostKind;
  headcount: number;
  weekdaySegments: DutySegment[];
  weekendSegments: DutySegment[];
  sortOrder: number;
  active: boolean;
};

export const toPost = (r: Selectable<DutyTables['dutyPosts']>): DutyPost => ({
  id: r.id,
  propertyId: r.propertyId,
  name: r.name,
  kind: r.kind as DutyPostKind,
  headcount: r.headcount,
  weekdaySegments: JSON.parse(r.weekdaySegments) as DutySegment[],
  weekendSegments: JSON.parse(r.weekendSegments) as DutySegment[],
  sortOrder: r.sortOrder,
  active: r.active === 1,
});

export type Assignment = Omit<
  Selectable<DutyTables['dutyAssignments']>,
  'startsAt' | 'endsAt' | 'isWeekend'
> & {
  startsAt: Date;
  endsAt: Date;
  isWeekend: boolean;
};

export const toAssignment = (r: Selectable<DutyTables['dutyAssignments']>): Assignment => ({
  ...r,
  startsAt: new Date(r.startsAt),
  endsAt: new Date(r.endsAt),
  isWeekend: r.isWeekend === 1,
});

export const propertyZone = async (db: Executor, propertyId: number) => {
  const p = await db
    .selectFrom('properties')
    .select(['id', 'code', 'name', 'timezone'])
    .where('id', '=', propertyId)
    .executeTakeFirst();
  if (!p) throw notFound('项目');
  return p;
};

export const getPost = async (db: Executor, id: number) => {
  const r = await db.selectFrom('dutyPosts').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toPost(r) : null;
};

export const listPosts = async (db: Executor, propertyId: number) =>
  (
    await db
      .selectFrom('dutyPosts')
      .selectAll()
      .where('propertyId', '=', propertyId)
      .orderBy('sortOrder')
      .orderBy('id')
      .execute()
  ).map(toPost);

export const getAssignment = async (db: Executor, id: number) => {
  const r = await db.selectFrom('dutyAssignments').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toAssignment(r) : null;
};

/** A person's shifts on duty (rostered or as substitute) that overlap [from, to). */
export const onDutyShifts = async (db: Executor, staffId: number, from: Date, to: Date) =>
  (
    await db
      .selectFrom('dutyAssignments')
      .selectAll()
      .where('onDutyId', '=', staffId)
      .where('startsAt', '<', to.toISOString())
      .where('endsAt', '>', from.toISOString())
      .orderBy('startsAt')
      .orderBy('id')
      .execute()
  ).map(toAssignment);

/** The roster of a property as attribution sees it, for shifts overlapping [from, to). */
export const rosterShifts = async (
  db: Executor,
  propertyId: number,
  from: Date,
  to: Date,
): Promise<RosterShift[]> => {
  const rows = await db
    .selectFrom('dutyAssignments')
    .innerJoin('dutyPosts', 'dutyPosts.id', 'dutyAssignments.postId')
    .select([
      'dutyAssignments.id',
      'dutyAssignments.postId',
      'dutyPosts.kind',
      'dutyPosts.sortOrder',
      'dutyAssignments.day',
      'dutyAssignments.isWeekend',
      'dutyAssignments.staffId',
      'dutyAssignments.onDutyId',
      'dutyAssignments.startsAt',
      'dutyAssignments.endsAt',
    ])
    .where('dutyAssignments.propertyId', '=', propertyId)
    .where('dutyAssignments.startsAt', '<', to.toISOString())
    .where('dutyAssignments.endsAt', '>', from.toISOString())
    .execute();
  return rows.map((r) => ({
    assignmentId: r.id,
    postId: r.postId,
    postKind: r.kind as DutyPostKind,
    postOrder: r.sortOrder,
    day: r.day,
    isWeekend: r.isWeekend === 1,
    rosteredId: r.staffId,
    onDutyId: r.onDutyId,
    startsAt: new Date(r.startsAt),
    endsAt: new Date(r.endsAt),
  }));
};

/** Active staff serving the property, by id. */
export const propertyStaff = async (db: Executor, propertyId: number, ids: number[]) => {
  if (!ids.length) return new Map<number, { id: number; name: string; certifiedForDuty: boolean }>();
  const rows = await db
    .selectFrom('staff')
    .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
    .select(['staff.id', 'staff.name', 'staff.certifiedForDuty'])
    .where('staffProperties.propertyId', '=', propertyId)
    .where('staff.active', '=', 1)
    .where('staff.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { id: r.id, name: r.name, certifiedForDuty: r.certifiedForDuty === 1 }]),
  );
};

export const staffNames = async (db: Executor, ids: (number | null | undefined)[]) => {
  const wanted = [...new Set(ids.filter((i): i is number => typeof i === 'number'))];
  if (!wanted.length) return new Map<number, string>();
  const rows = await db.selectFrom('staff').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
};

/** 行政部 staff of a property: a dept_staff member of its department of kind 'admin' (DOMAIN.md §1). */
export const adminDeptStaff = async (db: Executor, propertyId: number) =>
  (
    await db
      .selectFrom('staff')
      .innerJoin('departments', 'departments.id', 'staff.departmentId')
      .innerJoin('staffRoles', 'staffRoles.staffId', 'staff.id')
      .select('staff.id')
      .where('departments.propertyId', '=', propertyId)
      .where('departments.kind', '=', 'admin')
      .where('staffRoles.role', '=', 'dept_staff')
      .where('staff.active', '=', 1)
      .execute()
  ).map((r) => r.id);

export const staffWithRoleIn = async (db: Executor, propertyId: number, roles: string[]) =>
  (
    await db
      .selectFrom('staff')
      .innerJoin('staffRoles', 'staffRoles.staffId', 'staff.id')
      .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
      .select('staff.id')
      .distinct()
      .where('staffRoles.role', 'in', roles)
      .where('staffProperties.propertyId', '=', propertyId)
      .where('staff.active', '=', 1)
      .execute()
  ).map((r) => r.id);

/** First day of a month and of the next: `day >= first AND day < next` works on SQLite text and PostgreSQL dates. */
export const monthBounds = (month: string) => {
  const first = `${month}-01`;
  return { first, next: `${addDays(first, 32).slice(0, 7)}-01` };
};

/** Other people's shifts that take over from `a` (domain `successorsOf`): they receive its handover. */
export const successorShifts = async (db: Executor, a: Assignment, gapMinutes: number) => {
  const rows = await db
    .selectFrom('dutyAssignments')
    .selectAll()
    .where('propertyId', '=', a.propertyId)
    .where('onDutyId', '!=', a.onDutyId)
    .where('startsAt', '>', a.startsAt.toISOString())
    .where('startsAt', '<=', new Date(a.endsAt.getTime() + gapMinutes * 60_000).toISOString())
    .execute();
  return successorsOf(a, rows.map(toAssignment), gapMinutes);
};
