import type { ClassificationReport, ComplaintAction, ReportStatus, SeverityProposal } from '@propdesk/domain';
import type { HistoryEntry } from '../history/HistoryTimeline';

// The complaint API's answers (apps/server/src/complaints/queries.ts, reports.ts), as the pages read them.

export type ComplaintRow = {
  caseId: number;
  propertyId: number;
  number: string;
  channel: string;
  summary: string;
  state: string;
  severity: string;
  proposedSeverity: string;
  severityConfirmedAt: string | null;
  category: string;
  locationKind: string;
  commonArea: string | null;
  buildingName: string | null;
  anonymous: boolean;
  complainantCount: number;
  departmentId: number | null;
  departmentName: string | null;
  finding: string | null;
  receivedAt: string;
  signedAt: string | null;
  closedAt: string | null;
  isTypical: boolean;
  callerName: string;
  location: string;
  ageDays: number;
};

export type ReplyAttachment = {
  id: number;
  entityId: string;
  filename: string;
  mime: string;
  sizeBytes: number;
  createdAt: string;
};
export type ComplaintReply = {
  id: number;
  caseId: number;
  departmentId: number;
  departmentName: string | null;
  facts: string;
  finding: string;
  responsibleStaffId: number | null;
  responsibleStaffName: string | null;
  measures: string;
  writtenBy: number;
  writtenByName: string | null;
  writtenAt: string;
  attachments: ReplyAttachment[];
};
export type TimelineEntry = HistoryEntry & { entityType: 'complaint' | 'case' | 'complaintReply' };

type Flags = {
  anonymous: boolean;
  lawsuit: boolean;
  mediaExposed: boolean;
  safetyInvolved: boolean;
  publicInterest: boolean;
  passedUpToManager: boolean;
  onSpotSatisfied: boolean;
  isTypical: boolean;
};
type Stamps = Record<
  | 'severityConfirmedAt'
  | 'acknowledgedAt'
  | 'signedAt'
  | 'referredAt'
  | 'repliedAt'
  | 'informedAt'
  | 'verifiedAt'
  | 'returnVisitAt'
  | 'closedAt'
  | 'typicalAt'
  | 'managerNotifiedAt'
  | 'supervisorReportedAt'
  | 'majorRaisedAt',
  string | null
>;
type Names = Record<
  | 'firstTakerName'
  | 'signedByName'
  | 'severityConfirmedByName'
  | 'responsibleStaffName'
  | 'informedByName'
  | 'verifiedByName'
  | 'returnVisitByName'
  | 'typicalByName'
  | 'propertyName'
  | 'buildingName'
  | 'departmentName'
  | 'roomLabel',
  string | null
>;
export type ComplaintDetail = Flags &
  Stamps &
  Names & {
    caseId: number;
    propertyId: number;
    number: string;
    summary: string;
    channel: string;
    callerName: string;
    callerPhone: string | null;
    roomId: number | null;
    personId: number | null;
    firstTakerId: number;
    state: string;
    category: string;
    locationKind: string;
    buildingId: number | null;
    commonArea: string | null;
    location: string;
    complainantCount: number;
    repeatOfCaseId: number | null;
    receivedAt: string;
    severity: string;
    proposedSeverity: string;
    proposedRule: string;
    proposedReason: string;
    immediateMode: string;
    onSpotResult: string | null;
    acknowledgement: string | null;
    acknowledgementNote: string | null;
    signNote: string | null;
    departmentId: number | null;
    finding: string | null;
    responsibleStaffId: number | null;
    informMethod: string | null;
    informNote: string | null;
    verifyNote: string | null;
    returnVisitMethod: string | null;
    returnVisitOpinion: string | null;
    returnVisitSatisfaction: string | null;
    returnVisitSkipReason: string | null;
    returnVisitSkipNote: string | null;
    analysisCause: string | null;
    analysisLesson: string | null;
    proposalNow: SeverityProposal;
    replies: ComplaintReply[];
    allowedActions: ComplaintAction[];
    timeline: TimelineEntry[];
  };

export type LibraryRow = ComplaintRow & {
  propertyName: string;
  analysisCause: string | null;
  analysisLesson: string | null;
  typicalAt: string | null;
  measures: string | null;
};
export type PublicList = {
  propertyName: string;
  month: string;
  publishedBy: string | null;
  items: {
    caseId: number;
    number: string;
    receivedAt: string;
    category: string;
    location: string;
    summary: string;
    state: string;
    handling: string | null;
    closedAt: string | null;
  }[];
};
export type ReportMonth = {
  month: string;
  status: ReportStatus;
  statusLabel: string;
  isOverdue: boolean;
  deadline: string;
  confirmedAt: string | null;
};
export type ReportView = {
  propertyId: number;
  propertyCode: string;
  propertyName: string;
  month: string;
  status: ReportStatus;
  isOverdue: boolean;
  reminderAt: string;
  deadline: string;
  confirmedAt: string | null;
  confirmedByName: string | null;
  note: string | null;
  report: ClassificationReport;
};
export type StaffOption = {
  id: number;
  name: string;
  departmentId: number | null;
  departmentName: string | null;
};
export type DepartmentOption = { id: number; propertyId: number; name: string; kind: string };
export type Registered = {
  caseId: number;
  number: string;
  created: boolean;
  state: string;
  severity: string;
  proposedSeverity: string;
  proposedRule: string;
  proposedReason: string;
};

export type ComplaintFilter = {
  propertyId: number | null;
  q?: string;
  state?: string;
  severity?: string;
  category?: string;
  departmentId?: number;
  open?: boolean;
  mine?: boolean;
};
export type LibraryFilter = { q?: string; propertyId?: number; severity?: string; category?: string };
