import { describe, expect, it } from 'vitest';
import { clockColor, formatDuration, liveClock } from './clock-format';

const view = (over: Partial<Parameters<typeof liveClock>[0]> = {}) => ({
  dueAt: '2026-11-23T02:30:00.000Z',
  metAt: null,
  status: 'running' as const,
  remainingMs: 5 * 60_000,
  isBreached: false,
  ...over,
});

describe('work-order clocks on the board (DOMAIN.md §4, S4 4.4.1 on site within 30 minutes)', () => {
  it('formats a span with its two largest units, in Chinese and English', () => {
    expect(formatDuration(29 * 60_000 + 5_000, 'zh-CN')).toBe('29分05秒');
    expect(formatDuration(-(2 * 86_400_000 + 3 * 3_600_000), 'zh-CN')).toBe('2天3小时');
    expect(formatDuration(3_600_000 + 60_000, 'en')).toBe('1h 01m');
    expect(formatDuration(42_000, 'en')).toBe('42s');
  });

  it('ticks down from the moment it was read and turns overdue at zero', () => {
    const fetchedAt = 1_000_000;
    expect(liveClock(view(), fetchedAt, fetchedAt + 60_000)).toMatchObject({
      status: 'running',
      remainingMs: 4 * 60_000,
    });
    const late = liveClock(view(), fetchedAt, fetchedAt + 6 * 60_000);
    expect(late).toMatchObject({ status: 'overdue', remainingMs: -60_000 });
    expect(clockColor(late)).toBe('red');
  });

  it('stands still while the order is paused (clocks stop while paused)', () => {
    const paused = view({ status: 'paused', remainingMs: 12 * 60_000 });
    expect(liveClock(paused, 0, 3_600_000)).toMatchObject({ status: 'paused', remainingMs: 12 * 60_000 });
  });

  it('a met clock does not tick; a breach stays overdue even with time left (breach stays counted)', () => {
    expect(liveClock(view({ status: 'met', remainingMs: null }), 0, 10_000).remainingMs).toBeNull();
    expect(liveClock(view({ isBreached: true }), 0, 0).status).toBe('overdue');
  });
});
