import {
  type CreateRenovationInput,
  type RenovationAction,
  type RenovationDocumentsInput,
  type RenovationState,
  type RenovationWorkerInput,
  renovationTransition,
} from '@propdesk/domain';
import { forbidden } from '../../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../../kernel/http/actor.js';
import { readSettings } from '../../settings/settings.js';
import {
  badState,
  engineeringHeads,
  flag,
  invalid,
  isEngineering,
  log,
  nextRegisterNumber,
  nowIso,
  type RegisterDeps,
  roomIn,
  rule,
  type Trx,
} from '../common.js';
import { feesOf, loadRenovation, missingDocsOf, workersOf } from './queries.js';

const insertWorkers = async (
  trx: Trx,
  at: string,
  r: { id: number; propertyId: number },
  workers: RenovationWorkerInput[],
) => {
  for (const w of workers)
    await trx
      .insertInto('renovationWorkers')
      .values({
        propertyId: r.propertyId,
        renovationId: r.id,
        name: w.name,
        idNumberMasked: w.idNumber,
        phone: w.phone,
        hasPhoto: flag(w.hasPhoto),
        hasIdCopy: flag(w.hasIdCopy),
        createdAt: at,
      })
      .execute();
};
/** Moves a renovation's state by the transition table, claimed by a conditional update. */
export const moveRenovation = async (
  trx: Trx,
  id: number,
  from: string,
  action: RenovationAction,
  set: Record<string, unknown> = {},
) => {
  const to = renovationTransition(from as RenovationState, action);
  if (!to) throw badState('当前状态不能执行此操作');
  const res = await trx
    .updateTable('renovations')
    .set({ ...set, state: to })
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw badState('装修登记状态已变化，请刷新');
  return to;
};

/**
 * 装修 (S1 场景二; S2 装修管理服务协议): the desk takes the application and documents (and is its
 * first taker), the engineering supervisor approves and the first taker tells the customer.
 * The works that follow are in works.ts.
 */
