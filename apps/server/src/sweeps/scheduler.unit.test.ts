import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  registeredSweeps,
  registerSweep,
  type SweepDefinition,
  type SweepDeps,
  startSweeps,
} from './scheduler.js';

const deps = {} as SweepDeps;
const log = { error: vi.fn(), warn: vi.fn(), debug: vi.fn() };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sweep scheduler (STYLE 16: timers are sweeps run on an interval)', () => {
  it('runs a sweep soon after start, then every interval, and not after stop', async () => {
    let runs = 0;
    const def: SweepDefinition = { name: 't', everyMs: 1_000, run: async () => ++runs };
    const stop = startSweeps(deps, { sweeps: [def], log, firstRunMs: 10 });
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(2);
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(2);
  });

  it('never starts a second run of one sweep while the first is still going', async () => {
    let started = 0;
    let release = () => {};
    const def: SweepDefinition = {
      name: 'slow',
      everyMs: 100,
      run: () => {
        started++;
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
    };
    const stop = startSweeps(deps, { sweeps: [def], log, firstRunMs: 0 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toBe(2);
    stop();
  });

  it('keeps going after a run throws, and logs it', async () => {
    let runs = 0;
    const def: SweepDefinition = {
      name: 'flaky',
      everyMs: 100,
      run: async () => {
        runs++;
        throw new Error('boom');
      },
    };
    const stop = startSweeps(deps, { sweeps: [def], log, firstRunMs: 0 });
    await vi.advanceTimersByTimeAsync(250);
    expect(runs).toBe(3);
    expect(log.error).toHaveBeenCalled();
    stop();
  });

  it('registerSweep adds a sweep once by name; a later registration replaces it', () => {
    const a: SweepDefinition = { name: 'unit-test-sweep', everyMs: 1, run: async () => 1 };
    const b: SweepDefinition = { ...a, everyMs: 2 };
    registerSweep(a);
    registerSweep(b);
    const mine = registeredSweeps().filter((s) => s.name === 'unit-test-sweep');
    expect(mine).toEqual([b]);
  });
});
