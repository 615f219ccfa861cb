import {
  type AmendHomeVisitInput,
  quarterBounds,
  quarterOf,
  type RecordHomeVisitInput,
  regOptionalText,
  regText,
  VisitSatisfaction,
} from '@propdesk/domain';
import type { z } from 'zod';
import { listHistory } from '../history/history.js';
import { isUniqueViolation } from '../kernel/db/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { badState, flag, found, invalid, nowIso, pastOrNow, propertyOf } from '../registers/common.js';
import type { Appointments } from './appointments.js';
import { type HomeVisitDeps, type HomeVisitEntity, logEvent } from './common.js';

/** What each correctable field accepts; the rest of a record is fixed once written (S4 4.3). */
const amendable: Record<AmendHomeVisitInput['field'], z.ZodType> = {
  metName: regText('接待人', 50),
  satisfaction: VisitSatisfaction,
  opinions: regText('业户意见及建议', 2000),
  followUp: regOptionalText('需跟进事项', 1000),
};

/** 家访记录: written after the visit, against its appointment; corrected only by amendment. */
export const createVisits = ({ db, clock }: HomeVisitDeps, appointments: Appointments) => {
  const record = async (actor: Actor, appointmentId: number, input: RecordHomeVisitInput) => {
    const a = await appointments.load(actor, appointmentId, 'write');
    const state = appointments.next(a.state, 'record');
    const visitedAt = pastOrNow(clock, input.visitedAt, 'visitedAt');
    if (visitedAt < a.calledAt) throw invalid('visitedAt', '家访时间不能早于电话预约时间');
    const values = {
      propertyId: a.propertyId,
      appointmentId,
      roomId: a.roomId,
      visitedAt,
      visitorId: a.visitorId,
      companions: a.companions,
      metName: input.metName,
      groomingChecked: flag(input.groomingChecked),
      satisfaction: input.satisfaction,
      opinions: input.opinions,
      followUp: input.followUp,
      recordedBy: actor.id,
    };
    try {
      return await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('homeVisitAppointments')
          .set({ state, closedAt: visitedAt, closedBy: actor.id })
          .where('id', '=', appointmentId)
          .where('state', '=', 'scheduled')
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw badState('该预约已结束');
        const [row] = await trx
          .insertInto('homeVisits')
          .values({ ...values, createdAt: nowIso(clock) })
          .returning('id')
          .execute();
        await logEvent(trx, clock, {
          type: 'homeVisit',
          id: row!.id,
          propertyId: a.propertyId,
          actor,
          action: 'recorded',
          data: { after: values },
        });
        await logEvent(trx, clock, {
          type: 'homeVisitAppointment',
          id: appointmentId,
          propertyId: a.propertyId,
          actor,
          action: 'visited',
          data: { before: { state: a.state }, after: { state, visitId: row!.id } },
        });
        return { id: row!.id };
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw badState('该预约已有家访记录');
      throw e;
    }
  };

  const detailQuery = () =>
    db
      .selectFrom('homeVisits as h')
      .innerJoin('homeVisitAppointments as a', 'a.id', 'h.appointmentId')
      .innerJoin('rooms', 'rooms.id', 'h.roomId')
      .innerJoin('staff as v', 'v.id', 'h.visitorId')
      .innerJoin('staff as r', 'r.id', 'h.recordedBy')
      .selectAll('h')
      .select([
        'rooms.label as roomLabel',
        'rooms.buildingId',
        'v.name as visitorName',
        'r.name as recordedByName',
        'a.residentName',
        'a.phone',
        'a.calledAt',
        'a.scheduledAt',
        'a.purpose',
      ]);

  const detail = async (actor: Actor, id: number) =>
    found(await detailQuery().where('h.id', '=', id).executeTakeFirst(), actor, 'read', '家访记录');

  /** The visit records of a quarter, newest first. */
  const list = async (actor: Actor, q: { propertyId: number; quarter?: string | undefined }) => {
    assertPropertyAccess(actor, q.propertyId, 'read', '项目');
    const tz = (await propertyOf(db, q.propertyId)).timezone;
    const b = quarterBounds(q.quarter ?? quarterOf(clock.now(), tz), tz);
    return detailQuery()
      .where('h.propertyId', '=', q.propertyId)
      .where('h.visitedAt', '>=', b.start.toISOString())
      .where('h.visitedAt', '<', b.end.toISOString())
      .orderBy('h.visitedAt', 'desc')
      .limit(1000)
      .execute();
  };

  /** S4 4.3.2–4.3.5: the correction goes to the record's history with the old value, the reason and the author. */
  const amend = async (actor: Actor, id: number, input: AmendHomeVisitInput) => {
    const v = found(
      await db.selectFrom('homeVisits').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      'write',
      '家访记录',
    );
    const parsed = amendable[input.field].safeParse(input.value);
    if (!parsed.success) throw invalid('value', parsed.error.issues[0]?.message ?? '更正后的值不正确');
    const before = v[input.field];
    if (before === parsed.data) throw badState('新值与原值相同，无需更正');
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('homeVisits')
        .set({ [input.field]: parsed.data })
        .where('id', '=', id)
        .execute();
      await logEvent(trx, clock, {
        type: 'homeVisit',
        id,
        propertyId: v.propertyId,
        actor,
        action: 'amended',
        data: { field: input.field, before, after: parsed.data },
        reason: input.reason,
      });
    });
  };

  /** The timeline of a record or an appointment, after checking the reader may see it. */
  const history = async (actor: Actor, type: HomeVisitEntity, id: number) => {
    const table = type === 'homeVisit' ? 'homeVisits' : 'homeVisitAppointments';
    found(
      await db.selectFrom(table).select(['id', 'propertyId']).where('id', '=', id).executeTakeFirst(),
      actor,
      'read',
      '记录',
    );
    return listHistory(db, type, id);
  };

  return { record, detail, list, amend, history };
};
