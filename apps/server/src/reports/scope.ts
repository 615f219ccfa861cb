import { type ReportPeriod, type ReportScope, reportPeriod } from '@propdesk/domain';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { notFound } from '../kernel/errors.js';
import {
  type Actor,
  assertPropertyAccess,
  canReadProperty,
  readableProperties,
} from '../kernel/http/actor.js';

export type ScopeProperty = { id: number; code: string; name: string; timezone: string };

/** What a report covers: its properties (each with its own zone), department and period. */
export type Scope = {
  properties: ScopeProperty[];
  departmentId: number | null;
  period: ReportPeriod;
  view: ReportScope;
};

type ScopeQuery = {
  propertyId?: number | undefined;
  departmentId?: number | undefined;
  month?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  day?: string | undefined;
};

/**
 * One property (404 if the actor does not serve it), or every property the actor reads (the
 * company role: all). A department narrows the report to its property.
 */
export const resolveScope = async (db: Db, clock: Clock, actor: Actor, q: ScopeQuery): Promise<Scope> => {
  if (q.propertyId) assertPropertyAccess(actor, q.propertyId, 'read', '项目');
  const readable = readableProperties(actor);
  let query = db.selectFrom('properties').select(['id', 'code', 'name', 'timezone']).orderBy('id');
  if (q.propertyId) query = query.where('id', '=', q.propertyId);
  else if (readable !== 'all') query = query.where('id', 'in', readable.length ? readable : [0]);
  let properties = await query.execute();
  if (q.propertyId && !properties.length) throw notFound('项目');
  let department: { id: number; name: string } | null = null;
  if (q.departmentId) {
    const d = await db
      .selectFrom('departments')
      .select(['id', 'name', 'propertyId'])
      .where('id', '=', q.departmentId)
      .executeTakeFirst();
    if (!d || !canReadProperty(actor, d.propertyId) || (q.propertyId && d.propertyId !== q.propertyId))
      throw notFound('部门');
    department = { id: d.id, name: d.name };
    properties = properties.filter((p) => p.id === d.propertyId);
  }
  const period = reportPeriod(q);
  return {
    properties,
    departmentId: department?.id ?? null,
    period,
    view: {
      properties: properties.map((p) => ({ id: p.id, code: p.code, name: p.name })),
      departmentId: department?.id ?? null,
      departmentName: department?.name ?? null,
      period,
      generatedAt: clock.now().toISOString(),
    },
  };
};

/** Staff names by id, for the rows of a report. */
export const namesOf = async (db: Db, ids: readonly (number | null | undefined)[]) => {
  const wanted = [...new Set(ids.filter((i): i is number => typeof i === 'number'))];
  if (!wanted.length) return new Map<number, string>();
  const rows = await db.selectFrom('staff').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
};

/** Splits a long id list for `in (…)` (SQLite binds at most 32,766 parameters). */
export const chunks = <T>(list: readonly T[], size = 5000): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};
