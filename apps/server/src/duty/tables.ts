import type { Generated } from 'kysely';

export type DutyTables = {
  /** A post of the roster with its shift times (值班岗位 / 班次模板). */
  dutyPosts: {
    id: Generated<number>;
    propertyId: number;
    name: string;
    /** desk | night | other */
    kind: string;
    headcount: number;
    /** JSON [{ start: 'HH:MM', end: 'HH:MM' }], local times of the property. */
    weekdaySegments: string;
    weekendSegments: string;
    sortOrder: number;
    active: number;
    createdAt: string;
    updatedAt: string;
  };
  /** One person in one roster cell (post × date); its times are fixed when it is written. */
  dutyAssignments: {
    id: Generated<number>;
    propertyId: number;
    postId: number;
    /** The local date the shift starts (a night shift belongs to the evening's date). */
    day: string;
    slot: number;
    /** The rostered person. */
    staffId: number;
    /** Who is on duty: the rostered person, or the substitute of an effective swap. */
    onDutyId: number;
    swapId: number | null;
    isWeekend: number;
    startsAt: string;
    endsAt: string;
    /** JSON [{ startsAt, endsAt }] of the working periods. */
    segments: string;
    /** Stamped by the absence sweep once the shift is over and checked. */
    absenceCheckedAt: string | null;
    createdBy: number;
    createdAt: string;
  };
  dutySwaps: {
    id: Generated<number>;
    propertyId: number;
    /** reported | applied */
    mode: string;
    /** reported | pending | approved | refused | withdrawn | expired */
    state: string;
    assignmentId: number;
    requesterId: number;
    substituteId: number;
    exchangeAssignmentId: number | null;
    reason: string;
    createdBy: number;
    createdAt: string;
    decidedBy: number | null;
    decidedAt: string | null;
    decisionNote: string | null;
  };
  dutyClockings: {
    id: Generated<number>;
    propertyId: number;
    assignmentId: number;
    staffId: number;
    /** in | out */
    kind: string;
    at: string;
  };
  /** Late, early leave, absence, short lead: facts for the assessment (a later issue reads them). */
  dutyFacts: {
    id: Generated<number>;
    propertyId: number;
    assignmentId: number;
    staffId: number;
    kind: string;
    minutes: number | null;
    at: string;
    createdAt: string;
  };
  dutyHandovers: {
    id: Generated<number>;
    propertyId: number;
    /** The outgoing shift. */
    assignmentId: number;
    outgoingId: number;
    incomingId: number | null;
    incomingAssignmentId: number | null;
    /** draft | handedOver | signed | closed */
    state: string;
    /** JSON: the sections filled from live state. */
    sections: string;
    notes: string;
    /** JSON: equipment items handed over. */
    equipment: string;
    remarks: string | null;
    openedAt: string;
    refreshedAt: string;
    outgoingSignedAt: string | null;
    incomingSignedAt: string | null;
    closedAt: string | null;
  };
  dutyLogEntries: {
    id: Generated<number>;
    propertyId: number;
    assignmentId: number;
    /** event | unresolved */
    kind: string;
    text: string;
    occurredAt: string;
    authorId: number;
    resolvedAt: string | null;
    resolvedBy: number | null;
    resolution: string | null;
    createdAt: string;
  };
};
