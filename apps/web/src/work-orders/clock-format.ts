import type { ClockStatus, ClockView } from '@propdesk/domain';
import type { Lang } from '../i18n/i18n';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A span as the desk reads it: the two largest units, seconds only under an hour, so a clock
 * visibly ticks when it matters ("12分30秒") and stays short when it does not ("2天3小时").
 */
export const formatDuration = (ms: number, lang: Lang) => {
  const t = Math.abs(ms);
  const d = Math.floor(t / DAY);
  const h = Math.floor((t % DAY) / HOUR);
  const m = Math.floor((t % HOUR) / MINUTE);
  const s = Math.floor((t % MINUTE) / SECOND);
  if (lang === 'en') {
    if (d) return `${d}d ${h}h`;
    if (h) return `${h}h ${pad(m)}m`;
    if (m) return `${m}m ${pad(s)}s`;
    return `${s}s`;
  }
  if (d) return `${d}天${h}小时`;
  if (h) return `${h}小时${pad(m)}分`;
  if (m) return `${m}分${pad(s)}秒`;
  return `${s}秒`;
};

export type LiveClock = {
  status: ClockStatus;
  /** Time left now (negative: overdue); null once met or stopped. */
  remainingMs: number | null;
  isBreached: boolean;
};

/**
 * A clock as of `nowMs`, from the server's view read at `fetchedAt`. Counting from the read
 * rather than from the deadline keeps a skewed PC clock out of the answer; a paused clock
 * stays frozen, a running one turns overdue when it reaches zero.
 */
export const liveClock = (view: ClockView, fetchedAt: number, nowMs: number): LiveClock => {
  if (view.remainingMs === null || view.status === 'paused')
    return { status: view.status, remainingMs: view.remainingMs, isBreached: view.isBreached };
  const remainingMs = view.remainingMs - Math.max(0, nowMs - fetchedAt);
  return {
    status: remainingMs < 0 || view.isBreached ? 'overdue' : 'running',
    remainingMs,
    isBreached: view.isBreached,
  };
};

/** Tag colour per live status. */
export const clockColor = (c: LiveClock) => {
  if (c.status === 'overdue' || c.status === 'metLate') return 'red';
  if (c.status === 'paused') return 'purple';
  if (c.status === 'met') return 'green';
  if (c.status === 'stopped') return 'default';
  return c.remainingMs !== null && c.remainingMs < 10 * MINUTE ? 'orange' : 'blue';
};
