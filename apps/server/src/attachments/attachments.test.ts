import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext, tableCounts } from '../../test/harness.js';
import { ensureRoom } from '../archive/repo.js';
import { listHistory } from '../history/history.js';

type FilePart = { filename: string; content: Buffer; type?: string; field?: string };

/** A multipart/form-data body; fields first unless `fileFirst`. */
const form = (fields: Record<string, string | number>, file?: FilePart, fileFirst = false) => {
  const boundary = `----propdesk${Math.random().toString(16).slice(2)}`;
  const fieldParts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  const fileParts = file
    ? [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        file.content,
        Buffer.from('\r\n'),
      ]
    : [];
  const parts = fileFirst ? [...fileParts, ...fieldParts] : [...fieldParts, ...fileParts];
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
};

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR fake png body'),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF fake jpeg body')]);
const GIF = Buffer.from('GIF89a fake gif');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x20, 0, 0, 0]), Buffer.from('WEBPVP8 fake')]);
const PDF = Buffer.from('%PDF-1.7\n%fake pdf\n');

let ctx: TestContext;
let p1: number;
let p2: number;
let room1: number;
let room2: number;

beforeAll(async () => {
  ctx = await createTestContext();
  p1 = await ctx.property();
  p2 = await ctx.property();
  const createdAt = ctx.clock.now().toISOString();
  room1 = (await ensureRoom(ctx.db, p1, { building: '3', unit: '2', room: '501' }, { createdAt })).id;
  room2 = (await ensureRoom(ctx.db, p2, { building: '1', unit: null, room: '101' }, { createdAt })).id;
});
afterAll(async () => ctx.close());

const upload = (c: Client | null, body: { payload: Buffer; contentType: string }) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/attachments',
    headers: { 'content-type': body.contentType, ...(c ? { cookie: c.cookie, 'x-csrf-token': c.csrf } : {}) },
    payload: body.payload,
  });
const get = (c: Client, url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie: c.cookie } });
const onRoom1 = (file: FilePart) => form({ propertyId: p1, entityType: 'room', entityId: room1 }, file);
const uploadedFiles = () => {
  const root = path.join(ctx.dataDir, 'uploads');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) =>
    fs.statSync(path.join(root, f)).isFile(),
  );
};

