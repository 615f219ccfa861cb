import {
  CommitImportInput,
  cleanFilename,
  ExportQuery,
  ImportJobQuery,
  ImportKind,
  ImportListQuery,
  ImportUploadFields,
  importKindLabels,
  localDate,
  type Role,
} from '@propdesk/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { AppError, notFound } from '../kernel/errors.js';
import { requireActor } from '../kernel/http/access.js';
import { assertPropertyAccess } from '../kernel/http/actor.js';
import { IdParams } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import {
  CSV_MIME,
  contentDisposition,
  exportRows,
  exportXlsx,
  templateCsv,
  templateXlsx,
  XLSX_MIME,
} from './workbook.js';

/** Import and commit: the desk's office staff of the property (issue 2 item 5). */
const importers: readonly Role[] = ['admin', 'manager', 'supervisor', 'assistant'];
/** Export and reading jobs: also the company level, for every property. */
const readers: readonly Role[] = [...importers, 'company'];
const tags = ['imports'];
const KindParams = z.object({ kind: ImportKind });

/** The one file and the text fields of a multipart upload, in whatever order they come. */
const readUpload = async (req: FastifyRequest, limitBytes: number) => {
  if (!req.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: '请以 multipart/form-data 上传文件' });
  const fields: Record<string, string> = {};
  let file: { filename: string; data: Buffer } | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (file) throw new AppError('BAD_REQUEST', { message: '一次只能上传一个文件' });
        file = { filename: cleanFilename(part.filename || ''), data };
      } else fields[part.fieldname] = String(part.value ?? '');
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('PAYLOAD_TOO_LARGE', {
        message: `文件超过 ${Math.round(limitBytes / 1024 / 1024)} MB 的上限，请拆分后分批导入`,
        details: { limitBytes },
      });
    throw err;
  }
  const parsed = ImportUploadFields.safeParse(fields);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    throw new AppError('VALIDATION_FAILED', {
      message: `输入有误：${details[0]?.field} ${details[0]?.message}`,
      details,
    });
  }
  if (!file)
    throw new AppError('VALIDATION_FAILED', {
      message: '请选择要上传的文件',
      details: [{ field: 'file', message: '请选择要上传的文件' }],
    });
  return { ...parsed.data, ...file };
};

export const registerImportRoutes = (app: App, deps: Deps) => {
  const { imports: svc, db, clock, config } = deps;

  app.get(
    '/api/imports/templates/:kind.xlsx',
    { config: { access: 'signed-in' }, schema: { tags, params: KindParams } },
    async (req, reply) => {
      const { kind } = req.params;
      return reply
        .header('content-type', XLSX_MIME)
        .header(
          'content-disposition',
          contentDisposition(`${kind}-template.xlsx`, `${importKindLabels[kind]}导入模板.xlsx`),
        )
        .send(await templateXlsx(kind));
    },
  );
  app.get(
    '/api/imports/templates/:kind.csv',
    { config: { access: 'signed-in' }, schema: { tags, params: KindParams } },
    async (req, reply) => {
      const { kind } = req.params;
      return reply
        .header('content-type', CSV_MIME)
        .header(
          'content-disposition',
          contentDisposition(`${kind}-template.csv`, `${importKindLabels[kind]}导入模板.csv`),
        )
        .send(templateCsv(kind));
    },
  );

  app.get(
    '/api/imports/export/:kind.xlsx',
    { config: { access: readers }, schema: { tags, params: KindParams, querystring: ExportQuery } },
    async (req, reply) => {
      const actor = requireActor(req);
      const { kind } = req.params;
      const { propertyId, scope } = req.query;
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      const property = await db
        .selectFrom('properties')
        .select(['code', 'name', 'timezone'])
        .where('id', '=', propertyId)
        .executeTakeFirst();
      if (!property) throw notFound('项目');
      const today = localDate(clock.now(), property.timezone);
      const data = await exportRows(db, kind, propertyId, scope);
      return reply
        .header('content-type', XLSX_MIME)
        .header(
          'content-disposition',
          contentDisposition(
            `${kind}-${property.code}-${today}.xlsx`,
            `${importKindLabels[kind]}档案-${property.name}-${today}.xlsx`,
          ),
        )
        .send(await exportXlsx(kind, data));
    },
  );

  app.post(
    '/api/imports',
    { config: { access: importers }, schema: { tags, consumes: ['multipart/form-data'] } },
    async (req) => {
      const actor = requireActor(req);
      const upload = await readUpload(req, config.uploadLimitBytes);
      return svc.preview(actor, {
        propertyId: upload.propertyId,
        kind: upload.kind,
        filename: upload.filename,
        file: upload.data,
      });
    },
  );

  app.get(
    '/api/imports',
    { config: { access: readers }, schema: { tags, querystring: ImportListQuery } },
    async (req) => svc.list(requireActor(req), req.query.propertyId),
  );

  app.get(
    '/api/imports/:id',
    { config: { access: readers }, schema: { tags, params: IdParams, querystring: ImportJobQuery } },
    async (req) => svc.get(requireActor(req), req.params.id, { issues: req.query.issues === '1' }),
  );

  app.post(
    '/api/imports/:id/commit',
    { config: { access: importers }, schema: { tags, params: IdParams, body: CommitImportInput } },
    async (req, reply) => {
      const view = await svc.commit(requireActor(req), req.params.id, req.body, req.log);
      return reply.status(202).send(view);
    },
  );
};
