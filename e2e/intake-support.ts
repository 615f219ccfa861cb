import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import type { ApiClient } from './helpers';

type LookupResult = {
  kind: 'room' | 'person';
  roomId: number | null;
  personId: number | null;
  personName: string | null;
  label: string;
  rooms: { id: number; label: string }[];
  matchedPhone: string | null;
};
type RoomPage = {
  room: { id: number; label: string };
  current: { personId: number; name: string; relation: string; phones: string[] }[];
};

export type DemoCaller = { name: string; phone: string; last4: string; roomId: number; roomLabel: string };

type RoomRow = { id: number; arrears: { monthsOwed: number } | null };

/** Rooms owing 3+ months of fees, most first: the desk must see that when such a caller rings. */
const roomsOwing = async (api: ApiClient, propertyId: number) => {
  const buildings = await api.get<{ id: number }[]>(`/api/archive/properties/${propertyId}/buildings`);
  const rooms: RoomRow[] = [];
  for (const b of buildings.slice(0, 4))
    rooms.push(
      ...(
        await api.get<{ items: RoomRow[] }>(`/api/archive/buildings/${b.id}/rooms?filter=arrears&pageSize=50`)
      ).items,
    );
  return rooms
    .filter((r) => (r.arrears?.monthsOwed ?? 0) >= 3)
    .sort((a, b) => b.arrears!.monthsOwed - a.arrears!.monthsOwed)
    .map((r) => r.id);
};

/**
 * A demo resident of a room owing fees whose mobile's last 4 digits find them first in the
 * lookup, so "4 digits + Enter" picks exactly them (some 4-digit tails are shared).
 */
export const findCallerByLast4 = async (api: ApiClient, propertyId: number) => {
  for (const roomId of (await roomsOwing(api, propertyId)).slice(0, 15)) {
    const page = await api.get<RoomPage>(`/api/archive/rooms/${roomId}`);
    for (const person of page.current) {
      const phone = person.phones.find((p) => p.length === 11);
      if (!phone) continue;
      const results = await api.get<LookupResult[]>(`/api/archive/lookup?q=${phone.slice(-4)}`);
      const first = results[0];
      if (
        first?.kind === 'person' &&
        first.personId === person.personId &&
        first.rooms[0]?.id === page.room.id
      )
        return {
          name: person.name,
          phone,
          last4: phone.slice(-4),
          roomId: page.room.id,
          roomLabel: page.room.label,
        };
    }
  }
  throw new Error('no demo resident found first by the last 4 digits of their mobile');
};

export const registerCase = async (
  api: ApiClient,
  propertyId: number,
  over: Record<string, unknown> = {},
) => {
  const res = await api.post('/api/contacts', {
    propertyId,
    idempotencyKey: randomUUID(),
    channel: 'call',
    type: 'repair',
    callerName: '冼女士',
    callerPhone: '13600009999',
    identity: 'other',
    summary: '阳台雨棚漏水',
    urgency: 'normal',
    resolution: { mode: 'dispatch' },
    ...over,
  });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as { caseId: number; number: string; state: string };
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A small RGB PNG made here (a "scanned letter": paper with a few dark text lines). */
export const scanPng = (width = 120, height = 160) => {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    const isLine = y > 20 && y < 140 && y % 12 < 3;
    for (let x = 0; x < width; x++) {
      const ink = isLine && x > 12 && x < width - 12 - ((y * 7) % 30);
      const v = ink ? 60 : 246;
      raw.set([v, v, ink ? 90 : 238], row + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

/** Like `shot`, but only the 1366×768 viewport: what the desk sees of a long list without scrolling. */
export const shotView = async (page: Page, name: string) => {
  const dir = path.resolve(import.meta.dirname, '..', 'test-results', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
};
