import type { Kysely } from 'kysely';

/**
 * A visitor registered 20:00–08:00 is the night duty post's (物业总值, S1 十二; issue 6 item 5,
 * issue 7 item 1): the person on duty there is recorded beside whoever typed the entry.
 */
export const up = async (db: Kysely<unknown>) => {
  await db.schema
    .alterTable('visitors')
    .addColumn('nightDutyId', 'integer', (c) => c.references('staff.id'))
    .execute();
};
