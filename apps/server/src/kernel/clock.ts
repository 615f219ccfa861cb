/** Injected everywhere business logic needs the time, so timer tests control it. */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move by hand. */
export const createManualClock = (start: Date | string) => {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at: Date | string) => {
      current = new Date(at);
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
};
export type ManualClock = ReturnType<typeof createManualClock>;
