import type { HistoryEntry } from '../history/HistoryTimeline';

/** What the intake API answers (apps/server/src/intake/queries.ts and friends). */
export type CaseRow = {
  id: number;
  propertyId: number;
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
  firstTakerId: number;
  ownerId: number | null;
  departmentId: number | null;
  dueAt: string | null;
  answer: string | null;
  praisedStaffId: number | null;
  handlingSince: string | null;
  createdAt: string;
  closedAt: string | null;
  isOverdue: boolean;
};
export type CaseListRow = CaseRow & {
  roomLabel: string | null;
  firstTakerName: string | null;
  ownerName: string | null;
  departmentName: string | null;
};
export type CaseContact = {
  id: number;
  channel: string;
  receivedAt: string;
  callerName: string;
  callerPhone: string | null;
  identity: string;
  summary: string;
  takerName: string | null;
};
export type Task = {
  id: number;
  propertyId: number;
  kind: 'callback' | 'message';
  caseId: number | null;
  ownerId: number;
  ownerName: string | null;
  createdBy: number;
  callerName: string;
  callerPhone: string;
  note: string;
  dueAt: string;
  doneAt: string | null;
  outcome: string | null;
  createdAt: string;
  isOverdue: boolean;
};
export type CaseDetail = CaseRow & {
  room: { id: number; code: string; label: string } | null;
  firstTakerName: string | null;
  ownerName: string | null;
  praisedStaffName: string | null;
  departmentName: string | null;
  contacts: CaseContact[];
  tasks: Omit<Task, 'ownerName' | 'isOverdue'>[];
  timeline: HistoryEntry[];
};
export type CallerContext = {
  arrears: { monthsOwed: number; amountCents: number; asOf: string } | null;
  openCases: CaseListRow[];
  recentCases: CaseListRow[];
};
export type Letter = {
  id: number;
  propertyId: number;
  year: number;
  serial: number;
  letterClass: string;
  sender: string;
  senderPhone: string | null;
  roomId: number | null;
  roomLabel: string | null;
  receivedDate: string;
  summary: string;
  caseId: number | null;
  caseNumber: string | null;
  decision: 'pending' | 'opened' | 'declined' | null;
  decisionReason: string | null;
  createdAt: string;
};
export type Incident = {
  id: number;
  propertyId: number;
  caseId: number | null;
  caseNumber: string | null;
  occurredAt: string;
  title: string;
  description: string;
  location: string | null;
  reportedByName: string | null;
  closedAt: string | null;
  createdAt: string;
};
export type DayCheck = {
  day: string;
  contactCount: number;
  incomplete: {
    id: number;
    caseId: number;
    number: string;
    channel: string;
    callerName: string;
    callerPhone: string | null;
    receivedAt: string;
    summary: string;
    missing: string[];
  }[];
  tasksDue: {
    id: number;
    kind: string;
    callerName: string;
    callerPhone: string;
    dueAt: string;
    note: string;
    ownerName: string | null;
  }[];
  returnVisitsDue: {
    id: number;
    workOrderId: number;
    number: string;
    kind: 'required' | 'spotCheck';
    dueAt: string;
    summary: string;
    roomLabel: string | null;
  }[];
  noNextStep: {
    id: number;
    number: string;
    type: string;
    state: string;
    summary: string;
    createdAt: string;
  }[];
  confirmation: { confirmedAt: string; note: string | null; confirmedByName: string | null } | null;
  earlierUnconfirmed: string[];
};
export type DeskStaff = {
  id: number;
  name: string;
  departmentId: number | null;
  departmentName: string | null;
  roles: string[];
};
export type Department = { id: number; propertyId: number; name: string; kind: string };
export type Registered = {
  caseId: number;
  contactId: number;
  number: string;
  created: boolean;
  state: string;
};

export type CaseFilter = {
  propertyId: number | null;
  q?: string;
  state?: string;
  type?: string;
  mine?: boolean;
  open?: boolean;
};
