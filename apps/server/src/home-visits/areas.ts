import { type AreaDef, areaOverlap, type SaveHomeVisitAreaInput } from '@propdesk/domain';
import { isUniqueViolation } from '../kernel/db/errors.js';
import { AppError } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { found, nowIso, parseJson, rule } from '../registers/common.js';
import { type HomeVisitDeps, logEvent } from './common.js';

/** 苑区 of a property: the groups of buildings each visited by at least 20 households a quarter (S2 家访 (一)2). */
export const createAreas = ({ db, clock }: HomeVisitDeps) => {
  const all = async (propertyId: number): Promise<AreaDef[]> =>
    (
      await db
        .selectFrom('homeVisitAreas')
        .select(['id', 'name', 'buildingIds'])
        .where('propertyId', '=', propertyId)
        .orderBy('name')
        .execute()
    ).map((a) => ({ id: a.id, name: a.name, buildingIds: parseJson<number[]>(a.buildingIds) ?? [] }));

  const check = async (input: SaveHomeVisitAreaInput, id: number | null) => {
    const buildingIds = [...new Set(input.buildingIds)].sort((a, b) => a - b);
    const known = await db
      .selectFrom('buildings')
      .select('id')
      .where('propertyId', '=', input.propertyId)
      .where('id', 'in', buildingIds)
      .execute();
    if (known.length !== buildingIds.length)
      throw new AppError('VALIDATION_FAILED', {
        message: '楼栋不存在',
        details: [{ field: 'buildingIds', message: '楼栋不存在' }],
      });
    const taken = areaOverlap(await all(input.propertyId), { id, name: input.name, buildingIds });
    if (taken.length) throw rule('所选楼栋已划入其他苑区', { buildingIds: taken });
    return buildingIds;
  };

  const conflict = (e: unknown) =>
    isUniqueViolation(e) ? new AppError('CONFLICT', { message: '已有同名苑区' }) : e;

  const create = async (actor: Actor, input: SaveHomeVisitAreaInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    const buildingIds = await check(input, null);
    const at = nowIso(clock);
    try {
      return await db.transaction().execute(async (trx) => {
        const [row] = await trx
          .insertInto('homeVisitAreas')
          .values({
            propertyId: input.propertyId,
            name: input.name,
            buildingIds: JSON.stringify(buildingIds),
            createdBy: actor.id,
            createdAt: at,
            updatedAt: at,
          })
          .returning('id')
          .execute();
        await logEvent(trx, clock, {
          type: 'homeVisitArea',
          id: row!.id,
          propertyId: input.propertyId,
          actor,
          action: 'created',
          data: { after: { name: input.name, buildingIds } },
        });
        return { id: row!.id };
      });
    } catch (e) {
      throw conflict(e);
    }
  };

  const load = async (actor: Actor, id: number) =>
    found(
      await db.selectFrom('homeVisitAreas').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      'write',
      '苑区',
    );

  const update = async (actor: Actor, id: number, input: SaveHomeVisitAreaInput) => {
    const a = await load(actor, id);
    if (a.propertyId !== input.propertyId) throw rule('苑区不能移到其他项目');
    const buildingIds = await check(input, id);
    try {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('homeVisitAreas')
          .set({ name: input.name, buildingIds: JSON.stringify(buildingIds), updatedAt: nowIso(clock) })
          .where('id', '=', id)
          .execute();
        await logEvent(trx, clock, {
          type: 'homeVisitArea',
          id,
          propertyId: a.propertyId,
          actor,
          action: 'changed',
          data: {
            before: { name: a.name, buildingIds: parseJson(a.buildingIds) },
            after: { name: input.name, buildingIds },
          },
        });
      });
    } catch (e) {
      throw conflict(e);
    }
  };

  /** Visit records keep their rooms: removing an area only regroups the progress view. */
  const remove = async (actor: Actor, id: number) => {
    const a = await load(actor, id);
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('homeVisitAreas').where('id', '=', id).execute();
      await logEvent(trx, clock, {
        type: 'homeVisitArea',
        id,
        propertyId: a.propertyId,
        actor,
        action: 'removed',
        data: { before: { name: a.name, buildingIds: parseJson(a.buildingIds) } },
      });
    });
  };

  const list = async (actor: Actor, propertyId: number) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    return all(propertyId);
  };

  return { all, create, update, remove, list };
};
export type Areas = ReturnType<typeof createAreas>;
