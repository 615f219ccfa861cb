import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { ddl, dialectOf } from '../kernel/db/ddl.js';

/** Front-desk registers (issue 6, DOMAIN.md §7). JSON columns are text on both databases. */
export const up = async (db: Kysely<unknown>) => {
  const t = ddl(dialectOf(db));
  const s = db.schema;
  const prop = (c: ColumnDefinitionBuilder) => c.notNull().references('properties.id');
  const staff = (c: ColumnDefinitionBuilder) => c.references('staff.id');

  await t
    .id(s.createTable('keySets'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('roomId', 'integer', (c) => c.references('rooms.id'))
    .addColumn('note', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('createdBy', 'integer', (c) => staff(c).notNull())
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addUniqueConstraint('key_sets_code', ['propertyId', 'code'])
    .execute();

  await t
    .id(s.createTable('keyLoans'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('keySetId', 'integer', (c) => c.notNull().references('keySets.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('borrowerKind', 'text', (c) => c.notNull())
    .addColumn('borrowerName', 'text', (c) => c.notNull())
    .addColumn('borrowerPhone', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('dueBackAt', t.instant)
    .addColumn('lentAt', t.instant, (c) => c.notNull())
    .addColumn('lentBy', 'integer', (c) => staff(c).notNull())
    .addColumn('returnedAt', t.instant)
    .addColumn('returnedTo', 'integer', staff)
    .addColumn('returnNote', 'text')
    .addColumn('takeBackId', 'integer')
    .execute();
  await s
    .createIndex('key_loans_open')
    .on('keyLoans')
    .columns(['propertyId', 'returnedAt', 'takeBackId'])
    .execute();
  await s.createIndex('key_loans_set').on('keyLoans').columns(['keySetId']).execute();

  await t
    .id(s.createTable('keyChases'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('loanId', 'integer', (c) => c.notNull().references('keyLoans.id'))
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('calledAt', t.instant, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('expectedBackAt', t.instant)
    .addColumn('recordedBy', 'integer', (c) => staff(c).notNull())
    .execute();
  await s.createIndex('key_chases_loan').on('keyChases').columns(['loanId', 'day']).execute();

  await t
    .id(s.createTable('keyTakeBacks'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('keySetId', 'integer', (c) => c.notNull().references('keySets.id'))
    .addColumn('loanId', 'integer', (c) => c.references('keyLoans.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('takerName', 'text', (c) => c.notNull())
    .addColumn('takerPhone', 'text', (c) => c.notNull())
    .addColumn('takerIdMasked', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('takenAt', t.instant, (c) => c.notNull())
    .addColumn('recordedBy', 'integer', (c) => staff(c).notNull())
    .addUniqueConstraint('key_take_backs_number', ['propertyId', 'number'])
    .execute();

  await t
    .id(s.createTable('keyInventories'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('countedAt', t.instant, (c) => c.notNull())
    .addColumn('countedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('discrepancies', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await s.createIndex('key_inventories_day').on('keyInventories').columns(['propertyId', 'day']).execute();
  await t
    .id(s.createTable('keyInventoryLines'))
    .addColumn('inventoryId', 'integer', (c) => c.notNull().references('keyInventories.id'))
    .addColumn('keySetId', 'integer', (c) => c.notNull().references('keySets.id'))
    .addColumn('expected', 'integer', (c) => c.notNull())
    .addColumn('counted', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await s.createIndex('key_inventory_lines_inv').on('keyInventoryLines').columns(['inventoryId']).execute();

  await t
    .id(s.createTable('mailItems'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('itemType', 'text', (c) => c.notNull())
    .addColumn('roomId', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('addressee', 'text', (c) => c.notNull())
    .addColumn('carrier', 'text', (c) => c.notNull())
    .addColumn('trackingNo', 'text')
    .addColumn('note', 'text')
    .addColumn('receivedAt', t.instant, (c) => c.notNull())
    .addColumn('receivedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('notifiedAt', t.instant)
    .addColumn('notifiedBy', 'integer', staff)
    .addColumn('notifyMethod', 'text')
    .addColumn('collectedAt', t.instant)
    .addColumn('collectorName', 'text')
    .addColumn('collectorIdMasked', 'text')
    .addColumn('handedOutBy', 'integer', staff)
    .execute();
  await s
    .createIndex('mail_items_open')
    .on('mailItems')
    .columns(['propertyId', 'collectedAt', 'receivedAt'])
    .execute();

  await t
    .id(s.createTable('deskPayments'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('receiptNo', 'text', (c) => c.notNull())
    .addColumn('roomId', 'integer', (c) => c.references('rooms.id'))
    .addColumn('payerName', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('months', 'integer')
    .addColumn('amountCents', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('takenBy', 'text', (c) => c.notNull())
    .addColumn('renovationId', 'integer')
    .addColumn('reference', 'text')
    .addColumn('note', 'text')
    .addColumn('arrearsMonthsCleared', 'integer')
    .addColumn('arrearsCentsCleared', 'integer')
    .addColumn('receivedAt', t.instant, (c) => c.notNull())
    .addColumn('receivedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('handedOverAt', t.instant)
    .addColumn('handedOverBy', 'integer', staff)
    .addColumn('financeReceiverName', 'text')
    .addColumn('invoiceNo', 'text')
    .addColumn('invoiceDeliveredAt', t.instant)
    .addColumn('invoiceDeliveredBy', 'integer', staff)
    .addColumn('invoiceDeliveredTo', 'text')
    .addColumn('voidedAt', t.instant)
    .addColumn('voidedBy', 'integer', staff)
    .addColumn('voidReason', 'text')
    .addUniqueConstraint('desk_payments_receipt', ['propertyId', 'receiptNo'])
    .execute();
  await s.createIndex('desk_payments_room').on('deskPayments').columns(['roomId']).execute();
  await s.createIndex('desk_payments_renovation').on('deskPayments').columns(['renovationId']).execute();

  await t
    .id(s.createTable('releaseSlips'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('roomId', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('number', 'text')
    .addColumn('carrierKind', 'text', (c) => c.notNull())
    .addColumn('carrierName', 'text', (c) => c.notNull())
    .addColumn('carrierPhone', 'text')
    .addColumn('carrierIdMasked', 'text')
    .addColumn('hasValidId', 'integer', (c) => c.notNull())
    .addColumn('isMovingHouse', 'integer', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('renovationId', 'integer')
    .addColumn('note', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('arrearsMonths', 'integer', (c) => c.notNull())
    .addColumn('arrearsCents', 'integer', (c) => c.notNull())
    .addColumn('ownerReminder', 'text')
    .addColumn('ownerConfirmMethod', 'text')
    .addColumn('ownerPersonId', 'integer', (c) => c.references('people.id'))
    .addColumn('ownerConfirmPhone', 'text')
    .addColumn('ownerConfirmedAt', t.instant)
    .addColumn('ownerAnswer', 'text')
    .addColumn('ownerRentOwed', 'integer')
    .addColumn('ownerConfirmNote', 'text')
    .addColumn('ownerConfirmBy', 'integer', staff)
    .addColumn('managerNotifiedAt', t.instant)
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('createdBy', 'integer', (c) => staff(c).notNull())
    .addColumn('issuedAt', t.instant)
    .addColumn('issuedBy', 'integer', staff)
    .addColumn('usedAt', t.instant)
    .addColumn('usedBy', 'integer', staff)
    .addColumn('voidedAt', t.instant)
    .addColumn('voidedBy', 'integer', staff)
    .addColumn('voidReason', 'text')
    .addUniqueConstraint('release_slips_number', ['propertyId', 'number'])
    .execute();
  await s
    .createIndex('release_slips_state')
    .on('releaseSlips')
    .columns(['propertyId', 'state', 'createdAt'])
    .execute();
  await s
    .createIndex('release_slips_issued')
    .on('releaseSlips')
    .columns(['propertyId', 'issuedAt'])
    .execute();

  await t
    .id(s.createTable('releaseGateChecks'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('slipId', 'integer', (c) => c.references('releaseSlips.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('itemsMatch', 'integer', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('checkedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('checkedAt', t.instant, (c) => c.notNull())
    .execute();
  await s
    .createIndex('release_gate_checks_at')
    .on('releaseGateChecks')
    .columns(['propertyId', 'checkedAt'])
    .execute();

  await s
    .createTable('releaseReconciliations')
    .addColumn('propertyId', 'integer', prop)
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('mismatches', 'integer', (c) => c.notNull())
    .addColumn('confirmedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('confirmedAt', t.instant, (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('release_reconciliations_pk', ['propertyId', 'month'])
    .execute();

  await t
    .id(s.createTable('visitors'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('visitorName', 'text', (c) => c.notNull())
    .addColumn('idNumberMasked', 'text')
    .addColumn('phone', 'text')
    .addColumn('hostRoomId', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('hostName', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('partySize', 'integer', (c) => c.notNull())
    .addColumn('carPlate', 'text')
    .addColumn('hostContactMethod', 'text', (c) => c.notNull())
    .addColumn('hostAnswer', 'text', (c) => c.notNull())
    .addColumn('admitted', 'integer', (c) => c.notNull())
    .addColumn('isNight', 'integer', (c) => c.notNull())
    .addColumn('inAt', t.instant)
    .addColumn('outAt', t.instant)
    .addColumn('registeredBy', 'integer', (c) => staff(c).notNull())
    .addColumn('outRecordedBy', 'integer', staff)
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('visitors_inside').on('visitors').columns(['propertyId', 'outAt', 'inAt']).execute();

  await t
    .id(s.createTable('accessPasses'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('holderName', 'text', (c) => c.notNull())
    .addColumn('holderPhone', 'text')
    .addColumn('holderIdMasked', 'text')
    .addColumn('roomId', 'integer', (c) => c.references('rooms.id'))
    .addColumn('contractor', 'text')
    .addColumn('renovationId', 'integer')
    .addColumn('renovationWorkerId', 'integer')
    .addColumn('validFrom', t.date, (c) => c.notNull())
    .addColumn('validTo', t.date)
    .addColumn('depositCents', 'integer', (c) => c.notNull())
    .addColumn('feeCents', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('issuedAt', t.instant, (c) => c.notNull())
    .addColumn('issuedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('returnedAt', t.instant)
    .addColumn('returnedBy', 'integer', staff)
    .addColumn('depositRefundedCents', 'integer')
    .addColumn('lostAt', t.instant)
    .addColumn('lostBy', 'integer', staff)
    .addColumn('lostNote', 'text')
    .addUniqueConstraint('access_passes_number', ['propertyId', 'number'])
    .execute();
  await s
    .createIndex('access_passes_state')
    .on('accessPasses')
    .columns(['propertyId', 'state', 'validTo'])
    .execute();

  await t
    .id(s.createTable('renovations'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('roomId', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('applicantName', 'text', (c) => c.notNull())
    .addColumn('applicantPhone', 'text', (c) => c.notNull())
    .addColumn('contractorName', 'text', (c) => c.notNull())
    .addColumn('contractorPhone', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('plannedStart', t.date, (c) => c.notNull())
    .addColumn('plannedEnd', t.date, (c) => c.notNull())
    .addColumn('docBusinessLicence', 'integer', (c) => c.notNull())
    .addColumn('docQualification', 'integer', (c) => c.notNull())
    .addColumn('docDrawings', 'integer', (c) => c.notNull())
    .addColumn('supervisorAway', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('depositCents', 'integer', (c) => c.notNull())
    .addColumn('workerPassFeeCents', 'integer', (c) => c.notNull())
    .addColumn('passDepositCents', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('firstTakerId', 'integer', (c) => staff(c).notNull())
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('decidedBy', 'integer', staff)
    .addColumn('decidedAt', t.instant)
    .addColumn('decisionNote', 'text')
    .addColumn('customerNotifiedAt', t.instant)
    .addColumn('customerNotifiedBy', 'integer', staff)
    .addColumn('customerNotifyMethod', 'text')
    .addColumn('completionReportedAt', t.instant)
    .addColumn('passedAt', t.instant)
    .addColumn('depositRefundCents', 'integer')
    .addColumn('depositRefundedAt', t.instant)
    .addColumn('depositRefundedBy', 'integer', staff)
    .addColumn('depositRefundNote', 'text')
    .addUniqueConstraint('renovations_number', ['propertyId', 'number'])
    .execute();
  await s.createIndex('renovations_state').on('renovations').columns(['propertyId', 'state']).execute();
  await s.createIndex('renovations_room').on('renovations').columns(['roomId']).execute();

  await t
    .id(s.createTable('renovationWorkers'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('renovationId', 'integer', (c) => c.notNull().references('renovations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('idNumberMasked', 'text')
    .addColumn('phone', 'text')
    .addColumn('hasPhoto', 'integer', (c) => c.notNull())
    .addColumn('hasIdCopy', 'integer', (c) => c.notNull())
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('renovation_workers_ren').on('renovationWorkers').columns(['renovationId']).execute();

  await t
    .id(s.createTable('renovationInspections'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('renovationId', 'integer', (c) => c.notNull().references('renovations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('inspectedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('inspectedAt', t.instant, (c) => c.notNull())
    .execute();
  await s
    .createIndex('renovation_inspections_ren')
    .on('renovationInspections')
    .columns(['renovationId'])
    .execute();

  await t
    .id(s.createTable('renovationGoods'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('renovationId', 'integer', (c) => c.notNull().references('renovations.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('releaseSlipId', 'integer', (c) => c.references('releaseSlips.id'))
    .addColumn('recordedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('recordedAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('renovation_goods_ren').on('renovationGoods').columns(['renovationId']).execute();

  await t
    .id(s.createTable('moveRegistrations'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('roomId', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('relation', 'text')
    .addColumn('personId', 'integer', (c) => c.references('people.id'))
    .addColumn('person', 'text')
    .addColumn('personName', 'text', (c) => c.notNull())
    .addColumn('date', t.date, (c) => c.notNull())
    .addColumn('endOtherOccupants', 'integer', (c) => c.notNull())
    .addColumn('docPropertyCertificate', 'integer', (c) => c.notNull())
    .addColumn('docLease', 'integer', (c) => c.notNull())
    .addColumn('docIdCard', 'integer', (c) => c.notNull())
    .addColumn('docFormsFilled', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reportedAt', t.instant, (c) => c.notNull())
    .addColumn('reportedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('dueAt', t.instant, (c) => c.notNull())
    .addColumn('archiveClaimedAt', t.instant)
    .addColumn('archivedAt', t.instant)
    .addColumn('archivedBy', 'integer', staff)
    .addColumn('occupancyId', 'integer')
    .addColumn('archivePersonId', 'integer')
    .addColumn('overdueNotifiedAt', t.instant)
    .addColumn('welcomeOfficeCardAt', t.instant)
    .addColumn('welcomeNeighbourhoodAt', t.instant)
    .addColumn('welcomeParkingCardAt', t.instant)
    .addColumn('welcomeRenovationRulesAt', t.instant)
    .execute();
  await s
    .createIndex('move_registrations_due')
    .on('moveRegistrations')
    .columns(['archivedAt', 'dueAt'])
    .execute();

  await t
    .id(s.createTable('notices'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('draftedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('draftedAt', t.instant, (c) => c.notNull())
    .addColumn('decidedBy', 'integer', staff)
    .addColumn('decidedAt', t.instant)
    .addColumn('decisionNote', 'text')
    .addColumn('validFrom', t.instant)
    .addColumn('validTo', t.instant)
    .addColumn('publishedBy', 'integer', staff)
    .addColumn('publishedAt', t.instant)
    .addColumn('withdrawnBy', 'integer', staff)
    .addColumn('withdrawnAt', t.instant)
    .addColumn('withdrawReason', 'text')
    .execute();
  await s.createIndex('notices_state').on('notices').columns(['propertyId', 'state']).execute();

  // Reminders that belong to a property and a period, not a row: the insert is the claim.
  await s
    .createTable('registerReminders')
    .addColumn('propertyId', 'integer', prop)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('sentAt', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('register_reminders_pk', ['propertyId', 'kind', 'period'])
    .execute();

  await s
    .createTable('registerDayChecks')
    .addColumn('propertyId', 'integer', prop)
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('confirmedBy', 'integer', (c) => staff(c).notNull())
    .addColumn('confirmedAt', t.instant, (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('register_day_checks_pk', ['propertyId', 'day'])
    .execute();

  // The incident record (S4 4.4.4) lives in intake; these add where, who was told, actions, closure.
  await s.alterTable('incidents').addColumn('location', 'text').execute();
  await s.alterTable('incidents').addColumn('closedAt', t.instant).execute();
  await s.alterTable('incidents').addColumn('closedBy', 'integer', staff).execute();
  await s.alterTable('incidents').addColumn('closingNote', 'text').execute();
  await t
    .id(s.createTable('incidentEntries'))
    .addColumn('propertyId', 'integer', prop)
    .addColumn('incidentId', 'integer', (c) => c.notNull().references('incidents.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('whom', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('recordedBy', 'integer', (c) => staff(c).notNull())
    .execute();
  await s.createIndex('incident_entries_incident').on('incidentEntries').columns(['incidentId']).execute();
};
