import type { Kysely } from 'kysely';
import { ddl, dialectOf } from '../kernel/db/ddl.js';

export const up = async (db: Kysely<unknown>) => {
  const t = ddl(dialectOf(db));
  const s = db.schema;

  await t
    .id(s.createTable('properties'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();

  await t
    .id(s.createTable('departments'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addUniqueConstraint('departments_property_name', ['propertyId', 'name'])
    .execute();

  await t
    .id(s.createTable('staff'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('passwordHash', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('employeeNo', 'text', (c) => c.notNull().unique())
    .addColumn('phone', 'text')
    .addColumn('departmentId', 'integer', (c) => c.references('departments.id'))
    .addColumn('isDeptHead', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('certifiedForDuty', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('zh-CN'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();

  await s
    .createTable('staffRoles')
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_roles_pk', ['staffId', 'role'])
    .execute();

  await s
    .createTable('staffProperties')
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addPrimaryKeyConstraint('staff_properties_pk', ['staffId', 'propertyId'])
    .execute();

  await s
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staffId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('csrfToken', 'text', (c) => c.notNull())
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('expiresAt', t.instant, (c) => c.notNull())
    .execute();

  await t
    .id(s.createTable('loginAttempts'))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('ip', 'text')
    .execute();
  await s.createIndex('login_attempts_username_at').on('loginAttempts').columns(['username', 'at']).execute();

  await t
    .id(s.createTable('buildings'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('buildings_property_code', ['propertyId', 'code'])
    .execute();

  await t
    .id(s.createTable('units'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('buildingId', 'integer', (c) => c.notNull().references('buildings.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('units_building_code', ['buildingId', 'code'])
    .execute();

  await t
    .id(s.createTable('rooms'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('buildingId', 'integer', (c) => c.notNull().references('buildings.id'))
    .addColumn('unitId', 'integer', (c) => c.references('units.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('floor', 'integer')
    .addColumn('areaM2', 'real')
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addUniqueConstraint('rooms_property_code', ['propertyId', 'code'])
    .execute();

  await t
    .id(s.createTable('people'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('idNumberMasked', 'text')
    .addColumn('note', 'text')
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('people_property_name').on('people').columns(['propertyId', 'name']).execute();

  await t
    .id(s.createTable('personPhones'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('personId', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('phone', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('person_phones_person').on('personPhones').column('personId').execute();

  await s
    .createTable('phoneGrams')
    .addColumn('propertyId', 'integer', (c) => c.notNull())
    .addColumn('gram', 'text', (c) => c.notNull())
    .addColumn('phoneId', 'integer', (c) => c.notNull().references('personPhones.id'))
    .execute();
  await s
    .createIndex('phone_grams_lookup')
    .on('phoneGrams')
    .columns(['propertyId', 'gram', 'phoneId'])
    .execute();

  await t
    .id(s.createTable('occupancies'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('roomId', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('personId', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('startKind', 'text', (c) => c.notNull())
    .addColumn('startDate', t.date, (c) => c.notNull())
    .addColumn('endDate', t.date)
    .addColumn('endKind', 'text')
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('occupancies_room').on('occupancies').column('roomId').execute();
  await s.createIndex('occupancies_person').on('occupancies').column('personId').execute();

  await s
    .createTable('arrears')
    .addColumn('roomId', 'integer', (c) => c.primaryKey().references('rooms.id'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('monthsOwed', 'integer', (c) => c.notNull())
    .addColumn('amountCents', 'integer', (c) => c.notNull())
    .addColumn('asOf', t.date, (c) => c.notNull())
    .addColumn('updatedAt', t.instant, (c) => c.notNull())
    .execute();

  await t
    .id(s.createTable('events'))
    .addColumn('entityType', 'text', (c) => c.notNull())
    .addColumn('entityId', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('propertyId', 'integer')
    .addColumn('actorId', 'integer')
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('prevHash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  // Not unique on purpose: an inserted duplicate must be storable so that verify can find it.
  await s.createIndex('events_entity').on('events').columns(['entityType', 'entityId', 'seq']).execute();

  await s
    .createTable('historyHeads')
    .addColumn('entityType', 'text', (c) => c.notNull())
    .addColumn('entityId', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('history_heads_pk', ['entityType', 'entityId'])
    .execute();

  await t
    .id(s.createTable('notifications'))
    .addColumn('propertyId', 'integer')
    .addColumn('recipientId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('entityType', 'text')
    .addColumn('entityId', 'text')
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('readAt', t.instant)
    .execute();
  await s
    .createIndex('notifications_recipient')
    .on('notifications')
    .columns(['recipientId', 'readAt'])
    .execute();

  await t
    .id(s.createTable('webhooks'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('kinds', 'text', (c) => c.notNull())
    .addColumn('secret', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();

  await t
    .id(s.createTable('webhookDeliveries'))
    .addColumn('webhookId', 'integer', (c) => c.notNull().references('webhooks.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('nextAttemptAt', t.instant)
    .addColumn('lastError', 'text')
    .addColumn('responseStatus', 'integer')
    .addColumn('deliveredAt', t.instant)
    .addColumn('claimedBy', 'text')
    .addColumn('claimedUntil', t.instant)
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s
    .createIndex('webhook_deliveries_due')
    .on('webhookDeliveries')
    .columns(['status', 'nextAttemptAt'])
    .execute();

  await t
    .id(s.createTable('attachments'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('entityType', 'text', (c) => c.notNull())
    .addColumn('entityId', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('sizeBytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storageKey', 'text', (c) => c.notNull())
    .addColumn('uploadedBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('attachments_entity').on('attachments').columns(['entityType', 'entityId']).execute();

  await t
    .id(s.createTable('importJobs'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('totalRows', 'integer', (c) => c.notNull())
    .addColumn('doneRows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('errors', 'text', (c) => c.notNull())
    .addColumn('onlyValid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('createdBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('finishedAt', t.instant)
    .addColumn('failure', 'text')
    .execute();
};
