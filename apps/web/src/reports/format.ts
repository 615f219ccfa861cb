/** How report figures read on screen and on paper: shares as %, minutes and yuan with decimals. */

/** A share (0–1) as a percentage with one decimal; '—' when there was nothing to divide by. */
export const pctText = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

/** A mean in minutes with one decimal; '—' for none. */
export const minutesText = (m: number | null | undefined) =>
  m === null || m === undefined ? '—' : (Math.round(m * 10) / 10).toFixed(1);

/** Money is kept in cents; reports show yuan with two decimals and thousands separators. */
export const yuanText = (cents: number) =>
  (Math.round(cents) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An hour of day as the charts label it, e.g. 09时. */
export const hourText = (h: number | null) => (h === null ? '—' : `${String(h).padStart(2, '0')}时`);

/** Sums a field over rows (for total lines the server does not give). */
export const sumOf = <R>(rows: readonly R[], f: (r: R) => number) => rows.reduce((n, r) => n + f(r), 0);
