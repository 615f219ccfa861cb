import {
  type CarrierKind,
  decideRelease,
  goodsInside,
  type ReleaseDecision,
  type ReleaseItem,
} from '@propdesk/domain';
import type { Selectable } from 'kysely';
import type { Executor } from '../../history/history.js';
import type { Database } from '../../kernel/db/schema.js';
import { readSettings } from '../../settings/settings.js';
import { invalid } from '../common.js';

type SlipRow = Selectable<Database['releaseSlips']>;

/** The room's current owners with their archive phones: whom the desk may phone (S1 按《业主资料》上业主电话拨打). */
export const ownersOf = async (db: Executor, roomId: number) => {
  const owners = await db
    .selectFrom('occupancies')
    .innerJoin('people', 'people.id', 'occupancies.personId')
    .select(['people.id as personId', 'people.name'])
    .where('occupancies.roomId', '=', roomId)
    .where('occupancies.relation', '=', 'owner')
    .where('occupancies.endDate', 'is', null)
    .orderBy('occupancies.id')
    .execute();
  const phones = owners.length
    ? await db
        .selectFrom('personPhones')
        .select(['personId', 'phone'])
        .where(
          'personId',
          'in',
          owners.map((o) => o.personId),
        )
        .execute()
    : [];
  return owners.map((o) => ({
    ...o,
    phones: phones.filter((p) => p.personId === o.personId).map((p) => p.phone),
  }));
};

/** A decorator's renovation must be of the same room; its goods register gives the tools brought in. */
export const renovationFacts = async (
  db: Executor,
  slip: { propertyId: number; roomId: number; renovationId: number | null },
) => {
  if (!slip.renovationId) return null;
  const r = await db
    .selectFrom('renovations')
    .select(['id', 'propertyId', 'roomId', 'state'])
    .where('id', '=', slip.renovationId)
    .executeTakeFirst();
  if (!r || r.propertyId !== slip.propertyId || r.roomId !== slip.roomId)
    throw invalid('renovationId', '装修登记不存在或不是本房间的');
  const goods = await db
    .selectFrom('renovationGoods')
    .select(['direction', 'kind', 'name', 'quantity'])
    .where('renovationId', '=', r.id)
    .execute();
  return { isActive: r.state === 'inProgress', toolsIn: goodsInside(goods, 'tool') };
};

export const arrearsOf = async (db: Executor, roomId: number) =>
  (await db
    .selectFrom('arrears')
    .select(['monthsOwed', 'amountCents'])
    .where('roomId', '=', roomId)
    .executeTakeFirst()) ?? null;

/** Runs the release rules (packages/domain decideRelease) on a slip as stored now. */
export const evaluateSlip = async (
  db: Executor,
  slip: Pick<
    SlipRow,
    | 'propertyId'
    | 'roomId'
    | 'renovationId'
    | 'carrierKind'
    | 'isMovingHouse'
    | 'hasValidId'
    | 'items'
    | 'ownerAnswer'
    | 'ownerRentOwed'
  >,
): Promise<{ decision: ReleaseDecision; arrears: { monthsOwed: number; amountCents: number } | null }> => {
  const [arrears, renovation, settings] = await Promise.all([
    arrearsOf(db, slip.roomId),
    renovationFacts(db, slip),
    readSettings(db, slip.propertyId),
  ]);
  const decision = decideRelease({
    carrierKind: slip.carrierKind as CarrierKind,
    isMovingHouse: !!slip.isMovingHouse,
    hasValidId: !!slip.hasValidId,
    arrears,
    items: JSON.parse(slip.items) as ReleaseItem[],
    ownerConfirmation: slip.ownerAnswer
      ? {
          answer: slip.ownerAnswer as 'agreed' | 'objected',
          rentOwed: slip.ownerRentOwed === null ? null : !!slip.ownerRentOwed,
        }
      : null,
    renovation,
    managerArrearsMonths: settings['registers.releaseManagerArrearsMonths'],
  });
  return { decision, arrears };
};
