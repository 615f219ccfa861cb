import { describe, expect, it } from 'vitest';
import {
  isValidResidentId,
  parseIdNumber,
  parseImportDate,
  parsePhones,
  parseWholeNumber,
  parseYuanToCents,
} from './import-cells.js';
import { type SheetRow, templateHeaders } from './import-columns.js';
import { isSamePerson, type ParsedImport, validateImport } from './imports.js';

const TODAY = '2026-11-23';
const sheet = (...rows: string[][]): SheetRow[] => rows.map((cells, i) => ({ row: i + 1, cells }));
const parsed = <K extends 'rooms' | 'people' | 'arrears'>(kind: K, rows: SheetRow[]) => {
  const r = validateImport(kind, rows, { today: TODAY });
  if (!r.ok) throw new Error(r.message);
  return r as ParsedImport<K>;
};
// A valid resident ID built with the GB 11643 check character.
const VALID_ID = '11010519491231002X';

describe('import cell readers (issue 2 item 5)', () => {
  it.each([
    ['13800138000', ['13800138000']],
    ['13800138000/13900139000', ['13800138000', '13900139000']],
    ['13800138000；13900139000', ['13800138000', '13900139000']],
    ['13800138000, 13800138000', ['13800138000']],
    ['+86 138 0013 8000', ['13800138000']],
    ['020-8888 6600', ['02088886600']],
    ['13800138000 13900139000', ['13800138000', '13900139000']],
  ])('reads phones %s (several numbers separated by / or ；)', (raw, expected) => {
    expect(parsePhones(raw)).toEqual({ ok: true, value: expected });
  });

  it('refuses a 7-digit number starting with 1 as a mobile and names it', () => {
    expect(parsePhones('1380013')).toEqual({ ok: false, reason: '“1380013”格式不正确' });
    expect(parsePhones('13800138000/12345')).toMatchObject({ ok: false, reason: '“12345”格式不正确' });
  });

  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024.3.1', '2024-03-01'],
    ['2024年3月1日', '2024-03-01'],
    ['20240301', '2024-03-01'],
    ['45352', '2024-03-01'],
  ])('reads the date %s', (raw, expected) => {
    expect(parseImportDate(raw, TODAY)).toEqual({ ok: true, value: expected });
  });

  it('refuses impossible and future dates', () => {
    expect(parseImportDate('2024-02-30', TODAY).ok).toBe(false);
    expect(parseImportDate('2026-11-24', TODAY)).toEqual({ ok: false, reason: '晚于今天' });
    expect(parseImportDate('昨天', TODAY).ok).toBe(false);
  });

  it.each([
    ['1234.5', 123450],
    ['¥1,234.56', 123456],
    ['1234.56元', 123456],
    ['0', 0],
    ['1234.5600000000002', 123456],
  ])('reads yuan %s as cents without float drift', (raw, cents) => {
    expect(parseYuanToCents(raw)).toEqual({ ok: true, value: cents });
  });

  it('refuses negative amounts and fractions of a cent', () => {
    expect(parseYuanToCents('-5').ok).toBe(false);
    expect(parseYuanToCents('1.234').ok).toBe(false);
  });

  it('reads months owed with a unit', () => {
    expect(parseWholeNumber('3个月', { min: 0, max: 600, unit: /个?月$/ })).toEqual({ ok: true, value: 3 });
    expect(parseWholeNumber('2.5', { min: 0, max: 600 }).ok).toBe(false);
  });

  it('masks an ID number on import and never echoes it in clear (DOMAIN.md §2, maskIdNumber)', () => {
    expect(isValidResidentId(VALID_ID)).toBe(true);
    expect(parseIdNumber(VALID_ID)).toEqual({ ok: true, value: '1101**********002X' });
    const typo = `${VALID_ID.slice(0, 17)}5`;
    const bad = parseIdNumber(typo);
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).not.toContain(typo);
    expect(parseIdNumber('1101**********002X')).toEqual({ ok: true, value: '1101**********002X' });
    expect(parseIdNumber('E12345678')).toEqual({ ok: true, value: 'E123*5678' });
    expect(parseIdNumber('E123*5678')).toEqual({ ok: true, value: 'E123*5678' });
    expect(parseIdNumber('4.40106E+17')).toMatchObject({ ok: false });
  });
});

