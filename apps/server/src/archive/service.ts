import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { type Actor, assertPropertyAccess, readableProperties } from '../kernel/http/actor.js';
import { lookup } from './lookup.js';
import { createOccupancyService } from './occupancy.js';
import { createPeopleService } from './people.js';
import { createArchiveQueries } from './queries.js';
import { createTreeQueries } from './tree.js';

/** The customer archive (DOMAIN.md §2): reads, people, occupancy, arrears and the lookup. */
export const createArchiveService = ({ db, clock }: { db: Db; clock: Clock }) => ({
  ...createTreeQueries({ db }),
  ...createArchiveQueries({ db }),
  ...createPeopleService({ db, clock }),
  ...createOccupancyService({ db, clock }),

  /** The lookup over one property, or every property the actor may read. */
  lookup: async (actor: Actor, input: { propertyId?: number | undefined; q: string }) => {
    let propertyIds: number[];
    if (input.propertyId !== undefined) {
      assertPropertyAccess(actor, input.propertyId, 'read', '项目');
      propertyIds = [input.propertyId];
    } else {
      const scope = readableProperties(actor);
      propertyIds =
        scope === 'all' ? (await db.selectFrom('properties').select('id').execute()).map((p) => p.id) : scope;
    }
    return lookup(db, { propertyIds, q: input.q });
  },
});
export type ArchiveService = ReturnType<typeof createArchiveService>;
