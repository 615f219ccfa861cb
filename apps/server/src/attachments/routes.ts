import fs from 'node:fs';
import { AttachmentListQuery, AttachmentView } from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { notFound } from '../kernel/errors.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';

const signedIn = { access: 'signed-in' as const };
const tags = ['attachments'];

/** RFC 6266 with an RFC 5987 `filename*` for the real (often Chinese) name and an ASCII fallback. */
export const contentDisposition = (filename: string, disposition: 'inline' | 'attachment') => {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
};

const Uploaded = z.object({
  id: z.number(),
  filename: z.string(),
  mime: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
});

export const registerAttachmentRoutes = (app: App, { attachments }: Pick<Deps, 'attachments'>) => {
  app.post(
    '/api/attachments',
    {
      config: signedIn,
      schema: {
        tags,
        description:
          'multipart/form-data：字段 propertyId、entityType、entityId 与一个文件 file（JPEG/PNG/GIF/WebP/PDF）',
        response: { 200: Uploaded },
      },
    },
    async (req) => attachments.upload(requireActor(req), () => req.parts()),
  );

  app.get(
    '/api/attachments',
    {
      config: signedIn,
      schema: { tags, querystring: AttachmentListQuery, response: { 200: z.array(AttachmentView) } },
    },
    async (req) => attachments.list(requireActor(req), req.query),
  );

  app.get(
    '/api/attachments/:id',
    {
      config: signedIn,
      schema: { tags, params: IdParams, querystring: z.object({ download: z.enum(['0', '1']).optional() }) },
    },
    async (req, reply) => {
      const a = await attachments.open(requireActor(req), req.params.id);
      const stream = fs.createReadStream(a.path);
      try {
        await new Promise<void>((resolve, reject) =>
          stream.once('open', () => resolve()).once('error', reject),
        );
      } catch {
        throw notFound('附件文件');
      }
      return reply
        .header('content-type', a.mime)
        .header('content-length', a.sizeBytes)
        .header(
          'content-disposition',
          contentDisposition(a.filename, req.query.download === '1' ? 'attachment' : 'inline'),
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=300')
        .send(stream);
    },
  );
};
