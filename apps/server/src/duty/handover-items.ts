import type { Executor } from '../history/history.js';

/**
 * What a handover (S3 篇三, 篇七 交接未办结的业务) and the daily unresolved list (S3 篇九 4.1.7)
 * are filled with, from live state: one small function per source. A new source (a new
 * feature's open records) is one more entry in `handoverSources`.
 */
export type HandoverItem = {
  type: string;
  id: number;
  title: string;
  detail: string | null;
  /** When it happened or was opened. */
  at: string | null;
  dueAt: string | null;
  isOverdue: boolean;
  /** The clocks of a work order: arrival and completion. */
  clocks?: { label: string; dueAt: string; status: string }[];
};
export type HandoverSection = { key: string; label: string; total: number; items: HandoverItem[] };

export type SourceContext = {
  propertyId: number;
  now: Date;
  /** Start of the shift (handover) or of the day (daily list). */
  since: Date;
  /** now (handover) or end of the day (daily list). */
  until: Date;
  scope: 'handover' | 'daily';
};
export type HandoverSource = {
  key: string;
  label: string;
  collect: (db: Executor, ctx: SourceContext) => Promise<{ total: number; items: HandoverItem[] }>;
};

export const LIMIT = 100;
export const iso = (d: Date) => d.toISOString();
export const overdue = (dueAt: string | null, now: Date) => dueAt !== null && dueAt < iso(now);
export const count = (rows: { n: unknown } | undefined) => Number(rows?.n ?? 0);
