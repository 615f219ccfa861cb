import type { Multipart } from '@fastify/multipart';
import {
  ATTACHMENT_TYPES_MESSAGE,
  AttachmentFields,
  type AttachmentListQuery,
  type AttachmentView,
  cleanFilename,
  sniffAttachmentType,
} from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess, canReadProperty } from '../kernel/http/actor.js';
import { attachmentOwner } from './owners.js';
import { createAttachmentStorage, type Received } from './storage.js';

/** Errors of the multipart parser itself (busboy) carry neither an HTTP status nor a syscall: bad input. */
const asInputError = (err: unknown) => {
  const e = err as { statusCode?: number; syscall?: string };
  if (err instanceof AppError || e?.statusCode || e?.syscall) return err;
  return new AppError('BAD_REQUEST', { message: '上传内容格式不正确' });
};

export const createAttachmentService = ({
  db,
  clock,
  dataDir,
  limitBytes,
}: {
  db: Db;
  clock: Clock;
  dataDir: string;
  limitBytes: number;
}) => {
  const storage = createAttachmentStorage(dataDir);
  const tooLarge = () =>
    new AppError('PAYLOAD_TOO_LARGE', {
      message: `文件不能超过 ${Math.round((limitBytes / 1024 / 1024) * 10) / 10} MB`,
    });

  /** The owning record's property; 404 when the record does not exist for this actor. */
  const ownerProperty = async (
    actor: Actor,
    entityType: string,
    entityId: string,
    mode: 'read' | 'write',
  ) => {
    const owner = attachmentOwner(entityType);
    if (!owner)
      throw new AppError('VALIDATION_FAILED', {
        message: '此类记录不能添加附件',
        details: [{ field: 'entityType', message: '不支持的记录类型' }],
      });
    const propertyId = await owner(db, entityId);
    if (propertyId === null) throw notFound();
    assertPropertyAccess(actor, propertyId, mode);
    return propertyId;
  };

  const readFields = (fields: Record<string, string>) => {
    const parsed = AttachmentFields.safeParse(fields);
    if (parsed.success) return parsed.data;
    const details = parsed.error.issues.map((i) => ({
      field: `body.${i.path.join('.')}`,
      message: i.message,
    }));
    throw new AppError('VALIDATION_FAILED', {
      message: `输入有误：${details[0]?.field} ${details[0]?.message}`,
      details,
    });
  };

  const list = async (actor: Actor, q: AttachmentListQuery): Promise<AttachmentView[]> => {
    await ownerProperty(actor, q.entityType, q.entityId, 'read');
    return db
      .selectFrom('attachments')
      .leftJoin('staff', 'staff.id', 'attachments.uploadedBy')
      .select([
        'attachments.id',
        'attachments.propertyId',
        'attachments.entityType',
        'attachments.entityId',
        'attachments.filename',
        'attachments.mime',
        'attachments.sizeBytes',
        'attachments.sha256',
        'attachments.uploadedBy',
        'staff.name as uploadedByName',
        'attachments.createdAt',
      ])
      .where('attachments.entityType', '=', q.entityType)
      .where('attachments.entityId', '=', q.entityId)
      .orderBy('attachments.id')
      .execute();
  };

  return {
    list,

    /**
     * Reads one file part named `file` and the fields propertyId, entityType, entityId (in any
     * order), checks the writer may write the record's property and that the content is an
     * accepted type, then stores file, row and history event, or nothing at all.
     */
    upload: async (actor: Actor, parts: () => AsyncIterable<Multipart>) => {
      const fields: Record<string, string> = {};
      let file: (Received & { filename: string }) | null = null;
      try {
        try {
          for await (const part of parts()) {
            if (part.type === 'field') {
              fields[part.fieldname] = String(part.value);
              continue;
            }
            if (part.fieldname !== 'file' || file) {
              await part.toBuffer().catch(() => null);
              throw new AppError('BAD_REQUEST', { message: '请只上传一个文件，字段名为 file' });
            }
            const received = await storage.receive(part.file);
            file = { ...received, filename: cleanFilename(part.filename) };
            if (part.file.truncated) throw tooLarge();
          }
        } catch (err) {
          if ((err as { code?: string })?.code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
          throw asInputError(err);
        }
        const target = readFields(fields);
        if (!file)
          throw new AppError('VALIDATION_FAILED', {
            message: '请选择要上传的文件',
            details: [{ field: 'body.file', message: '请选择文件' }],
          });
        const propertyId = await ownerProperty(actor, target.entityType, target.entityId, 'write');
        if (propertyId !== target.propertyId) throw notFound();
        const mime = sniffAttachmentType(file.head);
        if (!mime) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: ATTACHMENT_TYPES_MESSAGE });

        const now = clock.now();
        const storageKey = storage.keyFor(file.sha256, now);
        const { isNew } = await storage.place(file.tmp, storageKey);
        const stored = file;
        try {
          return await db.transaction().execute(async (trx) => {
            const [row] = await trx
              .insertInto('attachments')
              .values({
                propertyId,
                entityType: target.entityType,
                entityId: target.entityId,
                filename: stored.filename,
                mime,
                sizeBytes: stored.sizeBytes,
                sha256: stored.sha256,
                storageKey,
                uploadedBy: actor.id,
                createdAt: now.toISOString(),
              })
              .returning('id')
              .execute();
            const id = row!.id;
            await appendEvent(trx, clock, {
              entityType: target.entityType,
              entityId: target.entityId,
              propertyId,
              actorId: actor.id,
              action: 'attachment-added',
              data: {
                after: {
                  attachmentId: id,
                  filename: stored.filename,
                  mime,
                  sizeBytes: stored.sizeBytes,
                  sha256: stored.sha256,
                },
              },
            });
            return {
              id,
              filename: stored.filename,
              mime,
              sizeBytes: stored.sizeBytes,
              sha256: stored.sha256,
            };
          });
        } catch (err) {
          const used = await db
            .selectFrom('attachments')
            .select('id')
            .where('storageKey', '=', storageKey)
            .limit(1)
            .execute();
          if (isNew && !used.length) await storage.remove(storageKey);
          throw err;
        }
      } finally {
        if (file) await storage.discard(file.tmp);
      }
    },

    /** The stored file, for staff who can read the record's property; anyone else gets 404. */
    open: async (actor: Actor, id: number) => {
      const a = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
      if (!a || !canReadProperty(actor, a.propertyId)) throw notFound('附件');
      return { ...a, path: storage.pathOf(a.storageKey) };
    },
  };
};
