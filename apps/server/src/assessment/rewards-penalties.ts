import {
  type DecideInput,
  localDate,
  type RewardPenaltyListQuery,
  type RewardPenaltyState,
  type RewardPenaltyView,
  rewardPenaltyKindLabels,
  rewardPenaltyStateLabels,
  type SubmitRewardPenaltyInput,
} from '@propdesk/domain';
import type { Selectable } from 'kysely';
import { appendEvent, listHistory } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError, forbidden, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { managersOf, namesById, propertyFor, staffOfProperty } from './repo.js';
import type { AssessmentTables } from './tables.js';

type Deps = { db: Db; clock: Clock; notify: Notify };
type Row = Selectable<AssessmentTables['rewardPenalties']>;
const ENTITY = 'reward-penalty';

/** S2 员工奖惩规程 3.1: 逐级上报审批 — the assistant submits in writing, the manager decides. */
export const createRewardsPenalties = ({ db, clock, notify }: Deps) => {
  const views = async (rows: Row[]): Promise<RewardPenaltyView[]> => {
    const names = await namesById(
      db,
      rows.flatMap((r) => [r.staffId, r.submittedBy, r.decidedBy]),
    );
    return rows.map((r) => ({
      id: r.id,
      propertyId: r.propertyId,
      staffId: r.staffId,
      staffName: names.get(r.staffId) ?? '',
      kind: r.kind as 'reward' | 'penalty',
      kindLabel: rewardPenaltyKindLabels[r.kind as 'reward' | 'penalty'],
      points: r.points,
      occurredOn: String(r.occurredOn),
      title: r.title,
      material: r.material,
      state: r.state as RewardPenaltyState,
      stateLabel: rewardPenaltyStateLabels[r.state as RewardPenaltyState],
      submittedBy: r.submittedBy,
      submittedByName: names.get(r.submittedBy) ?? '',
      submittedAt: r.submittedAt,
      decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? null) : null,
      decidedAt: r.decidedAt,
      decisionNote: r.decisionNote,
    }));
  };
  const load = async (actor: Actor, id: number, mode: 'read' | 'write') => {
    const row = await db.selectFrom('rewardPenalties').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('奖惩记录');
    await propertyFor(db, actor, row.propertyId, mode).catch(() => {
      throw notFound('奖惩记录');
    });
    return row;
  };

  const submit = async (actor: Actor, input: SubmitRewardPenaltyInput) => {
    const p = await propertyFor(db, actor, input.propertyId, 'write');
    const person = await staffOfProperty(db, p.id, input.staffId);
    const now = clock.now();
    if (input.occurredOn > localDate(now, p.timezone))
      throw new AppError('VALIDATION_FAILED', {
        message: '事由发生日期不能晚于今天',
        details: [{ field: 'occurredOn', message: '事由发生日期不能晚于今天' }],
      });
    const at = now.toISOString();
    return db.transaction().execute(async (trx) => {
      const [row] = await trx
        .insertInto('rewardPenalties')
        .values({
          ...input,
          state: 'submitted',
          submittedBy: actor.id,
          submittedAt: at,
          decidedBy: null,
          decidedAt: null,
          decisionNote: null,
          withdrawnAt: null,
          withdrawReason: null,
        })
        .returning('id')
        .execute();
      await appendEvent(trx, clock, {
        entityType: ENTITY,
        entityId: row!.id,
        propertyId: p.id,
        actorId: actor.id,
        action: 'submitted',
        data: { after: input, rule: 'S2 员工奖惩规程 3.1.1.1 由助理提交书面材料' },
      });
      await notify(trx, {
        recipientIds: await managersOf(trx, p.id),
        propertyId: p.id,
        kind: 'reward-penalty.submitted',
        title: `${rewardPenaltyKindLabels[input.kind]}申请待审批：${person.name}（${input.points} 分）`,
        body: input.title,
        entityType: ENTITY,
        entityId: row!.id,
      });
      return { id: row!.id };
    });
  };

  /** S2 员工奖惩规程 3.1.1.2: the manager approves or rejects; approved ones feed the assessment. */
  const decide = async (actor: Actor, id: number, input: DecideInput) => {
    const row = await load(actor, id, 'write');
    if (row.staffId === actor.id) throw forbidden('不能审批本人的奖惩');
    if (row.state !== 'submitted')
      throw new AppError('INVALID_TRANSITION', {
        message: `该奖惩已${rewardPenaltyStateLabels[row.state as RewardPenaltyState]}`,
      });
    const state = input.approve ? 'approved' : 'rejected';
    const at = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('rewardPenalties')
        .set({ state, decidedBy: actor.id, decidedAt: at, decisionNote: input.note ?? null })
        .where('id', '=', id)
        .where('state', '=', 'submitted')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw new AppError('CONFLICT', { message: '该奖惩已被处理，请刷新' });
      await appendEvent(trx, clock, {
        entityType: ENTITY,
        entityId: id,
        propertyId: row.propertyId,
        actorId: actor.id,
        action: state,
        data: {
          before: { state: row.state },
          after: { state },
          rule: 'S2 员工奖惩规程 3.1.1.2 报管理处主任审批',
        },
        reason: input.note ?? null,
      });
      await notify(trx, {
        recipientIds: state === 'approved' ? [row.submittedBy, row.staffId] : [row.submittedBy],
        propertyId: row.propertyId,
        kind: `reward-penalty.${state}`,
        title: `${rewardPenaltyKindLabels[row.kind as 'reward' | 'penalty']}「${row.title}」${state === 'approved' ? '已批准' : '被驳回'}`,
        body: input.note ?? null,
        entityType: ENTITY,
        entityId: id,
      });
    });
  };

  /** The submitter withdraws a request not yet decided. */
  const withdraw = async (actor: Actor, id: number, reason: string) => {
    const row = await load(actor, id, 'write');
    if (row.submittedBy !== actor.id) throw forbidden('只有提交人可以撤回');
    if (row.state !== 'submitted')
      throw new AppError('INVALID_TRANSITION', { message: '已审批的奖惩不能撤回' });
    const at = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('rewardPenalties')
        .set({ state: 'withdrawn', withdrawnAt: at, withdrawReason: reason })
        .where('id', '=', id)
        .where('state', '=', 'submitted')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw new AppError('CONFLICT', { message: '该奖惩已被处理，请刷新' });
      await appendEvent(trx, clock, {
        entityType: ENTITY,
        entityId: id,
        propertyId: row.propertyId,
        actorId: actor.id,
        action: 'withdrawn',
        data: { before: { state: 'submitted' }, after: { state: 'withdrawn' } },
        reason,
      });
    });
  };

  const list = async (actor: Actor, q: RewardPenaltyListQuery) => {
    await propertyFor(db, actor, q.propertyId, 'read');
    let query = db.selectFrom('rewardPenalties').selectAll().where('propertyId', '=', q.propertyId);
    if (q.state) query = query.where('state', '=', q.state);
    if (q.staffId) query = query.where('staffId', '=', q.staffId);
    return views(await query.orderBy('submittedAt', 'desc').orderBy('id', 'desc').limit(500).execute());
  };

  const get = async (actor: Actor, id: number) => {
    const row = await load(actor, id, 'read');
    const [view] = await views([row]);
    return { ...view!, timeline: await listHistory(db, ENTITY, id) };
  };

  return { submit, decide, withdraw, list, get };
};
