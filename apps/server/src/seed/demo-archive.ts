import { localDate, maskIdNumber, roomCode, roomLabel } from '@propdesk/domain';
import {
  chineseName,
  createRng,
  dateBetween,
  landlineNumber,
  mobileNumber,
  type Rng,
  residentId,
} from '../archive/fake-people.js';
import {
  type ArrearsRow,
  insertArrearsBatch,
  insertOccupanciesBatch,
  insertPeopleBatch,
  insertRoomsBatch,
  type NewOccupancyRow,
  type NewPersonRow,
  type NewRoomRow,
} from '../archive/repo.js';
import { appendEvent } from '../history/history.js';
import type { DemoSeeder } from './demo.js';

/** Building types of the two demo estates: 多层 walk-ups and 高层 towers. */
type Layout = {
  from: number;
  to: number;
  units: number;
  floors: number;
  perFloor: number;
  areas: number[];
  feeCentsPerM2: number;
};
const layouts: Record<string, Layout[]> = {
  HY: [
    { from: 1, to: 10, units: 3, floors: 7, perFloor: 2, areas: [89.5, 105.2], feeCentsPerM2: 180 },
    {
      from: 11,
      to: 18,
      units: 2,
      floors: 22,
      perFloor: 4,
      areas: [78.6, 92.3, 92.3, 125.8],
      feeCentsPerM2: 250,
    },
  ],
  JH: [
    {
      from: 1,
      to: 8,
      units: 2,
      floors: 11,
      perFloor: 4,
      areas: [86.4, 98.7, 98.7, 118.2],
      feeCentsPerM2: 220,
    },
    {
      from: 9,
      to: 12,
      units: 2,
      floors: 16,
      perFloor: 4,
      areas: [95.1, 128.6, 128.6, 143.9],
      feeCentsPerM2: 260,
    },
  ],
};
const SEEDS: Record<string, number> = { HY: 20_261_123, JH: 19_980_707 };

type PlannedRoom = { row: NewRoomRow; feeCents: number };
type Plan = {
  people: NewPersonRow[];
  occupancies: (Omit<NewOccupancyRow, 'personId' | 'roomId'> & { person: number; room: number })[];
};

const later = (a: string, b: string) => (a > b ? a : b);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Who lives in each room: owners on most, family in many, tenants in some, a few former residents. */
const planResidents = (
  rng: Rng,
  propertyId: number,
  roomCount: number,
  today: string,
  createdAt: string,
): Plan => {
  const plan: Plan = { people: [], occupancies: [] };
  const usedPhones = new Set<string>();
  const phone = (make: () => string) => {
    let p = make();
    while (usedPhones.has(p)) p = make();
    usedPhones.add(p);
    return p;
  };
  const person = (name: string, opts: { adult?: boolean; landline?: boolean } = {}) => {
    const phones: string[] = [];
    if (opts.adult !== false || rng.chance(0.3)) phones.push(phone(() => mobileNumber(rng)));
    if (opts.landline && rng.chance(0.2))
      phones.push(phone(() => (rng.chance(0.4) ? landlineNumber(rng) : mobileNumber(rng))));
    const idNumberMasked = opts.adult !== false && rng.chance(0.75) ? maskIdNumber(residentId(rng)) : null;
    plan.people.push({ propertyId, name, idNumberMasked, note: null, phones, createdAt });
    return plan.people.length - 1;
  };
  const occupy = (
    room: number,
    who: number,
    relation: string,
    startDate: string,
    extra: Partial<Plan['occupancies'][number]> = {},
  ) =>
    plan.occupancies.push({
      propertyId,
      room,
      person: who,
      relation,
      startKind: 'move_in',
      startDate,
      endDate: null,
      endKind: null,
      createdAt,
      ...extra,
    });

  const owners: number[] = [];
  const latest = addDays(today, -30);
  for (let room = 0; room < roomCount; room++) {
    if (rng.chance(0.04)) continue; // unsold or not yet handed over: no one on record
    let start = dateBetween(rng, '2008-03-01', latest);
    const transferred = rng.chance(0.06);
    if (transferred) {
      // Bought second-hand: the first owner's occupancy ended by transfer (过户).
      const first = person(chineseName(rng));
      occupy(room, first, 'owner', dateBetween(rng, '2006-06-01', addDays(start, -200)), {
        endDate: start,
        endKind: 'transfer',
      });
    }
    const asTransfer = transferred ? { startKind: 'transfer' } : {};
    const owner =
      owners.length > 20 && rng.chance(0.03)
        ? rng.pick(owners)
        : person(chineseName(rng), { landline: true });
    owners.push(owner);
    occupy(room, owner, 'owner', start, asTransfer);
    const ownerName = plan.people[owner]!.name;
    const spouseSex = rng.chance(0.5) ? 'f' : 'm';
    if (rng.chance(0.18)) occupy(room, person(chineseName(rng, spouseSex)), 'owner', start, asTransfer);
    if (rng.chance(0.14)) {
      // Let out: the owner lives elsewhere; tenants come and go.
      let free = later(start, addDays(today, -900));
      if (start < addDays(today, -800) && rng.chance(0.35)) {
        const from = dateBetween(rng, later(start, '2019-01-01'), addDays(today, -400));
        free = addDays(from, rng.between(180, 360));
        occupy(room, person(chineseName(rng)), 'tenant', from, { endDate: free, endKind: 'move_out' });
      }
      start = dateBetween(rng, addDays(free, 1), addDays(today, -10));
      const tenants = rng.between(1, 2);
      for (let i = 0; i < tenants; i++) occupy(room, person(chineseName(rng)), 'tenant', start);
      continue;
    }
    if (rng.chance(0.26)) {
      const n = rng.between(1, 2);
      for (let i = 0; i < n; i++) {
        const child = rng.chance(0.6);
        const name = child
          ? [...ownerName][0]! + [...chineseName(rng)].slice(1).join('')
          : chineseName(rng, spouseSex);
        occupy(room, person(name, { adult: !child }), 'family', start);
      }
    }
  }
  return plan;
};

