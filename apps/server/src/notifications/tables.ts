import type { Generated } from 'kysely';

export type NotificationTables = {
  notifications: {
    id: Generated<number>;
    propertyId: number | null;
    recipientId: number;
    kind: string;
    title: string;
    body: string | null;
    entityType: string | null;
    entityId: string | null;
    createdAt: string;
    readAt: string | null;
  };
  webhooks: {
    id: Generated<number>;
    url: string;
    /** Comma-separated event kinds, or `*`. */
    kinds: string;
    secret: string | null;
    active: number;
    createdAt: string;
  };
  webhookDeliveries: {
    id: Generated<number>;
    webhookId: number;
    kind: string;
    payload: string;
    status: string;
    attempts: number;
    nextAttemptAt: string | null;
    lastError: string | null;
    responseStatus: number | null;
    deliveredAt: string | null;
    claimedBy: string | null;
    claimedUntil: string | null;
    createdAt: string;
  };
};
