import {
  type ComplaintFacts,
  type ComplaintSeverity,
  complaintSeverityLabels,
  proposeSeverity,
  type RegisterContactInput,
  registrationReport,
} from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { appendEvent } from '../history/history.js';
import { departmentMembers, staffWithRole } from '../intake/case-repo.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import { assertOwnRef, countPriorSameMatter, countSameSpot, type Spot } from './facts-repo.js';

export type ComplaintOpened = {
  trx: Transaction<Database>;
  clock: Clock;
  notify: Notify;
  actor: Actor;
  caseId: number;
  number: string;
  input: RegisterContactInput;
  /** From POST /api/complaints; null when the case came from /api/contacts or a complaint letter. */
  facts: ComplaintFacts | null;
  at: string;
};

/** A complaint registered without its facts (a plain contact or a letter): the desk completes them by amendment. */
const defaultFacts: ComplaintFacts = {
  category: 'other',
  complainantCount: 1,
  lawsuit: false,
  mediaExposed: false,
  safetyInvolved: false,
  publicInterest: false,
  passedUpToManager: false,
  repeatOfCaseId: null,
  acknowledgement: { kind: 'apology' },
  immediate: { mode: 'none' },
};

const spotOf = async (
  trx: Transaction<Database>,
  propertyId: number,
  facts: ComplaintFacts,
  roomId: number | null,
): Promise<Spot> => {
  const loc = facts.location;
  if (loc?.kind === 'building') {
    await assertOwnRef(trx, propertyId, 'building', loc.buildingId, 'location.buildingId');
    return { locationKind: 'building', buildingId: loc.buildingId, commonArea: null };
  }
  if (loc?.kind === 'commonArea')
    return { locationKind: 'commonArea', buildingId: null, commonArea: loc.area.trim() };
  if (!loc && roomId !== null) {
    const room = await trx
      .selectFrom('rooms')
      .select('buildingId')
      .where('id', '=', roomId)
      .executeTakeFirst();
    if (room) return { locationKind: 'building', buildingId: room.buildingId, commonArea: null };
  }
  return { locationKind: 'none', buildingId: null, commonArea: null };
};

/** Tells the staff of a role (not the actor) and reports whether anyone was told. */
export const tellRole = async (
  trx: Transaction<Database>,
  notify: Notify,
  o: {
    propertyId: number;
    role: 'supervisor' | 'manager';
    actorId: number | null;
    kind: string;
    title: string;
    body: string;
    caseId: number;
  },
) => {
  const ids = (await staffWithRole(trx, o.propertyId, o.role)).filter((id) => id !== o.actorId);
  if (ids.length)
    await notify(trx, {
      recipientIds: ids,
      propertyId: o.propertyId,
      kind: o.kind,
      title: o.title,
      body: o.body,
      entityType: 'complaint',
      entityId: o.caseId,
    });
  return ids.length > 0;
};

/**
 * Creates the complaint record of a newly opened complaint case, inside the registration's
 * transaction (so no complaint case exists without one): proposes the class by the rules and
 * reports it as S3 篇九 4.5.2 says (重要/热点 → supervisor, 重大 → manager).
 */
