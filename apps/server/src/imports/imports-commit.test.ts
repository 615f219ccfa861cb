import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitAndWait,
  csvFile,
  GOOD_PEOPLE,
  PEOPLE_HEADER,
  peopleOf,
  upload,
  xlsxFile,
} from '../../test/fixtures/import-files.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { listHistory } from '../history/history.js';

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

describe('archive import: duplicates and arrears (issue 2 item 5, DOMAIN.md §2)', () => {
  it('a person with the same name and phone in the same room is not created twice', async () => {
    const { propertyId, client } = await setup();
    const first = await upload(ctx, client, {
      propertyId,
      kind: 'people',
      data: await xlsxFile(GOOD_PEOPLE),
    });
    await commitAndWait(ctx, client, first.body.id);
    const again = await upload(ctx, client, {
      propertyId,
      kind: 'people',
      data: await xlsxFile([
        PEOPLE_HEADER,
        ['3', '2', '501', '张三', '业主', '13900139000', '', '', ''],
        ['3', '2', '501', '张三', '业主', '18800188000', '', '', ''],
      ]),
    });
    expect(again.body).toMatchObject({ validRows: 1, skippedRows: 1, errorRows: 0 });
    expect(again.body.warnings).toEqual([
      { row: 2, column: '姓名', message: '第 2 行：张三 已登记在 3-2-501（同姓名、电话），跳过' },
    ]);
    await commitAndWait(ctx, client, again.body.id);
    expect((await peopleOf(ctx.db, propertyId)).filter((p) => p.name === '张三')).toHaveLength(2);
  });

  it('arrears: yuan become cents, the room must exist, a change is on the room timeline', async () => {
    const { propertyId, client } = await setup();
    const rooms = await upload(ctx, client, {
      propertyId,
      kind: 'rooms',
      data: await xlsxFile([
        ['楼栋', '单元', '房号', '楼层', '建筑面积（㎡）'],
        ['3', '2', '501', '', '89.5'],
        ['3', '2', '502', 5, 90],
      ]),
    });
    expect((await commitAndWait(ctx, client, rooms.body.id)).body.summary).toMatchObject({ roomsCreated: 2 });
    const header = ['房号', '欠费月数', '欠费金额', '截止日期'];
    const res = await upload(ctx, client, {
      propertyId,
      kind: 'arrears',
      data: await xlsxFile([
        header,
        ['3-2-501', 3, 1234.5, '2026-10-31'],
        ['3-2-502', 0, 0, '2026-10-31'],
        ['3-2-509', 1, 100, ''],
      ]),
    });
    expect(res.body.errors).toEqual([
      { row: 4, column: '房号', message: '第 4 行：房号 3-2-509 在档案中不存在，请先导入房间' },
    ]);
    expect((await commitAndWait(ctx, client, res.body.id, true)).body.summary).toMatchObject({
      arrearsUpdated: 2,
    });
    const arrears = await ctx.db
      .selectFrom('arrears')
      .innerJoin('rooms', 'rooms.id', 'arrears.roomId')
      .select([
        'rooms.id',
        'rooms.code',
        'rooms.floor',
        'rooms.areaM2',
        'arrears.monthsOwed',
        'arrears.amountCents',
        'arrears.asOf',
      ])
      .where('arrears.propertyId', '=', propertyId)
      .orderBy('rooms.code')
      .execute();
    expect(arrears.map(({ id: _id, ...a }) => a)).toEqual([
      { code: '3-2-501', floor: 5, areaM2: 89.5, monthsOwed: 3, amountCents: 123450, asOf: '2026-10-31' },
      { code: '3-2-502', floor: 5, areaM2: 90, monthsOwed: 0, amountCents: 0, asOf: '2026-10-31' },
    ]);
    const timeline = await listHistory(ctx.db, 'room', arrears[0]!.id);
    expect(timeline.map((e) => e.action)).toEqual(['create', 'arrears']);
    expect(timeline[1]!.data).toEqual({
      before: null,
      after: { monthsOwed: 3, amountCents: 123450, asOf: '2026-10-31' },
    });
  });
});

describe('archive import: batches, failure and resume (issue 2 item 5)', () => {
  const dialect = () => ctx.deps.dialect;
  const addTrap = async () => {
    if (dialect() === 'postgres') {
      await sql`create function import_trap() returns trigger as $$ begin if new.name = '触发失败' then raise exception 'trap'; end if; return new; end $$ language plpgsql`.execute(
        ctx.db,
      );
      await sql`create trigger import_trap before insert on people for each row execute function import_trap()`.execute(
        ctx.db,
      );
    } else {
      await sql`create trigger import_trap before insert on people when new.name = '触发失败' begin select raise(abort, 'trap'); end`.execute(
        ctx.db,
      );
    }
    return async () => {
      await sql`drop trigger import_trap${sql.raw(dialect() === 'postgres' ? ' on people' : '')}`.execute(
        ctx.db,
      );
      if (dialect() === 'postgres') await sql`drop function import_trap()`.execute(ctx.db);
    };
  };

  it('writes 500 rows per transaction; a failing batch leaves the earlier ones, says how far it got, and a new commit resumes', async () => {
    const { propertyId, client } = await setup();
    const rows = [['房号', '姓名', '身份']];
    for (let i = 0; i < 1200; i++)
      rows.push([`1-1-${1000 + i}`, i === 700 ? '触发失败' : `住户${i}`, '业主']);
    const res = await upload(ctx, client, { propertyId, kind: 'people', data: csvFile(rows) });
    expect(res.body.validRows).toBe(1200);
    const removeTrap = await addTrap();
    const failed = await commitAndWait(ctx, client, res.body.id);
    await removeTrap();
    expect(failed.body).toMatchObject({ status: 'failed', doneRows: 500 });
    expect(failed.body.failure).toContain('第 702 行');
    expect(failed.body.failure).toContain('已写入 500 行');
    expect(await peopleOf(ctx.db, propertyId)).toHaveLength(500);

    const done = await commitAndWait(ctx, client, res.body.id);
    expect(done.body).toMatchObject({
      status: 'done',
      doneRows: 1200,
      summary: { peopleCreated: 1200, roomsCreated: 1200 },
    });
    expect(await peopleOf(ctx.db, propertyId)).toHaveLength(1200);
    expect((await client.post(`/api/imports/${res.body.id}/commit`, {})).body.error.code).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('a running job is not committed twice, but a stalled one (no heartbeat for 2 minutes) may be resumed', async () => {
    const { propertyId, client } = await setup();
    const res = await upload(ctx, client, {
      propertyId,
      kind: 'rooms',
      data: csvFile([['房号'], ['2-101']]),
    });
    const at = ctx.clock.now().toISOString();
    await ctx.db
      .updateTable('importJobs')
      .set({ status: 'running', heartbeatAt: at })
      .where('id', '=', res.body.id)
      .execute();
    const busy = await client.post(`/api/imports/${res.body.id}/commit`, {});
    expect(busy.status).toBe(409);
    ctx.clock.advance(3 * 60_000);
    expect((await client.get(`/api/imports/${res.body.id}?issues=0`)).body.isStalled).toBe(true);
    const resumed = await commitAndWait(ctx, client, res.body.id);
    expect(resumed.body).toMatchObject({ status: 'done', summary: { roomsCreated: 1 } });
  });
});
