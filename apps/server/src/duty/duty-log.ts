import {
  type AttendanceFactKind,
  addDays,
  attendanceFactLabels,
  type CreateDutyLogEntryInput,
  localDate,
  startOfLocalDay,
} from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import { deskRoles } from '../intake/routes.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError, forbidden, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess, hasRole } from '../kernel/http/actor.js';
import { isSupervisorOrManager } from './access.js';
import { collectSections } from './handover-sources.js';
import { getAssignment, getPost, propertyZone, staffNames } from './repo.js';

type Deps = { db: Db; clock: Clock };

const entriesQuery = (db: Db) =>
  db
    .selectFrom('dutyLogEntries')
    .innerJoin('staff as au', 'au.id', 'dutyLogEntries.authorId')
    .leftJoin('staff as rs', 'rs.id', 'dutyLogEntries.resolvedBy')
    .selectAll('dutyLogEntries')
    .select(['au.name as authorName', 'rs.name as resolvedByName']);

/** 值班日志 (S3 篇七): per shift, what happened and what was not resolved; and the daily list (S3 篇九 4.1.7). */
export const createDutyLog = ({ db, clock }: Deps) => ({
  create: async (actor: Actor, input: CreateDutyLogEntryInput) => {
    const a = await getAssignment(db, input.assignmentId);
    if (!a) throw notFound('班次');
    assertPropertyAccess(actor, a.propertyId, 'write', '班次');
    if (a.onDutyId !== actor.id && !isSupervisorOrManager(actor)) throw forbidden('值班日志由当班人员填写');
    const now = clock.now();
    if (a.startsAt > now) throw new AppError('RULE_VIOLATION', { message: '班次尚未开始，不能填写值班日志' });
    const occurredAt = input.occurredAt ? new Date(input.occurredAt) : now;
    if (occurredAt > now)
      throw new AppError('VALIDATION_FAILED', {
        message: '发生时间不能晚于现在',
        details: [{ field: 'occurredAt' }],
      });
    return db.transaction().execute(async (trx) => {
      const [row] = await trx
        .insertInto('dutyLogEntries')
        .values({
          propertyId: a.propertyId,
          assignmentId: a.id,
          kind: input.kind,
          text: input.text,
          occurredAt: occurredAt.toISOString(),
          authorId: actor.id,
          resolvedAt: null,
          resolvedBy: null,
          resolution: null,
          createdAt: now.toISOString(),
        })
        .returning('id')
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'duty-log-entry',
        entityId: row!.id,
        propertyId: a.propertyId,
        actorId: actor.id,
        action: 'recorded',
        data: { after: input },
      });
      return { id: row!.id };
    });
  },

  /** An unresolved matter is closed with what was done; the entry itself is never edited. */
  resolve: async (actor: Actor, id: number, resolution: string) => {
    const e = await db.selectFrom('dutyLogEntries').selectAll().where('id', '=', id).executeTakeFirst();
    if (!e) throw notFound('值班日志');
    assertPropertyAccess(actor, e.propertyId, 'write', '值班日志');
    if (!hasRole(actor, ...deskRoles) && actor.id !== e.authorId)
      throw forbidden('处理结果由前台人员或记录人登记');
    if (e.kind !== 'unresolved')
      throw new AppError('INVALID_TRANSITION', { message: '只有“未解决事项”需要登记处理结果' });
    const at = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('dutyLogEntries')
        .set({ resolvedAt: at, resolvedBy: actor.id, resolution })
        .where('id', '=', id)
        .where('resolvedAt', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw new AppError('INVALID_TRANSITION', { message: '该事项已登记处理结果' });
      await appendEvent(trx, clock, {
        entityType: 'duty-log-entry',
        entityId: id,
        propertyId: e.propertyId,
        actorId: actor.id,
        action: 'resolved',
        data: { resolution },
      });
    });
  },

  /** One shift's log page: the shift, its entries, clockings, attendance facts and handover. */
  shift: async (actor: Actor, assignmentId: number) => {
    const a = await getAssignment(db, assignmentId);
    if (!a) throw notFound('班次');
    assertPropertyAccess(actor, a.propertyId, 'read', '班次');
    const post = (await getPost(db, a.postId))!;
    const names = await staffNames(db, [a.staffId, a.onDutyId]);
    const entries = await entriesQuery(db)
      .where('dutyLogEntries.assignmentId', '=', a.id)
      .orderBy('dutyLogEntries.occurredAt')
      .orderBy('dutyLogEntries.id')
      .execute();
    const clockings = await db
      .selectFrom('dutyClockings')
      .select(['staffId', 'kind', 'at'])
      .where('assignmentId', '=', a.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    const facts = await db
      .selectFrom('dutyFacts')
      .select(['staffId', 'kind', 'minutes', 'at'])
      .where('assignmentId', '=', a.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    const handover = await db
      .selectFrom('dutyHandovers')
      .select(['id', 'state', 'incomingId', 'outgoingSignedAt', 'incomingSignedAt'])
      .where('assignmentId', '=', a.id)
      .executeTakeFirst();
    const contacts = await db
      .selectFrom('contacts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('propertyId', '=', a.propertyId)
      .where('receivedAt', '>=', a.startsAt.toISOString())
      .where('receivedAt', '<', a.endsAt.toISOString())
      .executeTakeFirst();
    return {
      shift: {
        assignmentId: a.id,
        postId: a.postId,
        postName: post.name,
        day: a.day,
        startsAt: a.startsAt.toISOString(),
        endsAt: a.endsAt.toISOString(),
        rosteredId: a.staffId,
        rosteredName: names.get(a.staffId) ?? '',
        onDutyId: a.onDutyId,
        onDutyName: names.get(a.onDutyId) ?? '',
      },
      entries,
      clockings,
      facts: facts.map((f) => ({
        ...f,
        label: attendanceFactLabels[f.kind as AttendanceFactKind] ?? f.kind,
      })),
      handover: handover ?? null,
      contactsDuringShift: Number(contacts?.n ?? 0),
    };
  },

  /** 每日记录 (S3 篇九 4.1.7): what is not resolved at the end of a day, to remind the team. */
  daily: async (actor: Actor, propertyId: number, day?: string) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const { timezone } = await propertyZone(db, propertyId);
    const now = clock.now();
    const d = day ?? localDate(now, timezone);
    const since = startOfLocalDay(d, timezone);
    const until = startOfLocalDay(addDays(d, 1), timezone);
    const entries = await entriesQuery(db)
      .innerJoin('dutyAssignments as a', 'a.id', 'dutyLogEntries.assignmentId')
      .innerJoin('dutyPosts as p', 'p.id', 'a.postId')
      .select(['a.day', 'p.name as postName'])
      .where('dutyLogEntries.propertyId', '=', propertyId)
      .where('dutyLogEntries.kind', '=', 'unresolved')
      .where('a.day', '<=', d)
      .where((eb) =>
        eb.or([
          eb('dutyLogEntries.resolvedAt', 'is', null),
          eb('dutyLogEntries.resolvedAt', '>=', until.toISOString()),
        ]),
      )
      .orderBy('dutyLogEntries.occurredAt')
      .orderBy('dutyLogEntries.id')
      .limit(200)
      .execute();
    const sections = await collectSections(db, { propertyId, now, since, until, scope: 'daily' });
    return { day: d, unresolvedEntries: entries, sections };
  },
});
