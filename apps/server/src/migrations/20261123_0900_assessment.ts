import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { ddl, dialectOf } from '../kernel/db/ddl.js';

/** Monthly assessment sheets, rewards and penalties, training plans and sign-offs (issue 8). */
export const up = async (db: Kysely<unknown>) => {
  const t = ddl(dialectOf(db));
  const s = db.schema;
  const staff = (c: ColumnDefinitionBuilder) => c.references('staff.id');

  await s
    .createTable('assessmentRules')
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('isActive', 'integer', (c) => c.notNull())
    .addColumn('updatedBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('updatedAt', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_rules_pk', ['propertyId', 'kind'])
    .execute();

  await t
    .id(s.createTable('assessmentSheets'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('deductions', 'integer')
    .addColumn('bonus', 'integer')
    .addColumn('score', 'integer')
    .addColumn('confirmedAt', t.instant)
    .addColumn('confirmedBy', 'integer', staff)
    .addColumn('note', 'text')
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addUniqueConstraint('assessment_sheets_staff_month', ['propertyId', 'staffId', 'month'])
    .execute();
  await s
    .createIndex('assessment_sheets_month')
    .on('assessmentSheets')
    .columns(['propertyId', 'month'])
    .execute();

  await t
    .id(s.createTable('assessmentItems'))
    .addColumn('sheetId', 'integer', (c) => c.notNull().references('assessmentSheets.id'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('sourceType', 'text')
    .addColumn('sourceId', 'integer')
    .addColumn('recordType', 'text')
    .addColumn('recordId', 'integer')
    .addColumn('recordLabel', 'text')
    .addColumn('factMonth', 'text')
    .addColumn('occurredAt', t.instant, (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('createdBy', 'integer', staff)
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('withdrawnAt', t.instant)
    .addColumn('withdrawnBy', 'integer', staff)
    .addColumn('withdrawReason', 'text')
    .execute();
  await s.createIndex('assessment_items_sheet').on('assessmentItems').column('sheetId').execute();
  // A recorded fact is counted on one sheet only (manual items have no source: NULLs are distinct).
  await s
    .createIndex('assessment_items_source')
    .on('assessmentItems')
    .columns(['propertyId', 'sourceType', 'sourceId'])
    .unique()
    .execute();

  await t
    .id(s.createTable('rewardPenalties'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('occurredOn', t.date, (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('material', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('submittedBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('submittedAt', t.instant, (c) => c.notNull())
    .addColumn('decidedBy', 'integer', staff)
    .addColumn('decidedAt', t.instant)
    .addColumn('decisionNote', 'text')
    .addColumn('withdrawnAt', t.instant)
    .addColumn('withdrawReason', 'text')
    .execute();
  await s
    .createIndex('reward_penalties_property')
    .on('rewardPenalties')
    .columns(['propertyId', 'state', 'occurredOn'])
    .execute();

  await t
    .id(s.createTable('trainingPlans'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('startDate', t.date, (c) => c.notNull())
    .addColumn('endDate', t.date, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('updatedAt', t.instant, (c) => c.notNull())
    .addColumn('submittedAt', t.instant)
    .addColumn('decidedBy', 'integer', staff)
    .addColumn('decidedAt', t.instant)
    .addColumn('decisionNote', 'text')
    .execute();
  await s
    .createIndex('training_plans_property')
    .on('trainingPlans')
    .columns(['propertyId', 'state'])
    .execute();

  await s
    .createTable('trainingPlanTrainees')
    .addColumn('planId', 'integer', (c) => c.notNull().references('trainingPlans.id'))
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addPrimaryKeyConstraint('training_plan_trainees_pk', ['planId', 'staffId'])
    .execute();
  await s.createIndex('training_plan_trainees_staff').on('trainingPlanTrainees').column('staffId').execute();

  await t
    .id(s.createTable('trainingSessions'))
    .addColumn('planId', 'integer', (c) => c.notNull().references('trainingPlans.id'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('startsAt', t.instant, (c) => c.notNull())
    .addColumn('endsAt', t.instant, (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('trainer', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s
    .createIndex('training_sessions_plan')
    .on('trainingSessions')
    .columns(['planId', 'startsAt'])
    .execute();

  await s
    .createTable('trainingAttendance')
    .addColumn('sessionId', 'integer', (c) => c.notNull().references('trainingSessions.id'))
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recordedBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('recordedAt', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('training_attendance_pk', ['sessionId', 'staffId'])
    .execute();

  await t
    .id(s.createTable('trainingSignOffs'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('planId', 'integer', (c) => c.notNull().references('trainingPlans.id'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('signedBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('signedAt', t.instant, (c) => c.notNull())
    .addUniqueConstraint('training_sign_offs_staff', ['staffId'])
    .execute();

  // The reports and the assessment read these tables by property and period, or by person.
  const indexes: [string, string, string[]][] = [
    ['cases_property_created', 'cases', ['propertyId', 'createdAt']],
    ['cases_praised', 'cases', ['praisedStaffId', 'createdAt']],
    ['work_orders_property_created', 'workOrders', ['propertyId', 'createdAt']],
    ['work_orders_property_completed', 'workOrders', ['propertyId', 'completedAt']],
    ['work_order_breaches_order', 'workOrderBreaches', ['workOrderId']],
    ['work_order_breaches_assignee', 'workOrderBreaches', ['assigneeId', 'dueAt']],
    ['return_visits_property_due', 'returnVisits', ['propertyId', 'dueAt']],
    ['desk_payments_property_received', 'deskPayments', ['propertyId', 'receivedAt']],
    ['complaints_responsible', 'complaints', ['responsibleStaffId', 'repliedAt']],
    ['duty_facts_staff', 'dutyFacts', ['staffId', 'assignmentId']],
  ];
  for (const [name, table, columns] of indexes)
    await s.createIndex(name).on(table).columns(columns).execute();
};
