import { randomUUID } from 'node:crypto';
import type { Executor } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';

/** `kinds` is stored as `*` or a comma-separated list. */
export const kindsMatch = (kinds: string, kind: string) => kinds === '*' || kinds.split(',').includes(kind);

export type WebhookEvent = { kind: string; data: unknown };

/**
 * Queues one delivery per active webhook that wants this kind, in the caller's transaction, so
 * an event that is rolled back is never sent. The body is fixed now: `{ id, kind, occurredAt, data }`;
 * `id` is the same for every webhook, so a receiver can drop duplicates.
 */
export const enqueueWebhookDeliveries = async (exec: Executor, clock: Clock, event: WebhookEvent) => {
  const hooks = await exec.selectFrom('webhooks').select(['id', 'kinds']).where('active', '=', 1).execute();
  const matching = hooks.filter((h) => kindsMatch(h.kinds, event.kind));
  if (!matching.length) return 0;
  const now = clock.now().toISOString();
  const payload = JSON.stringify({
    id: randomUUID(),
    kind: event.kind,
    occurredAt: now,
    data: event.data ?? null,
  });
  await exec
    .insertInto('webhookDeliveries')
    .values(
      matching.map((h) => ({
        webhookId: h.id,
        kind: event.kind,
        payload,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        responseStatus: null,
        deliveredAt: null,
        claimedBy: null,
        claimedUntil: null,
        createdAt: now,
      })),
    )
    .execute();
  return matching.length;
};
