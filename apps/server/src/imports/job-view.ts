import type { ImportJobView, ImportKind, ImportStatus, ImportSummary, RowIssue } from '@propdesk/domain';
import type { Selectable } from 'kysely';
import type { ImportTables } from './tables.js';

/** A running job whose heartbeat is older than this is taken to have stalled (server stopped). */
export const IMPORT_STALE_MS = 2 * 60_000;

/** What the `errors` column holds: the preview's findings and its first rows. */
export type StoredIssues = { errors: RowIssue[]; warnings: RowIssue[]; sample: ImportJobView['sample'] };
export type JobRow = Omit<Selectable<ImportTables['importJobs']>, 'payload'>;

// Everything but the payload, which only the commit reads: the progress poll stays light.
export const jobColumns = [
  'id',
  'propertyId',
  'kind',
  'filename',
  'status',
  'totalRows',
  'validRows',
  'doneRows',
  'errors',
  'onlyValid',
  'createdBy',
  'createdAt',
  'heartbeatAt',
  'summary',
  'finishedAt',
  'failure',
] as const;

export const rowsOf = (issues: RowIssue[]) => new Set(issues.map((i) => i.row));

/** The API's view of a job; without the issue lists when `issues` is false (the progress poll). */
export const toJobView = (
  job: JobRow,
  opts: { now: Date; isRunningHere: boolean; issues: boolean },
): ImportJobView => {
  const stored = JSON.parse(job.errors) as StoredIssues;
  const heartbeat = job.heartbeatAt ? Date.parse(job.heartbeatAt) : 0;
  return {
    id: job.id,
    propertyId: job.propertyId,
    kind: job.kind as ImportKind,
    filename: job.filename,
    status: job.status as ImportStatus,
    totalRows: job.totalRows,
    validRows: job.validRows,
    errorRows: rowsOf(stored.errors).size,
    skippedRows: rowsOf(stored.warnings).size,
    doneRows: job.doneRows,
    isStalled:
      job.status === 'running' && !opts.isRunningHere && heartbeat < opts.now.getTime() - IMPORT_STALE_MS,
    onlyValid: job.onlyValid === 1,
    errors: opts.issues ? stored.errors : [],
    warnings: opts.issues ? stored.warnings : [],
    sample: stored.sample,
    summary: job.summary ? (JSON.parse(job.summary) as ImportSummary) : null,
    failure: job.failure,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
};