describe('validateImport: people (issue 2 item 5)', () => {
  const header = ['楼栋', '单元', '房号', '姓名', '身份', '手机号', '证件号', '入住日期'];

  it('reads good rows and reports every bad row with its spreadsheet row number and a Chinese reason', () => {
    const r = parsed(
      'people',
      sheet(
        header,
        ['3', '2', '501', '张三', '业主', '13800138000/13900139000', VALID_ID, '2020-05-01'],
        ['3', '2', '502', '李四', '租户', '1380013', '', ''],
        ['', '', '3-2-503', '王五', '家属', '', '', ''],
        ['3', '2', '504', '赵六', '邻居', '13700137000', '', ''],
      ),
    );
    expect(r.totalRows).toBe(4);
    expect(r.records.map((x) => x.row)).toEqual([2, 4]);
    expect(r.records[0]).toMatchObject({
      building: '3',
      unit: '2',
      room: '501',
      relation: 'owner',
      phones: ['13800138000', '13900139000'],
      idNumberMasked: '1101**********002X',
      startDate: '2020-05-01',
    });
    expect(r.records[1]).toMatchObject({ room: '503', relation: 'family', startDate: TODAY, phones: [] });
    expect(r.errors).toEqual([
      { row: 3, column: '手机号', message: '第 3 行：手机号“1380013”格式不正确' },
      { row: 5, column: '身份', message: '第 5 行：身份“邻居”无法识别（应为 业主、租户 或 家属）' },
    ]);
  });

  it('the preview sample shows an ID number only masked', () => {
    const r = parsed('people', sheet(header, ['3', '2', '501', '张三', '业主', '', VALID_ID, '']));
    expect(r.sample[0]?.values.证件号).toBe('1101**********002X');
  });

  it('accepts the room as one column (3-2-501) and front-desk header names, after a title row', () => {
    const r = parsed(
      'people',
      sheet(
        ['华苑小区住户信息表'],
        ['房号', '业主姓名', '类型', '联系电话'],
        ['3栋2单元501', '张三', '业主', '13800138000'],
      ),
    );
    expect(r.headerRow).toBe(2);
    expect(r.records[0]).toMatchObject({
      building: '3',
      unit: '2',
      room: '501',
      name: '张三',
      phones: ['13800138000'],
    });
  });

  it('a person with the same name and phone in the same room is imported once (row warning)', () => {
    const r = parsed(
      'people',
      sheet(
        header,
        ['3', '2', '501', '张三', '业主', '13800138000', '', ''],
        ['3', '2', '501', '张三', '业主', '13900139000/13800138000', '', ''],
        ['3', '2', '502', '张三', '业主', '13800138000', '', ''],
      ),
    );
    expect(r.records.map((x) => x.row)).toEqual([2, 4]);
    expect(r.warnings).toEqual([
      { row: 3, column: null, message: '第 3 行：与第 2 行是同一人（同房号、姓名、电话），跳过' },
    ]);
    expect(isSamePerson({ name: '张三', phones: [] }, { name: '张三', phones: [] })).toBe(true);
    expect(isSamePerson({ name: '张三', phones: ['1'] }, { name: '张三', phones: ['2'] })).toBe(false);
  });

  it('refuses a file without the required headers, naming them', () => {
    const r = validateImport('people', sheet(['房号', '手机号'], ['3-2-501', '13800138000']), {
      today: TODAY,
    });
    expect(r).toMatchObject({ ok: false, details: { missing: ['姓名', '身份'] } });
    expect(r.ok === false && r.message).toContain('缺少必需的列：姓名、身份');
  });

  it('refuses a file with only a header', () => {
    expect(validateImport('people', sheet(header, ['', '']), { today: TODAY })).toMatchObject({
      ok: false,
      message: '文件中没有数据行',
    });
  });

  it('template headers are what the importer reads', () => {
    const r = parsed(
      'people',
      sheet(templateHeaders('people'), ['3', '2', '501', '张三', '业主', '', '', '', '']),
    );
    expect(r.records).toHaveLength(1);
  });
});

describe('validateImport: rooms and arrears (issue 2 item 5)', () => {
  it('rooms: derives the floor from the room number when not given; repeated rooms are skipped', () => {
    const r = parsed(
      'rooms',
      sheet(
        ['楼栋', '单元', '房号', '楼层', '建筑面积（㎡）'],
        ['3', '2', '501', '', '89.5'],
        ['3', '2', '501', '', ''],
        ['A', '', '1203', '12F', ''],
      ),
    );
    expect(r.records).toEqual([
      { row: 2, building: '3', unit: '2', room: '501', floor: 5, areaM2: 89.5 },
      { row: 4, building: 'A', unit: null, room: '1203', floor: 12, areaM2: null },
    ]);
    expect(r.warnings[0]?.message).toBe('第 3 行：房号 3-2-501 与第 2 行重复，跳过');
  });

  it('arrears: yuan to cents, as-of date defaults to today, a room given twice is an error', () => {
    const r = parsed(
      'arrears',
      sheet(
        ['房号', '欠费月数', '欠费金额（元）', '截止日期'],
        ['3-2-501', '3', '1,234.50', '2026-10-31'],
        ['3-2-502', '0', '0', ''],
        ['3-2-501', '1', '100', ''],
        ['3-2-503', '2', '0', ''],
      ),
    );
    expect(r.records).toEqual([
      {
        row: 2,
        building: '3',
        unit: '2',
        room: '501',
        monthsOwed: 3,
        amountCents: 123450,
        asOf: '2026-10-31',
      },
      { row: 3, building: '3', unit: '2', room: '502', monthsOwed: 0, amountCents: 0, asOf: TODAY },
    ]);
    expect(r.errors.map((e) => e.message)).toEqual([
      '第 4 行：房号 3-2-501 与第 2 行重复',
      '第 5 行：欠费月数“2”与欠费金额“0.00”不符（应同时为 0 或同时大于 0）',
    ]);
  });
});
