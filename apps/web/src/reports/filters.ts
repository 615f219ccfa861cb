/**
 * The filters of a report page kept in the address (so a link, the print view and the .xlsx
 * download all ask for the same figures) and turned into the API's query.
 */

/** Which periods a report takes (packages/domain reports.ts: ReportQuery and its kin). */
export type PeriodKind = 'range' | 'feedback' | 'month' | 'dayOrMonth';
export type PeriodMode = 'month' | 'range' | 'day';

export type ReportFilters = {
  /** null: follow the property chosen in the header (PropertySwitcher). */
  property: number | 'all' | null;
  mode: PeriodMode;
  month: string;
  from: string;
  to: string;
  day: string;
  departmentId: number | null;
};

/** The longest range each kind accepts; the server checks the same (S4 4.4.5: 1–2 months). */
export const maxDays: Record<PeriodKind, number> = { range: 366, feedback: 62, month: 31, dayOrMonth: 31 };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar month before the one `today` (YYYY-MM-DD) falls in. */
export const lastMonth = (today: string) => {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
};

/** First and last day of a month. */
export const monthBounds = (month: string) => {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${pad(last)}` };
};

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;

const idOf = (v: string | null) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/** The filters in a page's address, with last month as the default period. */
export const readFilters = (params: URLSearchParams, kind: PeriodKind, today: string): ReportFilters => {
  const month = params.get('month') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const day = params.get('day') ?? '';
  const fallback = lastMonth(today);
  const bounds = monthBounds(fallback);
  const takesRange = kind === 'range' || kind === 'feedback';
  const mode: PeriodMode =
    kind === 'dayOrMonth' && DAY.test(day)
      ? 'day'
      : takesRange && DAY.test(from) && DAY.test(to) && !MONTH.test(month)
        ? 'range'
        : 'month';
  const property = params.get('property');
  return {
    property: property === 'all' ? 'all' : idOf(property),
    mode,
    month: MONTH.test(month) ? month : fallback,
    from: DAY.test(from) ? from : bounds.from,
    to: DAY.test(to) ? to : bounds.to,
    day: DAY.test(day) ? day : today,
    departmentId: kind === 'month' ? null : idOf(params.get('departmentId')),
  };
};

/** The address for a set of filters: only what the chosen mode uses. */
export const writeFilters = (f: ReportFilters, kind: PeriodKind) => {
  const out = new URLSearchParams();
  if (f.property !== null) out.set('property', String(f.property));
  if (f.mode === 'day') out.set('day', f.day);
  else if (f.mode === 'range' && kind !== 'month') {
    out.set('from', f.from);
    out.set('to', f.to);
  } else out.set('month', f.month);
  if (f.departmentId && kind !== 'month') out.set('departmentId', String(f.departmentId));
  return out;
};

/** The property a page shows: the address's choice, else all (company) or the header's property. */
export const resolveProperty = (
  chosen: ReportFilters['property'],
  headerPropertyId: number | null,
  isCompany: boolean,
): number | 'all' | null => chosen ?? (isCompany ? 'all' : headerPropertyId);

/** The API query for the filters (no propertyId means every property the actor reads). */
export const apiQuery = (f: ReportFilters, kind: PeriodKind, property: number | 'all' | null) => {
  const q: Record<string, string> = {};
  if (typeof property === 'number') q.propertyId = String(property);
  if (f.mode === 'day' && kind === 'dayOrMonth') q.day = f.day;
  else if (f.mode === 'range' && (kind === 'range' || kind === 'feedback')) {
    q.from = f.from;
    q.to = f.to;
  } else q.month = f.month;
  if (f.departmentId && kind !== 'month') q.departmentId = String(f.departmentId);
  return q;
};

export type PeriodProblem = 'order' | 'tooLong' | null;

/** What is wrong with a chosen range before asking the server. */
export const periodProblem = (f: ReportFilters, kind: PeriodKind): PeriodProblem => {
  if (f.mode !== 'range') return null;
  if (f.to < f.from) return 'order';
  return daysBetween(f.from, f.to) > maxDays[kind] ? 'tooLong' : null;
};

/** A query string in a stable key order, for links and downloads. */
export const queryString = (q: Record<string, string>) =>
  new URLSearchParams(Object.entries(q).sort(([a], [b]) => a.localeCompare(b))).toString();

export const reportApiUrl = (slug: string, q: Record<string, string>) => {
  const s = queryString(q);
  return `/api/reports/${slug}${s ? `?${s}` : ''}`;
};

export const reportXlsxUrl = (slug: string, q: Record<string, string>) => {
  const s = queryString(q);
  return `/api/reports/${slug}/report.xlsx${s ? `?${s}` : ''}`;
};

/** The bare print view takes the API's own query. */
export const reportPrintUrl = (slug: string, q: Record<string, string>) => {
  const s = queryString(q);
  return `/reports/${slug}/print${s ? `?${s}` : ''}`;
};
