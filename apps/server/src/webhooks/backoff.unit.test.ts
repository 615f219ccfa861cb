import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { retryDelayMs, signBody, WEBHOOK_MAX_ATTEMPTS } from './backoff.js';

const MIN = 60_000;

describe('webhook retries (issue 2 item 8: 1 min, 5 min, 30 min, 2 h, 6 h, then give up)', () => {
  it('waits longer after each failure', () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([MIN, 5 * MIN, 30 * MIN, 120 * MIN, 360 * MIN]);
  });
  it('gives up after the 6th failed attempt', () => {
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(6);
    expect(retryDelayMs(6)).toBeNull();
    expect(retryDelayMs(7)).toBeNull();
  });
  it('signs the exact body with HMAC-SHA256 of the secret', () => {
    const body = '{"id":"x","kind":"incident"}';
    expect(signBody('0123456789abcdef', body)).toBe(
      `sha256=${createHmac('sha256', '0123456789abcdef').update(body).digest('hex')}`,
    );
    expect(signBody('0123456789abcdef', `${body} `)).not.toBe(signBody('0123456789abcdef', body));
  });
});
