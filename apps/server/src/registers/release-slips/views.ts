import {
  carrierKindLabels,
  type ReleaseDecision,
  type ReleaseItem,
  releaseSlipParts,
} from '@propdesk/domain';
import { listHistory } from '../../history/history.js';
import type { Actor } from '../../kernel/http/actor.js';
import { assertPropertyAccess } from '../../kernel/http/actor.js';
import { badState, found, propertyOf, type RegisterDeps, staffNames } from '../common.js';
import { ownersOf } from './facts.js';

/** Reading slips: the list, one slip with the owners to phone and its gate checks, and the print data. */
export const createReleaseSlipViews = ({ db }: Pick<RegisterDeps, 'db'>) => {
  const load = async (actor: Actor, id: number) =>
    found(
      await db.selectFrom('releaseSlips').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      'read',
      '放行条',
    );
  return {
    list: async (actor: Actor, q: { propertyId: number; state?: string | undefined }) => {
      assertPropertyAccess(actor, q.propertyId, 'read', '项目');
      let sel = db
        .selectFrom('releaseSlips')
        .innerJoin('rooms', 'rooms.id', 'releaseSlips.roomId')
        .selectAll('releaseSlips')
        .select('rooms.label as roomLabel')
        .where('releaseSlips.propertyId', '=', q.propertyId);
      if (q.state) sel = sel.where('releaseSlips.state', '=', q.state);
      const rows = await sel.orderBy('releaseSlips.createdAt', 'desc').limit(300).execute();
      return rows.map((r) => ({
        ...r,
        items: JSON.parse(r.items) as ReleaseItem[],
        decision: JSON.parse(r.decision) as ReleaseDecision,
      }));
    },

    detail: async (actor: Actor, id: number) => {
      const slip = await load(actor, id);
      const [room, owners, gateChecks, history] = await Promise.all([
        db
          .selectFrom('rooms')
          .select(['label', 'code'])
          .where('id', '=', slip.roomId)
          .executeTakeFirstOrThrow(),
        ownersOf(db, slip.roomId),
        db
          .selectFrom('releaseGateChecks')
          .selectAll()
          .where('slipId', '=', id)
          .orderBy('checkedAt')
          .execute(),
        listHistory(db, 'releaseSlip', id),
      ]);
      return {
        ...slip,
        roomLabel: room.label,
        items: JSON.parse(slip.items) as ReleaseItem[],
        decision: JSON.parse(slip.decision) as ReleaseDecision,
        owners,
        gateChecks,
        history,
      };
    },

    /** Print data: two parts (S3 4.5.7.3: 存根联 kept at the desk, 客户联 handed to the gate). */
    print: async (actor: Actor, id: number) => {
      const slip = await load(actor, id);
      if (slip.state !== 'issued' && slip.state !== 'used') throw badState('放行条开具后才能打印');
      const [prop, room, names, owner] = await Promise.all([
        propertyOf(db, slip.propertyId),
        db.selectFrom('rooms').select('label').where('id', '=', slip.roomId).executeTakeFirstOrThrow(),
        staffNames(db, [slip.issuedBy, slip.ownerConfirmBy]),
        slip.ownerPersonId
          ? db.selectFrom('people').select('name').where('id', '=', slip.ownerPersonId).executeTakeFirst()
          : undefined,
      ]);
      const body = {
        title: '物品放行条',
        propertyName: prop.name,
        number: slip.number!,
        roomLabel: room.label,
        carrierKind: slip.carrierKind,
        carrierKindLabel: carrierKindLabels[slip.carrierKind as keyof typeof carrierKindLabels],
        carrierName: slip.carrierName,
        carrierIdMasked: slip.carrierIdMasked,
        isMovingHouse: !!slip.isMovingHouse,
        items: JSON.parse(slip.items) as ReleaseItem[],
        ownerConfirmation: slip.ownerAnswer
          ? {
              ownerName: owner?.name ?? null,
              method: slip.ownerConfirmMethod,
              phone: slip.ownerConfirmPhone,
              at: slip.ownerConfirmedAt,
              answer: slip.ownerAnswer,
              byName: names.get(slip.ownerConfirmBy ?? -1) ?? null,
            }
          : null,
        issuedAt: slip.issuedAt!,
        issuedByName: names.get(slip.issuedBy ?? -1) ?? '',
        note: slip.note,
      };
      return {
        ...body,
        parts: releaseSlipParts.map((part) => ({
          part,
          keptBy: part === '存根联' ? '服务中心留存' : '交门岗查验后回收',
          /** The gate fills these in on the customer part (S3 4.5.7.6). */
          gateFields: part === '客户联' ? ['门岗核对签名', '放行时间'] : [],
        })),
      };
    },
  };
};
