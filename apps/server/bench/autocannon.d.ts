// The few parts of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Histogram = { p50: number; p99: number; average: number; total: number };
  type Options = {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
    /** Per-request hooks, e.g. a fresh idempotency key in each body. */
    requests?: { setupRequest?: (req: Record<string, unknown>) => Record<string, unknown> }[];
  };
  type Result = { requests: Histogram; latency: Histogram; errors: number; non2xx: number };
  const autocannon: (opts: Options) => Promise<Result>;
  export default autocannon;
}
