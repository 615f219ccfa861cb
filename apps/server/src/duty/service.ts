import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { runAbsenceSweep } from './absence-sweep.js';
import { createAttendance } from './attendance.js';
import { createDutyLog } from './duty-log.js';
import { createHandovers } from './handover.js';
import { createDutyPosts } from './posts.js';
import { createRoster } from './roster.js';
import { runSwapExpirySweep } from './swap-expiry-sweep.js';
import { createSwaps } from './swaps.js';
import { createWorkload } from './workload.js';

/** Duty and handover (DOMAIN.md §6; issue 7), assembled from its parts. */
export const createDutyService = (deps: { db: Db; clock: Clock; notify: Notify }) => ({
  posts: createDutyPosts(deps),
  roster: createRoster(deps),
  swaps: createSwaps(deps),
  attendance: createAttendance(deps),
  workload: createWorkload(deps),
  handovers: createHandovers(deps),
  log: createDutyLog(deps),
  absenceSweep: () => runAbsenceSweep(deps),
  swapExpirySweep: () => runSwapExpirySweep(deps),
});
export type DutyService = ReturnType<typeof createDutyService>;
