import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { createRewardsPenalties } from './rewards-penalties.js';
import { createAssessmentRules } from './rules.js';
import { createSheets } from './sheets.js';
import { createTrainingPlans } from './training-plans.js';
import { createTrainingSessions } from './training-sessions.js';

/** Staff assessment, rewards and penalties, and training (DOMAIN.md §8; issue 8 items 2–4). */
export const createAssessmentService = (deps: { db: Db; clock: Clock; notify: Notify }) => ({
  rules: createAssessmentRules(deps),
  sheets: createSheets(deps),
  rewards: createRewardsPenalties(deps),
  training: { ...createTrainingPlans(deps), ...createTrainingSessions(deps) },
});
export type AssessmentService = ReturnType<typeof createAssessmentService>;
