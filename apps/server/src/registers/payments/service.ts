import {
  amountInWords,
  arrearsAfterPayment,
  localDate,
  type PaymentPurpose,
  paymentMethodLabels,
  paymentPurposeLabels,
  type ReceiptView,
  type RecordPaymentInput,
  renovationPurposes,
} from '@propdesk/domain';
import { upsertArrears } from '../../archive/repo.js';
import { lockRow } from '../../kernel/db/locking.js';
import { AppError } from '../../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../../kernel/http/actor.js';
import {
  badState,
  found,
  invalid,
  log,
  nextRegisterNumber,
  nowIso,
  propertyOf,
  type RegisterDeps,
  roomIn,
  type Trx,
} from '../common.js';

type Paid = { months: number; amountCents: number };

/**
 * A management-fee payment lowers the room's arrears (DOMAIN.md §7), through the archive's own
 * write and on the room's timeline, in the payment's transaction. `sign` -1 undoes a voided one
 * by adding back exactly what it cleared.
 */
const applyToArrears = async (
  trx: Trx,
  deps: Pick<RegisterDeps, 'clock'>,
  actor: Actor,
  roomId: number,
  propertyId: number,
  paid: Paid,
  receiptNo: string,
  sign: 1 | -1,
) => {
  await lockRow(trx, trx.selectFrom('rooms').select('id').where('id', '=', roomId)).execute();
  const before = await trx
    .selectFrom('arrears')
    .select(['monthsOwed', 'amountCents', 'asOf'])
    .where('roomId', '=', roomId)
    .executeTakeFirst();
  if (!before) return null;
  const after =
    sign === 1
      ? arrearsAfterPayment(before, paid)
      : { monthsOwed: before.monthsOwed + paid.months, amountCents: before.amountCents + paid.amountCents };
  if (sign === -1 && !paid.months && !paid.amountCents) return null;
  const at = nowIso(deps.clock);
  await upsertArrears(trx, { propertyId, roomId, ...after, asOf: before.asOf, updatedAt: at });
  await log(trx, deps.clock, {
    type: 'room',
    id: roomId,
    propertyId,
    actor,
    action: 'arrears',
    data: { before: { monthsOwed: before.monthsOwed, amountCents: before.amountCents }, after, receiptNo },
    reason: sign === 1 ? `前台收取管理费，收据 ${receiptNo}` : `收据 ${receiptNo} 作废，恢复欠费`,
  });
  return { before: { monthsOwed: before.monthsOwed, amountCents: before.amountCents }, after };
};

