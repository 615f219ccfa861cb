import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitAndWait,
  csvFile,
  GBK_PEOPLE_CSV,
  GOOD_PEOPLE,
  peopleOf,
  upload,
  VALID_ID,
  VALID_ID_MASKED,
  xlsxFile,
} from '../../test/fixtures/import-files.js';
import { createTestContext, type TestContext, tableCounts } from '../../test/harness.js';
import { listHistory, verifyHistory } from '../history/history.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const setup = async () => {
  const propertyId = await ctx.property();
  const client = await ctx.as(['assistant'], [propertyId]);
  return { propertyId, client };
};

const phonesOf = async (personId: number) =>
  (
    await ctx.db
      .selectFrom('personPhones')
      .select('phone')
      .where('personId', '=', personId)
      .orderBy('id')
      .execute()
  ).map((p) => p.phone);

describe('archive import: preview and commit (issue 2 item 5)', () => {
  it('a valid .xlsx previews without writing, then commit writes rooms, people, phones and occupancies', async () => {
    const { propertyId, client } = await setup();
    const before = await tableCounts(ctx.db);
    const res = await upload(ctx, client, {
      propertyId,
      kind: 'people',
      data: await xlsxFile(GOOD_PEOPLE),
      filename: '华苑住户.xlsx',
    });
    expect(res.status).toBe(200);
    expect(res.body.filename).toBe('华苑住户.xlsx');
    expect(res.body).toMatchObject({
      status: 'previewed',
      kind: 'people',
      totalRows: 3,
      validRows: 3,
      errorRows: 0,
      skippedRows: 0,
      doneRows: 0,
      errors: [],
    });
    expect(res.body.sample).toHaveLength(3);
    expect(res.body.sample[0]).toMatchObject({
      row: 2,
      status: 'ok',
      values: { 姓名: '张三', 手机号: '13800138000/13900139000' },
    });
    const afterPreview = await tableCounts(ctx.db);
    for (const t of ['rooms', 'people', 'person_phones', 'occupancies'])
      expect(afterPreview[t]).toBe(before[t]);

    const done = await commitAndWait(ctx, client, res.body.id);
    expect(done.body).toMatchObject({
      status: 'done',
      doneRows: 3,
      summary: { roomsCreated: 2, peopleCreated: 3, skipped: 0 },
    });
    const people = await peopleOf(ctx.db, propertyId);
    expect(people.map((p) => [p.code, p.name, p.relation, p.startDate, p.startKind])).toEqual([
      ['3-2-501', '张三', 'owner', '2020-05-01', 'import'],
      ['3-2-501', '李四', 'family', '2026-11-23', 'import'],
      ['3-2-502', '王五', 'tenant', '2023-07-15', 'import'],
    ]);
    expect(people[0]!.idNumberMasked).toBe(VALID_ID_MASKED);
    expect(await phonesOf(people[0]!.id)).toEqual(['13800138000', '13900139000']);
    expect(await phonesOf(people[2]!.id)).toEqual(['13600136000', '02088886600']);
    // The clear ID number is nowhere: not in the archive, the job or the history.
    const dump =
      JSON.stringify(await ctx.db.selectFrom('importJobs').selectAll().execute()) +
      JSON.stringify(await ctx.db.selectFrom('events').select('data').execute());
    expect(dump).not.toContain(VALID_ID);
  });

  it('appends a history event per created record and per import step, and the chain verifies', async () => {
    const { propertyId, client } = await setup();
    const res = await upload(ctx, client, {
      propertyId,
      kind: 'people',
      data: await xlsxFile(GOOD_PEOPLE.slice(0, 2)),
    });
    await commitAndWait(ctx, client, res.body.id);
    const [p] = await peopleOf(ctx.db, propertyId);
    const room = await ctx.db
      .selectFrom('rooms')
      .select('id')
      .where('propertyId', '=', propertyId)
      .executeTakeFirstOrThrow();
    expect((await listHistory(ctx.db, 'person', p!.id)).map((e) => [e.action, e.reason])).toEqual([
      ['create', `批量导入 #${res.body.id}（第 2 行）`],
    ]);
    expect((await listHistory(ctx.db, 'room', room.id)).map((e) => e.action)).toEqual(['create', 'move-in']);
    expect((await listHistory(ctx.db, 'importJob', res.body.id)).map((e) => e.action)).toEqual([
      'preview',
      'commit',
      'done',
    ]);
    expect((await verifyHistory(ctx.db)).broken).toEqual([]);
  });

  it('one bad row: the preview lists exactly that row and reason; commit is refused until onlyValid', async () => {
    const { propertyId, client } = await setup();
    const rows = [
      ...GOOD_PEOPLE,
      ['3', '2', '503', '赵六', '业主', '1380013', '', '', ''],
      ['3', '2', '504', '钱七', '业主', '13500135000', '', '', ''],
    ];
    const res = await upload(ctx, client, { propertyId, kind: 'people', data: await xlsxFile(rows) });
    expect(res.body).toMatchObject({ totalRows: 5, validRows: 4, errorRows: 1 });
    expect(res.body.errors).toEqual([
      { row: 5, column: '手机号', message: '第 5 行：手机号“1380013”格式不正确' },
    ]);
    expect(res.body.sample.find((s: { row: number }) => s.row === 5).status).toBe('error');

    const before = await tableCounts(ctx.db);
    const refused = await client.post(`/api/imports/${res.body.id}/commit`, { onlyValid: false });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('IMPORT_INVALID');
    expect(await tableCounts(ctx.db)).toEqual(before);

    const done = await commitAndWait(ctx, client, res.body.id, true);
    expect(done.body).toMatchObject({
      status: 'done',
      onlyValid: true,
      doneRows: 4,
      summary: { peopleCreated: 4 },
    });
    expect((await peopleOf(ctx.db, propertyId)).map((p) => p.name)).toEqual(['张三', '李四', '王五', '钱七']);
  });

  it('reads CSV in UTF-8 with a BOM, without one, and GBK as Excel saves it in a Chinese locale', async () => {
    const { propertyId, client } = await setup();
    const rows = [
      ['房号', '姓名', '身份', '手机号'],
      ['3-2-501', '张三', '业主', '13800138000'],
    ];
    for (const data of [csvFile(rows, { bom: true }), csvFile(rows), GBK_PEOPLE_CSV]) {
      const res = await upload(ctx, client, { propertyId, kind: 'people', data, filename: 'people.csv' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ validRows: 1, errorRows: 0 });
      expect(res.body.sample[0].values).toMatchObject({ 房号: '3-2-501', 姓名: '张三', 身份: '业主' });
    }
  });

  it('sniffs the type from the content, not the file name', async () => {
    const { propertyId, client } = await setup();
    const rows = [['房号'], ['3-2-501']];
    const asCsvName = await upload(ctx, client, {
      propertyId,
      kind: 'rooms',
      data: await xlsxFile(rows),
      filename: 'rooms.csv',
    });
    expect(asCsvName.body.validRows).toBe(1);
    const asXlsxName = await upload(ctx, client, {
      propertyId,
      kind: 'rooms',
      data: csvFile(rows),
      filename: 'rooms.xlsx',
    });
    expect(asXlsxName.body.validRows).toBe(1);
    const xls = await upload(ctx, client, {
      propertyId,
      kind: 'rooms',
      data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    });
    expect(xls.status).toBe(422);
    expect(xls.body.error.message).toContain('.xls');
    const binary = await upload(ctx, client, {
      propertyId,
      kind: 'rooms',
      data: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]),
    });
    expect(binary.body.error).toMatchObject({
      code: 'IMPORT_INVALID',
      message: '无法识别的文件格式，请上传 .xlsx 或 .csv 文件',
    });
    const brokenZip = await upload(ctx, client, {
      propertyId,
      kind: 'rooms',
      data: Buffer.from('PK\u0003\u0004garbage'),
    });
    expect(brokenZip.body.error.code).toBe('IMPORT_INVALID');
  });

  it('a missing header column is a clear error naming it, and nothing is stored', async () => {
    const { propertyId, client } = await setup();
    const before = await tableCounts(ctx.db);
    const res = await upload(ctx, client, {
      propertyId,
      kind: 'people',
      data: await xlsxFile([
        ['房号', '手机号'],
        ['3-2-501', '13800138000'],
      ]),
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IMPORT_INVALID');
    expect(res.body.error.message).toContain('缺少必需的列：姓名、身份');
    expect(res.body.error.details.missing).toEqual(['姓名', '身份']);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('refuses a file over the upload limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const { propertyId, client } = await setup();
    const big = Buffer.alloc(ctx.deps.config.uploadLimitBytes + 1024, 'a');
    const res = await upload(ctx, client, { propertyId, kind: 'people', data: big, filename: 'big.csv' });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses missing fields and a missing file with stable codes', async () => {
    const { propertyId, client } = await setup();
    const badKind = await upload(ctx, client, {
      propertyId,
      kind: 'cars',
      data: csvFile([['房号'], ['1-101']]),
    });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.code).toBe('VALIDATION_FAILED');
    const json = await client.post('/api/imports', { propertyId, kind: 'rooms' });
    expect(json.status).toBe(415);
  });
});
