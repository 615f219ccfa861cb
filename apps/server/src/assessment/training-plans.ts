import {
  type AttendanceStatus,
  attendanceStatusLabels,
  type CreateTrainingPlanInput,
  type DecideInput,
  type TrainingPlanDetail,
  type TrainingPlanListQuery,
  type TrainingPlanState,
  type TrainingPlanView,
  trainingPlanStateLabels,
  type UpdateTrainingPlanInput,
} from '@propdesk/domain';
import type { Selectable, Transaction } from 'kysely';
import { appendEvent, type Executor, listHistory } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { managersOf, namesById, propertyFor, staffOfProperty } from './repo.js';
import type { AssessmentTables } from './tables.js';

type Deps = { db: Db; clock: Clock; notify: Notify };
type PlanRow = Selectable<AssessmentTables['trainingPlans']>;
export const PLAN_ENTITY = 'training-plan';

/** The plan (404 if missing or of a property the actor does not serve). */
export const loadPlan = async (db: Executor, actor: Actor, id: number, mode: 'read' | 'write') => {
  const plan = await db.selectFrom('trainingPlans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan) throw notFound('培训计划');
  await propertyFor(db, actor, plan.propertyId, mode).catch(() => {
    throw notFound('培训计划');
  });
  return plan;
};

export const planTrainees = async (db: Executor, planIds: number[]) =>
  planIds.length
    ? db
        .selectFrom('trainingPlanTrainees as t')
        .innerJoin('staff', 'staff.id', 't.staffId')
        .leftJoin('trainingSignOffs as so', 'so.staffId', 't.staffId')
        .select(['t.planId', 't.staffId', 'staff.name', 'staff.certifiedForDuty', 'so.signedAt'])
        .where('t.planId', 'in', planIds)
        .orderBy('t.staffId')
        .execute()
    : Promise.resolve([]);

/** S2 培训实施作业规程 3.1–3.2: the assistant drafts training plans; the manager approves them. */
export const createTrainingPlans = ({ db, clock, notify }: Deps) => {
  const views = async (plans: PlanRow[]): Promise<TrainingPlanView[]> => {
    const trainees = await planTrainees(
      db,
      plans.map((p) => p.id),
    );
    const names = await namesById(
      db,
      plans.flatMap((p) => [p.createdBy, p.decidedBy]),
    );
    return plans.map((p) => ({
      id: p.id,
      propertyId: p.propertyId,
      title: p.title,
      content: p.content,
      startDate: String(p.startDate),
      endDate: String(p.endDate),
      state: p.state as TrainingPlanState,
      stateLabel: trainingPlanStateLabels[p.state as TrainingPlanState],
      createdBy: p.createdBy,
      createdByName: names.get(p.createdBy) ?? '',
      createdAt: p.createdAt,
      submittedAt: p.submittedAt,
      decidedByName: p.decidedBy ? (names.get(p.decidedBy) ?? null) : null,
      decidedAt: p.decidedAt,
      decisionNote: p.decisionNote,
      trainees: trainees
        .filter((t) => t.planId === p.id)
        .map((t) => ({
          staffId: t.staffId,
          staffName: t.name,
          certifiedForDuty: t.certifiedForDuty === 1,
          signedOffAt: t.signedAt ?? null,
        })),
    }));
  };

  const checkTrainees = async (propertyId: number, ids: number[]) => {
    for (const id of new Set(ids)) await staffOfProperty(db, propertyId, id, 'traineeIds');
  };
  const event = (
    trx: Transaction<Database>,
    actor: Actor,
    plan: { id: number; propertyId: number },
    action: string,
    data: unknown,
    reason?: string | null,
  ) =>
    appendEvent(trx, clock, {
      entityType: PLAN_ENTITY,
      entityId: plan.id,
      propertyId: plan.propertyId,
      actorId: actor.id,
      action,
      data,
      reason: reason ?? null,
    });

  const create = async (actor: Actor, input: CreateTrainingPlanInput) => {
    await propertyFor(db, actor, input.propertyId, 'write');
    await checkTrainees(input.propertyId, input.traineeIds);
    const at = clock.now().toISOString();
    const { traineeIds, ...fields } = input;
    return db.transaction().execute(async (trx) => {
      const [row] = await trx
        .insertInto('trainingPlans')
        .values({
          ...fields,
          state: 'draft',
          createdBy: actor.id,
          createdAt: at,
          updatedAt: at,
          submittedAt: null,
          decidedBy: null,
          decidedAt: null,
          decisionNote: null,
        })
        .returning('id')
        .execute();
      const id = row!.id;
      await trx
        .insertInto('trainingPlanTrainees')
        .values([...new Set(traineeIds)].map((staffId) => ({ planId: id, staffId })))
        .execute();
      await event(trx, actor, { id, propertyId: input.propertyId }, 'created', {
        after: input,
        rule: 'S2 培训实施作业规程 3.2 助理负责培训计划的制订',
      });
      return { id };
    });
  };

  /** A draft, or a rejected plan, is changed before it is submitted (again). */
  const update = async (actor: Actor, id: number, input: UpdateTrainingPlanInput) => {
    const plan = await loadPlan(db, actor, id, 'write');
    if (plan.state !== 'draft' && plan.state !== 'rejected')
      throw new AppError('INVALID_TRANSITION', { message: '培训计划已提交审批，不能修改' });
    await checkTrainees(plan.propertyId, input.traineeIds);
    const before = (await views([plan]))[0]!;
    const { traineeIds, ...fields } = input;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('trainingPlans')
        .set({ ...fields, state: 'draft', updatedAt: clock.now().toISOString() })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('trainingPlanTrainees').where('planId', '=', id).execute();
      await trx
        .insertInto('trainingPlanTrainees')
        .values([...new Set(traineeIds)].map((staffId) => ({ planId: id, staffId })))
        .execute();
      await event(trx, actor, plan, 'updated', {
        before: {
          title: before.title,
          content: before.content,
          startDate: before.startDate,
          endDate: before.endDate,
          traineeIds: before.trainees.map((t) => t.staffId),
        },
        after: input,
      });
    });
  };

  const submit = async (actor: Actor, id: number) => {
    const plan = await loadPlan(db, actor, id, 'write');
    if (plan.state !== 'draft' && plan.state !== 'rejected')
      throw new AppError('INVALID_TRANSITION', {
        message: `培训计划${trainingPlanStateLabels[plan.state as TrainingPlanState]}`,
      });
    const at = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('trainingPlans')
        .set({ state: 'submitted', submittedAt: at, updatedAt: at })
        .where('id', '=', id)
        .execute();
      await event(trx, actor, plan, 'submitted', {
        before: { state: plan.state },
        after: { state: 'submitted' },
      });
      await notify(trx, {
        recipientIds: await managersOf(trx, plan.propertyId),
        propertyId: plan.propertyId,
        kind: 'training-plan.submitted',
        title: `培训计划待审批：${plan.title}`,
        entityType: PLAN_ENTITY,
        entityId: id,
      });
    });
  };

  /** S2 培训实施作业规程 3.1: 管理处主任负责培训计划的审批. */
  const decide = async (actor: Actor, id: number, input: DecideInput) => {
    const plan = await loadPlan(db, actor, id, 'write');
    if (plan.state !== 'submitted')
      throw new AppError('INVALID_TRANSITION', { message: '培训计划不在待审批状态' });
    const state = input.approve ? 'approved' : 'rejected';
    const at = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('trainingPlans')
        .set({ state, decidedBy: actor.id, decidedAt: at, decisionNote: input.note ?? null, updatedAt: at })
        .where('id', '=', id)
        .where('state', '=', 'submitted')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw new AppError('CONFLICT', { message: '培训计划已被处理，请刷新' });
      await event(
        trx,
        actor,
        plan,
        state,
        { before: { state: 'submitted' }, after: { state }, rule: 'S2 培训实施作业规程 3.1' },
        input.note,
      );
      await notify(trx, {
        recipientIds: [plan.createdBy],
        propertyId: plan.propertyId,
        kind: `training-plan.${state}`,
        title: `培训计划「${plan.title}」${state === 'approved' ? '已批准' : '被驳回'}`,
        body: input.note ?? null,
        entityType: PLAN_ENTITY,
        entityId: id,
      });
    });
  };

  const list = async (actor: Actor, q: TrainingPlanListQuery) => {
    await propertyFor(db, actor, q.propertyId, 'read');
    let query = db.selectFrom('trainingPlans').selectAll().where('propertyId', '=', q.propertyId);
    if (q.state) query = query.where('state', '=', q.state);
    return views(await query.orderBy('startDate', 'desc').orderBy('id', 'desc').limit(200).execute());
  };

  const get = async (actor: Actor, id: number): Promise<TrainingPlanDetail> => {
    const plan = await loadPlan(db, actor, id, 'read');
    const [view] = await views([plan]);
    const sessions = await db
      .selectFrom('trainingSessions')
      .selectAll()
      .where('planId', '=', id)
      .orderBy('startsAt')
      .execute();
    const attendance = sessions.length
      ? await db
          .selectFrom('trainingAttendance')
          .innerJoin('staff', 'staff.id', 'trainingAttendance.staffId')
          .select([
            'trainingAttendance.sessionId',
            'trainingAttendance.staffId',
            'staff.name',
            'trainingAttendance.status',
            'trainingAttendance.note',
          ])
          .where(
            'trainingAttendance.sessionId',
            'in',
            sessions.map((s) => s.id),
          )
          .execute()
      : [];
    return {
      ...view!,
      sessions: sessions.map((s) => ({
        id: s.id,
        topic: s.topic,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        location: s.location,
        trainer: s.trainer,
        attendance: attendance
          .filter((a) => a.sessionId === s.id)
          .map((a) => ({
            staffId: a.staffId,
            staffName: a.name,
            status: a.status as AttendanceStatus,
            statusLabel: attendanceStatusLabels[a.status as AttendanceStatus],
            note: a.note,
          })),
      })),
      timeline: await listHistory(db, PLAN_ENTITY, id),
    };
  };

  return { create, update, submit, decide, list, get };
};
