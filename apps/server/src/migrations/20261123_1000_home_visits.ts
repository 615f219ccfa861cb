import type { Kysely } from 'kysely';
import { ddl, dialectOf } from '../kernel/db/ddl.js';

/** Home visits (家访, S2; issue 8 item 5): 苑区, appointments made by phone, visit records. */
export const up = async (db: Kysely<unknown>) => {
  const t = ddl(dialectOf(db));
  const s = db.schema;

  await t
    .id(s.createTable('homeVisitAreas'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    /** JSON array of building ids; a building is in one area at most (checked by the service). */
    .addColumn('buildingIds', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('updatedAt', t.instant, (c) => c.notNull())
    .addUniqueConstraint('home_visit_areas_name', ['propertyId', 'name'])
    .execute();

  await t
    .id(s.createTable('homeVisitAppointments'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('roomId', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('residentName', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('calledAt', t.instant, (c) => c.notNull())
    .addColumn('calledBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('scheduledAt', t.instant, (c) => c.notNull())
    .addColumn('visitorId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('companions', 'text')
    .addColumn('purpose', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('rescheduleCount', 'integer', (c) => c.notNull())
    .addColumn('closedReason', 'text')
    .addColumn('closedAt', t.instant)
    .addColumn('closedBy', 'integer', (c) => c.references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s
    .createIndex('home_visit_appointments_property')
    .on('homeVisitAppointments')
    .columns(['propertyId', 'scheduledAt'])
    .execute();

  await t
    .id(s.createTable('homeVisits'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('appointmentId', 'integer', (c) => c.notNull().unique().references('homeVisitAppointments.id'))
    .addColumn('roomId', 'integer', (c) => c.notNull().references('rooms.id'))
    .addColumn('visitedAt', t.instant, (c) => c.notNull())
    .addColumn('visitorId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('companions', 'text')
    .addColumn('metName', 'text', (c) => c.notNull())
    .addColumn('groomingChecked', 'integer', (c) => c.notNull())
    .addColumn('satisfaction', 'text', (c) => c.notNull())
    .addColumn('opinions', 'text', (c) => c.notNull())
    .addColumn('followUp', 'text')
    .addColumn('recordedBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s
    .createIndex('home_visits_property_at')
    .on('homeVisits')
    .columns(['propertyId', 'visitedAt'])
    .execute();
};
