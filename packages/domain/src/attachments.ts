import { z } from 'zod';

/** The file types an attachment may be, decided by content, never by name or declared type. */
export const attachmentMimes = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'application/pdf',
] as const;
export type AttachmentMime = (typeof attachmentMimes)[number];

export const ATTACHMENT_TYPES_MESSAGE = '只能上传 JPEG、PNG、GIF、WebP 图片或 PDF 文件';

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * The type of a file from its first bytes (magic numbers), or null when it is none we accept.
 * 16 bytes are enough for every type here.
 */
export const sniffAttachmentType = (head: Uint8Array): AttachmentMime | null => {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  return null;
};

/** The name shown and offered on download: no folders, no control characters, at most 200 characters. */
export const cleanFilename = (name: string): string => {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((c) => c.charCodeAt(0) > 0x1f && c !== '\u007f' && c !== '"')
    .join('')
    .trim()
    .slice(-200);
  return clean || '附件';
};

/** Owning record types look like `workOrder`, `complaint`, `room`. */
export const AttachmentEntityType = z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/, '记录类型格式不正确');
export const AttachmentEntityId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '记录编号格式不正确');

/** The multipart fields sent with the file. */
export const AttachmentFields = z.object({
  propertyId: z.coerce.number({ error: '请指定项目' }).int().positive('请指定项目'),
  entityType: AttachmentEntityType,
  entityId: AttachmentEntityId,
});
export type AttachmentFields = z.infer<typeof AttachmentFields>;

export const AttachmentListQuery = z.object({
  entityType: AttachmentEntityType,
  entityId: AttachmentEntityId,
});
export type AttachmentListQuery = z.infer<typeof AttachmentListQuery>;

export const AttachmentView = z.object({
  id: z.number(),
  propertyId: z.number(),
  entityType: z.string(),
  entityId: z.string(),
  filename: z.string(),
  mime: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedBy: z.number(),
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;
