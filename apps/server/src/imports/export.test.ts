import fs from 'node:fs';
import path from 'node:path';
import { templateHeaders } from '@propdesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitAndWait,
  download,
  PEOPLE_HEADER,
  readXlsx,
  upload,
  VALID_ID,
  xlsxFile,
} from '../../test/fixtures/import-files.js';
import { type Client, createTestContext, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const importFile = async (client: Client, propertyId: number, kind: string, data: Buffer) => {
  const res = await upload(ctx, client, { propertyId, kind, data });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const done = await commitAndWait(ctx, client, res.body.id);
  expect(done.body.status, JSON.stringify(done.body)).toBe('done');
  return done.body;
};

const exportOf = async (client: Client, kind: string, propertyId: number, query = '') => {
  const res = await download(
    ctx,
    client,
    `/api/imports/export/${kind}.xlsx?propertyId=${propertyId}${query}`,
  );
  expect(res.status, res.raw.slice(0, 200)).toBe(200);
  return res;
};

describe('archive export (issue 2 item 5)', () => {
  it('export → re-import into another property yields the same rows; re-import into the same one adds nothing', async () => {
    const a = await ctx.property();
    const b = await ctx.property();
    const client = await ctx.as(['manager'], [a, b]);
    await importFile(
      client,
      a,
      'rooms',
      await xlsxFile([
        ['楼栋', '单元', '房号', '楼层', '建筑面积（㎡）'],
        ['3', '2', '501', 5, 89.5],
        ['3', '2', '502', '', ''],
        ['A', '', '1203', '', 120.25],
      ]),
    );
    await importFile(
      client,
      a,
      'people',
      await xlsxFile([
        PEOPLE_HEADER,
        ['3', '2', '501', '张三', '业主', '13800138000/13900139000', VALID_ID, '2020-05-01', ''],
        ['3', '2', '501', '李四', '家属', '', '', '2020-05-01', '张三之妻, "小李"'],
        ['3', '2', '502', '王五', '租户', '02088886600', 'E12345678', '2023-07-15', ''],
        ['A', '', '1203', '赵六', '业主', '13600136000', '', '2019-01-02', ''],
      ]),
    );
    await importFile(
      client,
      a,
      'arrears',
      await xlsxFile([
        ['房号', '欠费月数', '欠费金额', '截止日期'],
        ['3-2-501', 3, '1234.56', '2026-10-31'],
        ['A-1203', 1, 0.1, '2026-10-31'],
      ]),
    );

    for (const kind of ['rooms', 'people', 'arrears'] as const) {
      const fromA = await exportOf(client, kind, a);
      expect(fromA.headers['content-type']).toContain('spreadsheetml');
      expect(String(fromA.headers['content-disposition'])).toContain(`filename*=UTF-8''`);
      const rowsA = (await readXlsx(fromA.data)).rows;
      expect(rowsA[0]).toEqual(templateHeaders(kind));
      await importFile(client, b, kind, fromA.data);
      const rowsB = (await readXlsx((await exportOf(client, kind, b)).data)).rows;
      expect(rowsB).toEqual(rowsA);
    }
    const people = (await readXlsx((await exportOf(client, 'people', a)).data)).rows;
    expect(people.slice(1)).toEqual([
      ['3', '2', '501', '张三', '业主', '13800138000/13900139000', '1101**********002X', '2020-05-01', ''],
      ['3', '2', '501', '李四', '家属', '', '', '2020-05-01', '张三之妻, "小李"'],
      ['3', '2', '502', '王五', '租户', '02088886600', 'E123*5678', '2023-07-15', ''],
      ['A', '', '1203', '赵六', '业主', '13600136000', '', '2019-01-02', ''],
    ]);
    const arrears = (await readXlsx((await exportOf(client, 'arrears', a)).data)).rows;
    expect(arrears.slice(1)).toEqual([
      ['3', '2', '501', '3', '1234.56', '2026-10-31'],
      ['A', '', '1203', '1', '0.1', '2026-10-31'],
    ]);

    const again = await upload(ctx, client, {
      propertyId: a,
      kind: 'people',
      data: (await exportOf(client, 'people', a)).data,
    });
    expect(again.body).toMatchObject({ validRows: 0, skippedRows: 4 });
  });

  it('people export has current occupancies by default; scope=all adds moved-out ones with 迁出日期, which are not re-imported', async () => {
    const p = await ctx.property();
    const client = await ctx.as(['supervisor'], [p]);
    await importFile(
      client,
      p,
      'people',
      await xlsxFile([
        PEOPLE_HEADER,
        ['1', '1', '101', '甲', '业主', '', '', '2020-01-01', ''],
        ['1', '1', '102', '乙', '租户', '', '', '2020-01-01', ''],
      ]),
    );
    await ctx.db
      .updateTable('occupancies')
      .set({ endDate: '2024-06-30', endKind: 'move_out' })
      .where('propertyId', '=', p)
      .where('relation', '=', 'tenant')
      .execute();
    expect((await readXlsx((await exportOf(client, 'people', p)).data)).rows.map((r) => r[3])).toEqual([
      '姓名',
      '甲',
    ]);
    const all = await exportOf(client, 'people', p, '&scope=all');
    const rows = (await readXlsx(all.data)).rows;
    expect(rows[0]?.at(-1)).toBe('迁出日期');
    expect(rows.map((r) => [r[3], r.at(-1)])).toEqual([
      ['姓名', '迁出日期'],
      ['甲', ''],
      ['乙', '2024-06-30'],
    ]);
    const q = await ctx.property();
    const re = await upload(ctx, await ctx.as(['supervisor'], [q]), {
      propertyId: q,
      kind: 'people',
      data: all.data,
    });
    expect(re.body).toMatchObject({ validRows: 1, skippedRows: 1 });
    expect(re.body.warnings[0].message).toBe('第 3 行：已迁出的记录不导入，跳过');
  });

  it('templates: the .xlsx has the import header and a 填写说明 sheet; the .csv has a BOM; an untouched template has no data rows', async () => {
    const p = await ctx.property();
    const client = await ctx.as(['assistant'], [p]);
    for (const kind of ['rooms', 'people', 'arrears'] as const) {
      const res = await download(ctx, client, `/api/imports/templates/${kind}.xlsx`);
      expect(res.status).toBe(200);
      const book = await readXlsx(res.data);
      expect(book.rows).toEqual([templateHeaders(kind)]);
      expect(book.sheetNames).toContain('填写说明');
      const csv = await download(ctx, client, `/api/imports/templates/${kind}.csv`);
      expect(csv.data.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(csv.data.toString('utf8').slice(1).trim()).toBe(templateHeaders(kind).join(','));
      const empty = await upload(ctx, client, { propertyId: p, kind, data: res.data });
      expect(empty.body.error).toMatchObject({ code: 'IMPORT_INVALID', message: '文件中没有数据行' });
    }
    expect((await download(ctx, client, '/api/imports/templates/cars.xlsx')).status).toBe(400);
  });
});

describe('browser-test fixtures (e2e/fixtures)', () => {
  const dir = path.resolve(import.meta.dirname, '../../../../e2e/fixtures');
  it.each(['people-one-bad-row.xlsx', 'people-one-bad-row.csv'])(
    '%s previews with exactly one bad row: row 4, the phone 1380013',
    async (name) => {
      const p = await ctx.property();
      const client = await ctx.as(['assistant'], [p]);
      const res = await upload(ctx, client, {
        propertyId: p,
        kind: 'people',
        data: fs.readFileSync(path.join(dir, name)),
        filename: name,
      });
      expect(res.body).toMatchObject({ totalRows: 5, validRows: 4, errorRows: 1 });
      expect(res.body.errors).toEqual([
        { row: 4, column: '手机号', message: '第 4 行：手机号“1380013”格式不正确' },
      ]);
    },
  );
});
