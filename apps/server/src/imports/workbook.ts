import {
  type ImportColumn,
  type ImportKind,
  importColumns,
  importKindLabels,
  importTemplates,
  parseRoomCode,
  type Relation,
  relationLabels,
} from '@propdesk/domain';
import ExcelJS from 'exceljs';
import type { Executor } from '../history/history.js';
import { csvField } from './csv.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';

type Cell = string | number | null;

// Typed as text in the sheet so Excel keeps 0501, long phone and ID numbers as they are.
const textColumns = new Set<ImportColumn>([
  'building',
  'unit',
  'room',
  'phones',
  'idNumber',
  'startDate',
  'endDate',
  'asOf',
  'name',
  'relation',
  'note',
]);

const examples: Record<ImportKind, string[][]> = {
  rooms: [
    ['3', '2', '501', '5', '89.5'],
    ['A', '', '1203', '', ''],
  ],
  people: [
    ['3', '2', '501', '张三', '业主', '13800138000/13900139000', '11010519491231002X', '2020-05-01', ''],
    ['3', '2', '501', '李四', '家属', '13700137000', '', '', '张三之妻'],
  ],
  arrears: [['3', '2', '501', '3', '1234.50', '2026-10-31']],
};

/** A sheet with the kind's columns (the import template's, so an export re-imports). */
const addDataSheet = (wb: ExcelJS.Workbook, kind: ImportKind, columns: ImportColumn[], rows: Cell[][]) => {
  const ws = wb.addWorksheet(importKindLabels[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: importColumns[c].header,
    key: c,
    width: c === 'phones' ? 28 : c === 'idNumber' ? 22 : c === 'note' ? 24 : 12,
    style: textColumns.has(c) ? { numFmt: '@' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => v ?? null));
};

const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/** The downloadable template: an empty sheet with the header, and a 填写说明 sheet with examples. */
export const templateXlsx = async (kind: ImportKind) => {
  const { columns, required } = importTemplates[kind];
  const wb = new ExcelJS.Workbook();
  addDataSheet(wb, kind, columns, []);
  const guide = wb.addWorksheet('填写说明');
  guide.columns = [{ width: 16 }, { width: 8 }, { width: 60 }];
  guide.addRow(['列名', '必填', '说明']).font = { bold: true };
  for (const c of columns)
    guide.addRow([importColumns[c].header, required.includes(c) ? '是' : '', importColumns[c].hint]);
  guide.addRow([]);
  guide.addRow(['示例（请在第一个工作表中填写，表头在第 1 行，数据从第 2 行开始）']).font = { bold: true };
  guide.addRow(columns.map((c) => importColumns[c].header));
  for (const e of examples[kind]) guide.addRow(e);
  guide.addRow([]);
  guide.addRow([
    '房号可以分列填写（楼栋、单元、房号），也可以只填“房号”一列写全，如 3-2-501 或 3栋2单元501。',
  ]);
  guide.addRow(['也可上传 CSV（UTF-8 或 GBK 编码）；文件类型按内容识别。一次最多 50000 行。']);
  return toBuffer(wb);
};

export const templateCsv = (kind: ImportKind) =>
  Buffer.from(
    `\uFEFF${importTemplates[kind].columns.map((c) => csvField(importColumns[c].header)).join(',')}\r\n`,
    'utf8',
  );

const collator = new Intl.Collator('zh-CN', { numeric: true });
const address = (code: string): Cell[] => {
  const a = parseRoomCode(code);
  return a ? [a.building, a.unit ?? '', a.room] : ['', '', code];
};

/**
 * The archive of a property as rows of the import template: rooms; people with one row per
 * occupancy (current ones, or all with 迁出日期 for `scope = all`); arrears.
 */
export const exportRows = async (
  db: Executor,
  kind: ImportKind,
  propertyId: number,
  scope: 'current' | 'all',
) => {
  if (kind === 'rooms') {
    const rooms = await db
      .selectFrom('rooms')
      .select(['code', 'floor', 'areaM2'])
      .where('propertyId', '=', propertyId)
      .execute();
    rooms.sort((a, b) => collator.compare(a.code, b.code));
    return {
      columns: importTemplates.rooms.columns,
      rows: rooms.map((r) => [...address(r.code), r.floor, r.areaM2]),
    };
  }
  if (kind === 'arrears') {
    const rows = await db
      .selectFrom('arrears')
      .innerJoin('rooms', 'rooms.id', 'arrears.roomId')
      .select(['rooms.code', 'arrears.monthsOwed', 'arrears.amountCents', 'arrears.asOf'])
      .where('arrears.propertyId', '=', propertyId)
      .execute();
    rows.sort((a, b) => collator.compare(a.code, b.code));
    return {
      columns: importTemplates.arrears.columns,
      rows: rows.map((r) => [...address(r.code), r.monthsOwed, r.amountCents / 100, r.asOf]),
    };
  }
  let q = db
    .selectFrom('occupancies')
    .innerJoin('rooms', 'rooms.id', 'occupancies.roomId')
    .innerJoin('people', 'people.id', 'occupancies.personId')
    .select([
      'rooms.code',
      'people.id',
      'people.name',
      'people.idNumberMasked',
      'people.note',
      'occupancies.id as occupancyId',
      'occupancies.relation',
      'occupancies.startDate',
      'occupancies.endDate',
    ])
    .where('occupancies.propertyId', '=', propertyId);
  if (scope === 'current') q = q.where('occupancies.endDate', 'is', null);
  const occ = await q.execute();
  const phones = new Map<number, string[]>();
  const phoneRows = await db
    .selectFrom('personPhones')
    .select(['personId', 'phone'])
    .where('propertyId', '=', propertyId)
    .orderBy('id')
    .execute();
  for (const p of phoneRows) phones.set(p.personId, [...(phones.get(p.personId) ?? []), p.phone]);
  occ.sort((a, b) => collator.compare(a.code, b.code) || a.occupancyId - b.occupancyId);
  const columns: ImportColumn[] = [
    ...importTemplates.people.columns,
    ...(scope === 'all' ? (['endDate'] as const) : []),
  ];
  const rows = occ.map((o) => [
    ...address(o.code),
    o.name,
    relationLabels[o.relation as Relation] ?? o.relation,
    (phones.get(o.id) ?? []).join('/'),
    o.idNumberMasked ?? '',
    o.startDate,
    o.note ?? '',
    ...(scope === 'all' ? [o.endDate ?? ''] : []),
  ]);
  return { columns, rows };
};

export const exportXlsx = async (kind: ImportKind, data: { columns: ImportColumn[]; rows: Cell[][] }) => {
  const wb = new ExcelJS.Workbook();
  addDataSheet(wb, kind, data.columns, data.rows);
  return toBuffer(wb);
};

/** `attachment` with an ASCII fallback and the Chinese name per RFC 5987. */
export const contentDisposition = (asciiName: string, name: string) =>
  `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
