import { describe, expect, it } from 'vitest';
import { localDate, startOfLocalDay } from './time.js';

describe('property time zones (STYLE 10; issue 2 item 8)', () => {
  it('reads the local date in Asia/Shanghai', () => {
    expect(localDate(new Date('2026-11-23T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-23T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-24');
  });
  it('finds the instant a local day starts', () => {
    expect(startOfLocalDay('2026-11-24', 'Asia/Shanghai').toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(startOfLocalDay('2026-07-01', 'Europe/Berlin').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfLocalDay('2026-01-01', 'UTC').toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
