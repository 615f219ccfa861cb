import { householdsByArea, quarterBounds, quarterOf, quarterProgress } from '@propdesk/domain';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { propertyOf } from '../registers/common.js';
import { readSettings } from '../settings/settings.js';
import type { Areas } from './areas.js';
import type { HomeVisitDeps } from './common.js';

/**
 * The quarter's campaign per 苑区 (S2 家访 (一)2: 每季度…每个苑区不少于20户): distinct households
 * with a visit record in the quarter, counted on the property's calendar, against the target.
 */
export const createProgress = ({ db, clock }: HomeVisitDeps, areas: Areas) => {
  return async (actor: Actor, q: { propertyId: number; quarter?: string | undefined }) => {
    assertPropertyAccess(actor, q.propertyId, 'read', '项目');
    const p = await propertyOf(db, q.propertyId);
    const now = clock.now();
    const quarter = q.quarter ?? quarterOf(now, p.timezone);
    const { start, end } = quarterBounds(quarter, p.timezone);
    const target = (await readSettings(db, q.propertyId))['homeVisits.quarterTarget'];
    const visited = await db
      .selectFrom('homeVisits')
      .innerJoin('rooms', 'rooms.id', 'homeVisits.roomId')
      .select(['homeVisits.roomId', 'rooms.buildingId'])
      .where('homeVisits.propertyId', '=', q.propertyId)
      .where('homeVisits.visitedAt', '>=', start.toISOString())
      .where('homeVisits.visitedAt', '<', end.toISOString())
      .execute();
    const buildings = await db
      .selectFrom('buildings')
      .leftJoin('rooms', 'rooms.buildingId', 'buildings.id')
      .select([
        'buildings.id',
        'buildings.name',
        (eb) => eb.fn.count<string | number>('rooms.id').as('rooms'),
      ])
      .where('buildings.propertyId', '=', q.propertyId)
      .groupBy(['buildings.id', 'buildings.name'])
      .orderBy('buildings.id')
      .execute();
    const defs = await areas.all(q.propertyId);
    const perBuilding = new Map<number, Set<number>>();
    for (const v of visited) {
      const set = perBuilding.get(v.buildingId) ?? new Set<number>();
      set.add(v.roomId);
      perBuilding.set(v.buildingId, set);
    }
    const inArea = new Set(defs.flatMap((a) => a.buildingIds));
    const rows = householdsByArea(defs, visited, p.name).map((a) => {
      // The whole property (no areas) or the leftovers (未划分) take the buildings in no area.
      const own = buildings.filter((b) =>
        a.id === null ? !defs.length || !inArea.has(b.id) : a.buildingIds.includes(b.id),
      );
      return {
        id: a.id,
        name: a.name,
        ...quarterProgress({ households: a.households, target, start, end, now }),
        roomCount: own.reduce((n, b) => n + Number(b.rooms), 0),
        buildings: own.map((b) => ({
          id: b.id,
          name: b.name,
          rooms: Number(b.rooms),
          households: perBuilding.get(b.id)?.size ?? 0,
        })),
      };
    });
    return {
      quarter,
      start: start.toISOString(),
      end: end.toISOString(),
      target,
      visits: visited.length,
      areas: rows,
    };
  };
};
