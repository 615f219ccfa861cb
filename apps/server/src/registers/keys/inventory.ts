import { expectedInCabinet, type KeyInventoryInput, keyInventoryDue } from '@propdesk/domain';
import { type Actor, assertPropertyAccess } from '../../kernel/http/actor.js';
import { readSettings } from '../../settings/settings.js';
import { invalid, log, nowIso, type RegisterDeps, todayOf } from '../common.js';
import { keysOnLoan } from './service.js';

/** 钥匙柜盘存 (S3 篇九 4.4.3: 每半月至少一次): full counts, discrepancies, and when the next is due. */
export const createKeyInventory = ({ db, clock }: RegisterDeps) => {
  const inventoryStatus = async (propertyId: number) => {
    const last = await db
      .selectFrom('keyInventories')
      .select(['day'])
      .where('propertyId', '=', propertyId)
      .orderBy('day', 'desc')
      .executeTakeFirst();
    const s = await readSettings(db, propertyId);
    return {
      lastDay: last?.day ?? null,
      ...keyInventoryDue(
        last?.day ?? null,
        await todayOf(db, clock, propertyId),
        s['registers.keyInventoryIntervalDays'],
      ),
    };
  };

  return {
    /** Every active set counted against what should be in the cabinet. */
    inventory: async (actor: Actor, input: KeyInventoryInput) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      const sets = await db
        .selectFrom('keySets')
        .select(['id', 'code', 'quantity', 'active'])
        .where('propertyId', '=', input.propertyId)
        .execute();
      const byId = new Map(sets.map((s) => [s.id, s]));
      const counted = new Map(input.lines.map((l) => [l.keySetId, l]));
      if (counted.size !== input.lines.length) throw invalid('lines', '同一组钥匙只能盘点一次');
      if (input.lines.some((l) => !byId.has(l.keySetId)))
        throw invalid('lines', '盘点中有不属于本项目的钥匙');
      const missing = sets.filter((s) => s.active && !counted.has(s.id));
      if (missing.length)
        throw invalid('lines', `盘存须清点全部钥匙，尚未清点：${missing.map((s) => s.code).join('、')}`);
      const day = await todayOf(db, clock, input.propertyId);
      return db.transaction().execute(async (trx) => {
        const out = await keysOnLoan(trx, input.propertyId);
        const lines = input.lines.map((l) => ({
          ...l,
          expected: expectedInCabinet(byId.get(l.keySetId)!.quantity, out.get(l.keySetId) ?? 0),
        }));
        const discrepancies = lines.filter((l) => l.expected !== l.counted);
        const [row] = await trx
          .insertInto('keyInventories')
          .values({
            propertyId: input.propertyId,
            day,
            countedAt: nowIso(clock),
            countedBy: actor.id,
            discrepancies: discrepancies.length,
            note: input.note,
          })
          .returning('id')
          .execute();
        await trx
          .insertInto('keyInventoryLines')
          .values(
            lines.map((l) => ({
              inventoryId: row!.id,
              keySetId: l.keySetId,
              expected: l.expected,
              counted: l.counted,
              note: l.note,
            })),
          )
          .execute();
        await log(trx, clock, {
          type: 'keyInventory',
          id: row!.id,
          propertyId: input.propertyId,
          actor,
          action: 'counted',
          data: { day, discrepancies, note: input.note },
        });
        return { id: row!.id, discrepancies: discrepancies.length };
      });
    },

    inventories: async (actor: Actor, propertyId: number) => {
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      const list = await db
        .selectFrom('keyInventories')
        .leftJoin('staff', 'staff.id', 'keyInventories.countedBy')
        .selectAll('keyInventories')
        .select('staff.name as countedByName')
        .where('keyInventories.propertyId', '=', propertyId)
        .orderBy('keyInventories.countedAt', 'desc')
        .limit(50)
        .execute();
      const lines = list.length
        ? await db
            .selectFrom('keyInventoryLines')
            .innerJoin('keySets', 'keySets.id', 'keyInventoryLines.keySetId')
            .selectAll('keyInventoryLines')
            .select(['keySets.code as keyCode', 'keySets.label as keyLabel'])
            .where(
              'inventoryId',
              'in',
              list.map((i) => i.id),
            )
            .execute()
        : [];
      return {
        status: await inventoryStatus(propertyId),
        inventories: list.map((i) => ({ ...i, lines: lines.filter((l) => l.inventoryId === i.id) })),
      };
    },
    inventoryStatus,
  };
};
