import type { Kysely } from 'kysely';

/**
 * Two monthly report reads that had no index for their period (issue 8 item 8, bench/reports.ts):
 * the workload's orders dispatched in the month and the return-visit report's complaint visits
 * made in it. Without them each walked every order or complaint the property ever had (about
 * 200 ms a property after a year of 1,000,000 contacts, growing with the years kept).
 */
export const up = async (db: Kysely<unknown>) => {
  await db.schema
    .createIndex('work_orders_property_dispatched')
    .on('workOrders')
    .columns(['propertyId', 'dispatchedAt'])
    .execute();
  await db.schema
    .createIndex('complaints_property_visited')
    .on('complaints')
    .columns(['propertyId', 'returnVisitAt'])
    .execute();
};
