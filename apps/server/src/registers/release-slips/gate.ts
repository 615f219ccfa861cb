import {
  type GateCheckInput,
  gateVerdict,
  normalizeRegisterNumber,
  type ReleaseItem,
  type ReleaseSlipState,
  reconcileReleaseSlips,
  startOfLocalDay,
} from '@propdesk/domain';
import { appendEvent } from '../../history/history.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../../kernel/http/actor.js';
import { flag, log, nowIso, propertyOf, type RegisterDeps } from '../common.js';

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * The gate (S3 篇九 4.5.7.6): the guard enters or scans the number, checks the items, signs; the
 * time is the server's. A slip passes once: the state change issued → used is the claim, so two
 * guards checking the same slip at once cannot both pass it. Every check, refused ones too, is
 * logged in 物品放行登记表, which the monthly reconciliation reads.
 */
export const createReleaseGate = ({ db, clock }: RegisterDeps) => {
  const findSlip = (propertyId: number, number: string) =>
    db
      .selectFrom('releaseSlips')
      .selectAll()
      .where('propertyId', '=', propertyId)
      .where('number', '=', normalizeRegisterNumber(number))
      .executeTakeFirst();

  return {
    lookup: async (actor: Actor, propertyId: number, number: string) => {
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      const slip = await findSlip(propertyId, number);
      if (!slip) throw notFound('放行条');
      const room = await db
        .selectFrom('rooms')
        .select('label')
        .where('id', '=', slip.roomId)
        .executeTakeFirstOrThrow();
      const verdict = gateVerdict({ state: slip.state as ReleaseSlipState }, true);
      return {
        id: slip.id,
        number: slip.number!,
        state: slip.state,
        roomLabel: room.label,
        carrierKind: slip.carrierKind,
        carrierName: slip.carrierName,
        items: JSON.parse(slip.items) as ReleaseItem[],
        issuedAt: slip.issuedAt,
        usedAt: slip.usedAt,
        /** Whether the gate may let it pass now, and why not. */
        canPass: verdict.result === 'passed',
        reason: verdict.reason,
      };
    },

    check: async (actor: Actor, input: GateCheckInput) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      const number = normalizeRegisterNumber(input.number);
      return db.transaction().execute(async (trx) => {
        const slip = await trx
          .selectFrom('releaseSlips')
          .selectAll()
          .where('propertyId', '=', input.propertyId)
          .where('number', '=', number)
          .executeTakeFirst();
        let verdict = gateVerdict(slip ? { state: slip.state as ReleaseSlipState } : null, input.itemsMatch);
        const at = nowIso(clock);
        if (slip && verdict.result === 'passed') {
          const res = await trx
            .updateTable('releaseSlips')
            .set({ state: 'used', usedAt: at, usedBy: actor.id })
            .where('id', '=', slip.id)
            .where('state', '=', 'issued')
            .executeTakeFirst();
          if (Number(res.numUpdatedRows) !== 1) verdict = gateVerdict({ state: 'used' }, true);
        }
        const [row] = await trx
          .insertInto('releaseGateChecks')
          .values({
            propertyId: input.propertyId,
            slipId: slip?.id ?? null,
            number,
            result: verdict.result,
            reason: verdict.reason,
            itemsMatch: flag(input.itemsMatch),
            signature: input.signature,
            note: input.note,
            checkedBy: actor.id,
            checkedAt: at,
          })
          .returning('id')
          .execute();
        if (slip)
          await log(trx, clock, {
            type: 'releaseSlip',
            id: slip.id,
            propertyId: slip.propertyId,
            actor,
            action: verdict.result === 'passed' ? 'gate-passed' : 'gate-refused',
            data: {
              checkId: row!.id,
              result: verdict.result,
              reason: verdict.reason,
              signature: input.signature,
              at,
            },
          });
        return {
          checkId: row!.id,
          number,
          result: verdict.result,
          reason: verdict.reason,
          checkedAt: at,
          slipId: slip?.id ?? null,
        };
      });
    },

    /** 物品放行登记表: the gate's log of a month (default: the current one). */
    gateLog: async (actor: Actor, propertyId: number, month?: string) => {
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      const p = await propertyOf(db, propertyId);
      let sel = db
        .selectFrom('releaseGateChecks')
        .leftJoin('staff', 'staff.id', 'releaseGateChecks.checkedBy')
        .selectAll('releaseGateChecks')
        .select('staff.name as checkedByName')
        .where('releaseGateChecks.propertyId', '=', propertyId);
      if (month)
        sel = sel
          .where(
            'releaseGateChecks.checkedAt',
            '>=',
            startOfLocalDay(`${month}-01`, p.timezone).toISOString(),
          )
          .where(
            'releaseGateChecks.checkedAt',
            '<',
            startOfLocalDay(`${nextMonth(month)}-01`, p.timezone).toISOString(),
          );
      return sel.orderBy('releaseGateChecks.checkedAt', 'desc').limit(500).execute();
    },

    /** Monthly: the stubs of the slips issued in the month against the gate's log (S3 4.5.7.2 B). */
    reconciliation: async (actor: Actor, propertyId: number, month: string) => {
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      const p = await propertyOf(db, propertyId);
      const from = startOfLocalDay(`${month}-01`, p.timezone).toISOString();
      const to = startOfLocalDay(`${nextMonth(month)}-01`, p.timezone).toISOString();
      const [stubs, gate, confirmation] = await Promise.all([
        db
          .selectFrom('releaseSlips')
          .select(['number', 'state', 'issuedAt'])
          .where('propertyId', '=', propertyId)
          .where('issuedAt', '>=', from)
          .where('issuedAt', '<', to)
          .orderBy('number')
          .execute(),
        db
          .selectFrom('releaseGateChecks')
          .select(['number', 'result', 'checkedAt', 'slipId', 'reason'])
          .where('propertyId', '=', propertyId)
          .where('checkedAt', '>=', from)
          .where('checkedAt', '<', to)
          .orderBy('checkedAt')
          .execute(),
        db
          .selectFrom('releaseReconciliations')
          .leftJoin('staff', 'staff.id', 'releaseReconciliations.confirmedBy')
          .selectAll('releaseReconciliations')
          .select('staff.name as confirmedByName')
          .where('propertyId', '=', propertyId)
          .where('month', '=', month)
          .executeTakeFirst(),
      ]);
      const mismatches = reconcileReleaseSlips(
        stubs.map((s) => ({ number: s.number!, state: s.state as ReleaseSlipState, issuedAt: s.issuedAt! })),
        gate.map((g) => ({
          number: g.number,
          result: g.result as 'passed' | 'refused' | 'mismatch',
          at: g.checkedAt,
          slipFound: g.slipId !== null,
          reason: g.reason,
        })),
      );
      return {
        month,
        issued: stubs.length,
        used: stubs.filter((s) => s.state === 'used').length,
        voided: stubs.filter((s) => s.state === 'voided').length,
        gateChecks: gate.length,
        gatePassed: gate.filter((g) => g.result === 'passed').length,
        mismatches,
        confirmation: confirmation ?? null,
      };
    },

    confirmReconciliation: async (
      actor: Actor,
      input: { propertyId: number; month: string; note: string | null },
      mismatches: number,
    ) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      const done = await db
        .selectFrom('releaseReconciliations')
        .select('month')
        .where('propertyId', '=', input.propertyId)
        .where('month', '=', input.month)
        .executeTakeFirst();
      if (done) throw new AppError('CONFLICT', { message: '该月已核对确认' });
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('releaseReconciliations')
          .values({ ...input, mismatches, confirmedBy: actor.id, confirmedAt: nowIso(clock) })
          .execute();
        await appendEvent(trx, clock, {
          entityType: 'property',
          entityId: input.propertyId,
          propertyId: input.propertyId,
          actorId: actor.id,
          action: 'release-slips-reconciled',
          data: { month: input.month, mismatches },
          reason: input.note,
        });
      });
    },
  };
};
