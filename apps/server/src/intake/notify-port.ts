import type { Executor } from '../history/history.js';

/** What intake needs from the notifier (kept narrow so tests and features share one shape). */
export type NotifyInput = {
  recipientIds: number[];
  propertyId: number | null;
  kind: string;
  title: string;
  body?: string | null;
  entityType?: string | null;
  entityId?: string | number | null;
};
export type Notify = (db: Executor, input: NotifyInput) => Promise<unknown>;
