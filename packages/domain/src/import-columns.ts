import { z } from 'zod';
import { toHalfWidth } from './import-cells.js';

/** Import and export of the customer archive (issue 2 item 5; DOMAIN.md §2). */
export const importKinds = ['rooms', 'people', 'arrears'] as const;
export const ImportKind = z.enum(importKinds, {
  message: '导入类型应为 rooms（房间）、people（住户）或 arrears（欠费）',
});
export type ImportKind = z.infer<typeof ImportKind>;
export const importKindLabels: Record<ImportKind, string> = {
  rooms: '房间',
  people: '住户',
  arrears: '欠费',
};

/** Most data rows one file may hold; bigger files are split by the user. */
export const MAX_IMPORT_ROWS = 50_000;
/** Rows shown in the preview besides every bad row. */
export const IMPORT_SAMPLE_ROWS = 20;

export type ImportColumn =
  | 'building'
  | 'unit'
  | 'room'
  | 'floor'
  | 'area'
  | 'name'
  | 'relation'
  | 'phones'
  | 'idNumber'
  | 'startDate'
  | 'endDate'
  | 'note'
  | 'monthsOwed'
  | 'amount'
  | 'asOf';

/** The header a template prints, the other names a front desk's own sheet may use, and a hint. */
export const importColumns: Record<ImportColumn, { header: string; aliases: string[]; hint: string }> = {
  building: {
    header: '楼栋',
    aliases: ['栋', '楼号', '栋号', '幢', '楼栋号'],
    hint: '如 3；不填时“房号”须写全，如 3-2-501',
  },
  unit: { header: '单元', aliases: ['单元号'], hint: '如 2；没有单元可不填' },
  room: {
    header: '房号',
    aliases: ['房间号', '门牌号', '户号', '房屋编号', '房间'],
    hint: '如 501，或完整的 3-2-501 / 3栋2单元501',
  },
  floor: { header: '楼层', aliases: [], hint: '整数，可不填' },
  area: { header: '建筑面积（㎡）', aliases: ['建筑面积', '面积'], hint: '可不填' },
  name: { header: '姓名', aliases: ['客户姓名', '业主姓名', '住户姓名'], hint: '必填' },
  relation: { header: '身份', aliases: ['类型', '关系', '客户类型', '住户类型'], hint: '业主 / 租户 / 家属' },
  phones: {
    header: '手机号',
    aliases: ['手机', '电话', '联系电话', '手机号码', '联系方式', '电话号码'],
    hint: '多个号码用 / 或 ； 分隔',
  },
  idNumber: {
    header: '证件号',
    aliases: ['证件号码', '身份证号', '身份证号码', '身份证'],
    hint: '只保存脱敏后的号码，如 4401**********1234',
  },
  startDate: { header: '入住日期', aliases: ['迁入日期', '入住时间'], hint: '如 2024-03-01；不填为导入当天' },
  endDate: { header: '迁出日期', aliases: [], hint: '仅出现在含已迁出记录的导出中；有迁出日期的行不导入' },
  note: { header: '备注', aliases: [], hint: '可不填' },
  monthsOwed: { header: '欠费月数', aliases: ['欠费月份', '欠费月份数'], hint: '整数' },
  amount: {
    header: '欠费金额（元）',
    aliases: ['欠费金额', '金额', '欠款金额'],
    hint: '单位元，最多两位小数',
  },
  asOf: {
    header: '截止日期',
    aliases: ['截至日期', '统计日期', '欠费截止日期'],
    hint: '如 2026-10-31；不填为导入当天',
  },
};

/** Template columns in order, and which of them a file must have. */
export const importTemplates: Record<
  ImportKind,
  { columns: ImportColumn[]; required: ImportColumn[]; extra: ImportColumn[] }
> = {
  rooms: { columns: ['building', 'unit', 'room', 'floor', 'area'], required: ['room'], extra: [] },
  people: {
    columns: ['building', 'unit', 'room', 'name', 'relation', 'phones', 'idNumber', 'startDate', 'note'],
    required: ['room', 'name', 'relation'],
    extra: ['endDate'],
  },
  arrears: {
    columns: ['building', 'unit', 'room', 'monthsOwed', 'amount', 'asOf'],
    required: ['room', 'monthsOwed', 'amount'],
    extra: [],
  },
};

export const templateHeaders = (kind: ImportKind) =>
  importTemplates[kind].columns.map((c) => importColumns[c].header);

const normalizeHeader = (s: string) => toHalfWidth(s).replace(/\(.*?\)|[\s*:：]/g, '');

const headerLookup = new Map<string, ImportColumn>();
for (const [key, spec] of Object.entries(importColumns) as [
  ImportColumn,
  (typeof importColumns)[ImportColumn],
][])
  for (const name of [spec.header, ...spec.aliases]) headerLookup.set(normalizeHeader(name), key);

/** One row of a sheet as text cells, with its row number as the spreadsheet shows it. */
export type SheetRow = { row: number; cells: string[] };

export const isBlank = (r: SheetRow) => r.cells.every((c) => c.trim() === '');

/** Finds the header among the first 5 non-blank rows (a sheet may start with a title row). */
export const resolveHeader = (kind: ImportKind, rows: SheetRow[]) => {
  const { required, columns, extra } = importTemplates[kind];
  const wanted = new Set<ImportColumn>([...columns, ...extra]);
  let best: { row: number; index: Partial<Record<ImportColumn, number>> } | null = null;
  for (const r of rows.filter((x) => !isBlank(x)).slice(0, 5)) {
    const index: Partial<Record<ImportColumn, number>> = {};
    r.cells.forEach((cell, i) => {
      const key = headerLookup.get(normalizeHeader(cell));
      if (key && wanted.has(key) && index[key] === undefined) index[key] = i;
    });
    if (required.every((k) => index[k] !== undefined)) return { ok: true as const, row: r.row, index };
    if (!best || Object.keys(index).length > Object.keys(best.index).length) best = { row: r.row, index };
  }
  const missing = required.filter((k) => best?.index[k] === undefined).map((k) => importColumns[k].header);
  return { ok: false as const, missing };
};
