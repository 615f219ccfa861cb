import type { Generated } from 'kysely';
import type { WorksTables } from './tables-works.js';

type Id = Generated<number>;
type Instant = string;
type Flag = number;

/** Front-desk registers (issue 6; migration 20261123_0700_registers): keys, mail, payments, release slips. */
type CounterTables = {
  keySets: {
    id: Id;
    propertyId: number;
    code: string;
    label: string;
    quantity: number;
    location: string;
    roomId: number | null;
    note: string | null;
    active: Generated<Flag>;
    createdBy: number;
    createdAt: Instant;
  };
  keyLoans: {
    id: Id;
    propertyId: number;
    keySetId: number;
    quantity: number;
    borrowerKind: string;
    borrowerName: string;
    borrowerPhone: string;
    purpose: string;
    dueBackAt: Instant | null;
    lentAt: Instant;
    lentBy: number;
    returnedAt: Instant | null;
    returnedTo: number | null;
    returnNote: string | null;
    /** Closed by a take-back slip (钥匙领回单) instead of a return. */
    takeBackId: number | null;
  };
  keyChases: {
    id: Id;
    propertyId: number;
    loanId: number;
    day: string;
    calledAt: Instant;
    note: string;
    expectedBackAt: Instant | null;
    recordedBy: number;
  };
  keyTakeBacks: {
    id: Id;
    propertyId: number;
    number: string;
    keySetId: number;
    loanId: number | null;
    quantity: number;
    takerName: string;
    takerPhone: string;
    takerIdMasked: string | null;
    reason: string;
    takenAt: Instant;
    recordedBy: number;
  };
  keyInventories: {
    id: Id;
    propertyId: number;
    day: string;
    countedAt: Instant;
    countedBy: number;
    discrepancies: number;
    note: string | null;
  };
  keyInventoryLines: {
    id: Id;
    inventoryId: number;
    keySetId: number;
    expected: number;
    counted: number;
    note: string | null;
  };
  mailItems: {
    id: Id;
    propertyId: number;
    itemType: string;
    roomId: number;
    addressee: string;
    carrier: string;
    trackingNo: string | null;
    note: string | null;
    receivedAt: Instant;
    receivedBy: number;
    notifiedAt: Instant | null;
    notifiedBy: number | null;
    notifyMethod: string | null;
    collectedAt: Instant | null;
    collectorName: string | null;
    collectorIdMasked: string | null;
    handedOutBy: number | null;
  };
  deskPayments: {
    id: Id;
    propertyId: number;
    receiptNo: string;
    roomId: number | null;
    payerName: string;
    purpose: string;
    months: number | null;
    amountCents: number;
    method: string;
    takenBy: string;
    renovationId: number | null;
    reference: string | null;
    note: string | null;
    /** How much of the room's arrears this payment cleared, so a void restores exactly that. */
    arrearsMonthsCleared: number | null;
    arrearsCentsCleared: number | null;
    receivedAt: Instant;
    receivedBy: number;
    handedOverAt: Instant | null;
    handedOverBy: number | null;
    financeReceiverName: string | null;
    invoiceNo: string | null;
    invoiceDeliveredAt: Instant | null;
    invoiceDeliveredBy: number | null;
    invoiceDeliveredTo: string | null;
    voidedAt: Instant | null;
    voidedBy: number | null;
    voidReason: string | null;
  };
  releaseSlips: {
    id: Id;
    propertyId: number;
    roomId: number;
    /** Given when issued: a yearly serial (HYFX2026-0001). */
    number: string | null;
    carrierKind: string;
    carrierName: string;
    carrierPhone: string | null;
    carrierIdMasked: string | null;
    hasValidId: Flag;
    isMovingHouse: Flag;
    /** JSON: ReleaseItem[] */
    items: string;
    renovationId: number | null;
    note: string | null;
    state: string;
    /** JSON: the last ReleaseDecision. */
    decision: string;
    arrearsMonths: number;
    arrearsCents: number;
    ownerReminder: string | null;
    ownerConfirmMethod: string | null;
    ownerPersonId: number | null;
    ownerConfirmPhone: string | null;
    ownerConfirmedAt: Instant | null;
    ownerAnswer: string | null;
    ownerRentOwed: Flag | null;
    ownerConfirmNote: string | null;
    ownerConfirmBy: number | null;
    managerNotifiedAt: Instant | null;
    createdAt: Instant;
    createdBy: number;
    issuedAt: Instant | null;
    issuedBy: number | null;
    usedAt: Instant | null;
    usedBy: number | null;
    voidedAt: Instant | null;
    voidedBy: number | null;
    voidReason: string | null;
  };
  releaseGateChecks: {
    id: Id;
    propertyId: number;
    slipId: number | null;
    number: string;
    /** passed | mismatch | refused */
    result: string;
    reason: string | null;
    itemsMatch: Flag;
    signature: string;
    note: string | null;
    checkedBy: number;
    checkedAt: Instant;
  };
  releaseReconciliations: {
    propertyId: number;
    month: string;
    mismatches: number;
    confirmedBy: number;
    confirmedAt: Instant;
    note: string | null;
  };
};

/** …and the rest (tables-works.ts): visitors, passes, renovations, moves, notices, reminders, checks. */
export type RegisterTables = CounterTables & WorksTables;
