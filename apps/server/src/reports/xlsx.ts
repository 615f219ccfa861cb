import type { ReportScope } from '@propdesk/domain';
import ExcelJS from 'exceljs';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Cell = string | number | null;
/** How a column's numbers are shown: counts, money in yuan, a share, minutes. */
export type ColumnFormat = 'int' | 'yuan' | 'percent' | 'decimal' | 'text';
export type Column = { header: string; format?: ColumnFormat; width?: number };
export type Table = { caption?: string; columns: Column[]; rows: Cell[][]; total?: Cell[] };
export type SheetSpec = { name: string; title: string; tables: Table[] };

const numFmt: Record<ColumnFormat, string | undefined> = {
  int: '0',
  yuan: '#,##0.00',
  percent: '0.0%',
  decimal: '0.0',
  text: undefined,
};
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

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

/** A workbook of titled sheets, each a run of bordered tables; numbers stay numbers. */
export const workbookOf = async (scope: ReportScope, sheets: SheetSpec[]): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PropDesk';
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name.slice(0, 31));
    const width = Math.max(1, ...spec.tables.map((t) => t.columns.length));
    const title = ws.addRow([spec.title]);
    ws.mergeCells(title.number, 1, title.number, width);
    title.font = { bold: true, size: 14 };
    title.alignment = { horizontal: 'center' };
    const sub = ws.addRow([scopeLine(scope)]);
    ws.mergeCells(sub.number, 1, sub.number, width);
    const widths = new Array<number>(width).fill(10);
    for (const t of spec.tables) {
      ws.addRow([]);
      if (t.caption) ws.addRow([t.caption]).font = { bold: true };
      const h = ws.addRow(t.columns.map((c) => c.header));
      h.font = { bold: true };
      h.eachCell((c) => {
        c.border = border;
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
        c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      });
      const add = (cells: Cell[], bold = false) => {
        const row = ws.addRow(cells);
        if (bold) row.font = { bold: true };
        row.eachCell({ includeEmpty: true }, (c, i) => {
          c.border = border;
          const fmt = t.columns[i - 1]?.format;
          if (fmt && typeof c.value === 'number' && numFmt[fmt]) c.numFmt = numFmt[fmt]!;
          if (typeof c.value === 'string' && c.value.length > 20)
            c.alignment = { wrapText: true, vertical: 'top' };
        });
      };
      for (const r of t.rows) add(r);
      if (t.total) add(t.total, true);
      t.columns.forEach((c, i) => {
        widths[i] = Math.max(widths[i] ?? 10, c.width ?? Math.min(40, Math.max(10, c.header.length * 2 + 2)));
      });
    }
    ws.columns.forEach((col, i) => {
      col.width = widths[i] ?? 10;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
};

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
