import type { Generated } from 'kysely';

export type IntakeTables = {
  cases: {
    id: Generated<number>;
    propertyId: number;
    /** e.g. HY20261123-0007: property code, local date, daily serial. */
    number: string;
    type: string;
    state: string;
    urgency: string;
    channel: string;
    summary: string;
    roomId: number | null;
    personId: number | null;
    callerName: string;
    callerPhone: string | null;
    identity: string;
    /** 首接人: follows the case to the end (S1). */
    firstTakerId: number;
    ownerId: number | null;
    departmentId: number | null;
    dueAt: string | null;
    answer: string | null;
    praisedStaffId: number | null;
    praisedDepartmentId: number | null;
    handlingSince: string | null;
    supervisorAlertedAt: string | null;
    managerAlertedAt: string | null;
    createdAt: string;
    closedAt: string | null;
  };
  contacts: {
    id: Generated<number>;
    propertyId: number;
    caseId: number;
    channel: string;
    receivedAt: string;
    takerId: number;
    callerName: string;
    callerPhone: string | null;
    roomId: number | null;
    personId: number | null;
    identity: string;
    summary: string;
    idempotencyKey: string;
    createdAt: string;
  };
  caseTokens: { propertyId: number; token: string; caseId: number };
  letters: {
    id: Generated<number>;
    propertyId: number;
    year: number;
    serial: number;
    /** The case type the letter is classed as. */
    letterClass: string;
    sender: string;
    senderPhone: string | null;
    roomId: number | null;
    receivedDate: string;
    summary: string;
    contactId: number | null;
    caseId: number | null;
    /** Complaint letters: pending → opened | declined (the assistant decides, S0 3.3.2). */
    decision: string | null;
    decisionReason: string | null;
    decidedBy: number | null;
    decidedAt: string | null;
    registeredBy: number;
    createdAt: string;
  };
  tasks: {
    id: Generated<number>;
    propertyId: number;
    /** callback (回电, S0 3.1.2) | message (转告, S0 3.1.3) */
    kind: string;
    caseId: number | null;
    ownerId: number;
    createdBy: number;
    callerName: string;
    callerPhone: string;
    note: string;
    dueAt: string;
    doneAt: string | null;
    outcome: string | null;
    createdAt: string;
  };
  incidents: {
    id: Generated<number>;
    propertyId: number;
    caseId: number | null;
    occurredAt: string;
    title: string;
    description: string;
    reportedBy: number;
    createdAt: string;
    /** Issue 6 item 9 (migration 20261123_0700_registers): where, and who closed it. */
    location: string | null;
    closedAt: string | null;
    closedBy: number | null;
    closingNote: string | null;
  };
  dayChecks: {
    propertyId: number;
    day: string;
    confirmedBy: number;
    confirmedAt: string;
    note: string | null;
  };
};