export const openComplaint = async ({
  trx,
  clock,
  notify,
  actor,
  caseId,
  number,
  input,
  facts: given,
  at,
}: ComplaintOpened) => {
  const facts = given ?? defaultFacts;
  const propertyId = input.propertyId;
  const anonymous = input.anonymous === true;
  const receivedAt = input.receivedAt ? new Date(input.receivedAt).toISOString() : at;
  const settings = await readSettings(trx, propertyId);
  const spot = await spotOf(trx, propertyId, facts, input.roomId);
  if (facts.repeatOfCaseId)
    await assertOwnRef(trx, propertyId, 'complaint', facts.repeatOfCaseId, 'repeatOfCaseId');
  if (facts.immediate.mode === 'dispatched')
    await assertOwnRef(trx, propertyId, 'department', facts.immediate.departmentId, 'immediate.departmentId');

  const [sameSpot, prior] = await Promise.all([
    countSameSpot(trx, {
      ...spot,
      propertyId,
      category: facts.category,
      until: receivedAt,
      windowDays: settings['complaints.hotSpotWindowDays'],
    }),
    anonymous
      ? 0
      : countPriorSameMatter(trx, {
          propertyId,
          category: facts.category,
          before: receivedAt,
          personId: input.personId,
          roomId: input.roomId,
          callerPhone: input.callerPhone,
        }),
  ]);
  const proposal = proposeSeverity({
    lawsuit: facts.lawsuit,
    mediaExposed: facts.mediaExposed,
    complainantCount: facts.complainantCount,
    overdueOurs: false,
    sameSpotCount: spot.locationKind === 'none' ? 0 : sameSpot + 1,
    hotSpotThreshold: settings['complaints.hotSpotThreshold'],
    safetyInvolved: facts.safetyInvolved,
    priorSameMatter: prior + (facts.repeatOfCaseId ? 1 : 0),
    passedUpToManager: facts.passedUpToManager,
  });
  if (facts.immediate.mode !== 'none' && proposal.severity !== 'ordinary')
    throw new AppError('RULE_VIOLATION', {
      message: `按规则此投诉为${complaintSeverityLabels[proposal.severity]}投诉，不能当场处理或立即派工（S3 篇九 4.5.2.1 仅限一般投诉）`,
      details: [{ field: 'immediate', rule: proposal.rule }],
    });
  const immediate = facts.immediate;
  const dispatched = immediate.mode === 'dispatched';
  const severity: ComplaintSeverity = proposal.severity;

  await trx
    .insertInto('complaints')
    .values({
      caseId,
      propertyId,
      state: dispatched ? 'referred' : 'received',
      category: facts.category,
      ...spot,
      complainantCount: facts.complainantCount,
      lawsuit: facts.lawsuit ? 1 : 0,
      mediaExposed: facts.mediaExposed ? 1 : 0,
      safetyInvolved: facts.safetyInvolved ? 1 : 0,
      publicInterest: facts.publicInterest ? 1 : 0,
      passedUpToManager: facts.passedUpToManager ? 1 : 0,
      anonymous: anonymous ? 1 : 0,
      repeatOfCaseId: facts.repeatOfCaseId,
      receivedAt,
      severity,
      proposedSeverity: proposal.severity,
      proposedRule: proposal.rule,
      proposedReason: proposal.reason,
      severityConfirmedAt: null,
      severityConfirmedBy: null,
      supervisorReportedAt: null,
      managerNotifiedAt: null,
      majorRaisedAt: null,
      // A complaint opened from a plain contact or letter has no apology recorded yet.
      acknowledgement: given ? given.acknowledgement.kind : null,
      acknowledgementNote: given?.acknowledgement.note ?? null,
      acknowledgedAt: given ? at : null,
      acknowledgedBy: given ? actor.id : null,
      immediateMode: immediate.mode,
      onSpotResult: immediate.mode === 'answered' ? immediate.result : null,
      onSpotSatisfied: immediate.mode === 'answered' && immediate.customerSatisfied ? 1 : 0,
      signedAt: null,
      signedBy: null,
      signNote: null,
      departmentId: dispatched ? immediate.departmentId : null,
      referredAt: dispatched ? at : null,
      finding: null,
      responsibleStaffId: null,
      repliedAt: null,
      informMethod: null,
      informedAt: null,
      informedBy: null,
      informNote: null,
      verifiedAt: null,
      verifiedBy: null,
      verifyNote: null,
      returnVisitAt: null,
      returnVisitBy: null,
      returnVisitMethod: null,
      returnVisitOpinion: null,
      returnVisitSatisfaction: null,
      returnVisitSkipReason: null,
      returnVisitSkipNote: null,
      closedAt: null,
      isTypical: 0,
      typicalAt: null,
      typicalBy: null,
      analysisCause: null,
      analysisLesson: null,
      createdAt: at,
    })
    .execute();
  await appendEvent(trx, clock, {
    entityType: 'complaint',
    entityId: caseId,
    propertyId,
    actorId: actor.id,
    action: 'registered',
    data: {
      after: { ...facts, ...spot, anonymous, receivedAt, state: dispatched ? 'referred' : 'received' },
      proposal,
    },
  });

  const report = registrationReport(severity);
  if (report) {
    const label = complaintSeverityLabels[severity];
    const told = await tellRole(trx, notify, {
      propertyId,
      role: report.role,
      actorId: actor.id,
      kind: severity === 'major' ? 'complaint.major' : `complaint.${severity}`,
      title: `【${label}投诉】${number}`,
      body: `${input.summary}（${proposal.reason}）`,
      caseId,
    });
    const stamp = report.role === 'manager' ? { managerNotifiedAt: at } : { supervisorReportedAt: at };
    await trx.updateTable('complaints').set(stamp).where('caseId', '=', caseId).execute();
    await appendEvent(trx, clock, {
      entityType: 'complaint',
      entityId: caseId,
      propertyId,
      actorId: actor.id,
      action: report.role === 'manager' ? 'reported-to-manager' : 'reported-to-supervisor',
      data: { rule: report.clause, severity, told },
    });
  }
  if (dispatched) {
    const members = (await departmentMembers(trx, immediate.departmentId)).filter((id) => id !== actor.id);
    if (members.length)
      await notify(trx, {
        recipientIds: members,
        propertyId,
        kind: 'complaint.referred',
        title: `投诉 ${number} 请立即处理并书面回复`,
        body: input.summary,
        entityType: 'complaint',
        entityId: caseId,
      });
  }
};
