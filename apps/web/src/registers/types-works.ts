import type { RegisterGap, RenovationState } from '@propdesk/domain';
import type { HistoryEntry } from '../history/HistoryTimeline';

/** What the registers' API answers for visitors, passes, renovations, moves, notices and the day check. */
type Flag = number;

export type Visitor = {
  id: number;
  propertyId: number;
  visitorName: string;
  idNumberMasked: string | null;
  phone: string | null;
  hostRoomId: number;
  hostRoomLabel: string;
  hostName: string;
  reason: string;
  partySize: number;
  carPlate: string | null;
  hostContactMethod: string;
  hostAnswer: string;
  admitted: Flag;
  isNight: Flag;
  /** The night duty post's holder when a night visitor was registered (物业总值). */
  nightDutyName: string | null;
  inAt: string | null;
  outAt: string | null;
  registeredByName: string | null;
  createdAt: string;
};

export type AccessPass = {
  id: number;
  propertyId: number;
  kind: string;
  number: string;
  holderName: string;
  holderPhone: string | null;
  holderIdMasked: string | null;
  roomId: number | null;
  roomLabel: string | null;
  contractor: string | null;
  renovationId: number | null;
  validFrom: string;
  validTo: string | null;
  depositCents: number;
  feeCents: number;
  note: string | null;
  state: 'out' | 'returned' | 'lost';
  issuedAt: string;
  returnedAt: string | null;
  depositRefundedCents: number | null;
  lostAt: string | null;
  lostNote: string | null;
  isExpired: boolean;
};

export type Renovation = {
  id: number;
  propertyId: number;
  roomId: number;
  roomLabel: string;
  number: string;
  applicantName: string;
  applicantPhone: string;
  contractorName: string;
  contractorPhone: string;
  scope: string;
  plannedStart: string;
  plannedEnd: string;
  supervisorAway: Flag;
  note: string | null;
  depositCents: number;
  workerPassFeeCents: number;
  passDepositCents: number;
  state: RenovationState;
  firstTakerName: string | null;
  createdAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  customerNotifiedAt: string | null;
  customerNotifyMethod: string | null;
  completionReportedAt: string | null;
  passedAt: string | null;
  depositRefundCents: number | null;
  depositRefundedAt: string | null;
  depositRefundNote: string | null;
};
type FeeMap = { renovationDeposit: number; workerPassFee: number; passDeposit: number };
export type RenovationDetail = Renovation & {
  documents: { businessLicence: boolean; qualification: boolean; drawings: boolean };
  missingDocuments: string[];
  workers: {
    id: number;
    name: string;
    idNumberMasked: string | null;
    phone: string | null;
    hasPhoto: Flag;
    hasIdCopy: Flag;
  }[];
  inspections: {
    id: number;
    kind: 'interim' | 'final';
    passed: Flag;
    findings: string;
    inspectedAt: string;
    inspectedByName: string | null;
  }[];
  goods: {
    id: number;
    direction: 'in' | 'out';
    kind: 'tool' | 'material';
    name: string;
    quantity: number;
    note: string | null;
    recordedAt: string;
  }[];
  payments: {
    id: number;
    receiptNo: string;
    purpose: string;
    amountCents: number;
    receivedAt: string;
    voidedAt: string | null;
  }[];
  passes: {
    id: number;
    number: string;
    holderName: string;
    state: string;
    validTo: string | null;
    renovationWorkerId: number | null;
  }[];
  fees: { due: FeeMap; paid: FeeMap; unpaid: (keyof FeeMap)[]; isPaid: boolean };
  decidedByName: string | null;
  permitReady: boolean;
  history: HistoryEntry[];
};

export type MoveRegistration = {
  id: number;
  propertyId: number;
  roomId: number;
  roomLabel: string;
  kind: 'moveIn' | 'transfer';
  relation: string | null;
  personName: string;
  date: string;
  documents: { propertyCertificate: boolean; lease: boolean; idCard: boolean; formsFilled: boolean };
  welcome: Record<'officeCard' | 'neighbourhood' | 'parkingCard' | 'renovationRules', string | null>;
  note: string | null;
  reportedAt: string;
  dueAt: string;
  archivedAt: string | null;
  isOverdue: boolean;
};
export type MoveDetail = MoveRegistration & { history: HistoryEntry[] };

export type Notice = {
  id: number;
  propertyId: number;
  title: string;
  body: string;
  state: 'pending' | 'rejected' | 'approved' | 'published' | 'withdrawn';
  draftedByName: string | null;
  draftedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  validFrom: string | null;
  validTo: string | null;
  publishedAt: string | null;
  withdrawReason: string | null;
  isShowing: boolean;
  isExpired: boolean;
};

export type RegisterDayCheck = {
  day: string;
  gaps: RegisterGap[];
  confirmation: { confirmedAt: string; note: string | null; confirmedByName: string | null } | null;
};