/** Demo archive for HY and JH: ~30 buildings, ~3,000 rooms, ~5,000 people, arrears on ~8% of rooms. */
export const seedDemoArchive: DemoSeeder = async ({ db, clock }, { propertyIds }) => {
  const now = clock.now();
  const createdAt = now.toISOString();
  const today = localDate(now, 'Asia/Shanghai');
  const asOf = addDays(`${today.slice(0, 8)}01`, -1); // end of last month
  await db.transaction().execute(async (trx) => {
    for (const [code, propertyId] of Object.entries(propertyIds)) {
      const rng = createRng(SEEDS[code] ?? 1);
      const rooms: PlannedRoom[] = [];
      for (const layout of layouts[code] ?? []) {
        for (let b = layout.from; b <= layout.to; b++) {
          const building = String(b);
          const [bRow] = await trx
            .insertInto('buildings')
            .values({ propertyId, code: building, name: `${b}栋` })
            .returning('id')
            .execute();
          for (let u = 1; u <= layout.units; u++) {
            const unit = String(u);
            const [uRow] = await trx
              .insertInto('units')
              .values({ propertyId, buildingId: bRow!.id, code: unit, name: `${u}单元` })
              .returning('id')
              .execute();
            for (let floor = 1; floor <= layout.floors; floor++)
              for (let n = 1; n <= layout.perFloor; n++) {
                const address = { building, unit, room: `${floor}${String(n).padStart(2, '0')}` };
                const areaM2 = layout.areas[n - 1] ?? layout.areas[0]!;
                rooms.push({
                  row: {
                    propertyId,
                    buildingId: bRow!.id,
                    unitId: uRow!.id,
                    code: roomCode(address),
                    label: roomLabel(address),
                    floor,
                    areaM2,
                    createdAt,
                  },
                  feeCents: Math.round(areaM2 * layout.feeCentsPerM2),
                });
              }
          }
        }
      }
      const roomIds = await insertRoomsBatch(
        trx,
        rooms.map((r) => r.row),
      );
      const plan = planResidents(rng, propertyId, rooms.length, today, createdAt);
      const personIds = await insertPeopleBatch(trx, plan.people);
      await insertOccupanciesBatch(
        trx,
        plan.occupancies.map(({ person, room, ...o }) => ({
          ...o,
          personId: personIds[person]!,
          roomId: roomIds[room]!,
        })),
      );
      const occupied = [...new Set(plan.occupancies.filter((o) => o.endDate === null).map((o) => o.room))];
      const arrears: ArrearsRow[] = [];
      for (const room of occupied) {
        if (!rng.chance(0.085)) continue;
        const r = rng.next();
        const monthsOwed = r < 0.4 ? 1 : r < 0.65 ? 2 : r < 0.9 ? rng.between(3, 6) : rng.between(7, 24);
        arrears.push({
          propertyId,
          roomId: roomIds[room]!,
          monthsOwed,
          amountCents: monthsOwed * rooms[room]!.feeCents,
          asOf,
          updatedAt: createdAt,
        });
      }
      await insertArrearsBatch(trx, arrears);
      // Only the arrears get a history entry (a few hundred): cheap, and the room page shows one.
      for (const a of arrears)
        await appendEvent(trx, clock, {
          entityType: 'room',
          entityId: a.roomId,
          propertyId,
          actorId: null,
          action: 'arrears',
          data: {
            before: null,
            after: { monthsOwed: a.monthsOwed, amountCents: a.amountCents, asOf: a.asOf },
          },
          reason: '演示数据：财务月结欠费',
        });
    }
  });
};
