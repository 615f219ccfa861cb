import {
  type CreateTrainingSessionInput,
  type RecordAttendanceInput,
  type SignOffTrainingInput,
  signOffProblem,
} from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { lockRow } from '../kernel/db/locking.js';
import { AppError, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { isUniqueViolation, propertyFor, staffOfProperty } from './repo.js';
import { loadPlan, PLAN_ENTITY, planTrainees } from './training-plans.js';

type Deps = { db: Db; clock: Clock; notify: Notify };

/** Sessions of an approved plan, attendance, and the manager's sign-off for independent duty. */
export const createTrainingSessions = ({ db, clock, notify }: Deps) => {
  const addSession = async (actor: Actor, planId: number, input: CreateTrainingSessionInput) => {
    const plan = await loadPlan(db, actor, planId, 'write');
    if (plan.state !== 'approved')
      throw new AppError('INVALID_TRANSITION', {
        message: '培训计划经经理批准后才能安排培训（S2 培训实施作业规程 3.1）',
      });
    const at = clock.now().toISOString();
    const values = {
      ...input,
      startsAt: new Date(input.startsAt).toISOString(),
      endsAt: new Date(input.endsAt).toISOString(),
    };
    return db.transaction().execute(async (trx) => {
      const [row] = await trx
        .insertInto('trainingSessions')
        .values({ ...values, planId, propertyId: plan.propertyId, createdBy: actor.id, createdAt: at })
        .returning('id')
        .execute();
      await appendEvent(trx, clock, {
        entityType: PLAN_ENTITY,
        entityId: planId,
        propertyId: plan.propertyId,
        actorId: actor.id,
        action: 'session-added',
        data: { after: { sessionId: row!.id, ...values } },
      });
      return { id: row!.id };
    });
  };

  /** Attendance of the plan's trainees at a session that has begun; a later entry corrects, with history. */
  const recordAttendance = async (actor: Actor, sessionId: number, input: RecordAttendanceInput) => {
    const session = await db
      .selectFrom('trainingSessions')
      .selectAll()
      .where('id', '=', sessionId)
      .executeTakeFirst();
    if (!session) throw notFound('培训场次');
    const plan = await loadPlan(db, actor, session.planId, 'write').catch(() => {
      throw notFound('培训场次');
    });
    const now = clock.now();
    if (Date.parse(session.startsAt) > now.getTime())
      throw new AppError('RULE_VIOLATION', { message: '培训尚未开始，不能记录出勤' });
    const trainees = new Set((await planTrainees(db, [plan.id])).map((t) => t.staffId));
    const strangers = input.records.filter((r) => !trainees.has(r.staffId));
    if (strangers.length)
      throw new AppError('VALIDATION_FAILED', {
        message: '只能记录本培训计划受训员工的出勤',
        details: strangers.map((r) => ({ field: 'records', staffId: r.staffId })),
      });
    const at = now.toISOString();
    await db.transaction().execute(async (trx) => {
      const before = await trx
        .selectFrom('trainingAttendance')
        .select(['staffId', 'status', 'note'])
        .where('sessionId', '=', sessionId)
        .execute();
      for (const r of input.records) {
        const row = { status: r.status, note: r.note ?? null, recordedBy: actor.id, recordedAt: at };
        await trx
          .insertInto('trainingAttendance')
          .values({ sessionId, staffId: r.staffId, ...row })
          .onConflict((oc) => oc.columns(['sessionId', 'staffId']).doUpdateSet(row))
          .execute();
      }
      await appendEvent(trx, clock, {
        entityType: PLAN_ENTITY,
        entityId: plan.id,
        propertyId: plan.propertyId,
        actorId: actor.id,
        action: 'attendance-recorded',
        data: { sessionId, before, after: input.records },
      });
    });
  };

  /**
   * The manager signs off a trainee's training: the staff member becomes certified for
   * independent duty, which lifts the call restriction of S0 3.1.6 (a staff event records it).
   */
  const signOff = async (actor: Actor, input: SignOffTrainingInput) => {
    const p = await propertyFor(db, actor, input.propertyId, 'write');
    const person = await staffOfProperty(db, p.id, input.staffId);
    const plan = await loadPlan(db, actor, input.planId, 'write');
    if (plan.propertyId !== p.id) throw notFound('培训计划');
    if (plan.state !== 'approved') throw new AppError('RULE_VIOLATION', { message: '培训计划尚未批准' });
    if (person.certifiedForDuty === 1) throw new AppError('CONFLICT', { message: '该员工已独立上岗' });
    const trainees = await planTrainees(db, [plan.id]);
    if (!trainees.some((t) => t.staffId === input.staffId))
      throw new AppError('VALIDATION_FAILED', {
        message: '该员工不是本培训计划的受训员工',
        details: [{ field: 'staffId', message: '该员工不是本培训计划的受训员工' }],
      });
    const sessions = await db
      .selectFrom('trainingSessions')
      .leftJoin('trainingAttendance as att', (j) =>
        j.onRef('att.sessionId', '=', 'trainingSessions.id').on('att.staffId', '=', input.staffId),
      )
      .select(['trainingSessions.id', 'trainingSessions.topic', 'trainingSessions.endsAt', 'att.status'])
      .where('trainingSessions.planId', '=', plan.id)
      .execute();
    const problem = signOffProblem(
      sessions.map((s) => ({ sessionId: s.id, topic: s.topic, endsAt: s.endsAt, status: s.status })),
      clock.now(),
    );
    if (problem)
      throw new AppError('RULE_VIOLATION', {
        message: problem.message,
        details: { sessionIds: problem.sessionIds },
      });
    const at = clock.now().toISOString();
    try {
      await db.transaction().execute(async (trx) => {
        const current = await lockRow(
          trx,
          trx.selectFrom('staff').select(['certifiedForDuty']).where('id', '=', input.staffId),
        ).executeTakeFirstOrThrow();
        if (current.certifiedForDuty === 1) throw new AppError('CONFLICT', { message: '该员工已独立上岗' });
        const [row] = await trx
          .insertInto('trainingSignOffs')
          .values({
            propertyId: p.id,
            staffId: input.staffId,
            planId: plan.id,
            note: input.note,
            signedBy: actor.id,
            signedAt: at,
          })
          .returning('id')
          .execute();
        await trx.updateTable('staff').set({ certifiedForDuty: 1 }).where('id', '=', input.staffId).execute();
        await appendEvent(trx, clock, {
          entityType: 'staff',
          entityId: input.staffId,
          propertyId: null,
          actorId: actor.id,
          action: 'certified-for-duty',
          data: {
            before: { certifiedForDuty: false },
            after: { certifiedForDuty: true },
            signOffId: row!.id,
            planId: plan.id,
            rule: 'S0 3.1.6 未独立上岗的新员工不得接听客户的电话；S2 培训实施作业规程',
          },
          reason: input.note,
        });
        await appendEvent(trx, clock, {
          entityType: PLAN_ENTITY,
          entityId: plan.id,
          propertyId: p.id,
          actorId: actor.id,
          action: 'signed-off',
          data: { after: { staffId: input.staffId, signOffId: row!.id } },
          reason: input.note,
        });
        await notify(trx, {
          recipientIds: [input.staffId],
          propertyId: p.id,
          kind: 'training.signed-off',
          title: '培训已签字确认，可独立上岗接听客户电话',
          body: input.note,
          entityType: PLAN_ENTITY,
          entityId: plan.id,
        });
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', { message: '该员工已独立上岗' });
      throw e;
    }
  };

  /** Staff of the property not yet certified, and those signed off, with their plans. */
  const trainees = async (actor: Actor, propertyId: number) => {
    await propertyFor(db, actor, propertyId, 'read');
    const staff = await db
      .selectFrom('staff')
      .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
      .leftJoin('trainingSignOffs as so', 'so.staffId', 'staff.id')
      .select([
        'staff.id',
        'staff.name',
        'staff.certifiedForDuty',
        'so.signedAt',
        'so.planId as signedPlanId',
      ])
      .where('staffProperties.propertyId', '=', propertyId)
      .where('staff.active', '=', 1)
      .where((eb) => eb.or([eb('staff.certifiedForDuty', '=', 0), eb('so.id', 'is not', null)]))
      .orderBy('staff.id')
      .execute();
    const plans = staff.length
      ? await db
          .selectFrom('trainingPlanTrainees as t')
          .innerJoin('trainingPlans as p', 'p.id', 't.planId')
          .select(['t.staffId', 'p.id', 'p.title', 'p.state'])
          .where('p.propertyId', '=', propertyId)
          .where(
            't.staffId',
            'in',
            staff.map((s) => s.id),
          )
          .execute()
      : [];
    return staff.map((s) => ({
      staffId: s.id,
      staffName: s.name,
      certifiedForDuty: s.certifiedForDuty === 1,
      signedOffAt: s.signedAt ?? null,
      signedPlanId: s.signedPlanId ?? null,
      plans: plans
        .filter((x) => x.staffId === s.id)
        .map((x) => ({ id: x.id, title: x.title, state: x.state })),
    }));
  };

  return { addSession, recordAttendance, signOff, trainees };
};
