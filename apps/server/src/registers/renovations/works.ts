import type { RenovationGoodsInput } from '@propdesk/domain';
import { forbidden } from '../../kernel/errors.js';
import type { Actor } from '../../kernel/http/actor.js';
import {
  badState,
  flag,
  invalid,
  isEngineering,
  log,
  nowIso,
  type RegisterDeps,
  rule,
  todayOf,
} from '../common.js';
import { insertPass } from '../passes/service.js';
import { feesOf, loadRenovation, unpaidText, workersOf } from './queries.js';
import { moveRenovation as move } from './service.js';

/** After approval (S1 装修; S2 装修管理服务协议): worker passes, the goods register, completion, inspections, the deposit refund. */
export const createRenovationWorks = ({ db, clock }: RegisterDeps) => ({
  /** Worker passes (装修出入证) for every worker without one, once the fee and the pass deposit are paid. */
  issueWorkerPasses: async (actor: Actor, id: number) => {
    const r = await loadRenovation(db, actor, id, 'write');
    if (r.state !== 'inProgress') throw badState('装修批准后、施工期间才能办理出入证');
    const fees = await feesOf(db, r);
    const passUnpaid = fees.unpaid.filter((k) => k !== 'renovationDeposit');
    if (passUnpaid.length) throw rule(`请先缴纳：${unpaidText(passUnpaid)}`, { unpaid: passUnpaid });
    const today = await todayOf(db, clock, r.propertyId);
    return db.transaction().execute(async (trx) => {
      const held = new Set(
        (
          await trx
            .selectFrom('accessPasses')
            .select('renovationWorkerId')
            .where('renovationId', '=', id)
            .where('state', '=', 'out')
            .execute()
        ).map((p) => p.renovationWorkerId),
      );
      const out: { id: number; number: string; workerId: number }[] = [];
      for (const w of (await workersOf(trx, id)).filter((x) => !held.has(x.id))) {
        const pass = await insertPass(trx, { clock }, actor, {
          propertyId: r.propertyId,
          kind: 'temporary',
          holderName: w.name,
          holderPhone: w.phone,
          holderIdMasked: w.idNumberMasked,
          roomId: r.roomId,
          contractor: r.contractorName,
          renovationId: id,
          renovationWorkerId: w.id,
          // The later of today and the planned start (ISO dates sort as text).
          validFrom: [today, r.plannedStart].sort()[1]!,
          validTo: r.plannedEnd,
          depositCents: r.passDepositCents,
          feeCents: r.workerPassFeeCents,
          note: `装修 ${r.number}`,
        });
        out.push({ ...pass, workerId: w.id });
      }
      if (!out.length) throw badState('所有装修工人都已有在用的出入证');
      return out;
    });
  },

  /** 物品出入登记表: tools and materials in and out, which the release rules read. */
  recordGoods: async (actor: Actor, id: number, input: RenovationGoodsInput) => {
    const r = await loadRenovation(db, actor, id, 'write');
    if (r.state !== 'inProgress' && r.state !== 'awaitingInspection' && r.state !== 'failed')
      throw badState('装修未在施工期间');
    return db.transaction().execute(async (trx) => {
      const [row] = await trx
        .insertInto('renovationGoods')
        .values({
          ...input,
          propertyId: r.propertyId,
          renovationId: id,
          releaseSlipId: null,
          recordedBy: actor.id,
          recordedAt: nowIso(clock),
        })
        .returning('id')
        .execute();
      await log(trx, clock, {
        type: 'renovation',
        id,
        propertyId: r.propertyId,
        actor,
        action: `goods-${input.direction}`,
        data: { after: input },
      });
      return row!.id;
    });
  },

  reportCompletion: async (actor: Actor, id: number) => {
    const r = await loadRenovation(db, actor, id, 'write');
    await db.transaction().execute(async (trx) => {
      const state = await move(trx, id, r.state, 'reportCompletion', {
        completionReportedAt: nowIso(clock),
      });
      await log(trx, clock, {
        type: 'renovation',
        id,
        propertyId: r.propertyId,
        actor,
        action: 'completion-reported',
        data: { before: { state: r.state }, after: { state } },
      });
    });
  },

  /** Inspections by the engineering department: interim during works, final on completion. */
  inspect: async (
    actor: Actor,
    id: number,
    input: { kind: 'interim' | 'final'; passed: boolean; findings: string },
  ) => {
    const r = await loadRenovation(db, actor, id, 'write');
    if (!(await isEngineering(db, actor, r.propertyId, false)))
      throw forbidden('仅工程部人员可进行装修检查验收');
    if (input.kind === 'interim' && r.state !== 'inProgress') throw badState('施工期间才能进行中途检查');
    return db.transaction().execute(async (trx) => {
      const at = nowIso(clock);
      const state =
        input.kind === 'final'
          ? await move(
              trx,
              id,
              r.state,
              input.passed ? 'passInspection' : 'failInspection',
              input.passed ? { passedAt: at } : {},
            )
          : r.state;
      await trx
        .insertInto('renovationInspections')
        .values({
          propertyId: r.propertyId,
          renovationId: id,
          kind: input.kind,
          passed: flag(input.passed),
          findings: input.findings,
          inspectedBy: actor.id,
          inspectedAt: at,
        })
        .execute();
      await log(trx, clock, {
        type: 'renovation',
        id,
        propertyId: r.propertyId,
        actor,
        action: `inspected-${input.kind}`,
        data: { before: { state: r.state }, after: { state }, ...input },
      });
      return { state };
    });
  },

  refundDeposit: async (actor: Actor, id: number, input: { amountCents: number; note: string | null }) => {
    const r = await loadRenovation(db, actor, id, 'write');
    if (r.state !== 'passed') throw badState('验收合格后才能退还装修保证金');
    const paid = (await feesOf(db, r)).paid.renovationDeposit;
    if (input.amountCents > paid)
      throw invalid('amountCents', `退还金额不能超过已收保证金 ${(paid / 100).toFixed(2)} 元`);
    if (input.amountCents < paid && !input.note) throw invalid('note', '少退保证金须填写扣款说明');
    await db.transaction().execute(async (trx) => {
      const at = nowIso(clock);
      const res = await trx
        .updateTable('renovations')
        .set({
          depositRefundCents: input.amountCents,
          depositRefundedAt: at,
          depositRefundedBy: actor.id,
          depositRefundNote: input.note,
        })
        .where('id', '=', id)
        .where('depositRefundedAt', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw badState('保证金已退还');
      await log(trx, clock, {
        type: 'renovation',
        id,
        propertyId: r.propertyId,
        actor,
        action: 'deposit-refunded',
        data: { after: { ...input, paid } },
      });
    });
  },
});
