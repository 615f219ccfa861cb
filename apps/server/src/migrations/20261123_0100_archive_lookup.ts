import { nameGrams } from '@propdesk/domain';
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../kernel/db/ddl.js';

/** The tables as this migration knows them (later ones may change them). */
type Snapshot = {
  phoneGrams: { propertyId: number; gram: string; phoneId: number; tail: number };
  people: { id: number; propertyId: number; name: string };
  nameGrams: { propertyId: number; gram: string; personId: number };
};

/** Indexes for the archive tree and the one-box lookup (issue 2 items 1 and 6). */
export const up = async (anyDb: Kysely<unknown>) => {
  const db = anyDb as Kysely<Snapshot>;
  const s = db.schema;
  // Room list per building and unit.
  await s.createIndex('rooms_building_unit').on('rooms').columns(['buildingId', 'unitId']).execute();
  // Current occupants of a room / rooms of a person: end_date IS NULL is the common filter.
  await s.createIndex('occupancies_room_end').on('occupancies').columns(['roomId', 'endDate']).execute();
  await s.createIndex('occupancies_person_end').on('occupancies').columns(['personId', 'endDate']).execute();
  if (dialectOf(db) === 'postgres') {
    // Name prefix search with LIKE 'p%' under any collation (see kernel/db/search.ts).
    await sql`create index people_property_name_pattern on people (property_id, name text_pattern_ops)`.execute(
      db,
    );
  }

  // Phone grams know whether they are the number's last 4 digits, so tail matches (what
  // callers quote most) come first from the index without reading every candidate phone.
  await s
    .alterTable('phoneGrams')
    .addColumn('tail', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update phone_grams set tail = 1 where exists (select 1 from person_phones ph
    where ph.id = phone_grams.phone_id and substr(ph.phone, length(ph.phone) - 3) = phone_grams.gram)`.execute(
    db,
  );
  await s.dropIndex('phone_grams_lookup').execute();
  await s
    .createIndex('phone_grams_lookup')
    .on('phoneGrams')
    .columns(['propertyId', 'gram', 'tail', 'phoneId'])
    .execute();

  // "Name contains" through 2-character runs, like phone_grams: an index seek, not a scan.
  await s
    .createTable('nameGrams')
    .addColumn('propertyId', 'integer', (c) => c.notNull())
    .addColumn('gram', 'text', (c) => c.notNull())
    .addColumn('personId', 'integer', (c) => c.notNull().references('people.id'))
    .execute();
  await s
    .createIndex('name_grams_lookup')
    .on('nameGrams')
    .columns(['propertyId', 'gram', 'personId'])
    .execute();
  await s.createIndex('name_grams_person').on('nameGrams').column('personId').execute();
  // People stored before this migration.
  let after = 0;
  for (;;) {
    const people = await db
      .selectFrom('people')
      .select(['id', 'propertyId', 'name'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(5000)
      .execute();
    if (!people.length) break;
    const rows = people.flatMap((p) =>
      nameGrams(p.name).map((gram) => ({ propertyId: p.propertyId, gram, personId: p.id })),
    );
    for (let i = 0; i < rows.length; i += 5000)
      await db
        .insertInto('nameGrams')
        .values(rows.slice(i, i + 5000))
        .execute();
    after = people.at(-1)!.id;
  }
};
