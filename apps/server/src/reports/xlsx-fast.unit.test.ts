import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Cell, SheetSpec } from './xlsx.js';
import { columnName, writeWorkbook, xmlText } from './xlsx-fast.js';

/** The hand-written .xlsx writer (issue 8 item 8: every monthly report ≤ 1 s), read back by exceljs. */

const readBack = async (buf: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
};
const tricky = [
  'A & B <栋> "3" > 2',
  'ctl\u0001\u0008\u000b\u000c\u001f end',
  'cr\r\nlf\ttab',
  '_x0041_ stays literal',
  '  leading and trailing  ',
  '',
];

describe('xlsx-fast', () => {
  it('escapes markup and the control characters XML 1.0 forbids', () => {
    expect(xmlText('a&b<c>d"e')).toBe('a&amp;b&lt;c&gt;d&quot;e');
    expect(xmlText('x\u0001\u000b\ry\n\tz')).toBe('x_x0001__x000B__x000D_y\n\tz');
    expect(xmlText('_x0041_ and _x12')).toBe('_x005F_x0041_ and _x12');
    expect(columnName(1) + columnName(26) + columnName(27) + columnName(703)).toBe('AZAAAAA');
  });

  it('every string comes back exactly, numbers stay numbers, text that looks like a number stays text', async () => {
    const sheets: SheetSpec[] = [
      {
        name: '测试',
        title: 'Title & <co>',
        tables: [
          {
            columns: [
              { header: '文本', format: 'text' },
              { header: '数', format: 'int' },
              { header: '占比', format: 'percent' },
              { header: '金额', format: 'yuan' },
            ],
            rows: tricky.map((s, i) => [s, i, i / 8, i * 1.25]),
            total: ['合计', '12', null, -0.01],
          },
        ],
      },
    ];
    const ws = (await readBack(writeWorkbook(sheets, 'scope "line"'))).worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('Title & <co>');
    expect(ws.getCell('A2').value).toBe('scope "line"');
    tricky.forEach((s, i) => {
      const row = ws.getRow(5 + i);
      expect(row.getCell(1).value).toBe(s);
      expect(row.getCell(2).value).toBe(i);
      expect(row.getCell(2).numFmt).toBe('0');
      expect(row.getCell(3).value).toBe(i / 8);
      expect(row.getCell(3).numFmt).toBe('0.0%');
      expect(row.getCell(4).numFmt).toBe('#,##0.00');
    });
    const total = ws.getRow(5 + tricky.length);
    expect(total.getCell(2).value).toBe('12');
    expect(total.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(total.getCell(3).value).toBeNull();
    expect(total.getCell(3).border?.top?.style).toBe('thin');
    expect(total.getCell(4).value).toBe(-0.01);
    expect(total.getCell(1).font?.bold).toBe(true);
    expect(ws.getRow(5).getCell(1).font?.bold).toBeFalsy();
  });

  it('a 10,000-row sheet reads back cell for cell, with title merge, header, total and widths', async () => {
    const rows: Cell[][] = Array.from({ length: 10_000 }, (_, i) => [
      `2026-10-${String((i % 31) + 1).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:15`,
      ['来电', '来访', '来函'][i % 3]!,
      i % 11 ? `住户${i % 97}` : '',
      i % 13 ? `${(i % 20) + 1}-${(i % 6) + 1}-${100 + (i % 40)}` : null,
      i * 3.5,
      `第${i}条：厨房水管漏水，已派维修工上门处理 & 回访 <满意>${i % 5 ? '' : '\n次日复查'}`,
      // about 9 MB of sheet XML in all: the sheet is deflated in several 4 MB pieces
      `${'长'.repeat(300)}${i}`,
    ]);
    const sheets: SheetSpec[] = [
      {
        name: '信息登记表',
        title: '相关方(来电、来函、来访)信息登记表',
        tables: [
          {
            caption: '明细',
            columns: [
              { header: '日期/时间', format: 'text', width: 18 },
              { header: '来电/来访/来函', format: 'text', width: 12 },
              { header: '姓名', format: 'text' },
              { header: '房号', format: 'text', width: 16 },
              { header: '金额', format: 'yuan' },
              { header: '内容', format: 'text', width: 40 },
              { header: '备注', format: 'text' },
            ],
            rows,
            total: ['合计', null, null, null, 12345.67, null, null],
          },
        ],
      },
    ];
    const ws = (await readBack(writeWorkbook(sheets, '项目：一期'))).worksheets[0]!;
    expect(ws.name).toBe('信息登记表');
    expect(ws.getCell('G1').master.address).toBe('A1');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.size).toBe(14);
    expect(ws.getCell('G2').master.address).toBe('A2');
    expect(ws.getCell('A4').value).toBe('明细');
    expect(ws.getRow(5).values).toEqual([
      undefined,
      '日期/时间',
      '来电/来访/来函',
      '姓名',
      '房号',
      '金额',
      '内容',
      '备注',
    ]);
    expect(ws.getCell('C5').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFEFEFEF' } });
    expect([1, 2, 3, 4, 5, 6].map((i) => ws.getColumn(i).width)).toEqual([18, 12, 10, 16, 10, 40]);
    let mismatches = 0;
    rows.forEach((r, i) => {
      const got = ws.getRow(6 + i);
      r.forEach((v, c) => {
        if (got.getCell(c + 1).value !== v) mismatches++;
      });
      if (got.getCell(6).alignment?.wrapText !== true) mismatches++;
    });
    expect(mismatches).toBe(0);
    const total = ws.getRow(6 + rows.length);
    expect(total.getCell(5).value).toBe(12345.67);
    expect(total.getCell(5).font?.bold).toBe(true);
    expect(ws.rowCount).toBe(6 + rows.length);
  });
});
