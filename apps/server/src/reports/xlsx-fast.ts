import type { Cell, ColumnFormat, SheetSpec, Table } from './xlsx.js';
import { DeflatingSink, zip } from './zip.js';

/**
 * The report workbooks written straight as SpreadsheetML (ECMA-376 part 1, §18): exceljs builds
 * an object per cell and took 3.5 s for one property's month of the contact register (issue 8
 * item 8: ≤ 1 s). Same layout and look as the exceljs version it replaces: merged title and
 * scope line, bold captions, grey bordered header, bordered cells, number formats per column,
 * wrapped long text, bold totals, column widths.
 */

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// XML 1.0 forbids most C0 controls and U+FFFE/FFFF; CR would be read back as LF. Those become
// Excel's _xHHHH_ escapes, and a literal "_xHHHH_" keeps its "_" as _x005F_ (§22.9.2.19).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape
const SPECIAL = /[&<>"\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;
const NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeOne = (c: string) =>
  NAMED[c] ?? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
export const xmlText = (s: string) => s.replace(SPECIAL, escapeOne);
// Strings are written inline (no lookup table to build: the register is mostly unique text),
// except the empty string and those needing an _xHHHH_ escape: readers such as exceljs decode
// those only in the shared-string table, and an empty inline string reads back as no value.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that need _xHHHH_
const NEEDS_SST = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;
const PRESERVE = /^\s|\s$|\n/;

/** Column letters: 1 → A, 27 → AA. */
export const columnName = (n: number): string => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

// Built-in ids for '0' and '#,##0.00'; the others are custom (ids from 164).
const NUM_FMT: Record<ColumnFormat, number> = { int: 1, yuan: 4, percent: 164, decimal: 165, text: 0 };
const CUSTOM_FMTS =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>';
const FONT = '<sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>';
const FONTS = `<fonts count="3"><font>${FONT}</font><font><b/>${FONT}</font><font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>`;
const FILLS =
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEFEFEF"/><bgColor indexed="64"/></patternFill></fill></fills>';
const SIDES = ['left', 'right', 'top', 'bottom'];
const BORDERS = `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${SIDES.map((s) => `<${s} style="thin"><color indexed="64"/></${s}>`).join('')}<diagonal/></border></borders>`;
const ALIGN = {
  none: '',
  title: '<alignment horizontal="center"/>',
  header: '<alignment horizontal="center" vertical="center" wrapText="1"/>',
  wrap: '<alignment vertical="top" wrapText="1"/>',
};
type Xf = { fmt: number; font: 0 | 1 | 2; fill: 0 | 2; border: 0 | 1; align: keyof typeof ALIGN };

/** The cell formats a workbook uses, each once (cellXfs index 0 is the plain cell). */
class Styles {
  private readonly ids = new Map<string, number>([['0,0,0,0,none', 0]]);
  private readonly xfs: Xf[] = [{ fmt: 0, font: 0, fill: 0, border: 0, align: 'none' }];
  id(x: Xf): number {
    const key = `${x.fmt},${x.font},${x.fill},${x.border},${x.align}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.xfs.push(x) - 1;
      this.ids.set(key, id);
    }
    return id;
  }
  xml(): string {
    const xf = (x: Xf) =>
      `<xf numFmtId="${x.fmt}" fontId="${x.font}" fillId="${x.fill}" borderId="${x.border}" xfId="0"${x.fmt ? ' applyNumberFormat="1"' : ''}${x.font ? ' applyFont="1"' : ''}${x.fill ? ' applyFill="1"' : ''}${x.border ? ' applyBorder="1"' : ''}${x.align === 'none' ? '/>' : ` applyAlignment="1">${ALIGN[x.align]}</xf>`}`;
    return `${HEAD}<styleSheet xmlns="${NS}">${CUSTOM_FMTS}${FONTS}${FILLS}${BORDERS}<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${this.xfs.length}">${this.xfs.map(xf).join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;
  id(s: string): number {
    this.count++;
    let id = this.index.get(s);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(s, id);
    }
    return id;
  }
  xml(): string {
    const out = [`${HEAD}<sst xmlns="${NS}" count="${this.count}" uniqueCount="${this.index.size}">`];
    for (const s of this.index.keys())
      out.push(
        /^\s|\s$|\n/.test(s)
          ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>`
          : `<si><t>${xmlText(s)}</t></si>`,
      );
    out.push('</sst>');
    return out.join('');
  }
}

/** The three looks of a table cell in one column: number, text (or empty), long text. */
type ColumnXfs = { num: number; text: number; long: number };

const sheetXml = (spec: SheetSpec, scopeLine: string, styles: Styles, sst: SharedStrings, index: number) => {
  const width = Math.max(1, ...spec.tables.map((t) => t.columns.length));
  const letters = Array.from({ length: width }, (_, i) => columnName(i + 1));
  const widths = new Array<number>(width).fill(10);
  let rowCount = 2;
  for (const t of spec.tables) {
    rowCount += (t.caption ? 3 : 2) + t.rows.length + (t.total ? 1 : 0);
    t.columns.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 10, c.width ?? Math.min(40, Math.max(10, c.header.length * 2 + 2)));
    });
  }
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const out = new DeflatingSink();
  out.add(
    `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}"><dimension ref="A1:${letters[width - 1]}${rowCount}"/><sheetViews><sheetView workbookViewId="0"${index === 0 ? ' tabSelected="1"' : ''}/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`,
  );

  let r = 0;
  const cellXml = (i: number, v: Cell, s: number) => {
    const ref = `${letters[i] ?? columnName(i + 1)}${r}`;
    const st = s ? ` s="${s}"` : '';
    if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${st}><v>${v}</v></c>`;
    if (typeof v !== 'string') return s ? `<c r="${ref}"${st}/>` : '';
    if (v === '' || NEEDS_SST.test(v)) return `<c r="${ref}"${st} t="s"><v>${sst.id(v)}</v></c>`;
    const x = v.replace(SPECIAL, escapeOne);
    return PRESERVE.test(v)
      ? `<c r="${ref}"${st} t="inlineStr"><is><t xml:space="preserve">${x}</t></is></c>`
      : `<c r="${ref}"${st} t="inlineStr"><is><t>${x}</t></is></c>`;
  };
  // Each row goes to bytes (and on to deflate) at once: holding 80,000 row strings until the end cost more in
  // garbage collection than building them. A row's own style (exceljs's row.font) reaches the
  // cells right of the table too.
  const line = (cells: string, s = 0) => {
    if (s) out.add(`<row r="${r}" s="${s}" customFormat="1">${cells}</row>`);
    else if (cells) out.add(`<row r="${r}">${cells}</row>`);
  };
  const one = (text: string, s: number) => {
    r++;
    line(cellXml(0, text, s), s);
  };
  const dataRow = (cells: Cell[], xfs: ColumnXfs[], rowStyle = 0) => {
    r++;
    let s = '';
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i] ?? null;
      const x = xfs[i] ?? { num: 0, text: 0, long: 0 };
      s += cellXml(
        i,
        v,
        typeof v === 'number' ? x.num : typeof v === 'string' && v.length > 20 ? x.long : x.text,
      );
    }
    line(s, rowStyle);
  };

  const bold = styles.id({ fmt: 0, font: 1, fill: 0, border: 0, align: 'none' });
  one(spec.title, styles.id({ fmt: 0, font: 2, fill: 0, border: 0, align: 'title' }));
  one(scopeLine, 0);
  const header = styles.id({ fmt: 0, font: 1, fill: 2, border: 1, align: 'header' });
  for (const t of spec.tables) {
    r++; // a blank row between tables
    if (t.caption) one(t.caption, bold);
    r++;
    line(t.columns.map((c, i) => cellXml(i, c.header, header)).join(''), bold);
    const plain = columnXfs(t, styles, 0);
    for (const row of t.rows) dataRow(row, plain);
    if (t.total) dataRow(t.total, columnXfs(t, styles, 1), bold);
  }

  const merges =
    width > 1
      ? `<mergeCells count="2"><mergeCell ref="A1:${letters[width - 1]}1"/><mergeCell ref="A2:${letters[width - 1]}2"/></mergeCells>`
      : '';
  out.add(
    `</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  return out.entry(`xl/worksheets/sheet${index + 1}.xml`);
};

/** Bordered cells; numbers in the column's format; text over 20 characters wrapped at the top. */
const columnXfs = (t: Table, styles: Styles, font: 0 | 1): ColumnXfs[] => {
  const n = Math.max(t.columns.length, t.total?.length ?? 0, ...t.rows.map((r) => r.length));
  return Array.from({ length: n }, (_, i) => {
    const fmt = NUM_FMT[t.columns[i]?.format ?? 'text'];
    return {
      num: styles.id({ fmt, font, fill: 0, border: 1, align: 'none' }),
      text: styles.id({ fmt: 0, font, fill: 0, border: 1, align: 'none' }),
      long: styles.id({ fmt: 0, font, fill: 0, border: 1, align: 'wrap' }),
    };
  });
};

/** The .xlsx package of the sheets; `scopeLine` is the line under every title. */
export const writeWorkbook = (sheets: SheetSpec[], scopeLine: string, now = new Date()): Buffer => {
  const styles = new Styles();
  const sst = new SharedStrings();
  const files = sheets.map((s, i) => sheetXml(s, scopeLine, styles, sst, i));
  const sheetList = sheets
    .map((s, i) => `<sheet name="${xmlText(s.name.slice(0, 31))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const ids = sheets.length;
  const ct = 'application/vnd.openxmlformats-officedocument';
  const stamp = `${now.toISOString().slice(0, 19)}Z`;
  const text = (name: string, xml: string) => ({ name, data: Buffer.from(xml, 'utf8') });
  return zip(
    [
      text(
        '[Content_Types].xml',
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="${ct}.package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.spreadsheetml.sheet.main+xml"/>${files.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="${ct}.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/></Types>`,
      ),
      text(
        '_rels/.rels',
        `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
      ),
      text(
        'docProps/core.xml',
        `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>PropDesk</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
      ),
      text(
        'docProps/app.xml',
        `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>PropDesk</Application></Properties>`,
      ),
      text(
        'xl/workbook.xml',
        `${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets></workbook>`,
      ),
      text(
        'xl/_rels/workbook.xml.rels',
        `${HEAD}<Relationships xmlns="${PKG_REL}">${files.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${ids + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${ids + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      ...files,
      text('xl/styles.xml', styles.xml()),
      text('xl/sharedStrings.xml', sst.xml()),
    ],
    now,
  );
};
