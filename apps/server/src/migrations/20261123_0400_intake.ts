import type { Kysely } from 'kysely';
import { ddl, dialectOf } from '../kernel/db/ddl.js';

export const up = async (db: Kysely<unknown>) => {
  const t = ddl(dialectOf(db));
  const s = db.schema;

  await s
    .createTable('settings')
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updatedAt', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('settings_pk', ['propertyId', 'key'])
    .execute();

  await s
    .createTable('serials')
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('serials_pk', ['propertyId', 'name', 'period'])
    .execute();

  await t
    .id(s.createTable('cases'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('roomId', 'integer', (c) => c.references('rooms.id'))
    .addColumn('personId', 'integer', (c) => c.references('people.id'))
    .addColumn('callerName', 'text', (c) => c.notNull())
    .addColumn('callerPhone', 'text')
    .addColumn('identity', 'text', (c) => c.notNull())
    .addColumn('firstTakerId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('ownerId', 'integer', (c) => c.references('staff.id'))
    .addColumn('departmentId', 'integer', (c) => c.references('departments.id'))
    .addColumn('dueAt', t.instant)
    .addColumn('answer', 'text')
    .addColumn('praisedStaffId', 'integer', (c) => c.references('staff.id'))
    .addColumn('praisedDepartmentId', 'integer', (c) => c.references('departments.id'))
    .addColumn('handlingSince', t.instant)
    .addColumn('supervisorAlertedAt', t.instant)
    .addColumn('managerAlertedAt', t.instant)
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('closedAt', t.instant)
    .execute();
  await s
    .createIndex('cases_property_state')
    .on('cases')
    .columns(['propertyId', 'state', 'createdAt'])
    .execute();
  await s.createIndex('cases_room').on('cases').columns(['roomId', 'createdAt']).execute();
  await s.createIndex('cases_first_taker').on('cases').columns(['firstTakerId', 'state']).execute();
  await s.createIndex('cases_owner').on('cases').columns(['ownerId', 'state']).execute();
  await s.createIndex('cases_phone').on('cases').columns(['propertyId', 'callerPhone']).execute();
  await s.createIndex('cases_handling').on('cases').columns(['state', 'handlingSince']).execute();

  await t
    .id(s.createTable('contacts'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('caseId', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('receivedAt', t.instant, (c) => c.notNull())
    .addColumn('takerId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('callerName', 'text', (c) => c.notNull())
    .addColumn('callerPhone', 'text')
    .addColumn('roomId', 'integer', (c) => c.references('rooms.id'))
    .addColumn('personId', 'integer', (c) => c.references('people.id'))
    .addColumn('identity', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('idempotencyKey', 'text', (c) => c.notNull().unique())
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('contacts_case').on('contacts').column('caseId').execute();
  await s
    .createIndex('contacts_property_received')
    .on('contacts')
    .columns(['propertyId', 'receivedAt'])
    .execute();

  await s
    .createTable('caseTokens')
    .addColumn('propertyId', 'integer', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('caseId', 'integer', (c) => c.notNull().references('cases.id'))
    .execute();
  await s
    .createIndex('case_tokens_lookup')
    .on('caseTokens')
    .columns(['propertyId', 'token', 'caseId'])
    .execute();
  await s.createIndex('case_tokens_case').on('caseTokens').columns(['caseId', 'token']).execute();

  await t
    .id(s.createTable('letters'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('serial', 'integer', (c) => c.notNull())
    .addColumn('letterClass', 'text', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('senderPhone', 'text')
    .addColumn('roomId', 'integer', (c) => c.references('rooms.id'))
    .addColumn('receivedDate', t.date, (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('contactId', 'integer', (c) => c.references('contacts.id'))
    .addColumn('caseId', 'integer', (c) => c.references('cases.id'))
    .addColumn('decision', 'text')
    .addColumn('decisionReason', 'text')
    .addColumn('decidedBy', 'integer', (c) => c.references('staff.id'))
    .addColumn('decidedAt', t.instant)
    .addColumn('registeredBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addUniqueConstraint('letters_serial', ['propertyId', 'year', 'serial'])
    .execute();

  await t
    .id(s.createTable('tasks'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('caseId', 'integer', (c) => c.references('cases.id'))
    .addColumn('ownerId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('callerName', 'text', (c) => c.notNull())
    .addColumn('callerPhone', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('dueAt', t.instant, (c) => c.notNull())
    .addColumn('doneAt', t.instant)
    .addColumn('outcome', 'text')
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('tasks_owner').on('tasks').columns(['ownerId', 'doneAt', 'dueAt']).execute();

  await t
    .id(s.createTable('incidents'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('caseId', 'integer', (c) => c.references('cases.id'))
    .addColumn('occurredAt', t.instant, (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('reportedBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();

  await s
    .createTable('dayChecks')
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('confirmedBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('confirmedAt', t.instant, (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('day_checks_pk', ['propertyId', 'day'])
    .execute();
};
