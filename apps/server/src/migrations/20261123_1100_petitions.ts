import type { Kysely } from 'kysely';
import { ddl, dialectOf } from '../kernel/db/ddl.js';

/** 群众来信来访登记表 (S0; issue 8 item 6): the petition columns kept beside a case, and its written reply. */
export const up = async (db: Kysely<unknown>) => {
  const t = ddl(dialectOf(db));
  const s = db.schema;
  await t
    .id(s.createTable('petitions'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('caseId', 'integer', (c) => c.notNull().unique().references('cases.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addColumn('visitCount', 'integer', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('handlerId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('leaderId', 'integer', (c) => c.references('staff.id'))
    .addColumn('leaderSignedAt', t.instant)
    .addColumn('supervisorId', 'integer', (c) => c.references('staff.id'))
    .addColumn('supervisorSignedAt', t.instant)
    .addColumn('subject', 'text')
    .addColumn('addressee', 'text')
    .addColumn('body', 'text')
    .addColumn('repliedBy', 'integer', (c) => c.references('staff.id'))
    .addColumn('repliedAt', t.instant)
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addUniqueConstraint('petitions_number', ['propertyId', 'number'])
    .execute();
  await s
    .createIndex('petitions_property_created')
    .on('petitions')
    .columns(['propertyId', 'createdAt'])
    .execute();
};
