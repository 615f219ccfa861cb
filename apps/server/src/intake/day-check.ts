import { localDate, missingContactFields, startOfLocalDay } from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';

type Deps = { db: Db; clock: Clock };

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** End of day (S3 篇九 4.1.6): what is incomplete, what is due (call-backs, return visits), what has no next step. */
export const createDayCheck = ({ db, clock }: Deps) => {
  const tz = async (propertyId: number) =>
    (
      await db
        .selectFrom('properties')
        .select('timezone')
        .where('id', '=', propertyId)
        .executeTakeFirstOrThrow()
    ).timezone;

  const report = async (actor: Actor, propertyId: number, dayArg?: string) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const zone = await tz(propertyId);
    const day = dayArg ?? localDate(clock.now(), zone);
    const from = startOfLocalDay(day, zone).toISOString();
    const to = startOfLocalDay(nextDay(day), zone).toISOString();
    const [contacts, tasksDue, noNextStep, confirmation, recentDays, confirmedDays, visitsDue] =
      await Promise.all([
        db
          .selectFrom('contacts')
          .innerJoin('cases', 'cases.id', 'contacts.caseId')
          .leftJoin('complaints', 'complaints.caseId', 'cases.id')
          .select([
            'complaints.anonymous',
            'contacts.id',
            'contacts.caseId',
            'cases.number',
            'contacts.channel',
            'contacts.callerName',
            'contacts.callerPhone',
            'contacts.roomId',
            'contacts.receivedAt',
            'contacts.summary',
          ])
          .where('contacts.propertyId', '=', propertyId)
          .where('contacts.receivedAt', '>=', from)
          .where('contacts.receivedAt', '<', to)
          .orderBy('contacts.id')
          .execute(),
        db
          .selectFrom('tasks')
          .leftJoin('staff', 'staff.id', 'tasks.ownerId')
          .select([
            'tasks.id',
            'tasks.kind',
            'tasks.callerName',
            'tasks.callerPhone',
            'tasks.dueAt',
            'tasks.note',
            'staff.name as ownerName',
          ])
          .where('tasks.propertyId', '=', propertyId)
          .where('tasks.doneAt', 'is', null)
          .where('tasks.dueAt', '<', to)
          .orderBy('tasks.dueAt')
          .execute(),
        db
          .selectFrom('cases')
          .select(['id', 'number', 'type', 'state', 'summary', 'createdAt'])
          .where('propertyId', '=', propertyId)
          .where('createdAt', '>=', from)
          .where('createdAt', '<', to)
          .where((eb) =>
            eb.or([
              eb('state', '=', 'handling'),
              eb.and([
                eb('state', '=', 'assigned'),
                eb('ownerId', 'is', null),
                eb('departmentId', 'is', null),
              ]),
            ]),
          )
          .execute(),
        db
          .selectFrom('dayChecks')
          .leftJoin('staff', 'staff.id', 'dayChecks.confirmedBy')
          .select(['dayChecks.confirmedAt', 'dayChecks.note', 'staff.name as confirmedByName'])
          .where('propertyId', '=', propertyId)
          .where('day', '=', day)
          .executeTakeFirst(),
        db
          .selectFrom('contacts')
          .select('receivedAt')
          .where('propertyId', '=', propertyId)
          .where('receivedAt', '>=', new Date(Date.parse(from) - 7 * 86_400_000).toISOString())
          .where('receivedAt', '<', from)
          .execute(),
        db.selectFrom('dayChecks').select('day').where('propertyId', '=', propertyId).execute(),
        // S3 篇九 4.1.6: no due return visit may be missing when the desk leaves.
        db
          .selectFrom('returnVisits')
          .innerJoin('workOrders', 'workOrders.id', 'returnVisits.workOrderId')
          .innerJoin('cases', 'cases.id', 'workOrders.caseId')
          .leftJoin('rooms', 'rooms.id', 'cases.roomId')
          .select([
            'returnVisits.id',
            'returnVisits.workOrderId',
            'returnVisits.kind',
            'returnVisits.dueAt',
            'workOrders.number',
            'cases.summary',
            'rooms.label as roomLabel',
          ])
          .where('returnVisits.propertyId', '=', propertyId)
          .where('returnVisits.visitedAt', 'is', null)
          // Due at the end of the day the order was completed, i.e. at the next day's start.
          .where('returnVisits.dueAt', '<=', to)
          .orderBy('returnVisits.dueAt')
          .execute(),
      ]);
    const incomplete = contacts
      .filter((c) => c.anonymous !== 1)
      .map(({ anonymous: _a, ...c }) => ({ ...c, missing: missingContactFields(c) }))
      .filter((c) => c.missing.length);
    const confirmed = new Set(confirmedDays.map((d) => String(d.day)));
    const earlierUnconfirmed = [...new Set(recentDays.map((r) => localDate(new Date(r.receivedAt), zone)))]
      .filter((d) => !confirmed.has(d))
      .sort();
    return {
      day,
      contactCount: contacts.length,
      incomplete,
      tasksDue,
      returnVisitsDue: visitsDue,
      noNextStep,
      confirmation: confirmation ?? null,
      earlierUnconfirmed,
    };
  };

  /** The supervisor confirms the day's check (S3 篇九 4.1.6: the supervisor checks too). */
  const confirm = async (actor: Actor, propertyId: number, day: string, note?: string) => {
    assertPropertyAccess(actor, propertyId, 'write', '项目');
    const existing = await db
      .selectFrom('dayChecks')
      .select('day')
      .where('propertyId', '=', propertyId)
      .where('day', '=', day)
      .executeTakeFirst();
    if (existing) throw new AppError('CONFLICT', { message: '该日已确认' });
    if (day > localDate(clock.now(), await tz(propertyId)))
      throw new AppError('RULE_VIOLATION', { message: '不能确认未来的日期' });
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('dayChecks')
        .values({
          propertyId,
          day,
          confirmedBy: actor.id,
          confirmedAt: clock.now().toISOString(),
          note: note ?? null,
        })
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'day-check',
        entityId: `${propertyId}:${day}`,
        propertyId,
        actorId: actor.id,
        action: 'confirmed',
        data: { day, note: note ?? null },
      });
    });
  };

  return { report, confirm };
};
