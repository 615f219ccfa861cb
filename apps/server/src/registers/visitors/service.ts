import { isNightVisitorTime, type RegisterVisitorInput, startOfLocalDay } from '@propdesk/domain';
import { listPosts } from '../../duty/repo.js';
import { onDutyAt } from '../../duty/workload.js';
import { type Actor, assertPropertyAccess } from '../../kernel/http/actor.js';
import {
  badState,
  flag,
  found,
  invalid,
  log,
  nowIso,
  pastOrNow,
  propertyOf,
  type RegisterDeps,
  roomIn,
  todayOf,
} from '../common.js';

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * 访客登记 (S1 前台接待规章 八、十一、十二): who, whom (room), ID, reason, party, car, in/out;
 * the host is contacted and the answer recorded. `isNight` marks entries made during the
 * property's night duty post's hours (20:00–08:00 only without one), which belong to that post
 * (物业总值): whoever the roster has there is recorded, so the entry is theirs even when a
 * colleague at the desk typed it.
 */
export const createVisitorRegister = ({ db, clock }: RegisterDeps) => ({
  register: async (actor: Actor, input: RegisterVisitorInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    await roomIn(db, input.propertyId, input.hostRoomId, 'hostRoomId');
    const p = await propertyOf(db, input.propertyId);
    const admitted = input.hostAnswer !== 'refused';
    const inAt = admitted ? pastOrNow(clock, input.inAt, 'inAt') : null;
    const { idNumber, inAt: _in, ...rest } = input;
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const posts = await listPosts(trx, input.propertyId);
      const isNight = isNightVisitorTime({ at: now, posts, timeZone: p.timezone });
      const nightDutyId = isNight
        ? ((await onDutyAt(trx, input.propertyId, now)).find((s) => s.postKind === 'night')?.onDutyId ?? null)
        : null;
      const [row] = await trx
        .insertInto('visitors')
        .values({
          ...rest,
          idNumberMasked: idNumber,
          admitted: flag(admitted),
          isNight: flag(isNight),
          nightDutyId,
          inAt,
          outAt: null,
          registeredBy: actor.id,
          outRecordedBy: null,
          createdAt: nowIso(clock),
        })
        .returning('id')
        .execute();
      await log(trx, clock, {
        type: 'visitor',
        id: row!.id,
        propertyId: input.propertyId,
        actor,
        action: 'registered',
        data: { after: { ...rest, idNumberMasked: idNumber, inAt, admitted } },
      });
      return { id: row!.id, admitted };
    });
  },

  out: async (actor: Actor, id: number, outAtArg?: string) => {
    const v = found(
      await db.selectFrom('visitors').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      'write',
      '访客记录',
    );
    if (!v.inAt) throw badState('该访客未进入小区');
    const outAt = pastOrNow(clock, outAtArg, 'outAt');
    if (outAt < v.inAt) throw invalid('outAt', '离开时间不能早于到访时间');
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('visitors')
        .set({ outAt, outRecordedBy: actor.id })
        .where('id', '=', id)
        .where('outAt', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw badState('已登记离开');
      await log(trx, clock, {
        type: 'visitor',
        id,
        propertyId: v.propertyId,
        actor,
        action: 'left',
        data: { before: { outAt: null }, after: { outAt } },
      });
    });
  },

  /** A day's visitors, or (inside=true) everyone still inside — the closing list. ID numbers are masked. */
  list: async (actor: Actor, q: { propertyId: number; inside: boolean; day?: string | undefined }) => {
    assertPropertyAccess(actor, q.propertyId, 'read', '项目');
    const p = await propertyOf(db, q.propertyId);
    let sel = db
      .selectFrom('visitors')
      .innerJoin('rooms', 'rooms.id', 'visitors.hostRoomId')
      .leftJoin('staff', 'staff.id', 'visitors.registeredBy')
      .leftJoin('staff as night', 'night.id', 'visitors.nightDutyId')
      .selectAll('visitors')
      .select([
        'rooms.label as hostRoomLabel',
        'staff.name as registeredByName',
        'night.name as nightDutyName',
      ])
      .where('visitors.propertyId', '=', q.propertyId);
    if (q.inside) sel = sel.where('visitors.inAt', 'is not', null).where('visitors.outAt', 'is', null);
    else {
      const day = q.day ?? (await todayOf(db, clock, q.propertyId));
      sel = sel
        .where('visitors.createdAt', '>=', startOfLocalDay(day, p.timezone).toISOString())
        .where('visitors.createdAt', '<', startOfLocalDay(nextDay(day), p.timezone).toISOString());
    }
    return sel.orderBy('visitors.createdAt', 'desc').limit(500).execute();
  },
});
