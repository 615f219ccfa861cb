import { localDate, type RegisterKind, registerNumber } from '@propdesk/domain';
import type { Transaction } from 'kysely';
import type { ArchiveService } from '../archive/service.js';
import { appendEvent, type Executor } from '../history/history.js';
import { staffWithRole } from '../intake/case-repo.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { nextSerial } from '../settings/settings.js';

export type Trx = Transaction<Database>;
export type RegisterDeps = { db: Db; clock: Clock; notify: Notify };
export type RegisterDepsWithArchive = RegisterDeps & { archive: Pick<ArchiveService, 'moveIn' | 'transfer'> };

export const flag = (b: boolean) => (b ? 1 : 0);
export const nowIso = (clock: Clock) => clock.now().toISOString();

export const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
export const rule = (message: string, details?: unknown) =>
  new AppError('RULE_VIOLATION', { message, details });
export const badState = (message: string) => new AppError('INVALID_TRANSITION', { message });

/** A record of a property the actor does not serve does not exist for them (404). */
export const found = <T extends { propertyId: number }>(
  row: T | undefined,
  actor: Actor,
  mode: 'read' | 'write',
  what: string,
): T => {
  if (!row) throw notFound(what);
  assertPropertyAccess(actor, row.propertyId, mode, what);
  return row;
};

export const propertyOf = async (db: Executor, propertyId: number) => {
  const p = await db
    .selectFrom('properties')
    .select(['id', 'code', 'name', 'timezone', 'phone'])
    .where('id', '=', propertyId)
    .executeTakeFirst();
  if (!p) throw notFound('项目');
  return p;
};

/** The property's calendar date now. */
export const todayOf = async (db: Executor, clock: Clock, propertyId: number) =>
  localDate(clock.now(), (await propertyOf(db, propertyId)).timezone);

/** A room of this property, or a validation error on `field`. */
export const roomIn = async (db: Executor, propertyId: number, roomId: number, field = 'roomId') => {
  const r = await db
    .selectFrom('rooms')
    .select(['id', 'propertyId', 'label', 'code'])
    .where('id', '=', roomId)
    .executeTakeFirst();
  if (!r || r.propertyId !== propertyId) throw invalid(field, '房号不存在');
  return r;
};

/** A time typed at the desk: now when omitted, never in the future (a few minutes of clock skew allowed). */
export const pastOrNow = (clock: Clock, at: string | undefined | null, field: string) => {
  const now = clock.now();
  if (!at) return now.toISOString();
  const t = new Date(at);
  if (t.getTime() > now.getTime() + 5 * 60_000) throw invalid(field, '时间不能晚于现在');
  return t.toISOString();
};

/**
 * The next number of a register in the property's current year, gap-free because it is taken
 * in the transaction that saves the record (HYFX2026-0001).
 */
export const nextRegisterNumber = async (trx: Trx, clock: Clock, propertyId: number, prefix: string) => {
  const p = await propertyOf(trx, propertyId);
  const year = Number(localDate(clock.now(), p.timezone).slice(0, 4));
  const serial = await nextSerial(trx, propertyId, `register.${prefix}`, String(year));
  return registerNumber(p.code, prefix, year, serial);
};

export const log = (
  trx: Trx,
  clock: Clock,
  e: {
    type: RegisterKind | 'keyTakeBack' | 'keyInventory' | 'incident' | 'room';
    id: number;
    propertyId: number;
    actor: Actor | null;
    action: string;
    data: unknown;
    reason?: string | null;
  },
) =>
  appendEvent(trx, clock, {
    entityType: e.type,
    entityId: e.id,
    propertyId: e.propertyId,
    actorId: e.actor?.id ?? null,
    action: e.action,
    data: e.data,
    reason: e.reason ?? null,
  });

/** Active staff of the property holding any of the roles. */
export const staffOf = async (db: Executor, propertyId: number, roles: string[]) => {
  const ids = new Set<number>();
  for (const r of roles) for (const id of await staffWithRole(db, propertyId, r)) ids.add(id);
  return [...ids];
};

/** The engineering department's heads of a property (工程主管, DOMAIN.md §1). */
export const engineeringHeads = async (db: Executor, propertyId: number) =>
  (
    await db
      .selectFrom('staff')
      .innerJoin('departments', 'departments.id', 'staff.departmentId')
      .select('staff.id')
      .where('departments.propertyId', '=', propertyId)
      .where('departments.kind', '=', 'engineering')
      .where('staff.isDeptHead', '=', 1)
      .where('staff.active', '=', 1)
      .execute()
  ).map((r) => r.id);

/** Whether the actor works in the property's engineering department (and heads it, when asked). */
export const isEngineering = async (db: Executor, actor: Actor, propertyId: number, mustHead: boolean) => {
  if (!actor.departmentId || !actor.roles.includes('dept_staff')) return false;
  if (mustHead && !actor.isDeptHead) return false;
  const d = await db
    .selectFrom('departments')
    .select(['kind', 'propertyId'])
    .where('id', '=', actor.departmentId)
    .executeTakeFirst();
  return d?.kind === 'engineering' && d.propertyId === propertyId;
};

export const parseJson = <T>(text: string | null): T | null =>
  text === null ? null : (JSON.parse(text) as T);

/** Staff names for display. */
export const staffNames = async (db: Executor, ids: (number | null | undefined)[]) => {
  const list = [...new Set(ids.filter((x): x is number => typeof x === 'number'))];
  if (!list.length) return new Map<number, string>();
  const rows = await db.selectFrom('staff').select(['id', 'name']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
};
