import type { OpenHandoverInput } from '@propdesk/domain';
import type { Transaction } from 'kysely';
import type { Db } from '../kernel/db/database.js';
import { lockRow } from '../kernel/db/locking.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { openShiftOf } from './attendance.js';
import { getAssignment, onDutyShifts } from './repo.js';

const HOUR = 3_600_000;

export const lockHandover = async (trx: Transaction<Database>, id: number) => {
  const h = await lockRow(
    trx,
    trx.selectFrom('dutyHandovers').selectAll().where('id', '=', id),
  ).executeTakeFirst();
  if (!h) throw notFound('交接班记录');
  return h;
};

/** The outgoing person's shift: the one named, or their current (or just ended) shift. */
export const outgoingShift = async (db: Db, actor: Actor, input: OpenHandoverInput, now: Date) => {
  if (input.assignmentId) {
    const a = await getAssignment(db, input.assignmentId);
    if (!a || a.propertyId !== input.propertyId) throw notFound('班次');
    return a;
  }
  const open = await openShiftOf(db, actor.id, input.propertyId);
  if (open) return open;
  const recent = (await onDutyShifts(db, actor.id, new Date(now.getTime() - 12 * HOUR), now)).filter(
    (a) => a.propertyId === input.propertyId && a.startsAt <= now,
  );
  const last = recent[recent.length - 1];
  if (!last) throw new AppError('RULE_VIOLATION', { message: '您当前没有可交班的班次' });
  return last;
};
