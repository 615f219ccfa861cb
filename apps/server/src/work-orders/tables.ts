import type { Generated } from 'kysely';

export type WorkOrderTables = {
  /** 经物价局审批的维修价目表 (S1): a line is never edited; a new price is a new line. */
  priceItems: {
    id: Generated<number>;
    propertyId: number;
    name: string;
    unit: string;
    priceCents: number;
    /** e.g. 经物价局审批 */
    approval: string;
    approvalDate: string | null;
    active: number;
    createdBy: number;
    createdAt: string;
    retiredBy: number | null;
    retiredAt: string | null;
  };
  workOrders: {
    id: Generated<number>;
    propertyId: number;
    caseId: number;
    /** e.g. HYW20261123-0003: property code, W, local date, daily serial. */
    number: string;
    /** The case type (repair, paidService, …): picks the default time limits. */
    type: string;
    urgency: string;
    priorityRank: number;
    /** desk | department (S4 篇3: other departments' orders are spot-checked). */
    origin: string;
    description: string;
    departmentId: number;
    assigneeId: number | null;
    state: string;
    dispatchMode: string | null;
    dispatchedBy: number | null;
    dispatchedAt: string | null;
    acceptedAt: string | null;
    arrivalDueAt: string;
    /** The arrival is a rescheduled appointment that must be kept (S1 报修). */
    isMustKeep: number;
    arrivedAt: string | null;
    /** Stamped once per arrival deadline by the sweep (or at a late arrival). */
    arrivalBreachedAt: string | null;
    completionDueAt: string;
    completedAt: string | null;
    completionBreachedAt: string | null;
    /** The deadline worked to next, for ordering lists. */
    nextDueAt: string | null;
    /** Breaches ever counted; never goes down (issue 4 item 2). */
    breachCount: number;
    pausedFrom: string | null;
    pausedAt: string | null;
    resumeAt: string | null;
    pauseReason: string | null;
    result: string | null;
    /** JSON array of { name, quantity, unit }. */
    materials: string;
    /** Sum of the current price-list lines; never entered directly. */
    feeCents: number;
    visitDueAt: string | null;
    referredTo: string | null;
    reworkOfId: number | null;
    closedAs: string | null;
    closedAt: string | null;
    /** Local date the order was opened: after it, a follow-up note is due every day (S3 篇九 4.5.4). */
    openedDay: string;
    /** Local day of the latest follow-up note: a copy kept for the board's one-index read. */
    lastNoteDay: string | null;
    /** Optimistic concurrency: every write names the version it read. */
    version: number;
    createdBy: number;
    createdAt: string;
    updatedAt: string;
  };
  workOrderBreaches: {
    id: Generated<number>;
    workOrderId: number;
    propertyId: number;
    /** arrival | appointment | completion */
    kind: string;
    dueAt: string;
    detectedAt: string;
    /** overdue (sweep) | late (found at the action) | rescheduled (first promise broken) */
    cause: string;
    departmentId: number;
    assigneeId: number | null;
  };
  workOrderItems: {
    id: Generated<number>;
    workOrderId: number;
    priceItemId: number;
    name: string;
    unit: string;
    unitPriceCents: number;
    quantity: number;
    amountCents: number;
    createdAt: string;
    supersededAt: string | null;
  };
  workOrderNotes: {
    id: Generated<number>;
    workOrderId: number;
    propertyId: number;
    /** Local date of the property the note counts for. */
    day: string;
    text: string;
    authorId: number;
    createdAt: string;
  };
  returnVisits: {
    id: Generated<number>;
    workOrderId: number;
    propertyId: number;
    /** required | spotCheck */
    kind: string;
    dueAt: string;
    method: string | null;
    attitude: string | null;
    quality: string | null;
    improperCharge: number | null;
    cashCharge: number | null;
    chargeDetail: string | null;
    satisfied: number | null;
    comment: string | null;
    visitedBy: number | null;
    visitedAt: string | null;
    reworkOrderId: number | null;
    createdAt: string;
  };
};
