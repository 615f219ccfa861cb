import type { Generated } from 'kysely';

/** Assessment, rewards and penalties, training (issue 8; migration 20261123_0900_assessment). */
export type AssessmentTables = {
  /** The admin's points per automatic rule and property; a kind not stored uses the default. */
  assessmentRules: {
    propertyId: number;
    kind: string;
    points: number;
    isActive: number;
    updatedBy: number;
    updatedAt: string;
  };
  /** One per staff member, property and month; created at the first manual item or at confirmation. */
  assessmentSheets: {
    id: Generated<number>;
    propertyId: number;
    staffId: number;
    month: string;
    /** open | confirmed (frozen) */
    state: string;
    /** Kept at confirmation: the frozen result. */
    deductions: number | null;
    bonus: number | null;
    score: number | null;
    confirmedAt: string | null;
    confirmedBy: number | null;
    note: string | null;
    createdAt: string;
  };
  /**
   * Manual items (written when added) and automatic items (written at confirmation, so the
   * frozen sheet keeps what it counted; the source key stops a fact counting twice).
   */
  assessmentItems: {
    id: Generated<number>;
    sheetId: number;
    propertyId: number;
    staffId: number;
    month: string;
    kind: string;
    /** deduction | bonus */
    direction: string;
    points: number;
    sourceType: string | null;
    sourceId: number | null;
    recordType: string | null;
    recordId: number | null;
    recordLabel: string | null;
    /** The month the fact belongs to by its own date (later than the sheet's: carried over). */
    factMonth: string | null;
    occurredAt: string;
    description: string;
    reason: string | null;
    createdBy: number | null;
    createdAt: string;
    withdrawnAt: string | null;
    withdrawnBy: number | null;
    withdrawReason: string | null;
  };
  /** S2 员工奖惩规程: submitted in writing by the assistant, decided by the manager. */
  rewardPenalties: {
    id: Generated<number>;
    propertyId: number;
    staffId: number;
    /** reward | penalty */
    kind: string;
    points: number;
    occurredOn: string;
    title: string;
    material: string;
    /** submitted | approved | rejected | withdrawn */
    state: string;
    submittedBy: number;
    submittedAt: string;
    decidedBy: number | null;
    decidedAt: string | null;
    decisionNote: string | null;
    withdrawnAt: string | null;
    withdrawReason: string | null;
  };
  /** S2 培训实施作业规程: drafted by the assistant, approved by the manager. */
  trainingPlans: {
    id: Generated<number>;
    propertyId: number;
    title: string;
    content: string;
    startDate: string;
    endDate: string;
    /** draft | submitted | approved | rejected */
    state: string;
    createdBy: number;
    createdAt: string;
    updatedAt: string;
    submittedAt: string | null;
    decidedBy: number | null;
    decidedAt: string | null;
    decisionNote: string | null;
  };
  trainingPlanTrainees: { planId: number; staffId: number };
  trainingSessions: {
    id: Generated<number>;
    planId: number;
    propertyId: number;
    topic: string;
    startsAt: string;
    endsAt: string;
    location: string;
    trainer: string;
    createdBy: number;
    createdAt: string;
  };
  trainingAttendance: {
    sessionId: number;
    staffId: number;
    /** present | late | absent | excused */
    status: string;
    note: string | null;
    recordedBy: number;
    recordedAt: string;
  };
  /** The manager's sign-off: the staff member is certified for independent duty (S0 3.1.6). */
  trainingSignOffs: {
    id: Generated<number>;
    propertyId: number;
    staffId: number;
    planId: number;
    note: string;
    signedBy: number;
    signedAt: string;
  };
};