describe('attachments (issue 2 item 8)', () => {
  it('stores an upload under uploads/yyyy/mm/sha256, lists it, serves it, and records attachment-added on the room', async () => {
    const c = await ctx.as(['receptionist'], [p1]);
    const res = await upload(c, onRoom1({ filename: '门禁照片.png', content: PNG, type: 'image/jpeg' }));
    expect(res.statusCode).toBe(200);
    const sha = createHash('sha256').update(PNG).digest('hex');
    const body = res.json();
    // The declared type said JPEG; the content decides.
    expect(body).toMatchObject({
      filename: '门禁照片.png',
      mime: 'image/png',
      sizeBytes: PNG.length,
      sha256: sha,
    });
    const at = ctx.clock.now();
    const stored = path.join(
      ctx.dataDir,
      'uploads',
      String(at.getUTCFullYear()),
      String(at.getUTCMonth() + 1).padStart(2, '0'),
      sha,
    );
    expect(fs.readFileSync(stored).equals(PNG)).toBe(true);

    const list = await get(c, `/api/attachments?entityType=room&entityId=${room1}`);
    expect(list.json()).toEqual([
      expect.objectContaining({
        id: body.id,
        propertyId: p1,
        entityType: 'room',
        entityId: String(room1),
        uploadedBy: c.staffId,
        mime: 'image/png',
      }),
    ]);

    const file = await get(c, `/api/attachments/${body.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toBe(
      `inline; filename="____.png"; filename*=UTF-8''${encodeURIComponent('门禁照片.png')}`,
    );
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expect((await get(c, `/api/attachments/${body.id}?download=1`)).headers['content-disposition']).toMatch(
      /^attachment;/,
    );

    const history = await listHistory(ctx.db, 'room', room1);
    expect(history.at(-1)).toMatchObject({
      action: 'attachment-added',
      actorId: c.staffId,
      data: { after: { attachmentId: body.id, sha256: sha } },
    });
  });

  it('accepts JPEG, GIF, WebP and PDF by content, with the fields after the file too', async () => {
    const c = await ctx.as(['supervisor'], [p1]);
    for (const [content, mime] of [
      [JPEG, 'image/jpeg'],
      [GIF, 'image/gif'],
      [WEBP, 'image/webp'],
      [PDF, 'application/pdf'],
    ] as const) {
      const res = await upload(
        c,
        form({ propertyId: p1, entityType: 'room', entityId: room1 }, { filename: 'x.bin', content }, true),
      );
      expect(res.statusCode, mime).toBe(200);
      expect(res.json().mime).toBe(mime);
    }
  });

  it('refuses a text file named .jpg with 415 and a Chinese message, leaving no file and no row', async () => {
    const c = await ctx.as(['receptionist'], [p1]);
    const before = await tableCounts(ctx.db);
    const files = uploadedFiles();
    const res = await upload(
      c,
      onRoom1({
        filename: 'photo.jpg',
        content: Buffer.from('just some text, not a picture'),
        type: 'image/jpeg',
      }),
    );
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(res.json().error.message).toContain('只能上传');
    expect(await tableCounts(ctx.db)).toEqual(before);
    expect(uploadedFiles()).toEqual(files);
  });

  it('refuses a file over the upload limit with 413, leaving no file and no row', async () => {
    const c = await ctx.as(['receptionist'], [p1]);
    const before = await tableCounts(ctx.db);
    const files = uploadedFiles();
    const big = Buffer.concat([JPEG, Buffer.alloc(ctx.deps.config.uploadLimitBytes)]);
    const res = await upload(c, onRoom1({ filename: 'big.jpg', content: big }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await tableCounts(ctx.db)).toEqual(before);
    expect(uploadedFiles()).toEqual(files);
  });

  it('stores identical content once on disk', async () => {
    const c = await ctx.as(['receptionist'], [p1]);
    const content = Buffer.concat([PDF, Buffer.from('unique-content-for-dedup')]);
    const a = (await upload(c, onRoom1({ filename: 'a.pdf', content }))).json();
    const b = (await upload(c, onRoom1({ filename: 'b.pdf', content }))).json();
    expect(a.id).not.toBe(b.id);
    expect(uploadedFiles().filter((f) => f.endsWith(a.sha256))).toHaveLength(1);
  });

  it('refuses bad uploads with 4xx and stable codes, never 500', async () => {
    const c = await ctx.as(['receptionist'], [p1]);
    const before = await tableCounts(ctx.db);
    const cases: [string, Awaited<ReturnType<typeof upload>>, number, string][] = [
      [
        'no file',
        await upload(c, form({ propertyId: p1, entityType: 'room', entityId: room1 })),
        400,
        'VALIDATION_FAILED',
      ],
      ['no fields', await upload(c, form({}, { filename: 'a.png', content: PNG })), 400, 'VALIDATION_FAILED'],
      [
        'unknown record type',
        await upload(
          c,
          form({ propertyId: p1, entityType: 'spaceship', entityId: 1 }, { filename: 'a.png', content: PNG }),
        ),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'unknown record',
        await upload(
          c,
          form({ propertyId: p1, entityType: 'room', entityId: 987654 }, { filename: 'a.png', content: PNG }),
        ),
        404,
        'NOT_FOUND',
      ],
      [
        'wrong file field',
        await upload(c, onRoom1({ filename: 'a.png', content: PNG, field: 'photo' })),
        400,
        'BAD_REQUEST',
      ],
      [
        'broken multipart',
        await upload(c, {
          payload: Buffer.from('--x\r\nnonsense'),
          contentType: 'multipart/form-data; boundary=x',
        }),
        400,
        'BAD_REQUEST',
      ],
      [
        'no boundary',
        await upload(c, { payload: Buffer.from('abc'), contentType: 'multipart/form-data' }),
        400,
        'BAD_REQUEST',
      ],
      [
        'JSON body',
        await c
          .post('/api/attachments', { propertyId: p1 })
          .then((r) => ({ statusCode: r.status, json: () => r.body }) as never),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
    ];
    for (const [name, res, status, code] of cases) {
      expect(res.statusCode, name).toBe(status);
      expect(res.json().error.code, name).toBe(code);
    }
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('attachment permissions over HTTP (issue 2 item 8)', () => {
  let attachmentId: number;
  beforeAll(async () => {
    const c = await ctx.as(['receptionist'], [p1]);
    attachmentId = (await upload(c, onRoom1({ filename: 'p.png', content: PNG }))).json().id;
  });

  it('staff of another property get 404 for upload, list and download', async () => {
    const other = await ctx.as(['receptionist', 'manager'], [p2]);
    const up = await upload(other, onRoom1({ filename: 'a.png', content: PNG }));
    expect(up.statusCode).toBe(404);
    // Claiming the record is in their own property does not help.
    const lie = await upload(
      other,
      form({ propertyId: p2, entityType: 'room', entityId: room1 }, { filename: 'a.png', content: PNG }),
    );
    expect(lie.statusCode).toBe(404);
    expect((await get(other, `/api/attachments?entityType=room&entityId=${room1}`)).statusCode).toBe(404);
    expect((await get(other, `/api/attachments/${attachmentId}`)).statusCode).toBe(404);
    // …while their own property works.
    expect(
      (
        await upload(
          other,
          form({ propertyId: p2, entityType: 'room', entityId: room2 }, { filename: 'a.png', content: PNG }),
        )
      ).statusCode,
    ).toBe(200);
  });

  it('the company role reads every property but may not upload', async () => {
    const company = await ctx.as(['company'], []);
    expect((await get(company, `/api/attachments/${attachmentId}`)).statusCode).toBe(200);
    expect((await get(company, `/api/attachments?entityType=room&entityId=${room1}`)).statusCode).toBe(200);
    expect((await upload(company, onRoom1({ filename: 'a.png', content: PNG }))).statusCode).toBe(404);
  });

  it('any staff role serving the property may upload and read; no session is 401', async () => {
    for (const role of ['gate_guard', 'dept_staff', 'assistant'] as const) {
      const c = await ctx.as([role], [p1]);
      expect((await upload(c, onRoom1({ filename: 'a.png', content: PNG }))).statusCode, role).toBe(200);
      expect((await get(c, `/api/attachments/${attachmentId}`)).statusCode, role).toBe(200);
    }
    expect((await upload(null, onRoom1({ filename: 'a.png', content: PNG }))).statusCode).toBe(401);
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/attachments/${attachmentId}` })).statusCode,
    ).toBe(401);
  });
});
