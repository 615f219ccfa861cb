import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';
import { ddl, dialectOf } from '../kernel/db/ddl.js';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was then, not today's Database type
export const up = async (db: Kysely<any>) => {
  const t = ddl(dialectOf(db));
  const s = db.schema;
  const staff = (c: ColumnDefinitionBuilder) => c.references('staff.id');

  let complaints = s
    .createTable('complaints')
    .addColumn('caseId', 'integer', (c) => c.primaryKey().references('cases.id'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('locationKind', 'text', (c) => c.notNull())
    .addColumn('buildingId', 'integer', (c) => c.references('buildings.id'))
    .addColumn('commonArea', 'text')
    .addColumn('complainantCount', 'integer', (c) => c.notNull())
    .addColumn('receivedAt', t.instant, (c) => c.notNull());
  for (const flag of [
    'lawsuit',
    'mediaExposed',
    'safetyInvolved',
    'publicInterest',
    'passedUpToManager',
    'anonymous',
    'onSpotSatisfied',
    'isTypical',
  ])
    complaints = complaints.addColumn(flag, 'integer', (c) => c.notNull().defaultTo(0));
  complaints = complaints
    .addColumn('repeatOfCaseId', 'integer', (c) => c.references('cases.id'))
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('proposedSeverity', 'text', (c) => c.notNull())
    .addColumn('proposedRule', 'text', (c) => c.notNull())
    .addColumn('proposedReason', 'text', (c) => c.notNull())
    .addColumn('immediateMode', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('departmentId', 'integer', (c) => c.references('departments.id'))
    .addColumn('responsibleStaffId', 'integer', staff);
  for (const by of [
    'severityConfirmedBy',
    'acknowledgedBy',
    'signedBy',
    'informedBy',
    'verifiedBy',
    'returnVisitBy',
    'typicalBy',
  ])
    complaints = complaints.addColumn(by, 'integer', staff);
  for (const at of [
    'severityConfirmedAt',
    'supervisorReportedAt',
    'managerNotifiedAt',
    'majorRaisedAt',
    'acknowledgedAt',
    'signedAt',
    'referredAt',
    'repliedAt',
    'informedAt',
    'verifiedAt',
    'returnVisitAt',
    'closedAt',
    'typicalAt',
  ])
    complaints = complaints.addColumn(at, t.instant);
  for (const txt of [
    'acknowledgement',
    'acknowledgementNote',
    'onSpotResult',
    'signNote',
    'finding',
    'informMethod',
    'informNote',
    'verifyNote',
    'returnVisitMethod',
    'returnVisitOpinion',
    'returnVisitSatisfaction',
    'returnVisitSkipReason',
    'returnVisitSkipNote',
    'analysisCause',
    'analysisLesson',
  ])
    complaints = complaints.addColumn(txt, 'text');
  await complaints.addColumn('createdAt', t.instant, (c) => c.notNull()).execute();

  await s
    .createIndex('complaints_property_received')
    .on('complaints')
    .columns(['propertyId', 'receivedAt'])
    .execute();
  await s
    .createIndex('complaints_spot')
    .on('complaints')
    .columns(['propertyId', 'category', 'locationKind', 'receivedAt'])
    .execute();
  await s.createIndex('complaints_open').on('complaints').columns(['state', 'finding']).execute();
  await s.createIndex('complaints_department').on('complaints').columns(['departmentId', 'state']).execute();
  await s.createIndex('complaints_typical').on('complaints').columns(['isTypical', 'typicalAt']).execute();

  await t
    .id(s.createTable('complaintReplies'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('caseId', 'integer', (c) => c.notNull().references('complaints.caseId'))
    .addColumn('departmentId', 'integer', (c) => c.notNull().references('departments.id'))
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('finding', 'text', (c) => c.notNull())
    .addColumn('responsibleStaffId', 'integer', staff)
    .addColumn('measures', 'text', (c) => c.notNull())
    .addColumn('writtenBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('writtenAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('complaint_replies_case').on('complaintReplies').columns(['caseId', 'id']).execute();

  await s
    .createTable('complaintReports')
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('reminderSentAt', t.instant)
    .addColumn('overdueNotifiedAt', t.instant)
    .addColumn('confirmedAt', t.instant)
    .addColumn('confirmedBy', 'integer', staff)
    .addColumn('note', 'text')
    .addColumn('snapshot', 'text')
    .addPrimaryKeyConstraint('complaint_reports_pk', ['propertyId', 'month'])
    .execute();

  // Complaint cases registered before this migration get their complaint record, class to be confirmed.
  await db
    .insertInto('complaints')
    .columns([
      'caseId',
      'propertyId',
      'state',
      'category',
      'locationKind',
      'buildingId',
      'complainantCount',
      'receivedAt',
      'severity',
      'proposedSeverity',
      'proposedRule',
      'proposedReason',
      'closedAt',
      'createdAt',
    ])
    .expression(
      db
        .selectFrom('cases')
        .leftJoin('rooms', 'rooms.id', 'cases.roomId')
        .select((eb) => [
          'cases.id',
          'cases.propertyId',
          eb
            .case()
            .when('cases.state', '=', 'closed')
            .then(sql.lit('closed'))
            .else(sql.lit('received'))
            .end()
            .as('state'),
          sql.lit('other').as('category'),
          eb
            .case()
            .when('rooms.buildingId', 'is', null)
            .then(sql.lit('none'))
            .else(sql.lit('building'))
            .end()
            .as('locationKind'),
          'rooms.buildingId',
          sql.lit(1).as('complainantCount'),
          'cases.createdAt as receivedAt',
          sql.lit('ordinary').as('severity'),
          sql.lit('ordinary').as('proposedSeverity'),
          sql.lit('ordinary').as('proposedRule'),
          sql.lit('本功能上线前登记的投诉，等级待主管确认').as('proposedReason'),
          'cases.closedAt',
          'cases.createdAt',
        ])
        .where('cases.type', '=', 'complaint'),
    )
    .execute();
};
