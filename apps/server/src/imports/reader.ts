import { type ImportKind, MAX_IMPORT_ROWS, resolveHeader, type SheetRow } from '@propdesk/domain';
import ExcelJS from 'exceljs';
import { AppError } from '../kernel/errors.js';
import { parseCsv, sniffDelimiter } from './csv.js';

export type SheetFile = { format: 'xlsx' | 'csv'; encoding: string | null; rows: SheetRow[] };

const invalid = (message: string) => new AppError('IMPORT_INVALID', { message });

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/** A cell of exceljs as the text a person sees; dates as YYYY-MM-DD. */
export const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
};

const readXlsx = async (buf: Buffer, kind: ImportKind): Promise<SheetRow[]> => {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw invalid('无法读取该 Excel 文件（文件可能已损坏或不是 .xlsx），请在 Excel 中另存为 .xlsx 后重试');
  }
  const sheets: SheetRow[][] = [];
  for (const ws of wb.worksheets) {
    // A sheet far over the limit is refused before it is copied row by row.
    if (ws.actualRowCount > MAX_IMPORT_ROWS + 10)
      throw invalid(`数据行数超过上限 ${MAX_IMPORT_ROWS}，请拆分文件后分批导入`);
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    sheets.push(rows);
  }
  // The first sheet that carries the template's header; a template's 填写说明 sheet is skipped.
  return sheets.find((rows) => resolveHeader(kind, rows).ok) ?? sheets[0] ?? [];
};

const decodeText = (buf: Buffer): { text: string; encoding: string } => {
  if (startsWith(buf, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(buf, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(buf, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  if (buf.subarray(0, 8192).includes(0)) throw invalid('无法识别的文件格式，请上传 .xlsx 或 .csv 文件');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // Excel in a Chinese locale saves "CSV" as GBK; GB 18030 is its superset and Node's ICU has it.
    return { text: new TextDecoder('gb18030').decode(buf), encoding: 'gb18030' };
  }
};

/**
 * Reads an uploaded archive file. The type comes from the content, never the file name:
 * an .xlsx is a zip (PK header); anything else must be text (CSV in UTF-8 with or without
 * BOM, GBK/GB 18030, or UTF-16 "Unicode text" with tabs).
 */
export const readSheetFile = async (buf: Buffer, kind: ImportKind): Promise<SheetFile> => {
  if (buf.length === 0) throw invalid('上传的文件是空的');
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]))
    return { format: 'xlsx', encoding: null, rows: await readXlsx(buf, kind) };
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0]))
    throw invalid('不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或“CSV UTF-8”后再上传');
  const { text, encoding } = decodeText(buf);
  const records = parseCsv(text, sniffDelimiter(text));
  return { format: 'csv', encoding, rows: records.map((cells, i) => ({ row: i + 1, cells })) };
};
