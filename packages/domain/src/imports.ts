import { floorFromRoomNumber, type Relation } from './archive.js';
import {
  type CellResult,
  parseArea,
  parseIdNumber,
  parseImportDate,
  parsePhones,
  parseWholeNumber,
  parseYuanToCents,
  toHalfWidth,
} from './import-cells.js';
import {
  IMPORT_SAMPLE_ROWS,
  type ImportColumn,
  type ImportKind,
  importColumns,
  isBlank,
  MAX_IMPORT_ROWS,
  resolveHeader,
  type SheetRow,
  templateHeaders,
} from './import-columns.js';
import { maskIdNumber } from './phone.js';
import { parseRoomCode, type RoomAddress, roomCode } from './room-code.js';

/** Validation of an archive import file, row by row (issue 2 item 5; DOMAIN.md §2). */

const relationWords: Record<string, Relation> = {
  业主: 'owner',
  房主: 'owner',
  产权人: 'owner',
  owner: 'owner',
  租户: 'tenant',
  住户: 'tenant',
  租客: 'tenant',
  承租人: 'tenant',
  tenant: 'tenant',
  家属: 'family',
  家庭成员: 'family',
  家人: 'family',
  亲属: 'family',
  family: 'family',
};

export type RowIssue = { row: number; column: string | null; message: string };

export type RoomRecord = RoomAddress & { row: number; floor: number | null; areaM2: number | null };
export type PersonRecord = RoomAddress & {
  row: number;
  name: string;
  relation: Relation;
  phones: string[];
  idNumberMasked: string | null;
  startDate: string;
  note: string | null;
};
export type ArrearsRecord = RoomAddress & {
  row: number;
  monthsOwed: number;
  amountCents: number;
  asOf: string;
};
export type ImportRecord = { rooms: RoomRecord; people: PersonRecord; arrears: ArrearsRecord };

export type ParsedImport<K extends ImportKind = ImportKind> = {
  ok: true;
  kind: K;
  headerRow: number;
  totalRows: number;
  records: ImportRecord[K][];
  errors: RowIssue[];
  warnings: RowIssue[];
  /** The first rows as read, keyed by template header, for the preview table. */
  sample: { row: number; values: Record<string, string> }[];
};
export type ImportFailure = {
  ok: false;
  message: string;
  details: { missing?: string[]; expected?: string[]; rows?: number };
};

/** A cell as the preview shows it: an ID number only masked, as it will be stored. */
const shown = (column: ImportColumn, raw: string) => {
  const s = raw.trim();
  return column === 'idNumber' && s ? maskIdNumber(toHalfWidth(s).replace(/\s+/g, '')) : s;
};

/** Same person in the same room: same name and a shared phone, or both without phones. */
export const isSamePerson = (a: { name: string; phones: string[] }, b: { name: string; phones: string[] }) =>
  a.name === b.name &&
  (a.phones.length === 0 && b.phones.length === 0 ? true : a.phones.some((p) => b.phones.includes(p)));

type Cells = Partial<Record<ImportColumn, string>>;
type Ctx = { row: number; cells: Cells; today: string; issues: RowIssue[] };

const rowMessage = (row: number, text: string) => `第 ${row} 行：${text}`;

const issue = (ctx: Ctx, column: ImportColumn | null, text: string) => {
  const header = column ? importColumns[column].header.replace(/（.*）/, '') : null;
  ctx.issues.push({ row: ctx.row, column: header, message: rowMessage(ctx.row, `${header ?? ''}${text}`) });
};

/** Reads an optional cell with a parser; a bad value is an issue naming the cell's text. */
const read = <T>(ctx: Ctx, column: ImportColumn, parse: (s: string) => CellResult<T>): T | null => {
  const raw = (ctx.cells[column] ?? '').trim();
  if (!raw) return null;
  const res = parse(raw);
  if (res.ok) return res.value;
  issue(ctx, column, res.reason.startsWith('“') ? res.reason : `“${raw}”${res.reason}`);
  return null;
};

const required = (ctx: Ctx, column: ImportColumn) => {
  const raw = (ctx.cells[column] ?? '').trim();
  if (!raw) issue(ctx, column, '不能为空');
  return raw;
};

const readRoom = (ctx: Ctx): RoomAddress | null => {
  const room = required(ctx, 'room');
  if (!room) return null;
  const building = toHalfWidth(ctx.cells.building ?? '').replace(/(栋|幢|号楼|座)$/, '');
  const unit = toHalfWidth(ctx.cells.unit ?? '').replace(/单元$/, '');
  const alone = parseRoomCode(toHalfWidth(room));
  // With a 楼栋 column the 房号 is usually just 501, but a full 3-2-501 of the same building is fine too.
  const address = building
    ? (parseRoomCode(`${building}栋${unit ? `${unit}单元` : ''}${toHalfWidth(room)}`) ??
      (alone && alone.building === building.toUpperCase() ? alone : null))
    : alone;
  if (!address) {
    const shown = [building && `${building}栋`, unit && `${unit}单元`, room].filter(Boolean).join('');
    issue(ctx, 'room', `“${shown}”无法识别（应为 3-2-501、3栋2单元501，或分列填写楼栋、单元、房号）`);
  }
  return address;
};

const parseRelation = (s: string): CellResult<Relation> => {
  const r = relationWords[toHalfWidth(s).toLowerCase()];
  return r ? { ok: true, value: r } : { ok: false, reason: '无法识别（应为 业主、租户 或 家属）' };
};

