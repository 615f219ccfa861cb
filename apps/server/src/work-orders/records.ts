import { type AmendWorkOrderInput, feeFromItems, localDate } from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import { AppError, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import type { Mutate, WorkOrderDeps } from './mutate.js';
import { assertCanView, assertDeskOrField, isDesk } from './permissions.js';
import { insertLines, priceLines } from './price-list.js';
import { ENTITY, findOrder, orderEvent, propertyOf, writeOrder } from './repo.js';

/** Follow-up notes (S3 篇九 4.5.4), corrections by amendment (S4 4.3) and slip printing. */
export const createRecords = (deps: WorkOrderDeps, mutate: Mutate) => {
  const { db, clock } = deps;

  /**
   * A note of the day's follow-up, written by a person, counted for the property's local day.
   * It is appended, never edited, and does not change the order (no version needed).
   */
  const addNote = async (actor: Actor, id: number, text: string) => {
    const o = await findOrder(db, id);
    if (!o) throw notFound('派工单');
    assertDeskOrField(actor, o);
    if (o.state === 'closed') throw new AppError('INVALID_TRANSITION', { message: '派工单已关闭，无需跟踪' });
    const property = await propertyOf(db, o.propertyId);
    const now = clock.now();
    const day = localDate(now, property.timezone);
    return db.transaction().execute(async (trx) => {
      const [row] = await trx
        .insertInto('workOrderNotes')
        .values({
          workOrderId: id,
          propertyId: o.propertyId,
          day,
          text,
          authorId: actor.id,
          createdAt: now.toISOString(),
        })
        .returning('id')
        .execute();
      // The board's copy of "has today's note"; not a recorded fact, so the version stays.
      await trx.updateTable('workOrders').set({ lastNoteDay: day }).where('id', '=', id).execute();
      await orderEvent(trx, clock, o, actor.id, 'note-added', {
        after: { noteId: row!.id, day, text },
        rule: 'S3 篇九 4.5.4.3 每天重点跟踪相关责任人，直到问题得到处理',
      });
      return { id: row!.id, day };
    });
  };

  const completionFields = new Set(['result', 'materials', 'items']);

  /**
   * S4 4.3: a recorded fact is corrected, never overwritten silently: the old and new value, the
   * reason and the author go to the history. Priced lines are superseded, not deleted, and the
   * fee follows them.
   */
  const amend = (actor: Actor, id: number, input: AmendWorkOrderInput) =>
    mutate(actor, id, input.version, assertDeskOrField, async (trx, o, now) => {
      if (input.field === 'description' && !isDesk(actor))
        throw new AppError('FORBIDDEN', { message: '派工内容由客服中心更正' });
      if (completionFields.has(input.field) && !o.completedAt)
        throw new AppError('RULE_VIOLATION', { message: '尚未完工，没有可更正的完工记录' });
      const at = now.toISOString();
      let before: unknown;
      let after: unknown;
      let patch: Parameters<typeof writeOrder>[3];
      switch (input.field) {
        case 'description':
        case 'result':
          before = o[input.field];
          after = input.value;
          patch = { [input.field]: input.value };
          break;
        case 'materials':
          before = JSON.parse(o.materials);
          after = input.value;
          patch = { materials: JSON.stringify(input.value) };
          break;
        case 'items': {
          const lines = await priceLines(trx, o.propertyId, input.value);
          before = await trx
            .selectFrom('workOrderItems')
            .select(['priceItemId', 'name', 'quantity', 'amountCents'])
            .where('workOrderId', '=', id)
            .where('supersededAt', 'is', null)
            .execute();
          await trx
            .updateTable('workOrderItems')
            .set({ supersededAt: at })
            .where('workOrderId', '=', id)
            .where('supersededAt', 'is', null)
            .execute();
          await insertLines(trx, id, lines, at);
          after = lines;
          patch = { feeCents: feeFromItems(lines) };
          break;
        }
      }
      if (JSON.stringify(before) === JSON.stringify(after))
        throw new AppError('RULE_VIOLATION', { message: '新值与原值相同，无需更正' });
      const next = await writeOrder(trx, clock, o, patch);
      await orderEvent(
        trx,
        clock,
        o,
        actor.id,
        'amended',
        { field: input.field, before, after, feeCents: next.feeCents },
        input.reason,
      );
      return { version: next.version };
    });

  /** 打单派工: each print of the slip is on the record. */
  const slipPrinted = async (actor: Actor, id: number) => {
    const o = await findOrder(db, id);
    if (!o) throw notFound('派工单');
    assertCanView(actor, o);
    await db.transaction().execute((trx) =>
      appendEvent(trx, clock, {
        entityType: ENTITY,
        entityId: id,
        propertyId: o.propertyId,
        actorId: actor.id,
        action: 'slip-printed',
        data: { state: o.state },
      }),
    );
  };

  return { addNote, amend, slipPrinted };
};
