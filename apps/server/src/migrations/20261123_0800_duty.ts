import type { Kysely } from 'kysely';
import { ddl, dialectOf } from '../kernel/db/ddl.js';

/** Duty roster, swaps, clock-in, attendance facts, handovers and the duty log (issue 7). */
export const up = async (db: Kysely<unknown>) => {
  const t = ddl(dialectOf(db));
  const s = db.schema;

  await t
    .id(s.createTable('dutyPosts'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addColumn('weekdaySegments', 'text', (c) => c.notNull())
    .addColumn('weekendSegments', 'text', (c) => c.notNull())
    .addColumn('sortOrder', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('updatedAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('duty_posts_property').on('dutyPosts').columns(['propertyId', 'sortOrder']).execute();

  await t
    .id(s.createTable('dutyAssignments'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('postId', 'integer', (c) => c.notNull().references('dutyPosts.id'))
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('slot', 'integer', (c) => c.notNull())
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('onDutyId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('swapId', 'integer')
    .addColumn('isWeekend', 'integer', (c) => c.notNull())
    .addColumn('startsAt', t.instant, (c) => c.notNull())
    .addColumn('endsAt', t.instant, (c) => c.notNull())
    .addColumn('segments', 'text', (c) => c.notNull())
    .addColumn('absenceCheckedAt', t.instant)
    .addColumn('createdBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addUniqueConstraint('duty_assignments_cell_staff', ['postId', 'day', 'staffId'])
    .execute();
  await s
    .createIndex('duty_assignments_property_start')
    .on('dutyAssignments')
    .columns(['propertyId', 'startsAt'])
    .execute();
  await s
    .createIndex('duty_assignments_on_duty')
    .on('dutyAssignments')
    .columns(['onDutyId', 'startsAt'])
    .execute();
  await s
    .createIndex('duty_assignments_staff')
    .on('dutyAssignments')
    .columns(['staffId', 'startsAt'])
    .execute();
  await s
    .createIndex('duty_assignments_absence')
    .on('dutyAssignments')
    .columns(['absenceCheckedAt', 'endsAt'])
    .execute();

  await t
    .id(s.createTable('dutySwaps'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('assignmentId', 'integer', (c) => c.notNull().references('dutyAssignments.id'))
    .addColumn('requesterId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('substituteId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('exchangeAssignmentId', 'integer', (c) => c.references('dutyAssignments.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('decidedBy', 'integer', (c) => c.references('staff.id'))
    .addColumn('decidedAt', t.instant)
    .addColumn('decisionNote', 'text')
    .execute();
  await s
    .createIndex('duty_swaps_property')
    .on('dutySwaps')
    .columns(['propertyId', 'state', 'createdAt'])
    .execute();
  await s.createIndex('duty_swaps_assignment').on('dutySwaps').columns(['assignmentId', 'state']).execute();

  await t
    .id(s.createTable('dutyClockings'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('assignmentId', 'integer', (c) => c.notNull().references('dutyAssignments.id'))
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('duty_clockings_once', ['assignmentId', 'staffId', 'kind'])
    .execute();

  await t
    .id(s.createTable('dutyFacts'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('assignmentId', 'integer', (c) => c.notNull().references('dutyAssignments.id'))
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer')
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addUniqueConstraint('duty_facts_once', ['assignmentId', 'staffId', 'kind'])
    .execute();
  await s.createIndex('duty_facts_property_at').on('dutyFacts').columns(['propertyId', 'at']).execute();

  await t
    .id(s.createTable('dutyHandovers'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('assignmentId', 'integer', (c) => c.notNull().unique().references('dutyAssignments.id'))
    .addColumn('outgoingId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('incomingId', 'integer', (c) => c.references('staff.id'))
    .addColumn('incomingAssignmentId', 'integer', (c) => c.references('dutyAssignments.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('equipment', 'text', (c) => c.notNull())
    .addColumn('remarks', 'text')
    .addColumn('openedAt', t.instant, (c) => c.notNull())
    .addColumn('refreshedAt', t.instant, (c) => c.notNull())
    .addColumn('outgoingSignedAt', t.instant)
    .addColumn('incomingSignedAt', t.instant)
    .addColumn('closedAt', t.instant)
    .execute();
  await s
    .createIndex('duty_handovers_property')
    .on('dutyHandovers')
    .columns(['propertyId', 'openedAt'])
    .execute();

  await t
    .id(s.createTable('dutyLogEntries'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('assignmentId', 'integer', (c) => c.notNull().references('dutyAssignments.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('occurredAt', t.instant, (c) => c.notNull())
    .addColumn('authorId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('resolvedAt', t.instant)
    .addColumn('resolvedBy', 'integer', (c) => c.references('staff.id'))
    .addColumn('resolution', 'text')
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('duty_log_assignment').on('dutyLogEntries').column('assignmentId').execute();
  await s
    .createIndex('duty_log_unresolved')
    .on('dutyLogEntries')
    .columns(['propertyId', 'kind', 'resolvedAt'])
    .execute();
};
