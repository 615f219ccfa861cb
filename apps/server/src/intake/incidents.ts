import type { CreateIncidentInput, IncidentEntryInput } from '@propdesk/domain';
import { appendEvent, listHistory } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { staffWithRole } from './case-repo.js';
import type { Notify } from './notify-port.js';

type Deps = { db: Db; clock: Clock; notify: Notify };

const loadIncident = async (db: Db, actor: Actor, id: number, mode: 'read' | 'write') => {
  const inc = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!inc) throw notFound('事件记录');
  assertPropertyAccess(actor, inc.propertyId, mode, '事件记录');
  return inc;
};

/** 突发事件、重要问题记录: written and reported to the manager at once (S4 4.4.4). */
export const createIncidents = ({ db, clock, notify }: Deps) => ({
  create: async (actor: Actor, input: CreateIncidentInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    if (input.caseId) {
      const c = await db
        .selectFrom('cases')
        .select('propertyId')
        .where('id', '=', input.caseId)
        .executeTakeFirst();
      if (!c || c.propertyId !== input.propertyId)
        throw new AppError('VALIDATION_FAILED', { message: '案件不存在', details: [{ field: 'caseId' }] });
    }
    const now = clock.now().toISOString();
    return db.transaction().execute(async (trx) => {
      const [row] = await trx
        .insertInto('incidents')
        .values({
          ...input,
          occurredAt: new Date(input.occurredAt).toISOString(),
          reportedBy: actor.id,
          createdAt: now,
        })
        .returning('id')
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'incident',
        entityId: row!.id,
        propertyId: input.propertyId,
        actorId: actor.id,
        action: 'recorded',
        data: { after: input },
      });
      if (input.caseId)
        await appendEvent(trx, clock, {
          entityType: 'case',
          entityId: input.caseId,
          propertyId: input.propertyId,
          actorId: actor.id,
          action: 'incident-recorded',
          data: { incidentId: row!.id, title: input.title },
        });
      const managers = await staffWithRole(trx, input.propertyId, 'manager');
      if (managers.length)
        await notify(trx, {
          recipientIds: managers,
          propertyId: input.propertyId,
          kind: 'incident',
          title: `【突发事件】${input.title}`,
          body: input.description,
          entityType: 'incident',
          entityId: row!.id,
        });
      return row!.id;
    });
  },
  /** Who was told and when, what was done (S4 4.4.4); appended, never edited. */
  addEntry: async (actor: Actor, id: number, input: IncidentEntryInput) => {
    const inc = await loadIncident(db, actor, id, 'write');
    if (inc.closedAt) throw new AppError('INVALID_TRANSITION', { message: '事件已关闭' });
    const at = input.at ? new Date(input.at) : clock.now();
    if (at.getTime() > clock.now().getTime() + 5 * 60_000)
      throw new AppError('VALIDATION_FAILED', { message: '时间不能晚于现在', details: [{ field: 'at' }] });
    return db.transaction().execute(async (trx) => {
      const [row] = await trx
        .insertInto('incidentEntries')
        .values({
          propertyId: inc.propertyId,
          incidentId: id,
          kind: input.kind,
          whom: input.whom,
          note: input.note,
          at: at.toISOString(),
          recordedBy: actor.id,
        })
        .returning('id')
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'incident',
        entityId: id,
        propertyId: inc.propertyId,
        actorId: actor.id,
        action: `entry-${input.kind}`,
        data: { after: { ...input, at: at.toISOString() } },
      });
      return row!.id;
    });
  },
  close: async (actor: Actor, id: number, note: string) => {
    const inc = await loadIncident(db, actor, id, 'write');
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('incidents')
        .set({ closedAt: clock.now().toISOString(), closedBy: actor.id, closingNote: note })
        .where('id', '=', id)
        .where('closedAt', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw new AppError('INVALID_TRANSITION', { message: '事件已关闭' });
      await appendEvent(trx, clock, {
        entityType: 'incident',
        entityId: id,
        propertyId: inc.propertyId,
        actorId: actor.id,
        action: 'closed',
        data: { before: { closedAt: null }, after: { closedBy: actor.id, note } },
      });
    });
  },
  detail: async (actor: Actor, id: number) => {
    const inc = await loadIncident(db, actor, id, 'read');
    const [entries, history] = await Promise.all([
      db
        .selectFrom('incidentEntries')
        .leftJoin('staff', 'staff.id', 'incidentEntries.recordedBy')
        .selectAll('incidentEntries')
        .select('staff.name as recordedByName')
        .where('incidentId', '=', id)
        .orderBy('at')
        .execute(),
      listHistory(db, 'incident', id),
    ]);
    return { ...inc, entries, history };
  },
  list: async (actor: Actor, propertyId: number) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    return db
      .selectFrom('incidents')
      .leftJoin('staff', 'staff.id', 'incidents.reportedBy')
      .leftJoin('cases', 'cases.id', 'incidents.caseId')
      .selectAll('incidents')
      .select(['staff.name as reportedByName', 'cases.number as caseNumber'])
      .where('incidents.propertyId', '=', propertyId)
      .orderBy('incidents.occurredAt', 'desc')
      .limit(200)
      .execute();
  },
});
