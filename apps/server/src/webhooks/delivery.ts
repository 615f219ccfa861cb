import type { Selectable } from 'kysely';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import { claimByLease, runSweep } from '../sweeps/runner.js';
import type { SweepDefinition } from '../sweeps/scheduler.js';
import { retryDelayMs, signBody, WEBHOOK_TIMEOUT_MS } from './backoff.js';

type Delivery = Selectable<Database['webhookDeliveries']>;
type Outcome = { status: number | null; error: string | null };

const describe = (err: unknown, timeoutMs: number): string => {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `超时：${timeoutMs / 1000} 秒内无响应`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `连接失败：${cause ?? e?.message ?? String(err)}`.slice(0, 500);
};

const post = async (
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<Outcome> => {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel().catch(() => {});
    return { status: res.status, error: res.status >= 200 && res.status < 300 ? null : `HTTP ${res.status}` };
  } catch (err) {
    return { status: null, error: describe(err, timeoutMs) };
  }
};

/**
 * Sends due webhook deliveries: POST of the stored JSON body, 2xx = delivered; anything else is
 * retried after 1 min, 5 min, 30 min, 2 h and 6 h, and the 6th failure is final ('failed').
 * Each attempt updates attempts, responseStatus and lastError. Claims are leases, so two server
 * processes never send the same delivery at once.
 */
export const deliverWebhooks = (opts: {
  db: Db;
  clock: Clock;
  workerId: string;
  timeoutMs?: number;
  batchSize?: number;
}) => {
  const { db, clock, workerId, timeoutMs = WEBHOOK_TIMEOUT_MS, batchSize = 10 } = opts;

  const finish = (row: Delivery, set: Partial<Omit<Delivery, 'id'>>) =>
    db
      .updateTable('webhookDeliveries')
      .set({ ...set, claimedBy: null, claimedUntil: null })
      .where('id', '=', row.id)
      .where('claimedBy', '=', workerId)
      .execute();

  const act = async (row: Delivery) => {
    const hook = await db
      .selectFrom('webhooks')
      .select(['url', 'secret', 'active'])
      .where('id', '=', row.webhookId)
      .executeTakeFirst();
    if (!hook?.active)
      return void (await finish(row, { status: 'cancelled', nextAttemptAt: null, lastError: '回调已停用' }));
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'PropDesk-Webhook/1',
      'x-propdesk-event': row.kind,
      'x-propdesk-delivery': String(row.id),
    };
    if (hook.secret) headers['x-propdesk-signature'] = signBody(hook.secret, row.payload);
    const { status, error } = await post(hook.url, headers, row.payload, timeoutMs);
    const attempts = row.attempts + 1;
    const now = clock.now();
    if (!error) {
      await finish(row, {
        status: 'delivered',
        attempts,
        responseStatus: status,
        lastError: null,
        nextAttemptAt: null,
        deliveredAt: now.toISOString(),
      });
      return;
    }
    const delay = retryDelayMs(attempts);
    await finish(row, {
      status: delay === null ? 'failed' : 'pending',
      attempts,
      responseStatus: status,
      lastError: error,
      nextAttemptAt: delay === null ? null : new Date(now.getTime() + delay).toISOString(),
    });
  };

  return runSweep({
    db,
    clock,
    workerId,
    name: 'webhook-deliveries',
    batchSize,
    concurrency: batchSize,
    claim: ({ now, limit }) =>
      claimByLease({
        db,
        table: 'webhookDeliveries',
        due: (eb) => eb.and([eb('status', '=', 'pending'), eb('nextAttemptAt', '<=', now.toISOString())]),
        now,
        workerId,
        limit,
        // Every row of a batch is posted at once, each bounded by the timeout.
        leaseMs: 2 * timeoutMs + 60_000,
      }),
    act,
  });
};

export const webhookDeliverySweep: SweepDefinition = {
  name: 'webhook-deliveries',
  everyMs: 15_000,
  run: ({ db, clock }, { workerId }) => deliverWebhooks({ db, clock, workerId }),
};
