import type { Executor } from '../history/history.js';
import { type Actor, hasRole } from '../kernel/http/actor.js';

/** Who fills the roster (issue 7 item 1): the customer service supervisor. */
export const rosterRoles = ['supervisor'] as const;
/** Who sets up posts and their times. */
export const postRoles = ['supervisor', 'admin'] as const;
/** Who reads attendance facts and workload (the assessment and the reports read them). */
export const dutyReaderRoles = ['supervisor', 'manager', 'assistant', 'company'] as const;

export const isSupervisorOrManager = (actor: Actor) => hasRole(actor, 'supervisor', 'manager');

/** A 行政部 staff member of the property: dept_staff of its department of kind 'admin' (S3 篇一 五.4). */
export const isAdminDeptOf = async (db: Executor, actor: Actor, propertyId: number) => {
  if (!hasRole(actor, 'dept_staff') || actor.departmentId === null) return false;
  const d = await db
    .selectFrom('departments')
    .select('id')
    .where('id', '=', actor.departmentId)
    .where('propertyId', '=', propertyId)
    .where('kind', '=', 'admin')
    .executeTakeFirst();
  return !!d;
};
