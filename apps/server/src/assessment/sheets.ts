import {
  type AddManualItemInput,
  type ConfirmSheetInput,
  monthOf,
  nextMonth,
  scoreOf,
  startOfLocalDay,
  type WithdrawItemInput,
} from '@propdesk/domain';
import { appendEvent, type Executor } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { lockRow } from '../kernel/db/locking.js';
import { AppError, forbidden, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { isUniqueViolation, propertyFor, staffOfProperty } from './repo.js';
import { frozenItemRow, liveAutoItems } from './sheet-items.js';
import { createSheetViews, SHEET_ENTITY } from './sheet-views.js';

export { sheetReaderRoles } from './sheet-views.js';

type Deps = { db: Db; clock: Clock; notify: Notify };
const ENTITY = SHEET_ENTITY;
const frozen = () =>
  new AppError('CONFLICT', { message: '该月考核表已由经理确认（已冻结），不能再修改；之后的记录计入下月' });

/** The sheet row of a person and month, created open if missing, locked for the transaction. */
const ensureSheet = async (trx: Executor, p: { id: number }, staffId: number, month: string, at: string) => {
  await trx
    .insertInto('assessmentSheets')
    .values({
      propertyId: p.id,
      staffId,
      month,
      state: 'open',
      deductions: null,
      bonus: null,
      score: null,
      confirmedAt: null,
      confirmedBy: null,
      note: null,
      createdAt: at,
    })
    .onConflict((oc) => oc.columns(['propertyId', 'staffId', 'month']).doNothing())
    .execute();
  return lockRow(
    trx,
    trx
      .selectFrom('assessmentSheets')
      .selectAll()
      .where('propertyId', '=', p.id)
      .where('staffId', '=', staffId)
      .where('month', '=', month),
  ).executeTakeFirstOrThrow();
};

/** S2 员工考核规程 (issue 8 item 2): monthly sheets, manual items, the manager's confirmation. */
export const createSheets = ({ db, clock, notify }: Deps) => {
  const views = createSheetViews({ db });
  const addItem = async (actor: Actor, input: AddManualItemInput) => {
    const p = await propertyFor(db, actor, input.propertyId, 'write');
    await staffOfProperty(db, p.id, input.staffId);
    const now = clock.now();
    if (input.month > monthOf(now, p.timezone))
      throw new AppError('RULE_VIOLATION', {
        message: '不能为尚未开始的月份考核',
        details: [{ field: 'month' }],
      });
    const at = now.toISOString();
    return db.transaction().execute(async (trx) => {
      const sheet = await ensureSheet(trx, p, input.staffId, input.month, at);
      if (sheet.state === 'confirmed') throw frozen();
      const values = {
        sheetId: sheet.id,
        propertyId: p.id,
        staffId: input.staffId,
        month: input.month,
        kind: 'manual',
        direction: input.direction,
        points: input.points,
        sourceType: null,
        sourceId: null,
        recordType: null,
        recordId: null,
        recordLabel: null,
        factMonth: null,
        occurredAt: at,
        description: input.reason,
        reason: input.reason,
        createdBy: actor.id,
        createdAt: at,
        withdrawnAt: null,
        withdrawnBy: null,
        withdrawReason: null,
      };
      const [row] = await trx.insertInto('assessmentItems').values(values).returning('id').execute();
      await appendEvent(trx, clock, {
        entityType: ENTITY,
        entityId: sheet.id,
        propertyId: p.id,
        actorId: actor.id,
        action: 'item-added',
        data: { after: { itemId: row!.id, direction: input.direction, points: input.points } },
        reason: input.reason,
      });
      await notify(trx, {
        recipientIds: [input.staffId].filter((id) => id !== actor.id),
        propertyId: p.id,
        kind: 'assessment.item-added',
        title: `${input.month} 考核：${input.direction === 'bonus' ? '加' : '扣'} ${input.points} 分`,
        body: input.reason,
        entityType: ENTITY,
        entityId: sheet.id,
      });
      return { id: row!.id, sheetId: sheet.id };
    });
  };

  /** A manual item entered by mistake is withdrawn with a reason (kept and shown), while the sheet is open. */
  const withdrawItem = async (actor: Actor, id: number, input: WithdrawItemInput) => {
    const item = await db.selectFrom('assessmentItems').selectAll().where('id', '=', id).executeTakeFirst();
    if (!item) throw notFound('考核项');
    await propertyFor(db, actor, item.propertyId, 'write');
    if (item.sourceType)
      throw new AppError('RULE_VIOLATION', { message: '自动考核项来自原始记录，不能撤销；请更正原记录' });
    if (item.withdrawnAt) throw new AppError('CONFLICT', { message: '该考核项已撤销' });
    const at = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const sheet = await lockRow(
        trx,
        trx.selectFrom('assessmentSheets').selectAll().where('id', '=', item.sheetId),
      ).executeTakeFirstOrThrow();
      if (sheet.state === 'confirmed') throw frozen();
      await trx
        .updateTable('assessmentItems')
        .set({ withdrawnAt: at, withdrawnBy: actor.id, withdrawReason: input.reason })
        .where('id', '=', id)
        .execute();
      await appendEvent(trx, clock, {
        entityType: ENTITY,
        entityId: sheet.id,
        propertyId: sheet.propertyId,
        actorId: actor.id,
        action: 'item-withdrawn',
        data: { before: { itemId: id, direction: item.direction, points: item.points, reason: item.reason } },
        reason: input.reason,
      });
    });
  };

  /**
   * The manager confirms a finished month's sheet: its automatic items are written as they stand
   * and the score is kept; from then on the sheet is frozen (S2 员工考核规程).
   */
  const confirm = async (actor: Actor, input: ConfirmSheetInput) => {
    const p = await propertyFor(db, actor, input.propertyId, 'write');
    await staffOfProperty(db, p.id, input.staffId);
    if (input.staffId === actor.id) throw forbidden('不能确认本人的考核表');
    const now = clock.now();
    if (now.getTime() < startOfLocalDay(`${nextMonth(input.month)}-01`, p.timezone).getTime())
      throw new AppError('RULE_VIOLATION', { message: '该月尚未结束，不能确认考核表' });
    const at = now.toISOString();
    try {
      return await db.transaction().execute(async (trx) => {
        const sheet = await ensureSheet(trx, p, input.staffId, input.month, at);
        if (sheet.state === 'confirmed') throw frozen();
        const live = (await liveAutoItems(trx, p, input.month, input.staffId)).get(input.staffId) ?? [];
        if (live.length)
          await trx
            .insertInto('assessmentItems')
            .values(live.map((i) => frozenItemRow(i, sheet, at)))
            .execute();
        const counted = await trx
          .selectFrom('assessmentItems')
          .select(['direction', 'points'])
          .where('sheetId', '=', sheet.id)
          .where('withdrawnAt', 'is', null)
          .execute();
        const totals = scoreOf(counted as { direction: 'deduction' | 'bonus'; points: number }[]);
        await trx
          .updateTable('assessmentSheets')
          .set({
            state: 'confirmed',
            ...totals,
            confirmedAt: at,
            confirmedBy: actor.id,
            note: input.note ?? null,
          })
          .where('id', '=', sheet.id)
          .execute();
        await appendEvent(trx, clock, {
          entityType: ENTITY,
          entityId: sheet.id,
          propertyId: p.id,
          actorId: actor.id,
          action: 'confirmed',
          data: {
            after: { state: 'confirmed', ...totals, items: counted.length },
            rule: 'S2 员工考核规程：100 分 − 扣分 + 奖励分 = 最后得分',
          },
          reason: input.note ?? null,
        });
        await notify(trx, {
          recipientIds: [input.staffId],
          propertyId: p.id,
          kind: 'assessment.confirmed',
          title: `${input.month} 考核表已确认：${totals.score} 分`,
          entityType: ENTITY,
          entityId: sheet.id,
        });
        return { sheetId: sheet.id, ...totals };
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw new AppError('CONFLICT', { message: '考核记录已被同时确认，请刷新后重试' });
      throw e;
    }
  };

  return { ...views, addItem, withdrawItem, confirm };
};
