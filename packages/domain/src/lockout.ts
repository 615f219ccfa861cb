/** Issue 2 item 4: 5 failed sign-ins within 15 minutes lock the username for 15 minutes. */
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_DURATION_MS = 15 * 60_000;

export type SignInAttempt = { at: Date; ok: boolean };

/**
 * Replays the recorded attempts in time order and returns when the lock ends, or null.
 * Attempts refused during a lock are never recorded, so they cannot extend it.
 */
export const lockedUntil = (attempts: readonly SignInAttempt[], now: Date): Date | null => {
  const sorted = [...attempts].sort((a, b) => a.at.getTime() - b.at.getTime());
  let failures: Date[] = [];
  let until: Date | null = null;
  for (const attempt of sorted) {
    if (until && attempt.at < until) continue;
    if (attempt.ok) {
      failures = [];
      continue;
    }
    failures = failures.filter((f) => attempt.at.getTime() - f.getTime() < LOCKOUT_WINDOW_MS);
    failures.push(attempt.at);
    if (failures.length >= LOCKOUT_FAILURES) {
      until = new Date(attempt.at.getTime() + LOCKOUT_DURATION_MS);
      failures = [];
    }
  }
  return until && now < until ? until : null;
};
