import {
  type AppointmentAction,
  type AppointmentState,
  appointmentNext,
  appointmentStateLabels,
  type CreateAppointmentInput,
  quarterBounds,
} from '@propdesk/domain';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import {
  badState,
  found,
  invalid,
  nowIso,
  pastOrNow,
  propertyOf,
  roomIn,
  staffOf,
} from '../registers/common.js';
import { type HomeVisitDeps, logEvent, visitRoles } from './common.js';

/** 家访预约 (S2 家访 (二)1): the visit time agreed with the household by phone. */
export const createAppointments = ({ db, clock }: HomeVisitDeps) => {
  const load = async (actor: Actor, id: number, mode: 'read' | 'write') =>
    found(
      await db.selectFrom('homeVisitAppointments').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      mode,
      '家访预约',
    );

  /** The state the action leads to, or a 409 naming where the appointment already is. */
  const next = (state: string, action: AppointmentAction) => {
    const to = appointmentNext(state as AppointmentState, action);
    if (!to) throw badState(`该预约${appointmentStateLabels[state as AppointmentState] ?? ''}，不能再操作`);
    return to;
  };

  const create = async (actor: Actor, input: CreateAppointmentInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    await roomIn(db, input.propertyId, input.roomId);
    const calledAt = pastOrNow(clock, input.calledAt, 'calledAt');
    const scheduledAt = new Date(input.scheduledAt).toISOString();
    if (scheduledAt <= calledAt) throw invalid('scheduledAt', '预约到访时间须晚于通话时间');
    const visitorId = input.visitorId ?? actor.id;
    if (!(await staffOf(db, input.propertyId, [...visitRoles])).includes(visitorId))
      throw invalid('visitorId', '家访人员须为本项目客服中心在岗员工');
    const values = {
      propertyId: input.propertyId,
      roomId: input.roomId,
      residentName: input.residentName,
      phone: input.phone,
      calledAt,
      calledBy: actor.id,
      scheduledAt,
      visitorId,
      companions: input.companions,
      purpose: input.purpose,
    };
    return db.transaction().execute(async (trx) => {
      const [row] = await trx
        .insertInto('homeVisitAppointments')
        .values({
          ...values,
          state: 'scheduled',
          rescheduleCount: 0,
          closedReason: null,
          closedAt: null,
          closedBy: null,
          createdAt: nowIso(clock),
        })
        .returning('id')
        .execute();
      await logEvent(trx, clock, {
        type: 'homeVisitAppointment',
        id: row!.id,
        propertyId: input.propertyId,
        actor,
        action: 'scheduled',
        data: { after: values, rule: 'S2 家访 (二)1 通过电话与业户预约到访时间' },
      });
      return { id: row!.id };
    });
  };

  /** The household asks for another time, again by phone: the old time stays in the history. */
  const reschedule = async (actor: Actor, id: number, input: { scheduledAt: string; reason: string }) => {
    const a = await load(actor, id, 'write');
    next(a.state, 'reschedule');
    const scheduledAt = new Date(input.scheduledAt).toISOString();
    if (scheduledAt <= nowIso(clock)) throw invalid('scheduledAt', '新的预约时间须晚于现在');
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('homeVisitAppointments')
        .set({ scheduledAt, rescheduleCount: a.rescheduleCount + 1 })
        .where('id', '=', id)
        .where('state', '=', 'scheduled')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw badState('该预约已结束，不能改约');
      await logEvent(trx, clock, {
        type: 'homeVisitAppointment',
        id,
        propertyId: a.propertyId,
        actor,
        action: 'rescheduled',
        data: { before: { scheduledAt: a.scheduledAt }, after: { scheduledAt } },
        reason: input.reason,
      });
    });
  };

  /** Nobody at home (未遇), or called off: the appointment ends without a visit record. */
  const close = async (
    actor: Actor,
    id: number,
    input: { outcome: 'notHome' | 'cancel'; reason: string },
  ) => {
    const a = await load(actor, id, 'write');
    const state = next(a.state, input.outcome);
    const at = nowIso(clock);
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('homeVisitAppointments')
        .set({ state, closedReason: input.reason, closedAt: at, closedBy: actor.id })
        .where('id', '=', id)
        .where('state', '=', 'scheduled')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw badState('该预约已结束');
      await logEvent(trx, clock, {
        type: 'homeVisitAppointment',
        id,
        propertyId: a.propertyId,
        actor,
        action: state,
        data: { before: { state: a.state }, after: { state } },
        reason: input.reason,
      });
    });
  };

  /** Appointments of a property: a state, and/or those scheduled in a quarter. */
  const list = async (actor: Actor, q: { propertyId: number; state?: string; quarter?: string }) => {
    assertPropertyAccess(actor, q.propertyId, 'read', '项目');
    const p = await propertyOf(db, q.propertyId);
    let sel = db
      .selectFrom('homeVisitAppointments as a')
      .innerJoin('rooms', 'rooms.id', 'a.roomId')
      .innerJoin('staff as v', 'v.id', 'a.visitorId')
      .innerJoin('staff as c', 'c.id', 'a.calledBy')
      .leftJoin('homeVisits as h', 'h.appointmentId', 'a.id')
      .selectAll('a')
      .select([
        'rooms.label as roomLabel',
        'v.name as visitorName',
        'c.name as calledByName',
        'h.id as visitId',
      ])
      .where('a.propertyId', '=', q.propertyId);
    if (q.state && q.state !== 'all') sel = sel.where('a.state', '=', q.state);
    if (q.quarter) {
      const b = quarterBounds(q.quarter, p.timezone);
      sel = sel
        .where('a.scheduledAt', '>=', b.start.toISOString())
        .where('a.scheduledAt', '<', b.end.toISOString());
    }
    const order = q.state === 'scheduled' ? 'asc' : 'desc';
    return sel.orderBy('a.scheduledAt', order).orderBy('a.id', order).limit(500).execute();
  };

  return { load, next, create, reschedule, close, list };
};
export type Appointments = ReturnType<typeof createAppointments>;
