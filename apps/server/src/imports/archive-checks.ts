import {
  type ArrearsRecord,
  type ImportKind,
  type ImportRecord,
  isSamePerson,
  type ParsedImport,
  type PersonRecord,
  type RoomRecord,
  type RowIssue,
  roomCode,
} from '@propdesk/domain';
import type { Executor } from '../history/history.js';

/** Current occupants of every room of a property, by room code: for the same-person check. */
export const loadOccupants = async (db: Executor, propertyId: number, roomId?: number) => {
  let q = db
    .selectFrom('occupancies')
    .innerJoin('rooms', 'rooms.id', 'occupancies.roomId')
    .innerJoin('people', 'people.id', 'occupancies.personId')
    .select(['rooms.code', 'people.id', 'people.name'])
    .where('occupancies.propertyId', '=', propertyId)
    .where('occupancies.endDate', 'is', null);
  if (roomId !== undefined) q = q.where('occupancies.roomId', '=', roomId);
  const rows = await q.execute();
  const phones = new Map<number, string[]>();
  if (rows.length) {
    let pq = db.selectFrom('personPhones').select(['personId', 'phone']).where('propertyId', '=', propertyId);
    if (roomId !== undefined)
      pq = pq.where(
        'personId',
        'in',
        rows.map((r) => r.id),
      );
    for (const p of await pq.execute()) phones.set(p.personId, [...(phones.get(p.personId) ?? []), p.phone]);
  }
  const byRoom = new Map<string, { name: string; phones: string[] }[]>();
  for (const r of rows)
    byRoom.set(r.code, [...(byRoom.get(r.code) ?? []), { name: r.name, phones: phones.get(r.id) ?? [] }]);
  return byRoom;
};

const roomCodes = async (db: Executor, propertyId: number) =>
  new Set(
    (await db.selectFrom('rooms').select('code').where('propertyId', '=', propertyId).execute()).map(
      (r) => r.code,
    ),
  );

const message = (row: number, text: string) => `第 ${row} 行：${text}`;

/**
 * The preview's checks against the archive (the file's own checks are in the domain):
 * rooms already there and people already living in the room are skipped as warnings;
 * arrears of a room the archive does not have are errors.
 */
export const checkAgainstArchive = async <K extends ImportKind>(
  db: Executor,
  propertyId: number,
  parsed: ParsedImport<K>,
) => {
  const errors: RowIssue[] = [...parsed.errors];
  const warnings: RowIssue[] = [...parsed.warnings];
  const records: ImportRecord[K][] = [];
  if (parsed.kind === 'rooms') {
    const known = await roomCodes(db, propertyId);
    for (const r of parsed.records as RoomRecord[]) {
      const code = roomCode(r);
      if (known.has(code))
        warnings.push({
          row: r.row,
          column: '房号',
          message: message(r.row, `房号 ${code} 已在档案中，跳过`),
        });
      else records.push(r as ImportRecord[K]);
    }
  } else if (parsed.kind === 'people') {
    const occupants = await loadOccupants(db, propertyId);
    for (const r of parsed.records as PersonRecord[]) {
      const code = roomCode(r);
      if ((occupants.get(code) ?? []).some((o) => isSamePerson(o, r)))
        warnings.push({
          row: r.row,
          column: '姓名',
          message: message(r.row, `${r.name} 已登记在 ${code}（同姓名、电话），跳过`),
        });
      else records.push(r as ImportRecord[K]);
    }
  } else {
    const known = await roomCodes(db, propertyId);
    for (const r of parsed.records as ArrearsRecord[]) {
      const code = roomCode(r);
      if (!known.has(code))
        errors.push({
          row: r.row,
          column: '房号',
          message: message(r.row, `房号 ${code} 在档案中不存在，请先导入房间`),
        });
      else records.push(r as ImportRecord[K]);
    }
  }
  errors.sort((a, b) => a.row - b.row);
  warnings.sort((a, b) => a.row - b.row);
  return { records, errors, warnings };
};
