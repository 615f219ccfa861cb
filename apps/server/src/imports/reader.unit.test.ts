import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from './csv.js';
import { cellText, readSheetFile } from './reader.js';

describe('CSV as Excel writes it (issue 2 item 5)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks; CRLF or LF', () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\n"two\nlines",x\ny,z')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['two\nlines', 'x'],
      ['y', 'z'],
    ]);
  });

  it('keeps empty trailing fields and picks tab or comma from the header line', () => {
    expect(parseCsv('a,,\n')).toEqual([['a', '', '']]);
    expect(sniffDelimiter('房号\t姓名\t身份\n3-2-501\t张三\t业主')).toBe('\t');
    expect(sniffDelimiter('房号,姓名')).toBe(',');
  });
});

describe('reading an upload by its content', () => {
  it('reads UTF-16 "Unicode text" (tab-separated) as Excel saves it', async () => {
    const text = '房号\t姓名\r\n3-2-501\t张三\r\n';
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const file = await readSheetFile(buf, 'people');
    expect(file).toMatchObject({ format: 'csv', encoding: 'utf-16le' });
    expect(file.rows[1]).toEqual({ row: 2, cells: ['3-2-501', '张三'] });
  });

  it('refuses an empty file', async () => {
    await expect(readSheetFile(Buffer.alloc(0), 'rooms')).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      message: '上传的文件是空的',
    });
  });

  it('turns exceljs cell values into the text a person sees', () => {
    expect(cellText(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01');
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三');
    expect(cellText({ formula: 'A1*2', result: 1234.5 } as never)).toBe('1234.5');
    expect(cellText({ text: '链接', hyperlink: 'http://x' })).toBe('链接');
    expect(cellText(null)).toBe('');
  });
});
