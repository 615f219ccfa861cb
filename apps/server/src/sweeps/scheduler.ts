import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pino from 'pino';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Notifier } from '../notifications/notifier.js';

export type SweepDeps = { db: Db; clock: Clock; notifier: Notifier };

export type SweepDefinition = {
  name: string;
  /** Pause between the end of one run and the start of the next. */
  everyMs: number;
  run: (deps: SweepDeps, ctx: { workerId: string }) => Promise<unknown>;
};

type Log = Pick<pino.Logger, 'error' | 'warn' | 'debug'>;

const registry = new Map<string, SweepDefinition>();

/**
 * How a feature adds a timer: write its run with `runSweep` (sweeps/runner.ts) and register it
 * once, with one line in deps.ts next to the others:
 *   registerSweep({ name: 'work-order-breach', everyMs: 60_000, run: (deps, { workerId }) => … });
 * `deps.startBackground()` (called by main.ts) then runs it in every server process; the
 * sweep's claim/stamp makes that safe. A name registered again replaces the earlier one.
 */
export const registerSweep = (def: SweepDefinition) => {
  registry.set(def.name, def);
};
export const registeredSweeps = () => [...registry.values()];

export const newWorkerId = () => `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

/**
 * Runs each sweep on its own unref'd timer, never two runs of one sweep at once in this
 * process, the first soon after start. Returns the function that stops them.
 */
export const startSweeps = (
  deps: SweepDeps,
  opts: { sweeps?: SweepDefinition[]; workerId?: string; log?: Log; firstRunMs?: number } = {},
) => {
  const {
    sweeps = registeredSweeps(),
    workerId = newWorkerId(),
    log = pino({ name: 'sweeps' }),
    firstRunMs = 1_000,
  } = opts;
  let isStopped = false;
  const timers = new Set<NodeJS.Timeout>();

  const runOnce = async (def: SweepDefinition) => {
    try {
      const result = await def.run(deps, { workerId });
      if ((result as { failed?: number } | undefined)?.failed)
        log.warn({ sweep: def.name, result }, 'sweep rows failed');
      else log.debug({ sweep: def.name, result }, 'sweep ran');
    } catch (err) {
      log.error({ err, sweep: def.name }, 'sweep failed');
    }
  };
  const schedule = (def: SweepDefinition, ms: number) => {
    if (isStopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      void runOnce(def).then(() => schedule(def, def.everyMs));
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  for (const def of sweeps) schedule(def, Math.min(firstRunMs, def.everyMs));
  return () => {
    isStopped = true;
    for (const t of timers) clearTimeout(t);
    timers.clear();
  };
};