/** 缴费 (S1 场景三): numbered receipts, hand-over to finance, invoice delivery; arrears follow. */
export const createPaymentRegister = ({ db, clock }: RegisterDeps) => {
  const load = async (actor: Actor, id: number, mode: 'read' | 'write') =>
    found(
      await db.selectFrom('deskPayments').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      mode,
      '收款记录',
    );

  return {
    record: async (actor: Actor, input: RecordPaymentInput) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      if (input.roomId) await roomIn(db, input.propertyId, input.roomId);
      if (input.renovationId) {
        const r = await db
          .selectFrom('renovations')
          .select(['propertyId', 'roomId'])
          .where('id', '=', input.renovationId)
          .executeTakeFirst();
        if (!r || r.propertyId !== input.propertyId) throw invalid('renovationId', '装修登记不存在');
        if (!(renovationPurposes as readonly string[]).includes(input.purpose))
          throw invalid('purpose', '关联装修登记的缴费应为装修保证金、工本费或出入证押金');
      }
      return db.transaction().execute(async (trx) => {
        const receiptNo = await nextRegisterNumber(trx, clock, input.propertyId, 'SJ');
        const [row] = await trx
          .insertInto('deskPayments')
          .values({ ...input, receiptNo, receivedAt: nowIso(clock), receivedBy: actor.id })
          .returning('id')
          .execute();
        const arrears =
          input.purpose === 'managementFee'
            ? await applyToArrears(
                trx,
                { clock },
                actor,
                input.roomId!,
                input.propertyId,
                { months: input.months!, amountCents: input.amountCents },
                receiptNo,
                1,
              )
            : null;
        if (arrears)
          await trx
            .updateTable('deskPayments')
            .set({
              arrearsMonthsCleared: arrears.before.monthsOwed - arrears.after.monthsOwed,
              arrearsCentsCleared: arrears.before.amountCents - arrears.after.amountCents,
            })
            .where('id', '=', row!.id)
            .execute();
        await log(trx, clock, {
          type: 'deskPayment',
          id: row!.id,
          propertyId: input.propertyId,
          actor,
          action: 'received',
          data: { after: { ...input, receiptNo }, arrears },
        });
        return { id: row!.id, receiptNo, arrears };
      });
    },

    /** S1: money the desk took is handed to finance later; the hand-over is recorded. */
    handOver: async (
      actor: Actor,
      id: number,
      input: { financeReceiverName: string; note: string | null },
    ) => {
      const p = await load(actor, id, 'write');
      if (p.voidedAt) throw badState('收据已作废');
      if (p.takenBy !== 'desk') throw badState('财务窗口收取的款项无需移交');
      await db.transaction().execute(async (trx) => {
        const at = nowIso(clock);
        const res = await trx
          .updateTable('deskPayments')
          .set({ handedOverAt: at, handedOverBy: actor.id, financeReceiverName: input.financeReceiverName })
          .where('id', '=', id)
          .where('handedOverAt', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw badState('该款项已移交财务');
        await log(trx, clock, {
          type: 'deskPayment',
          id,
          propertyId: p.propertyId,
          actor,
          action: 'handed-over',
          data: { after: { handedOverAt: at, ...input } },
        });
      });
    },

    /** S1: 发票送到您家里 — the delivery is recorded. */
    deliverInvoice: async (
      actor: Actor,
      id: number,
      input: { invoiceNo: string; deliveredTo: string; note: string | null },
    ) => {
      const p = await load(actor, id, 'write');
      if (p.voidedAt) throw badState('收据已作废');
      await db.transaction().execute(async (trx) => {
        const at = nowIso(clock);
        const res = await trx
          .updateTable('deskPayments')
          .set({
            invoiceNo: input.invoiceNo,
            invoiceDeliveredAt: at,
            invoiceDeliveredBy: actor.id,
            invoiceDeliveredTo: input.deliveredTo,
          })
          .where('id', '=', id)
          .where('invoiceDeliveredAt', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw badState('发票已送达');
        await log(trx, clock, {
          type: 'deskPayment',
          id,
          propertyId: p.propertyId,
          actor,
          action: 'invoice-delivered',
          data: { after: { invoiceDeliveredAt: at, ...input } },
        });
      });
    },

    /** A wrong receipt is voided, never deleted; a management fee's arrears come back. */
    voidPayment: async (actor: Actor, id: number, reason: string) => {
      const p = await load(actor, id, 'write');
      if (p.handedOverAt)
        throw new AppError('RULE_VIOLATION', { message: '款项已移交财务，不能作废，请与财务联系' });
      await db.transaction().execute(async (trx) => {
        const at = nowIso(clock);
        const res = await trx
          .updateTable('deskPayments')
          .set({ voidedAt: at, voidedBy: actor.id, voidReason: reason })
          .where('id', '=', id)
          .where('voidedAt', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw badState('收据已作废');
        const arrears =
          p.purpose === 'managementFee' && p.roomId
            ? await applyToArrears(
                trx,
                { clock },
                actor,
                p.roomId,
                p.propertyId,
                { months: p.arrearsMonthsCleared ?? 0, amountCents: p.arrearsCentsCleared ?? 0 },
                p.receiptNo,
                -1,
              )
            : null;
        await log(trx, clock, {
          type: 'deskPayment',
          id,
          propertyId: p.propertyId,
          actor,
          action: 'voided',
          data: { arrears },
          reason,
        });
      });
    },

    list: async (
      actor: Actor,
      q: {
        propertyId: number;
        pending?: 'handover' | 'invoice' | undefined;
        roomId?: number | undefined;
        renovationId?: number | undefined;
      },
    ) => {
      assertPropertyAccess(actor, q.propertyId, 'read', '项目');
      let sel = db
        .selectFrom('deskPayments')
        .leftJoin('rooms', 'rooms.id', 'deskPayments.roomId')
        .leftJoin('staff', 'staff.id', 'deskPayments.receivedBy')
        .selectAll('deskPayments')
        .select(['rooms.label as roomLabel', 'staff.name as receivedByName'])
        .where('deskPayments.propertyId', '=', q.propertyId);
      if (q.pending === 'handover')
        sel = sel
          .where('deskPayments.takenBy', '=', 'desk')
          .where('deskPayments.handedOverAt', 'is', null)
          .where('deskPayments.voidedAt', 'is', null);
      if (q.pending === 'invoice')
        sel = sel
          .where('deskPayments.invoiceDeliveredAt', 'is', null)
          .where('deskPayments.voidedAt', 'is', null);
      if (q.roomId) sel = sel.where('deskPayments.roomId', '=', q.roomId);
      if (q.renovationId) sel = sel.where('deskPayments.renovationId', '=', q.renovationId);
      return sel.orderBy('deskPayments.receivedAt', 'desc').limit(500).execute();
    },

    /** The receipt's print data (收据, printed with the print layout). */
    receipt: async (actor: Actor, id: number): Promise<ReceiptView> => {
      const p = await load(actor, id, 'read');
      const [prop, room, by] = await Promise.all([
        propertyOf(db, p.propertyId),
        p.roomId
          ? db.selectFrom('rooms').select('label').where('id', '=', p.roomId).executeTakeFirst()
          : undefined,
        db.selectFrom('staff').select('name').where('id', '=', p.receivedBy).executeTakeFirstOrThrow(),
      ]);
      const purpose = p.purpose as PaymentPurpose;
      return {
        propertyName: prop.name,
        receiptNo: p.receiptNo,
        receivedAt: p.receivedAt,
        payerName: p.payerName,
        roomLabel: room?.label ?? null,
        purpose,
        purposeLabel: `${paymentPurposeLabels[purpose]}${p.months ? `（${p.months} 个月）` : ''}`,
        months: p.months,
        amountCents: p.amountCents,
        amountInWords: amountInWords(p.amountCents),
        method: p.method,
        methodLabel: paymentMethodLabels[p.method as keyof typeof paymentMethodLabels] ?? p.method,
        takenBy: p.takenBy,
        receivedByName: by.name,
        reference: p.reference,
        note: p.note,
        footer:
          p.takenBy === 'desk'
            ? `本收据由服务中心代收开具（${localDate(new Date(p.receivedAt), prop.timezone)}），发票待财务人员开具后送达府上。`
            : '本收据由财务窗口开具。',
        voided: p.voidedAt !== null,
      };
    },
  };
};
