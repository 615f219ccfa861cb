import type { CollectMailInput, ReceiveMailInput } from '@propdesk/domain';
import { type Actor, assertPropertyAccess } from '../../kernel/http/actor.js';
import { badState, found, log, nowIso, type RegisterDeps, roomIn } from '../common.js';

/** 邮件收发记录本 (S3 篇九 4.5.6): received → resident notified → collected against an ID. */
export const createMailRegister = ({ db, clock }: RegisterDeps) => {
  const load = async (actor: Actor, id: number, mode: 'read' | 'write') =>
    found(
      await db.selectFrom('mailItems').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      mode,
      '邮件',
    );

  return {
    receive: async (actor: Actor, input: ReceiveMailInput) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      await roomIn(db, input.propertyId, input.roomId);
      return db.transaction().execute(async (trx) => {
        const [row] = await trx
          .insertInto('mailItems')
          .values({
            ...input,
            receivedAt: nowIso(clock),
            receivedBy: actor.id,
            notifiedAt: null,
            notifiedBy: null,
            notifyMethod: null,
            collectedAt: null,
            collectorName: null,
            collectorIdMasked: null,
            handedOutBy: null,
          })
          .returning('id')
          .execute();
        await log(trx, clock, {
          type: 'mailItem',
          id: row!.id,
          propertyId: input.propertyId,
          actor,
          action: 'received',
          data: { after: input },
        });
        return row!.id;
      });
    },

    notify: async (actor: Actor, id: number, input: { method: string; note: string | null }) => {
      const m = await load(actor, id, 'write');
      if (m.collectedAt) throw badState('邮件已被领取');
      await db.transaction().execute(async (trx) => {
        const at = nowIso(clock);
        // A second call (no answer the first time) is recorded too; the first time stays on the row.
        if (!m.notifiedAt)
          await trx
            .updateTable('mailItems')
            .set({ notifiedAt: at, notifiedBy: actor.id, notifyMethod: input.method })
            .where('id', '=', id)
            .execute();
        await log(trx, clock, {
          type: 'mailItem',
          id,
          propertyId: m.propertyId,
          actor,
          action: 'notified',
          data: { at, ...input },
        });
      });
    },

    collect: async (actor: Actor, id: number, input: CollectMailInput) => {
      const m = await load(actor, id, 'write');
      await db.transaction().execute(async (trx) => {
        const at = nowIso(clock);
        const res = await trx
          .updateTable('mailItems')
          .set({
            collectedAt: at,
            collectorName: input.collectorName,
            collectorIdMasked: input.collectorIdNumber,
            handedOutBy: actor.id,
          })
          .where('id', '=', id)
          .where('collectedAt', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw badState('邮件已被领取');
        await log(trx, clock, {
          type: 'mailItem',
          id,
          propertyId: m.propertyId,
          actor,
          action: 'collected',
          data: { after: { collectedAt: at, ...input } },
        });
      });
    },

    list: async (
      actor: Actor,
      q: { propertyId: number; status: 'uncollected' | 'all'; roomId?: number | undefined },
    ) => {
      assertPropertyAccess(actor, q.propertyId, 'read', '项目');
      let sel = db
        .selectFrom('mailItems')
        .innerJoin('rooms', 'rooms.id', 'mailItems.roomId')
        .leftJoin('staff', 'staff.id', 'mailItems.receivedBy')
        .selectAll('mailItems')
        .select(['rooms.label as roomLabel', 'staff.name as receivedByName'])
        .where('mailItems.propertyId', '=', q.propertyId);
      if (q.status === 'uncollected') sel = sel.where('mailItems.collectedAt', 'is', null);
      if (q.roomId) sel = sel.where('mailItems.roomId', '=', q.roomId);
      const now = clock.now().getTime();
      const rows = await sel.orderBy('mailItems.receivedAt', 'desc').limit(300).execute();
      return rows.map((r) => ({
        ...r,
        daysWaiting: r.collectedAt ? null : Math.floor((now - Date.parse(r.receivedAt)) / 86_400_000),
      }));
    },
  };
};
