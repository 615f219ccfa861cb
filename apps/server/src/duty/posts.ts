import {
  type CreateDutyPostInput,
  type DutyPostTemplate,
  defaultDutyPosts,
  findOverlap,
  segmentsForDay,
  shiftWindow,
  type UpdateDutyPostInput,
} from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { type DutyPost, getPost, listPosts, onDutyShifts, propertyZone, toAssignment } from './repo.js';

type Deps = { db: Db; clock: Clock };

const insertPost = async (
  trx: Transaction<Database>,
  clock: Clock,
  actor: Actor,
  propertyId: number,
  p: DutyPostTemplate,
) => {
  const now = clock.now().toISOString();
  const [row] = await trx
    .insertInto('dutyPosts')
    .values({
      propertyId,
      name: p.name,
      kind: p.kind,
      headcount: p.headcount,
      weekdaySegments: JSON.stringify(p.weekdaySegments),
      weekendSegments: JSON.stringify(p.weekendSegments),
      sortOrder: p.sortOrder,
      active: 1,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .execute();
  await appendEvent(trx, clock, {
    entityType: 'duty-post',
    entityId: row!.id,
    propertyId,
    actorId: actor.id,
    action: 'created',
    data: { after: p },
  });
  return row!.id;
};

/**
 * Shifts of the post not started yet take the new times; refused if that would leave a
 * rostered shift without times or put someone on two shifts at once.
 */
const retime = async (trx: Transaction<Database>, clock: Clock, post: DutyPost) => {
  const { timezone } = await propertyZone(trx, post.propertyId);
  const future = (
    await trx
      .selectFrom('dutyAssignments')
      .selectAll()
      .where('postId', '=', post.id)
      .where('startsAt', '>', clock.now().toISOString())
      .execute()
  ).map(toAssignment);
  const moved = new Map<number, { startsAt: Date; endsAt: Date; segments: string }>();
  for (const a of future) {
    const w = shiftWindow(a.day, segmentsForDay(post, a.day), timezone);
    if (!w)
      throw new AppError('RULE_VIOLATION', {
        message: `${a.day} 已有排班，不能取消该日的值班时段；请先清空排班`,
        details: { day: a.day },
      });
    moved.set(a.id, { startsAt: w.startsAt, endsAt: w.endsAt, segments: JSON.stringify(w.segments) });
  }
  for (const a of future) {
    const w = moved.get(a.id)!;
    const others = (
      await onDutyShifts(
        trx,
        a.onDutyId,
        new Date(w.startsAt.getTime() - 86_400_000),
        new Date(w.endsAt.getTime() + 86_400_000),
      )
    )
      .filter((o) => o.id !== a.id)
      .map((o) => ({ ...o, ...(moved.get(o.id) ?? {}) }));
    const clash = findOverlap(w, others);
    if (clash)
      throw new AppError('RULE_VIOLATION', {
        message: `调整后 ${a.day} 的班次与同一人 ${clash.day} 的班次时间重叠`,
        details: { assignmentId: a.id, clashId: clash.id },
      });
  }
  for (const [id, w] of moved)
    await trx
      .updateTable('dutyAssignments')
      .set({ startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString(), segments: w.segments })
      .where('id', '=', id)
      .execute();
  return moved.size;
};

/** Posts and their shift times (issue 7 item 1). */
export const createDutyPosts = ({ db, clock }: Deps) => ({
  list: async (actor: Actor, propertyId: number) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    return listPosts(db, propertyId);
  },

  create: async (actor: Actor, input: CreateDutyPostInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    await propertyZone(db, input.propertyId);
    return db.transaction().execute((trx) => insertPost(trx, clock, actor, input.propertyId, input));
  },

  /** The S3 篇一 / S1 defaults for a property that has no posts yet. */
  createDefaults: async (actor: Actor, propertyId: number) => {
    assertPropertyAccess(actor, propertyId, 'write', '项目');
    await propertyZone(db, propertyId);
    return db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('dutyPosts')
        .select('id')
        .where('propertyId', '=', propertyId)
        .executeTakeFirst();
      if (existing) throw new AppError('CONFLICT', { message: '该项目已设置值班岗位' });
      const ids: number[] = [];
      for (const p of defaultDutyPosts) ids.push(await insertPost(trx, clock, actor, propertyId, p));
      return ids;
    });
  },

  update: async (actor: Actor, id: number, input: UpdateDutyPostInput) => {
    const before = await getPost(db, id);
    if (!before) throw notFound('值班岗位');
    assertPropertyAccess(actor, before.propertyId, 'write', '值班岗位');
    return db.transaction().execute(async (trx) => {
      const after: DutyPost = { ...before, ...input, active: input.active ?? before.active };
      if (input.headcount !== undefined && input.headcount < before.headcount) {
        const crowded = await trx
          .selectFrom('dutyAssignments')
          .select(['day'])
          .where('postId', '=', id)
          .where('slot', '>=', input.headcount)
          .where('startsAt', '>', clock.now().toISOString())
          .executeTakeFirst();
        if (crowded)
          throw new AppError('RULE_VIOLATION', {
            message: `${crowded.day} 已排 ${before.headcount} 人，不能把每班人数改少；请先调整排班`,
          });
      }
      await trx
        .updateTable('dutyPosts')
        .set({
          name: after.name,
          kind: after.kind,
          headcount: after.headcount,
          weekdaySegments: JSON.stringify(after.weekdaySegments),
          weekendSegments: JSON.stringify(after.weekendSegments),
          sortOrder: after.sortOrder,
          active: after.active ? 1 : 0,
          updatedAt: clock.now().toISOString(),
        })
        .where('id', '=', id)
        .execute();
      const isRetimed = input.weekdaySegments !== undefined || input.weekendSegments !== undefined;
      const retimed = isRetimed ? await retime(trx, clock, after) : 0;
      await appendEvent(trx, clock, {
        entityType: 'duty-post',
        entityId: id,
        propertyId: before.propertyId,
        actorId: actor.id,
        action: 'updated',
        data: { before, after, retimedShifts: retimed },
      });
      return after;
    });
  },
});
