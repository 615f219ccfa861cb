import { describe, expect, it } from 'vitest';
import { lockedUntil } from './lockout.js';

const t = (min: number) => new Date(Date.UTC(2026, 10, 23, 2, min));
const fail = (min: number) => ({ at: t(min), ok: false });

describe('sign-in lockout (issue 2 item 4: 5 failures in 15 minutes lock for 15 minutes)', () => {
  it('locks after the 5th failure within 15 minutes, until 15 minutes after it', () => {
    const attempts = [0, 2, 4, 6, 8].map(fail);
    expect(lockedUntil(attempts, t(9))).toEqual(t(23));
    expect(lockedUntil(attempts, t(22))).toEqual(t(23));
    expect(lockedUntil(attempts, t(23))).toBeNull();
  });
  it('does not lock when the 5 failures span more than 15 minutes', () => {
    expect(lockedUntil([0, 4, 8, 12, 16].map(fail), t(17))).toBeNull();
  });
  it('a success in between resets the count', () => {
    const attempts = [fail(0), fail(1), fail(2), { at: t(3), ok: true }, fail(4), fail(5)];
    expect(lockedUntil(attempts, t(6))).toBeNull();
  });
  it('4 failures never lock', () => {
    expect(lockedUntil([0, 1, 2, 3].map(fail), t(4))).toBeNull();
  });
});
