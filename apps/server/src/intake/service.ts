import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import { createCaseActions } from './case-actions.js';
import { createDayCheck } from './day-check.js';
import { createIncidents } from './incidents.js';
import { createLetters } from './letters.js';
import type { Notify } from './notify-port.js';
import { createPassUpSweep } from './pass-up-sweep.js';
import { createCaseQueries } from './queries.js';
import { createRegistration } from './register.js';
import { listPropertyStaff } from './staff-directory.js';
import { createTasks } from './tasks.js';

/** The front-desk intake feature (DOMAIN.md §3), assembled from its parts. */
export const createIntakeService = (deps: { db: Db; clock: Clock; notify: Notify }) => {
  const register = createRegistration(deps);
  return {
    register,
    ...createCaseActions(deps),
    queries: createCaseQueries(deps),
    tasks: createTasks(deps),
    letters: createLetters({ ...deps, register }),
    incidents: createIncidents(deps),
    dayCheck: createDayCheck(deps),
    passUpSweep: createPassUpSweep(deps),
    staff: (actor: Actor, propertyId: number) => listPropertyStaff(deps.db, actor, propertyId),
  };
};
export type IntakeService = ReturnType<typeof createIntakeService>;