const readers: { [K in ImportKind]: (ctx: Ctx) => Omit<ImportRecord[K], 'row'> | null } = {
  rooms: (ctx) => {
    const address = readRoom(ctx);
    const floor = read(ctx, 'floor', (s) => parseWholeNumber(s, { min: -5, max: 200, unit: /[层楼F]$/i }));
    const areaM2 = read(ctx, 'area', parseArea);
    // Same default as a room created by hand in the archive: 501 is on floor 5.
    return address ? { ...address, floor: floor ?? floorFromRoomNumber(address.room), areaM2 } : null;
  },
  people: (ctx) => {
    const address = readRoom(ctx);
    const name = required(ctx, 'name');
    if (name.length > 50) issue(ctx, 'name', '超过 50 个字');
    const relationText = required(ctx, 'relation');
    const relation = relationText ? read(ctx, 'relation', parseRelation) : null;
    const phones = read(ctx, 'phones', parsePhones) ?? [];
    const idNumberMasked = read(ctx, 'idNumber', parseIdNumber);
    const startDate = read(ctx, 'startDate', (s) => parseImportDate(s, ctx.today)) ?? ctx.today;
    const note = (ctx.cells.note ?? '').trim() || null;
    if (note && note.length > 200) issue(ctx, 'note', '超过 200 个字');
    if (!address || !relation) return null;
    return { ...address, name, relation, phones, idNumberMasked, startDate, note };
  },
  arrears: (ctx) => {
    const address = readRoom(ctx);
    required(ctx, 'monthsOwed');
    required(ctx, 'amount');
    const monthsOwed = read(ctx, 'monthsOwed', (s) =>
      parseWholeNumber(s, { min: 0, max: 600, unit: /个?月$/ }),
    );
    const amountCents = read(ctx, 'amount', parseYuanToCents);
    const asOf = read(ctx, 'asOf', (s) => parseImportDate(s, ctx.today)) ?? ctx.today;
    if (monthsOwed !== null && amountCents !== null && (monthsOwed === 0) !== (amountCents === 0))
      issue(
        ctx,
        'monthsOwed',
        `“${monthsOwed}”与欠费金额“${(amountCents / 100).toFixed(2)}”不符（应同时为 0 或同时大于 0）`,
      );
    if (!address || monthsOwed === null || amountCents === null) return null;
    return { ...address, monthsOwed, amountCents, asOf };
  },
};

/**
 * Validates a whole sheet (rows as text, header included) without touching the archive:
 * every bad row with its spreadsheet row number and a Chinese reason; repeated rows in the
 * file become warnings (skipped), except a room's arrears given twice, which is an error.
 * `today` is the property's local date (defaults for dates, and the latest date allowed).
 */
export const validateImport = <K extends ImportKind>(
  kind: K,
  rows: SheetRow[],
  opts: { today: string },
): ParsedImport<K> | ImportFailure => {
  const header = resolveHeader(kind, rows);
  const expected = templateHeaders(kind);
  if (!header.ok)
    return {
      ok: false,
      message: `缺少必需的列：${header.missing.join('、')}。第一行应为表头：${expected.join('、')}`,
      details: { missing: header.missing, expected },
    };
  const data = rows.filter((r) => r.row > header.row && !isBlank(r));
  if (data.length === 0) return { ok: false, message: '文件中没有数据行', details: { rows: 0 } };
  if (data.length > MAX_IMPORT_ROWS)
    return {
      ok: false,
      message: `数据行数 ${data.length} 超过上限 ${MAX_IMPORT_ROWS}，请拆分文件后分批导入`,
      details: { rows: data.length },
    };

  const records: ImportRecord[K][] = [];
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const seen = new Map<string, ImportRecord[K][]>();
  const sample: ParsedImport<K>['sample'] = [];
  const columns = Object.entries(header.index) as [ImportColumn, number][];
  for (const r of data) {
    const cells: Cells = {};
    for (const [key, i] of columns) cells[key] = r.cells[i] ?? '';
    if (sample.length < IMPORT_SAMPLE_ROWS)
      sample.push({
        row: r.row,
        values: Object.fromEntries(columns.map(([k]) => [importColumns[k].header, shown(k, cells[k] ?? '')])),
      });
    const ctx: Ctx = { row: r.row, cells, today: opts.today, issues: [] };
    const value = readers[kind](ctx);
    if (ctx.issues.length || !value) {
      errors.push(...ctx.issues);
      continue;
    }
    if ((cells.endDate ?? '').trim()) {
      warnings.push({
        row: r.row,
        column: '迁出日期',
        message: rowMessage(r.row, '已迁出的记录不导入，跳过'),
      });
      continue;
    }
    const record = { ...value, row: r.row } as ImportRecord[K];
    const code = roomCode(record);
    const earlier = seen.get(code) ?? [];
    const twin =
      kind === 'people'
        ? earlier.find((e) => isSamePerson(e as PersonRecord, record as PersonRecord))
        : earlier[0];
    if (twin && kind === 'arrears') {
      errors.push({
        row: r.row,
        column: '房号',
        message: rowMessage(r.row, `房号 ${code} 与第 ${twin.row} 行重复`),
      });
      continue;
    }
    if (twin) {
      const what =
        kind === 'people'
          ? `与第 ${twin.row} 行是同一人（同房号、姓名、电话）`
          : `房号 ${code} 与第 ${twin.row} 行重复`;
      warnings.push({ row: r.row, column: null, message: rowMessage(r.row, `${what}，跳过`) });
      continue;
    }
    seen.set(code, [...earlier, record]);
    records.push(record);
  }
  return { ok: true, kind, headerRow: header.row, totalRows: data.length, records, errors, warnings, sample };
};
