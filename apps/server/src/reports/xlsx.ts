import type { ReportScope } from '@propdesk/domain';
import { writeWorkbook } from './xlsx-fast.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Cell = string | number | null;
/** How a column's numbers are shown: counts, money in yuan, a share, minutes. */
export type ColumnFormat = 'int' | 'yuan' | 'percent' | 'decimal' | 'text';
export type Column = { header: string; format?: ColumnFormat; width?: number };
export type Table = { caption?: string; columns: Column[]; rows: Cell[][]; total?: Cell[] };
export type SheetSpec = { name: string; title: string; tables: Table[] };

/** Money is kept in cents; the sheet shows yuan. */
export const yuan = (cents: number) => Math.round(cents) / 100;

/** The line under every title: properties, department and period. */
export const scopeLine = (s: ReportScope) =>
  [
    `项目：${s.properties.map((p) => p.name).join('、') || '（无）'}`,
    s.departmentName ? `部门：${s.departmentName}` : null,
    `统计期间：${s.period.from} 至 ${s.period.to}`,
    `生成时间：${s.generatedAt.slice(0, 16).replace('T', ' ')} UTC`,
  ]
    .filter(Boolean)
    .join('  ·  ');

/**
 * A workbook of titled sheets, each a run of bordered tables; numbers stay numbers. Written by
 * xlsx-fast.ts rather than exceljs: the month's contact register has tens of thousands of rows.
 */
export const workbookOf = async (scope: ReportScope, sheets: SheetSpec[]): Promise<Buffer> =>
  writeWorkbook(sheets, scopeLine(scope));

/** RFC 6266: an ASCII fallback and the Chinese name. */
export const attachmentHeader = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Column shorthands for the sheets: counts, shares, decimals, money, text. */
export const n = (header: string): Column => ({ header, format: 'int' });
export const pct = (header: string): Column => ({ header, format: 'percent' });
export const dec = (header: string): Column => ({ header, format: 'decimal' });
export const money = (header: string): Column => ({ header, format: 'yuan' });
export const txt = (header: string, width?: number): Column => ({
  header,
  format: 'text',
  ...(width ? { width } : {}),
});
