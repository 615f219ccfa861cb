import type { Role } from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import type { Actor } from '../kernel/http/actor.js';

export type HomeVisitDeps = { db: Db; clock: Clock };
export type Trx = Transaction<Database>;

/**
 * Who makes the appointments and calls at the door: the customer service centre's staff, whose
 * conduct the seed's first goal is about (S2 家访 (一)1; DOMAIN.md §1 desk roles).
 */
export const visitRoles: readonly Role[] = ['receptionist', 'assistant', 'supervisor', 'manager'];
/** Who organises the quarter's campaign and so draws the 苑区 (S2 家访 (一)2 组织家访行动). */
export const organiserRoles: readonly Role[] = ['supervisor', 'manager'];

export type HomeVisitEntity = 'homeVisitAppointment' | 'homeVisit' | 'homeVisitArea';

export const logEvent = (
  trx: Trx,
  clock: Clock,
  e: {
    type: HomeVisitEntity;
    id: number;
    propertyId: number;
    actor: Actor;
    action: string;
    data: unknown;
    reason?: string | null;
  },
) =>
  appendEvent(trx, clock, {
    entityType: e.type,
    entityId: e.id,
    propertyId: e.propertyId,
    actorId: e.actor.id,
    action: e.action,
    data: e.data,
    reason: e.reason ?? null,
  });
