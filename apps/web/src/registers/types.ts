import type { ReleaseDecision, ReleaseItem, ReleaseSlipState } from '@propdesk/domain';
import type { HistoryEntry } from '../history/HistoryTimeline';

/** What the registers' API answers (apps/server/src/registers); flags arrive as 0/1. */
type Flag = number;

export type KeySet = {
  id: number;
  propertyId: number;
  code: string;
  label: string;
  quantity: number;
  location: string;
  roomId: number | null;
  roomLabel: string | null;
  note: string | null;
  active: Flag;
  onLoan: number;
  inCabinet: number;
};
export type KeyChase = {
  id: number;
  day: string;
  calledAt: string;
  note: string;
  expectedBackAt: string | null;
};
export type KeyLoan = {
  id: number;
  propertyId: number;
  keySetId: number;
  keyCode: string;
  keyLabel: string;
  quantity: number;
  borrowerKind: string;
  borrowerName: string;
  borrowerPhone: string;
  purpose: string;
  dueBackAt: string | null;
  lentAt: string;
  lentByName: string | null;
  returnedAt: string | null;
  returnNote: string | null;
  takeBackId: number | null;
  isOpen: boolean;
  chases: KeyChase[];
  chasedToday: boolean;
};
export type KeyTakeBack = {
  id: number;
  propertyId: number;
  number: string;
  keySetId: number;
  keyCode: string;
  keyLabel: string;
  loanId: number | null;
  quantity: number;
  takerName: string;
  takerPhone: string;
  takerIdMasked: string | null;
  reason: string;
  takenAt: string;
};
export type KeyInventories = {
  status: { lastDay: string | null; dueOn: string; isDue: boolean };
  inventories: {
    id: number;
    day: string;
    countedAt: string;
    countedByName: string | null;
    discrepancies: number;
    note: string | null;
    lines: {
      id: number;
      keySetId: number;
      keyCode: string;
      keyLabel: string;
      expected: number;
      counted: number;
      note: string | null;
    }[];
  }[];
};

export type MailItem = {
  id: number;
  propertyId: number;
  itemType: string;
  roomId: number;
  roomLabel: string;
  addressee: string;
  carrier: string;
  trackingNo: string | null;
  note: string | null;
  receivedAt: string;
  receivedByName: string | null;
  notifiedAt: string | null;
  notifyMethod: string | null;
  collectedAt: string | null;
  collectorName: string | null;
  collectorIdMasked: string | null;
  daysWaiting: number | null;
};

export type DeskPayment = {
  id: number;
  propertyId: number;
  receiptNo: string;
  roomId: number | null;
  roomLabel: string | null;
  payerName: string;
  purpose: string;
  months: number | null;
  amountCents: number;
  method: string;
  takenBy: string;
  renovationId: number | null;
  reference: string | null;
  note: string | null;
  receivedAt: string;
  receivedByName: string | null;
  handedOverAt: string | null;
  financeReceiverName: string | null;
  invoiceNo: string | null;
  invoiceDeliveredAt: string | null;
  invoiceDeliveredTo: string | null;
  voidedAt: string | null;
  voidReason: string | null;
};
export type ArrearsChange = { monthsOwed: number; amountCents: number };
export type PaymentRecorded = {
  id: number;
  receiptNo: string;
  arrears: { before: ArrearsChange; after: ArrearsChange } | null;
};

type SlipBase = {
  id: number;
  propertyId: number;
  roomId: number;
  roomLabel: string;
  number: string | null;
  carrierKind: string;
  carrierName: string;
  carrierPhone: string | null;
  carrierIdMasked: string | null;
  hasValidId: Flag;
  isMovingHouse: Flag;
  items: ReleaseItem[];
  renovationId: number | null;
  note: string | null;
  state: ReleaseSlipState;
  decision: ReleaseDecision;
  arrearsMonths: number;
  arrearsCents: number;
  ownerReminder: string | null;
  ownerConfirmMethod: string | null;
  ownerPersonId: number | null;
  ownerConfirmPhone: string | null;
  ownerConfirmedAt: string | null;
  ownerAnswer: string | null;
  ownerRentOwed: Flag | null;
  ownerConfirmNote: string | null;
  managerNotifiedAt: string | null;
  createdAt: string;
  issuedAt: string | null;
  usedAt: string | null;
  voidedAt: string | null;
  voidReason: string | null;
};
export type ReleaseSlip = SlipBase;
export type GateCheck = {
  id: number;
  slipId: number | null;
  number: string;
  result: 'passed' | 'mismatch' | 'refused';
  reason: string | null;
  itemsMatch: Flag;
  signature: string;
  note: string | null;
  checkedAt: string;
  checkedByName?: string | null;
};
export type ReleaseSlipDetail = SlipBase & {
  owners: { personId: number; name: string; phones: string[] }[];
  gateChecks: GateCheck[];
  history: HistoryEntry[];
};
export type SlipJudged = {
  id: number;
  state: ReleaseSlipState;
  decision: ReleaseDecision;
  reason: string | null;
};
export type SlipPrint = {
  title: string;
  propertyName: string;
  number: string;
  roomLabel: string;
  carrierKind: string;
  carrierKindLabel: string;
  carrierName: string;
  carrierIdMasked: string | null;
  isMovingHouse: boolean;
  items: ReleaseItem[];
  ownerConfirmation: {
    ownerName: string | null;
    method: string | null;
    phone: string | null;
    at: string | null;
    answer: string;
    byName: string | null;
  } | null;
  issuedAt: string;
  issuedByName: string;
  note: string | null;
  parts: { part: string; keptBy: string; gateFields: string[] }[];
};
export type GateLookup = {
  id: number;
  number: string;
  state: ReleaseSlipState;
  roomLabel: string;
  carrierKind: string;
  carrierName: string;
  items: ReleaseItem[];
  issuedAt: string | null;
  usedAt: string | null;
  canPass: boolean;
  reason: string | null;
};
export type GateResult = {
  checkId: number;
  number: string;
  result: 'passed' | 'mismatch' | 'refused';
  reason: string | null;
  checkedAt: string;
  slipId: number | null;
};
export type Reconciliation = {
  month: string;
  issued: number;
  used: number;
  voided: number;
  gateChecks: number;
  gatePassed: number;
  mismatches: { kind: string; number: string; at: string | null; detail: string }[];
  confirmation: {
    confirmedAt: string;
    confirmedByName: string | null;
    note: string | null;
    mismatches: number;
  } | null;
};

export * from './types-works';
