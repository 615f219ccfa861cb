import type { Kysely } from 'kysely';
import { ddl, dialectOf } from '../kernel/db/ddl.js';

/** Work orders, their clocks and breaches, price list, follow-up notes, return visits (issue 4). */
export const up = async (db: Kysely<unknown>) => {
  const t = ddl(dialectOf(db));
  const s = db.schema;

  await t
    .id(s.createTable('priceItems'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('priceCents', 'integer', (c) => c.notNull())
    .addColumn('approval', 'text', (c) => c.notNull())
    .addColumn('approvalDate', t.date)
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('createdBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('retiredBy', 'integer', (c) => c.references('staff.id'))
    .addColumn('retiredAt', t.instant)
    .execute();
  await s.createIndex('price_items_property').on('priceItems').columns(['propertyId', 'active']).execute();

  await t
    .id(s.createTable('workOrders'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('caseId', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('priorityRank', 'integer', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('departmentId', 'integer', (c) => c.notNull().references('departments.id'))
    .addColumn('assigneeId', 'integer', (c) => c.references('staff.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('dispatchMode', 'text')
    .addColumn('dispatchedBy', 'integer', (c) => c.references('staff.id'))
    .addColumn('dispatchedAt', t.instant)
    .addColumn('acceptedAt', t.instant)
    .addColumn('arrivalDueAt', t.instant, (c) => c.notNull())
    .addColumn('isMustKeep', 'integer', (c) => c.notNull())
    .addColumn('arrivedAt', t.instant)
    .addColumn('arrivalBreachedAt', t.instant)
    .addColumn('completionDueAt', t.instant, (c) => c.notNull())
    .addColumn('completedAt', t.instant)
    .addColumn('completionBreachedAt', t.instant)
    .addColumn('nextDueAt', t.instant)
    .addColumn('breachCount', 'integer', (c) => c.notNull())
    .addColumn('pausedFrom', 'text')
    .addColumn('pausedAt', t.instant)
    .addColumn('resumeAt', t.instant)
    .addColumn('pauseReason', 'text')
    .addColumn('result', 'text')
    .addColumn('materials', 'text', (c) => c.notNull())
    .addColumn('feeCents', 'integer', (c) => c.notNull())
    .addColumn('visitDueAt', t.instant)
    .addColumn('referredTo', 'text')
    .addColumn('reworkOfId', 'integer', (c) => c.references('workOrders.id'))
    .addColumn('closedAs', 'text')
    .addColumn('closedAt', t.instant)
    .addColumn('openedDay', t.date, (c) => c.notNull())
    // Local day of the latest follow-up note (the notes table is the record; this is its index).
    .addColumn('lastNoteDay', t.date)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('createdBy', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .addColumn('updatedAt', t.instant, (c) => c.notNull())
    .execute();
  // The board reads 10,000 open orders of a property from this index alone (order, filters,
  // clocks, follow-up), without touching the rows: urgent first, then the nearest deadline.
  await s
    .createIndex('work_orders_board')
    .on('workOrders')
    .columns([
      'propertyId',
      'state',
      'priorityRank',
      'nextDueAt',
      'departmentId',
      'assigneeId',
      'type',
      'breachCount',
      'arrivedAt',
      'arrivalDueAt',
      'completedAt',
      'completionDueAt',
      'openedDay',
      'lastNoteDay',
    ])
    .execute();
  await s
    .createIndex('work_orders_open_cases')
    .on('workOrders')
    .columns(['propertyId', 'state', 'caseId'])
    .execute();
  await s.createIndex('work_orders_assignee').on('workOrders').columns(['assigneeId', 'state']).execute();
  await s.createIndex('work_orders_case').on('workOrders').column('caseId').execute();
  // The sweep: running clocks past their deadline.
  await s
    .createIndex('work_orders_arrival_due')
    .on('workOrders')
    .columns(['arrivalBreachedAt', 'arrivedAt', 'arrivalDueAt'])
    .execute();
  await s
    .createIndex('work_orders_completion_due')
    .on('workOrders')
    .columns(['completionBreachedAt', 'completedAt', 'completionDueAt'])
    .execute();
  await s.createIndex('work_orders_resume').on('workOrders').columns(['state', 'resumeAt']).execute();

  await t
    .id(s.createTable('workOrderBreaches'))
    .addColumn('workOrderId', 'integer', (c) => c.notNull().references('workOrders.id'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dueAt', t.instant, (c) => c.notNull())
    .addColumn('detectedAt', t.instant, (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('departmentId', 'integer', (c) => c.notNull().references('departments.id'))
    .addColumn('assigneeId', 'integer', (c) => c.references('staff.id'))
    .addUniqueConstraint('work_order_breaches_once', ['workOrderId', 'kind', 'dueAt'])
    .execute();
  await s
    .createIndex('work_order_breaches_property')
    .on('workOrderBreaches')
    .columns(['propertyId', 'detectedAt'])
    .execute();

  await t
    .id(s.createTable('workOrderItems'))
    .addColumn('workOrderId', 'integer', (c) => c.notNull().references('workOrders.id'))
    .addColumn('priceItemId', 'integer', (c) => c.notNull().references('priceItems.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('unitPriceCents', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'double precision', (c) => c.notNull())
    .addColumn('amountCents', 'integer', (c) => c.notNull())
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    // Lines replaced by an amendment stay, marked superseded (S4 4.3: never altered at will).
    .addColumn('supersededAt', t.instant)
    .execute();
  await s.createIndex('work_order_items_order').on('workOrderItems').column('workOrderId').execute();

  await t
    .id(s.createTable('workOrderNotes'))
    .addColumn('workOrderId', 'integer', (c) => c.notNull().references('workOrders.id'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('authorId', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s.createIndex('work_order_notes_day').on('workOrderNotes').columns(['workOrderId', 'day']).execute();

  await t
    .id(s.createTable('returnVisits'))
    .addColumn('workOrderId', 'integer', (c) => c.notNull().unique().references('workOrders.id'))
    .addColumn('propertyId', 'integer', (c) => c.notNull().references('properties.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dueAt', t.instant, (c) => c.notNull())
    .addColumn('method', 'text')
    .addColumn('attitude', 'text')
    .addColumn('quality', 'text')
    .addColumn('improperCharge', 'integer')
    .addColumn('cashCharge', 'integer')
    .addColumn('chargeDetail', 'text')
    .addColumn('satisfied', 'integer')
    .addColumn('comment', 'text')
    .addColumn('visitedBy', 'integer', (c) => c.references('staff.id'))
    .addColumn('visitedAt', t.instant)
    .addColumn('reworkOrderId', 'integer', (c) => c.references('workOrders.id'))
    .addColumn('createdAt', t.instant, (c) => c.notNull())
    .execute();
  await s
    .createIndex('return_visits_queue')
    .on('returnVisits')
    .columns(['propertyId', 'visitedAt', 'dueAt'])
    .execute();
};
