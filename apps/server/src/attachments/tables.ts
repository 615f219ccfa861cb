import type { Generated } from 'kysely';

export type AttachmentTables = {
  attachments: {
    id: Generated<number>;
    propertyId: number;
    entityType: string;
    entityId: string;
    filename: string;
    mime: string;
    sizeBytes: number;
    sha256: string;
    storageKey: string;
    uploadedBy: number;
    createdAt: string;
  };
};
