import { type CreatePriceItemInput, lineAmountCents } from '@propdesk/domain';
import { appendEvent, type Executor } from '../history/history.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import type { WorkOrderDeps } from './mutate.js';
import type { Trx } from './repo.js';

const view = (r: {
  id: number;
  propertyId: number;
  name: string;
  unit: string;
  priceCents: number;
  approval: string;
  approvalDate: string | null;
  active: number;
  createdAt: string;
  retiredAt: string | null;
}) => {
  const { active, ...rest } = r;
  return { ...rest, isActive: active === 1 };
};

/**
 * The price list (经物价局审批的维修价目表, S1) each property keeps; the admin manages it. A line
 * is never edited: a new price is a new line and the old one is retired, so every order keeps
 * the price it was charged at.
 */
export const createPriceList = ({ db, clock }: Pick<WorkOrderDeps, 'db' | 'clock'>) => {
  const list = async (actor: Actor, propertyId: number, includeRetired: boolean) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    let q = db.selectFrom('priceItems').selectAll().where('propertyId', '=', propertyId);
    if (!includeRetired) q = q.where('active', '=', 1);
    return (await q.orderBy('name').orderBy('id').execute()).map(view);
  };

  const create = async (actor: Actor, input: CreatePriceItemInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    const at = clock.now().toISOString();
    return db.transaction().execute(async (trx) => {
      const values = {
        ...input,
        active: 1,
        createdBy: actor.id,
        createdAt: at,
        retiredBy: null,
        retiredAt: null,
      };
      const [row] = await trx.insertInto('priceItems').values(values).returning('id').execute();
      await appendEvent(trx, clock, {
        entityType: 'priceItem',
        entityId: row!.id,
        propertyId: input.propertyId,
        actorId: actor.id,
        action: 'created',
        data: { after: input },
      });
      return { id: row!.id };
    });
  };

  const retire = async (actor: Actor, id: number) => {
    const item = await db.selectFrom('priceItems').selectAll().where('id', '=', id).executeTakeFirst();
    if (!item) throw notFound('收费项目');
    assertPropertyAccess(actor, item.propertyId, 'write', '收费项目');
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('priceItems')
        .set({ active: 0, retiredBy: actor.id, retiredAt: clock.now().toISOString() })
        .where('id', '=', id)
        .where('active', '=', 1)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw new AppError('INVALID_TRANSITION', { message: '该收费项目已停用' });
      await appendEvent(trx, clock, {
        entityType: 'priceItem',
        entityId: id,
        propertyId: item.propertyId,
        actorId: actor.id,
        action: 'retired',
        data: { before: { active: true }, after: { active: false } },
      });
    });
  };

  return { list, create, retire };
};

/**
 * The priced lines of an order, from the property's active price list only: a fee is never
 * typed in (DOMAIN.md §4 有偿服务).
 */
export const priceLines = async (
  db: Executor,
  propertyId: number,
  items: readonly { priceItemId: number; quantity: number }[],
) => {
  if (!items.length) return [];
  const ids = [...new Set(items.map((i) => i.priceItemId))];
  const rows = await db
    .selectFrom('priceItems')
    .selectAll()
    .where('id', 'in', ids)
    .where('propertyId', '=', propertyId)
    .where('active', '=', 1)
    .execute();
  return items.map((i, n) => {
    const p = rows.find((r) => r.id === i.priceItemId);
    if (!p) {
      const message = '收费项目不存在或已停用，请从本项目价目表中选择';
      throw new AppError('VALIDATION_FAILED', {
        message,
        details: [{ field: `items.${n}.priceItemId`, message }],
      });
    }
    return {
      priceItemId: p.id,
      name: p.name,
      unit: p.unit,
      unitPriceCents: p.priceCents,
      quantity: i.quantity,
      amountCents: lineAmountCents(p.priceCents, i.quantity),
    };
  });
};
export type PriceLine = Awaited<ReturnType<typeof priceLines>>[number];

export const insertLines = async (trx: Trx, workOrderId: number, lines: PriceLine[], at: string) => {
  if (lines.length)
    await trx
      .insertInto('workOrderItems')
      .values(lines.map((l) => ({ ...l, workOrderId, createdAt: at, supersededAt: null })))
      .execute();
};
