import type { Kysely } from 'kysely';
import type { Executor } from '../history/history.js';
import type { Database } from '../kernel/db/schema.js';

/** The property of the record with this id, or null when there is no such record. */
export type AttachmentOwner = (db: Executor, entityId: string) => Promise<number | null>;

const owners = new Map<string, AttachmentOwner>();

/**
 * Which records can carry attachments. A feature adds its own with one line in deps.ts, e.g.
 *   registerAttachmentOwner('workOrder', ownerByTable('workOrders'));
 * The entity type is also the `entityType` of the record's history, where 'attachment-added'
 * events are appended.
 */
export const registerAttachmentOwner = (entityType: string, owner: AttachmentOwner) => {
  owners.set(entityType, owner);
};
export const attachmentOwner = (entityType: string) => owners.get(entityType);

type TableWithProperty = {
  [T in keyof Database]: Database[T] extends { id: unknown; propertyId: number } ? T : never;
}[keyof Database];

/** Owner lookup for a table with an integer `id` and a `propertyId`. */
export const ownerByTable =
  (table: TableWithProperty): AttachmentOwner =>
  async (db, entityId) => {
    if (!/^\d{1,15}$/.test(entityId)) return null;
    // biome-ignore lint/suspicious/noExplicitAny: the table is a parameter, which Kysely cannot type
    const row = await (db as unknown as Kysely<any>)
      .selectFrom(table)
      .select('propertyId')
      .where('id', '=', Number(entityId))
      .executeTakeFirst();
    return (row?.propertyId as number | undefined) ?? null;
  };

registerAttachmentOwner('room', ownerByTable('rooms'));
registerAttachmentOwner('person', ownerByTable('people'));
