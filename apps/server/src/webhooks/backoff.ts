import { createHmac } from 'node:crypto';

/** Waits after the 1st…5th failed attempt; the 6th failure gives up. */
export const WEBHOOK_RETRY_DELAYS_MS = [
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  6 * 3_600_000,
] as const;
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;
export const WEBHOOK_TIMEOUT_MS = 5_000;

/** After `attempts` failed attempts: how long to wait before the next one, or null to give up. */
export const retryDelayMs = (attempts: number): number | null =>
  attempts >= WEBHOOK_MAX_ATTEMPTS ? null : (WEBHOOK_RETRY_DELAYS_MS[Math.max(0, attempts - 1)] ?? null);

/** Value of the `x-propdesk-signature` header: HMAC-SHA256 of the exact body bytes with the webhook's secret. */
export const signBody = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
