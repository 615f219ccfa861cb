import type { CreateTaskInput } from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess, hasRole } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import type { Notify } from './notify-port.js';

type Deps = { db: Db; clock: Clock; notify: Notify };

/** 回电 and 转告: on their owner's list until the call is made and its outcome written (S0 3.1.2–3.1.3). */
export const createTasks = ({ db, clock, notify }: Deps) => ({
  create: async (actor: Actor, input: CreateTaskInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    const owner = await db
      .selectFrom('staffProperties')
      .select('staffId')
      .where('staffId', '=', input.ownerId)
      .where('propertyId', '=', input.propertyId)
      .executeTakeFirst();
    if (!owner)
      throw new AppError('VALIDATION_FAILED', {
        message: '负责人不在本项目',
        details: [{ field: 'ownerId' }],
      });
    if (input.caseId) {
      const c = await db
        .selectFrom('cases')
        .select('propertyId')
        .where('id', '=', input.caseId)
        .executeTakeFirst();
      if (!c || c.propertyId !== input.propertyId)
        throw new AppError('VALIDATION_FAILED', { message: '案件不存在', details: [{ field: 'caseId' }] });
    }
    const settings = await readSettings(db, input.propertyId);
    const now = clock.now();
    const dueAt = input.dueAt
      ? new Date(input.dueAt).toISOString()
      : new Date(now.getTime() + settings['intake.callbackDueMinutes'] * 60_000).toISOString();
    return db.transaction().execute(async (trx) => {
      const [row] = await trx
        .insertInto('tasks')
        .values({
          ...input,
          dueAt,
          createdBy: actor.id,
          doneAt: null,
          outcome: null,
          createdAt: now.toISOString(),
        })
        .returning('id')
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'task',
        entityId: row!.id,
        propertyId: input.propertyId,
        actorId: actor.id,
        action: 'created',
        data: { after: { ...input, dueAt } },
      });
      if (input.caseId)
        await appendEvent(trx, clock, {
          entityType: 'case',
          entityId: input.caseId,
          propertyId: input.propertyId,
          actorId: actor.id,
          action: `${input.kind}-promised`,
          data: { taskId: row!.id, ownerId: input.ownerId, dueAt, note: input.note },
        });
      if (input.ownerId !== actor.id)
        await notify(trx, {
          recipientIds: [input.ownerId],
          propertyId: input.propertyId,
          kind: `task.${input.kind}`,
          title:
            input.kind === 'message'
              ? `转告：${input.callerName} 请您回电 ${input.callerPhone}`
              : `回电：${input.callerName} ${input.callerPhone}`,
          body: input.note,
          entityType: 'task',
          entityId: row!.id,
        });
      return row!.id;
    });
  },

  /** Mine (or, for a supervisor, the property's) open tasks, overdue ones flagged. */
  list: async (actor: Actor, opts: { propertyId?: number; all?: boolean; open?: boolean }) => {
    let q = db
      .selectFrom('tasks')
      .leftJoin('staff', 'staff.id', 'tasks.ownerId')
      .selectAll('tasks')
      .select('staff.name as ownerName')
      .orderBy('tasks.dueAt');
    if (opts.propertyId) {
      assertPropertyAccess(actor, opts.propertyId, 'read', '项目');
      q = q.where('tasks.propertyId', '=', opts.propertyId);
    } else q = q.where('tasks.propertyId', 'in', actor.propertyIds.length ? actor.propertyIds : [0]);
    if (!(opts.all && hasRole(actor, 'supervisor', 'manager'))) q = q.where('tasks.ownerId', '=', actor.id);
    if (opts.open !== false) q = q.where('tasks.doneAt', 'is', null);
    const now = clock.now().toISOString();
    return (await q.limit(200).execute()).map((t) => ({
      ...t,
      isOverdue: t.doneAt === null && t.dueAt < now,
    }));
  },

  complete: async (actor: Actor, id: number, outcome: string) => {
    const t = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
    if (!t) throw notFound('任务');
    assertPropertyAccess(actor, t.propertyId, 'write', '任务');
    if (t.ownerId !== actor.id && !hasRole(actor, 'supervisor', 'manager'))
      throw new AppError('FORBIDDEN', { message: '只有负责人或主管可以完成此任务' });
    if (t.doneAt) throw new AppError('INVALID_TRANSITION', { message: '任务已完成' });
    const now = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('tasks').set({ doneAt: now, outcome }).where('id', '=', id).execute();
      await appendEvent(trx, clock, {
        entityType: 'task',
        entityId: id,
        propertyId: t.propertyId,
        actorId: actor.id,
        action: 'done',
        data: { after: { doneAt: now, outcome } },
      });
      if (t.caseId)
        await appendEvent(trx, clock, {
          entityType: 'case',
          entityId: t.caseId,
          propertyId: t.propertyId,
          actorId: actor.id,
          action: `${t.kind}-done`,
          data: { taskId: id, outcome },
        });
    });
  },
});
