import {
  LOOKUP_LIMIT,
  type LookupResult,
  type LookupRoom,
  mergeLookup,
  planLookup,
  type Relation,
  roomCode,
} from '@propdesk/domain';
import { sql } from 'kysely';
import type { Executor } from '../history/history.js';
import { contains, startsWith } from '../kernel/db/search.js';

type PersonHit = { id: number; name: string; propertyId: number; phone?: string };

const personResult = (p: PersonHit, match: 'phone' | 'name'): LookupResult => ({
  kind: 'person',
  match,
  propertyId: p.propertyId,
  label: p.name,
  roomId: null,
  personId: p.id,
  personName: p.name,
  rooms: [],
  matchedPhone: p.phone ?? null,
});

/**
 * People whose phone holds the digit run: the index rows of one of its 4-digit grams (planLookup
 * picks the last), filtered by the full run. Phones whose last 4 digits are that gram come first
 * and straight from the index, so a 4-digit query reads about `limit` phones, however many share it.
 */
const byPhone = async (db: Executor, propertyIds: number[], digits: string, gram: string, limit: number) => {
  const want = limit * 2;
  const phones = (tail: 0 | 1, n: number) => {
    let q = db
      .selectFrom('phoneGrams as g')
      .innerJoin('personPhones as ph', 'ph.id', 'g.phoneId')
      .select(['ph.personId', 'ph.phone'])
      .where('g.propertyId', 'in', propertyIds)
      .where('g.gram', '=', gram)
      .where('g.tail', '=', tail);
    if (digits.length > gram.length) q = q.where(contains(sql.ref('ph.phone'), digits));
    return q.limit(n).execute();
  };
  const tails = (await phones(1, want)).sort((a, b) => a.phone.localeCompare(b.phone));
  const others =
    tails.length < want
      ? (await phones(0, want - tails.length)).sort((a, b) => a.phone.localeCompare(b.phone))
      : [];
  const seen = new Set<number>();
  const hits = [...tails, ...others]
    .filter((r) => !seen.has(r.personId) && seen.add(r.personId))
    .slice(0, limit);
  if (!hits.length) return [];
  const people = await db
    .selectFrom('people')
    .select(['id', 'name', 'propertyId'])
    .where(
      'id',
      'in',
      hits.map((h) => h.personId),
    )
    .execute();
  const byId = new Map(people.map((p) => [p.id, p]));
  return hits.flatMap((h) => {
    const p = byId.get(h.personId);
    return p ? [{ ...p, phone: h.phone }] : [];
  });
};

/** People whose name starts with the query; then, for a name-like query, whose name contains it. */
const byName = async (
  db: Executor,
  propertyIds: number[],
  name: string,
  nameGram: string | null,
  limit: number,
) => {
  const rows: PersonHit[] = await db
    .selectFrom('people as p')
    .select(['p.id', 'p.name', 'p.propertyId'])
    .where('p.propertyId', 'in', propertyIds)
    .where(startsWith(db, sql.ref('p.name'), name))
    .orderBy('p.name')
    .orderBy('p.id')
    .limit(limit)
    .execute();
  if (!nameGram || rows.length >= limit) return rows;
  // Contains: the name index rows of the query's first 2 characters, filtered by the whole query.
  const more = await db
    .selectFrom('nameGrams as g')
    .innerJoin('people as p', 'p.id', 'g.personId')
    .select(['p.id', 'p.name', 'p.propertyId'])
    .where('g.propertyId', 'in', propertyIds)
    .where('g.gram', '=', nameGram)
    .where(contains(sql.ref('p.name'), name))
    .where((eb) => eb.not(startsWith(db, sql.ref('p.name'), name)))
    .orderBy('p.name')
    .orderBy('p.id')
    .limit(limit - rows.length)
    .execute();
  return [...rows, ...more];
};

/** Current rooms of people, and current occupants of rooms, for the result lines. */
const enrich = async (db: Executor, results: LookupResult[]) => {
  const personIds = results.flatMap((r) => (r.kind === 'person' && r.personId ? [r.personId] : []));
  const roomIds = results.flatMap((r) => (r.kind === 'room' && r.roomId ? [r.roomId] : []));
  const occupancies = (where: 'personId' | 'roomId', ids: number[]) =>
    ids.length
      ? db
          .selectFrom('occupancies as o')
          .innerJoin('rooms as r', 'r.id', 'o.roomId')
          .innerJoin('people as p', 'p.id', 'o.personId')
          .select(['o.personId', 'o.roomId', 'o.relation', 'r.label', 'p.name'])
          .where(`o.${where}`, 'in', ids)
          .where('o.endDate', 'is', null)
          .orderBy('o.id')
          .execute()
      : Promise.resolve([]);
  const [ofPeople, ofRooms] = await Promise.all([
    occupancies('personId', personIds),
    occupancies('roomId', roomIds),
  ]);
  return results.map((r) => {
    if (r.kind === 'person') {
      const rooms: LookupRoom[] = ofPeople
        .filter((o) => o.personId === r.personId)
        .map((o) => ({ id: o.roomId, label: o.label, relation: o.relation as Relation }));
      return { ...r, rooms };
    }
    const here = ofRooms.filter((o) => o.roomId === r.roomId);
    const first = here.find((o) => o.relation === 'owner') ?? here[0];
    return { ...r, personId: first?.personId ?? null, personName: first?.name ?? null };
  });
};

/**
 * The one-box lookup (issue 2 item 6), shared by the route and the benchmark: a room by code,
 * a person by 4+ phone digits, a person by name; exact room first, then phones, then names.
 */
export const lookup = async (
  db: Executor,
  { propertyIds, q, limit = LOOKUP_LIMIT }: { propertyIds: number[]; q: string; limit?: number },
): Promise<LookupResult[]> => {
  if (!propertyIds.length || !q.trim()) return [];
  const plan = planLookup(q);
  const [rooms, phones] = await Promise.all([
    plan.room
      ? db
          .selectFrom('rooms')
          .select(['id', 'propertyId', 'label'])
          .where('propertyId', 'in', propertyIds)
          .where('code', '=', roomCode(plan.room))
          .execute()
      : Promise.resolve([]),
    plan.digits && plan.gram ? byPhone(db, propertyIds, plan.digits, plan.gram, limit) : Promise.resolve([]),
  ]);
  const parts = {
    room: rooms.map(
      (r): LookupResult => ({
        kind: 'room',
        match: 'room',
        propertyId: r.propertyId,
        label: r.label,
        roomId: r.id,
        personId: null,
        personName: null,
        rooms: [{ id: r.id, label: r.label, relation: null }],
        matchedPhone: null,
      }),
    ),
    phone: phones.map((p) => personResult(p, 'phone')),
    name: [] as LookupResult[],
  };
  if (parts.room.length + parts.phone.length < limit) {
    const names = await byName(db, propertyIds, plan.name, plan.nameGram, limit);
    parts.name = names.map((p) => personResult(p, 'name'));
  }
  return enrich(db, mergeLookup(parts, limit));
};
