import { createAppointments } from './appointments.js';
import { createAreas } from './areas.js';
import type { HomeVisitDeps } from './common.js';
import { createProgress } from './progress.js';
import { createVisits } from './visits.js';

/** Home visits (家访, S2; DOMAIN.md §8): appointments by phone, visit records, the quarter per 苑区. */
export const createHomeVisitService = (deps: HomeVisitDeps) => {
  const appointments = createAppointments(deps);
  const areas = createAreas(deps);
  return {
    appointments,
    visits: createVisits(deps, appointments),
    areas,
    progress: createProgress(deps, areas),
  };
};
export type HomeVisitService = ReturnType<typeof createHomeVisitService>;
