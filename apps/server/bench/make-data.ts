/**
 * Benchmark data: one property with N people (default 300,000), their phones and 4-gram
 * index rows, rooms and occupancies, written in multi-row batches through the archive repo.
 *
 *   npm run bench:data -- --people 300000 [--db sqlite:path]   (default: data/bench.db)
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { maskIdNumber, roomCode, roomLabel } from '@propdesk/domain';
import {
  chineseName,
  createRng,
  dateBetween,
  landlineNumber,
  mobileNumber,
  residentId,
} from '../src/archive/fake-people.js';
import {
  insertOccupanciesBatch,
  insertPeopleBatch,
  insertRoomsBatch,
  type NewPersonRow,
  type NewRoomRow,
} from '../src/archive/repo.js';
import { openDatabase } from '../src/kernel/db/database.js';
import { migrateToLatest } from '../src/kernel/db/migrate.js';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const defaultBenchDb = `sqlite:${path.join(repoRoot, 'data/bench.db')}`;
export const BENCH_PROPERTY = 'BENCH';

const BATCH = 10_000;
const PEOPLE_PER_ROOM = 1.8;
const ROOMS_PER_BUILDING = 4 * 32 * 4; // units × floors × rooms per floor

export const argValue = (args: string[], name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const roomAt = (n: number) => {
  const building = Math.floor(n / ROOMS_PER_BUILDING) + 1;
  const inBuilding = n % ROOMS_PER_BUILDING;
  const unit = Math.floor(inBuilding / 128) + 1;
  const floor = Math.floor((inBuilding % 128) / 4) + 1;
  const room = `${floor}${String((inBuilding % 4) + 1).padStart(2, '0')}`;
  return { address: { building: String(building), unit: String(unit), room }, floor };
};

/** Creates a fresh benchmark database; returns its url. */
export const makeBenchData = async ({
  people,
  dbUrl = defaultBenchDb,
}: {
  people: number;
  dbUrl?: string;
}) => {
  const t0 = performance.now();
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  if (dbUrl.startsWith('sqlite:'))
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbUrl.slice(7) + suffix, { force: true });
  const handle = openDatabase(dbUrl);
  const { db } = handle;
  await migrateToLatest(db);
  const createdAt = '2026-11-23T00:00:00.000Z';
  const [property] = await db
    .insertInto('properties')
    .values({
      code: BENCH_PROPERTY,
      name: '基准测试小区',
      timezone: 'Asia/Shanghai',
      address: null,
      phone: null,
      createdAt,
    })
    .returning('id')
    .execute();
  const propertyId = property!.id;
  const rng = createRng(300_000);
  const roomCount = Math.ceil(people / PEOPLE_PER_ROOM);
  console.log(
    `bench data → ${dbUrl}: ${people.toLocaleString()} people, ${roomCount.toLocaleString()} rooms`,
  );

  // Buildings and units first (a few hundred rows), then rooms in batches.
  const unitIds = new Map<string, { buildingId: number; unitId: number }>();
  await db.transaction().execute(async (trx) => {
    for (let b = 1; b <= Math.ceil(roomCount / ROOMS_PER_BUILDING); b++) {
      const [bRow] = await trx
        .insertInto('buildings')
        .values({ propertyId, code: String(b), name: `${b}栋` })
        .returning('id')
        .execute();
      for (let u = 1; u <= 4; u++) {
        const [uRow] = await trx
          .insertInto('units')
          .values({ propertyId, buildingId: bRow!.id, code: String(u), name: `${u}单元` })
          .returning('id')
          .execute();
        unitIds.set(`${b}-${u}`, { buildingId: bRow!.id, unitId: uRow!.id });
      }
    }
  });
  const roomIds: number[] = [];
  for (let start = 0; start < roomCount; start += BATCH) {
    const rows: NewRoomRow[] = [];
    for (let n = start; n < Math.min(roomCount, start + BATCH); n++) {
      const { address, floor } = roomAt(n);
      const ids = unitIds.get(`${address.building}-${address.unit}`)!;
      rows.push({
        propertyId,
        ...ids,
        code: roomCode(address),
        label: roomLabel(address),
        floor,
        areaM2: 90,
        createdAt,
      });
    }
    roomIds.push(...(await db.transaction().execute((trx) => insertRoomsBatch(trx, rows))));
  }
  console.log(`  rooms ${roomIds.length.toLocaleString()} (${elapsed()})`);

  for (let start = 0; start < people; start += BATCH) {
    const count = Math.min(BATCH, people - start);
    const rows: NewPersonRow[] = [];
    for (let i = 0; i < count; i++) {
      const phones = [mobileNumber(rng)];
      if (rng.chance(0.2)) phones.push(rng.chance(0.3) ? landlineNumber(rng) : mobileNumber(rng));
      rows.push({
        propertyId,
        name: chineseName(rng),
        idNumberMasked: rng.chance(0.7) ? maskIdNumber(residentId(rng)) : null,
        note: null,
        phones,
        createdAt,
      });
    }
    await db.transaction().execute(async (trx) => {
      const personIds = await insertPeopleBatch(trx, rows);
      await insertOccupanciesBatch(
        trx,
        personIds.map((personId, i) => {
          const n = start + i;
          const roomIndex = Math.min(roomCount - 1, Math.floor(n / PEOPLE_PER_ROOM));
          const first = Math.ceil(roomIndex * PEOPLE_PER_ROOM) === n;
          return {
            propertyId,
            roomId: roomIds[roomIndex]!,
            personId,
            relation: first ? 'owner' : rng.chance(0.7) ? 'family' : 'tenant',
            startKind: 'import',
            startDate: dateBetween(rng, '2008-01-01', '2026-10-31'),
            endDate: null,
            endKind: null,
            createdAt,
          };
        }),
      );
    });
    console.log(`  people ${(start + count).toLocaleString()} / ${people.toLocaleString()} (${elapsed()})`);
  }
  await handle.close();
  console.log(`done in ${elapsed()}`);
  return dbUrl;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const people = Number(argValue(args, 'people') ?? 300_000);
  if (!Number.isInteger(people) || people < 1) throw new Error('--people must be a positive whole number');
  await makeBenchData({ people, dbUrl: argValue(args, 'db') ?? defaultBenchDb });
}
