import type { Generated } from 'kysely';

export type ComplaintTables = {
  /** One per complaint case (1:1 with `cases`, keyed by its id): the complaint path (S4 4.4.2, S2). */
  complaints: {
    caseId: number;
    propertyId: number;
    state: string;
    category: string;
    /** building | commonArea | none */
    locationKind: string;
    buildingId: number | null;
    commonArea: string | null;
    complainantCount: number;
    lawsuit: number;
    mediaExposed: number;
    safetyInvolved: number;
    publicInterest: number;
    passedUpToManager: number;
    anonymous: number;
    repeatOfCaseId: number | null;
    /** When the complaint was made (the contact's time), for the 30-day rule and the report. */
    receivedAt: string;
    severity: string;
    proposedSeverity: string;
    proposedRule: string;
    proposedReason: string;
    severityConfirmedAt: string | null;
    severityConfirmedBy: number | null;
    /** S3 篇九 4.5.2: 重要 reported to the supervisor, 重大 to the manager, at registration. */
    supervisorReportedAt: string | null;
    managerNotifiedAt: string | null;
    /** Stamped by the 30-day sweep when it raised the complaint to 重大. */
    majorRaisedAt: string | null;
    acknowledgement: string | null;
    acknowledgementNote: string | null;
    acknowledgedAt: string | null;
    acknowledgedBy: number | null;
    /** none | answered | dispatched (S3 篇九 4.5.2.1) */
    immediateMode: string;
    onSpotResult: string | null;
    onSpotSatisfied: number;
    signedAt: string | null;
    signedBy: number | null;
    signNote: string | null;
    departmentId: number | null;
    referredAt: string | null;
    finding: string | null;
    responsibleStaffId: number | null;
    repliedAt: string | null;
    informMethod: string | null;
    informedAt: string | null;
    informedBy: number | null;
    informNote: string | null;
    verifiedAt: string | null;
    verifiedBy: number | null;
    verifyNote: string | null;
    returnVisitAt: string | null;
    returnVisitBy: number | null;
    returnVisitMethod: string | null;
    returnVisitOpinion: string | null;
    returnVisitSatisfaction: string | null;
    returnVisitSkipReason: string | null;
    returnVisitSkipNote: string | null;
    closedAt: string | null;
    isTypical: number;
    typicalAt: string | null;
    typicalBy: number | null;
    analysisCause: string | null;
    analysisLesson: string | null;
    createdAt: string;
  };
  /** The responsible department's written replies (S2 网上投诉处理); a failed verification asks for another. */
  complaintReplies: {
    id: Generated<number>;
    propertyId: number;
    caseId: number;
    departmentId: number;
    facts: string;
    finding: string;
    responsibleStaffId: number | null;
    measures: string;
    writtenBy: number;
    writtenAt: string;
  };
  /** 顾客投诉分类统计表 per property and month: reminder and overdue stamps, the manager's confirmation. */
  complaintReports: {
    propertyId: number;
    month: string;
    reminderSentAt: string | null;
    overdueNotifiedAt: string | null;
    confirmedAt: string | null;
    confirmedBy: number | null;
    note: string | null;
    /** The report as confirmed (JSON), so later amendments do not change what was submitted. */
    snapshot: string | null;
  };
};
