import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Enough leading bytes for every type `sniffAttachmentType` knows. */
const HEAD_BYTES = 16;

export type Received = { tmp: string; sha256: string; sizeBytes: number; head: Buffer };

/**
 * Files live under `<dataDir>/uploads/<yyyy>/<mm>/<sha256>`, content-addressed, so an identical
 * file uploaded twice is stored once. A file appears under its final name only by rename from a
 * flushed temp file in the same file system, so a reader never sees half a file.
 */
export const createAttachmentStorage = (dataDir: string) => {
  const root = path.join(dataDir, 'uploads');
  const tmpDir = path.join(root, '.tmp');

  return {
    pathOf: (storageKey: string) => path.join(root, ...storageKey.split('/')),

    keyFor: (sha256: string, at: Date) =>
      `${at.getUTCFullYear()}/${String(at.getUTCMonth() + 1).padStart(2, '0')}/${sha256}`,

    /** Streams an upload into a temp file, hashing it and keeping its first bytes. */
    receive: async (stream: Readable): Promise<Received> => {
      await fs.promises.mkdir(tmpDir, { recursive: true });
      const tmp = path.join(tmpDir, `${Date.now().toString(36)}-${randomBytes(8).toString('hex')}`);
      const hash = createHash('sha256');
      let sizeBytes = 0;
      let head = Buffer.alloc(0);
      try {
        await pipeline(
          stream,
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              hash.update(chunk);
              sizeBytes += chunk.length;
              if (head.length < HEAD_BYTES)
                head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
              yield chunk;
            }
          },
          fs.createWriteStream(tmp, { flags: 'wx', flush: true }),
        );
      } catch (err) {
        await fs.promises.rm(tmp, { force: true });
        throw err;
      }
      return { tmp, sha256: hash.digest('hex'), sizeBytes, head };
    },

    discard: (tmp: string) => fs.promises.rm(tmp, { force: true }),

    /** Moves a received file to its key; says whether the key held no file before. */
    place: async (tmp: string, storageKey: string) => {
      const target = path.join(root, ...storageKey.split('/'));
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      const existed = fs.existsSync(target);
      await fs.promises.rename(tmp, target);
      return { isNew: !existed };
    },

    remove: (storageKey: string) =>
      fs.promises.rm(path.join(root, ...storageKey.split('/')), { force: true }),
  };
};
export type AttachmentStorage = ReturnType<typeof createAttachmentStorage>;
