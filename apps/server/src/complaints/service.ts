import type { ComplaintFacts, RegisterComplaintInput, RegisterContactInput } from '@propdesk/domain';
import type { Notify } from '../intake/notify-port.js';
import { createRegistration } from '../intake/register.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import { createComplaintAmendments } from './amend.js';
import { createComplaintPath } from './path.js';
import { createComplaintQueries } from './queries.js';
import { createComplaintReports } from './reports.js';
import { createMajorRaiseSweep, createReportReminderSweep } from './sweeps.js';

/** The complaint feature (DOMAIN.md §5, issue 5), on top of intake's cases. */
export const createComplaintService = (deps: { db: Db; clock: Clock; notify: Notify }) => {
  const registerContact = createRegistration(deps);

  /**
   * The desk registers a complaint with its facts: intake opens the case (number, contact,
   * routing to the supervisor) and, in the same transaction, the complaint record (opened.ts).
   * Idempotent on `idempotencyKey` like any contact.
   */
  const register = async (actor: Actor, input: RegisterComplaintInput) => {
    const {
      category,
      location,
      complainantCount,
      lawsuit,
      mediaExposed,
      safetyInvolved,
      publicInterest,
      passedUpToManager,
      repeatOfCaseId,
      acknowledgement,
      immediate,
    } = input;
    const facts: ComplaintFacts = {
      category,
      complainantCount,
      lawsuit,
      mediaExposed,
      safetyInvolved,
      publicInterest,
      passedUpToManager,
      repeatOfCaseId,
      acknowledgement,
      immediate,
      ...(location ? { location } : {}),
    };
    const contact: RegisterContactInput = {
      propertyId: input.propertyId,
      idempotencyKey: input.idempotencyKey,
      channel: input.channel,
      type: 'complaint',
      roomId: input.roomId,
      personId: input.personId,
      callerName: input.callerName,
      callerPhone: input.callerPhone,
      identity: input.identity,
      summary: input.summary,
      urgency: input.urgency,
      resolution: { mode: 'complaint' },
      caseId: null,
      anonymous: input.anonymous,
      ...(input.receivedAt ? { receivedAt: input.receivedAt } : {}),
    };
    const r = await registerContact(actor, contact, facts);
    const c = await deps.db
      .selectFrom('complaints')
      .select(['state', 'severity', 'proposedSeverity', 'proposedRule', 'proposedReason'])
      .where('caseId', '=', r.caseId)
      .executeTakeFirstOrThrow();
    return { caseId: r.caseId, number: r.number, created: r.created, ...c };
  };

  return {
    register,
    ...createComplaintPath(deps),
    amend: createComplaintAmendments(deps),
    queries: createComplaintQueries(deps),
    reports: createComplaintReports(deps),
    majorRaiseSweep: createMajorRaiseSweep(deps),
    reportReminderSweep: createReportReminderSweep(deps),
  };
};
export type ComplaintService = ReturnType<typeof createComplaintService>;
