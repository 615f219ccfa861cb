import { describe, expect, it } from 'vitest';
import { AttachmentFields, cleanFilename, sniffAttachmentType } from './attachments.js';
import { CreateWebhookInput, UpdateWebhookInput } from './notifications.js';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('attachment type by content, not by name (issue 2 item 8)', () => {
  it('recognises JPEG, PNG, GIF, WebP and PDF by their magic bytes', () => {
    expect(sniffAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg');
    expect(sniffAttachmentType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png');
    expect(sniffAttachmentType(bytes('GIF89a', [1, 0]))).toBe('image/gif');
    expect(sniffAttachmentType(bytes('GIF87a'))).toBe('image/gif');
    expect(sniffAttachmentType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffAttachmentType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses text, SVG, a RIFF that is not WebP, and a truncated header', () => {
    expect(sniffAttachmentType(bytes('hello, this is text'))).toBeNull();
    expect(sniffAttachmentType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffAttachmentType(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffAttachmentType(bytes([0x89], 'PNG'))).toBeNull();
    expect(sniffAttachmentType(new Uint8Array())).toBeNull();
  });

  it('keeps only the base name of an uploaded file, without control characters', () => {
    expect(cleanFilename('C:\\Users\\李\\门禁照片.jpg')).toBe('门禁照片.jpg');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('a"b\u0000c.pdf')).toBe('abc.pdf');
    expect(cleanFilename('   ')).toBe('附件');
  });

  it('requires the owning record in the upload fields', () => {
    expect(AttachmentFields.safeParse({ propertyId: '3', entityType: 'room', entityId: '12' }).success).toBe(
      true,
    );
    expect(AttachmentFields.safeParse({ propertyId: 'x', entityType: 'room', entityId: '12' }).success).toBe(
      false,
    );
    expect(
      AttachmentFields.safeParse({ propertyId: '3', entityType: 'Room; drop', entityId: '12' }).success,
    ).toBe(false);
  });
});

describe('webhook settings (issue 2 item 8)', () => {
  it('accepts only http(s) addresses', () => {
    const ok = CreateWebhookInput.safeParse({ url: 'https://example.com/hook', kinds: '*' });
    expect(ok.success && ok.data.secret).toBeNull();
    expect(CreateWebhookInput.safeParse({ url: 'ftp://example.com/hook', kinds: '*' }).success).toBe(false);
    expect(CreateWebhookInput.safeParse({ url: 'javascript:alert(1)', kinds: '*' }).success).toBe(false);
    expect(CreateWebhookInput.safeParse({ url: 'not a url', kinds: '*' }).success).toBe(false);
  });

  it('takes `*` or a list of kinds, and a secret of at least 16 characters', () => {
    expect(
      CreateWebhookInput.safeParse({ url: 'http://h/x', kinds: ['case.passed-up', 'incident'] }).success,
    ).toBe(true);
    expect(CreateWebhookInput.safeParse({ url: 'http://h/x', kinds: [] }).success).toBe(false);
    expect(CreateWebhookInput.safeParse({ url: 'http://h/x', kinds: ['bad kind'] }).success).toBe(false);
    expect(CreateWebhookInput.safeParse({ url: 'http://h/x', kinds: '*', secret: 'short' }).success).toBe(
      false,
    );
    const update = UpdateWebhookInput.parse({ url: 'http://h/x', kinds: '*', active: true });
    expect(update.secret).toBeUndefined();
  });
});