export const createRenovationWrites = ({ db, clock, notify }: RegisterDeps) => {
  const move = moveRenovation;

  return {
    create: async (actor: Actor, input: CreateRenovationInput) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      await roomIn(db, input.propertyId, input.roomId);
      const s = await readSettings(db, input.propertyId);
      const { documents, workers, ...rest } = input;
      return db.transaction().execute(async (trx) => {
        const at = nowIso(clock);
        const number = await nextRegisterNumber(trx, clock, input.propertyId, 'ZX');
        const [row] = await trx
          .insertInto('renovations')
          .values({
            ...rest,
            number,
            supervisorAway: flag(input.supervisorAway),
            docBusinessLicence: flag(documents.businessLicence),
            docQualification: flag(documents.qualification),
            docDrawings: flag(documents.drawings),
            depositCents: s['registers.renovationDepositYuan'] * 100,
            workerPassFeeCents: s['registers.workerPassFeeYuan'] * 100,
            passDepositCents: s['registers.workerPassDepositYuan'] * 100,
            state: 'pending',
            firstTakerId: actor.id,
            createdAt: at,
          })
          .returning('id')
          .execute();
        const r = { id: row!.id, propertyId: input.propertyId };
        await insertWorkers(trx, at, r, workers);
        await log(trx, clock, {
          type: 'renovation',
          id: r.id,
          propertyId: r.propertyId,
          actor,
          action: 'applied',
          data: { after: { ...input, number } },
        });
        const heads = await engineeringHeads(trx, input.propertyId);
        if (heads.length)
          await notify(trx, {
            recipientIds: heads,
            propertyId: input.propertyId,
            kind: 'renovation.submitted',
            title: `装修申请待审批：${number}${input.supervisorAway ? '（资料已由前台代收）' : ''}`,
            body: `${input.applicantName}，施工单位 ${input.contractorName}：${input.scope}`,
            entityType: 'renovation',
            entityId: r.id,
          });
        const full = await trx
          .selectFrom('renovations')
          .selectAll()
          .where('id', '=', r.id)
          .executeTakeFirstOrThrow();
        return {
          id: r.id,
          number,
          missingDocuments: await missingDocsOf(trx, full),
          fees: await feesOf(trx, full),
        };
      });
    },

    /** Documents brought in later: checklist items only go from missing to received. */
    addDocuments: async (actor: Actor, id: number, input: RenovationDocumentsInput) => {
      const r = await loadRenovation(db, actor, id, 'write');
      if (r.state !== 'pending' && r.state !== 'inProgress') throw badState('当前状态不能补交资料');
      const known = new Set((await workersOf(db, id)).map((w) => w.id));
      if (input.workers.some((w) => !known.has(w.workerId)))
        throw invalid('workers', '装修工人不属于本装修登记');
      await db.transaction().execute(async (trx) => {
        const d = input.documents;
        const set = {
          ...(d.businessLicence ? { docBusinessLicence: 1 } : {}),
          ...(d.qualification ? { docQualification: 1 } : {}),
          ...(d.drawings ? { docDrawings: 1 } : {}),
        };
        if (Object.keys(set).length)
          await trx.updateTable('renovations').set(set).where('id', '=', id).execute();
        for (const w of input.workers) {
          const ws = { ...(w.hasPhoto ? { hasPhoto: 1 } : {}), ...(w.hasIdCopy ? { hasIdCopy: 1 } : {}) };
          if (Object.keys(ws).length)
            await trx.updateTable('renovationWorkers').set(ws).where('id', '=', w.workerId).execute();
        }
        await insertWorkers(trx, nowIso(clock), r, input.addWorkers);
        await log(trx, clock, {
          type: 'renovation',
          id,
          propertyId: r.propertyId,
          actor,
          action: 'documents-received',
          data: { after: input },
        });
      });
      return missingDocsOf(db, await loadRenovation(db, actor, id, 'read'));
    },

    /** Only the engineering supervisor (工程主管: engineering dept_staff with isDeptHead) decides. */
    decide: async (actor: Actor, id: number, input: { approve: boolean; note: string | null }) => {
      const r = await loadRenovation(db, actor, id, 'write');
      if (!(await isEngineering(db, actor, r.propertyId, true))) throw forbidden('仅工程主管可审批装修申请');
      if (input.approve) {
        const missing = await missingDocsOf(db, r);
        if (missing.length) throw rule(`资料不全，不能批准：${missing.join('、')}`, { missing });
      }
      return db.transaction().execute(async (trx) => {
        const at = nowIso(clock);
        const state = await move(trx, id, r.state, input.approve ? 'approve' : 'reject', {
          decidedBy: actor.id,
          decidedAt: at,
          decisionNote: input.note,
        });
        await log(trx, clock, {
          type: 'renovation',
          id,
          propertyId: r.propertyId,
          actor,
          action: input.approve ? 'approved' : 'rejected',
          data: { before: { state: r.state }, after: { state } },
          reason: input.note,
        });
        // The first taker tells the customer (S1: 等我们工程主管回来审批后，我们再通知您).
        await notify(trx, {
          recipientIds: [r.firstTakerId],
          propertyId: r.propertyId,
          kind: 'renovation.decided',
          title: `装修申请${input.approve ? '已批准' : '未批准'}：${r.number}，请通知业主 ${r.applicantName}`,
          body: input.note,
          entityType: 'renovation',
          entityId: id,
        });
        return { state };
      });
    },

    customerNotified: async (actor: Actor, id: number, input: { method: string; note: string | null }) => {
      const r = await loadRenovation(db, actor, id, 'write');
      if (!r.decidedAt) throw badState('尚未审批，无需通知');
      await db.transaction().execute(async (trx) => {
        const at = nowIso(clock);
        const res = await trx
          .updateTable('renovations')
          .set({ customerNotifiedAt: at, customerNotifiedBy: actor.id, customerNotifyMethod: input.method })
          .where('id', '=', id)
          .where('customerNotifiedAt', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw badState('已通知业主');
        await log(trx, clock, {
          type: 'renovation',
          id,
          propertyId: r.propertyId,
          actor,
          action: 'customer-notified',
          data: { at, ...input },
        });
      });
    },
  };
};
