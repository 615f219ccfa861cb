import type { Generated } from 'kysely';

export type HistoryTables = {
  /** Append-only; each entity's events are hash-chained. */
  events: {
    id: Generated<number>;
    entityType: string;
    entityId: string;
    seq: number;
    propertyId: number | null;
    actorId: number | null;
    at: string;
    action: string;
    /** Canonical JSON of { before, after, ... }; hashed as stored. */
    data: string;
    reason: string | null;
    prevHash: string;
    hash: string;
  };
  historyHeads: { entityType: string; entityId: string; seq: number; hash: string };
};
