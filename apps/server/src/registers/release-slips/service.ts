import {
  type CreateReleaseSlipInput,
  carrierKindLabels,
  type OwnerConfirmationInput,
  type ReleaseDecision,
  type ReleaseItem,
  stateAfterDecision,
} from '@propdesk/domain';
import type { Actor } from '../../kernel/http/actor.js';
import { assertPropertyAccess } from '../../kernel/http/actor.js';
import {
  badState,
  flag,
  found,
  invalid,
  log,
  nextRegisterNumber,
  nowIso,
  pastOrNow,
  type RegisterDeps,
  roomIn,
  rule,
  staffOf,
} from '../common.js';
import { evaluateSlip, ownersOf, renovationFacts } from './facts.js';

const OPEN = ['refused', 'awaitingOwner', 'approved'] as const;
const decisionState = (d: ReleaseDecision) => stateAfterDecision(d);
const refusal = (d: ReleaseDecision) => (d.outcome === 'refused' ? d.reason : null);

/**
 * 物品放行条 (S1 放行; S3 篇九 4.5.7): filled at the desk, judged by the release rules, the
 * owner's confirmation recorded, then issued with a yearly number and printed in two parts.
 */
export const createReleaseSlips = ({ db, clock, notify }: RegisterDeps) => {
  const load = async (actor: Actor, id: number, mode: 'read' | 'write') =>
    found(
      await db.selectFrom('releaseSlips').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      mode,
      '放行条',
    );

  /** Re-runs the rules on the stored slip and saves the outcome, while it is not yet issued. */
  const reevaluate = async (
    actor: Actor,
    id: number,
    action: string,
    set: Record<string, unknown> = {},
    extra: unknown = null,
  ) =>
    db.transaction().execute(async (trx) => {
      const slip = await trx
        .selectFrom('releaseSlips')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const merged = { ...slip, ...set };
      const { decision, arrears } = await evaluateSlip(trx, merged);
      const state = decisionState(decision);
      const res = await trx
        .updateTable('releaseSlips')
        .set({
          ...set,
          state,
          decision: JSON.stringify(decision),
          arrearsMonths: arrears?.monthsOwed ?? 0,
          arrearsCents: arrears?.amountCents ?? 0,
        })
        .where('id', '=', id)
        .where('state', 'in', [...OPEN])
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw badState('放行条已开具或已作废');
      await log(trx, clock, {
        type: 'releaseSlip',
        id,
        propertyId: slip.propertyId,
        actor,
        action,
        data: { before: { state: slip.state }, after: { state }, decision, ...(extra ? { extra } : {}) },
      });
      return { id, state, decision, reason: refusal(decision) };
    });

  return {
    create: async (actor: Actor, input: CreateReleaseSlipInput) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      await roomIn(db, input.propertyId, input.roomId);
      if (input.carrierKind !== 'decorator' && input.renovationId)
        throw invalid('renovationId', '只有装修工人放行需关联装修登记');
      await renovationFacts(db, input);
      if (input.carrierKind !== 'decorator' && input.items.some((i) => i.category !== 'general'))
        throw invalid('items', '装修工具/材料类别仅用于装修工人放行');
      const row = {
        propertyId: input.propertyId,
        roomId: input.roomId,
        number: null,
        carrierKind: input.carrierKind,
        carrierName: input.carrierName,
        carrierPhone: input.carrierPhone,
        carrierIdMasked: input.carrierIdNumber,
        hasValidId: flag(input.hasValidId),
        isMovingHouse: flag(input.isMovingHouse),
        items: JSON.stringify(input.items),
        renovationId: input.renovationId,
        note: input.note,
        ownerAnswer: null,
        ownerRentOwed: null,
      };
      return db.transaction().execute(async (trx) => {
        const { decision, arrears } = await evaluateSlip(trx, row);
        const state = decisionState(decision);
        const [ins] = await trx
          .insertInto('releaseSlips')
          .values({
            ...row,
            state,
            decision: JSON.stringify(decision),
            arrearsMonths: arrears?.monthsOwed ?? 0,
            arrearsCents: arrears?.amountCents ?? 0,
            createdAt: nowIso(clock),
            createdBy: actor.id,
          })
          .returning('id')
          .execute();
        await log(trx, clock, {
          type: 'releaseSlip',
          id: ins!.id,
          propertyId: input.propertyId,
          actor,
          action: 'created',
          data: { after: { ...input, state }, decision },
        });
        return { id: ins!.id, state, decision, reason: refusal(decision) };
      });
    },

    /** S1; S3 4.5.7.2 B: the owner phoned (number from the archive, call time) or signing in person. */
    confirmOwner: async (actor: Actor, id: number, input: OwnerConfirmationInput) => {
      const slip = await load(actor, id, 'write');
      const owner = (await ownersOf(db, slip.roomId)).find((o) => o.personId === input.ownerPersonId);
      if (!owner) throw invalid('ownerPersonId', '只能向档案中该房间的业主确认');
      if (input.method === 'phone' && !owner.phones.includes(input.phone!))
        throw invalid('phone', '请按业主资料上登记的电话拨打确认');
      const set = {
        ownerConfirmMethod: input.method,
        ownerPersonId: owner.personId,
        ownerConfirmPhone: input.method === 'phone' ? input.phone : null,
        ownerConfirmedAt: pastOrNow(clock, input.at, 'at'),
        ownerAnswer: input.answer,
        ownerRentOwed: input.rentOwed === null ? null : flag(input.rentOwed),
        ownerConfirmNote: input.note,
        ownerConfirmBy: actor.id,
      };
      return reevaluate(actor, id, 'owner-confirmed', set, { owner: owner.name, ...input });
    },

    /** After a payment or a change in the archive: the rules again on the same slip. */
    recheck: async (actor: Actor, id: number) => {
      await load(actor, id, 'write');
      return reevaluate(actor, id, 'rechecked');
    },

    /** The carrier signs; the slip gets its yearly number; the manager is told of 3+ months of arrears (S1). */
    issue: async (actor: Actor, id: number) => {
      const slip = await load(actor, id, 'write');
      if (slip.state !== 'approved')
        throw badState(slip.state === 'awaitingOwner' ? '请先记录业主确认' : '当前状态不能开具放行条');
      return db.transaction().execute(async (trx) => {
        const { decision, arrears } = await evaluateSlip(trx, slip);
        if (decision.outcome !== 'allowed')
          throw rule(decision.outcome === 'refused' ? decision.reason : '须先取得业主确认', { decision });
        const number = await nextRegisterNumber(trx, clock, slip.propertyId, 'FX');
        const at = nowIso(clock);
        const res = await trx
          .updateTable('releaseSlips')
          .set({
            state: 'issued',
            number,
            issuedAt: at,
            issuedBy: actor.id,
            decision: JSON.stringify(decision),
            ownerReminder: decision.ownerReminder,
            arrearsMonths: arrears?.monthsOwed ?? 0,
            arrearsCents: arrears?.amountCents ?? 0,
            managerNotifiedAt: decision.notifyManager ? at : null,
          })
          .where('id', '=', id)
          .where('state', '=', 'approved')
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw badState('放行条已开具');
        const items = JSON.parse(slip.items) as ReleaseItem[];
        // The goods leaving on a decorator's slip are written out of the renovation's goods register.
        if (slip.renovationId)
          for (const i of items.filter((x) => x.category !== 'general'))
            await trx
              .insertInto('renovationGoods')
              .values({
                propertyId: slip.propertyId,
                renovationId: slip.renovationId,
                direction: 'out',
                kind: i.category,
                name: i.name,
                quantity: i.quantity,
                note: `放行条 ${number}`,
                releaseSlipId: id,
                recordedBy: actor.id,
                recordedAt: at,
              })
              .execute();
        if (decision.notifyManager) {
          const managers = await staffOf(trx, slip.propertyId, ['manager']);
          const room = await trx
            .selectFrom('rooms')
            .select('label')
            .where('id', '=', slip.roomId)
            .executeTakeFirstOrThrow();
          await notify(trx, {
            recipientIds: managers,
            propertyId: slip.propertyId,
            kind: 'release-slip.arrears',
            title: `欠费放行：${room.label} 欠费 ${arrears?.monthsOwed ?? 0} 个月，已开具放行条 ${number}`,
            body: `${carrierKindLabels[slip.carrierKind as keyof typeof carrierKindLabels]} ${slip.carrierName}；${decision.ownerReminder ?? ''}`,
            entityType: 'releaseSlip',
            entityId: id,
          });
        }
        await log(trx, clock, {
          type: 'releaseSlip',
          id,
          propertyId: slip.propertyId,
          actor,
          action: 'issued',
          data: {
            before: { state: 'approved' },
            after: { state: 'issued', number, carrierSigned: true },
            decision,
          },
        });
        return { id, number, ownerReminder: decision.ownerReminder, managerNotified: decision.notifyManager };
      });
    },

    voidSlip: async (actor: Actor, id: number, reason: string) => {
      const slip = await load(actor, id, 'write');
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('releaseSlips')
          .set({ state: 'voided', voidedAt: nowIso(clock), voidedBy: actor.id, voidReason: reason })
          .where('id', '=', id)
          .where('state', 'in', [...OPEN, 'issued'])
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw badState('已放行或已作废的放行条不能作废');
        await log(trx, clock, {
          type: 'releaseSlip',
          id,
          propertyId: slip.propertyId,
          actor,
          action: 'voided',
          data: { before: { state: slip.state }, after: { state: 'voided' } },
          reason,
        });
      });
    },
  };
};
