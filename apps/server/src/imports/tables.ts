import type { Generated } from 'kysely';

export type ImportTables = {
  importJobs: {
    id: Generated<number>;
    propertyId: number;
    /** rooms | people | arrears */
    kind: string;
    filename: string;
    /** previewed → running → done | failed (a failed or stalled job may be committed again: it resumes). */
    status: string;
    /** Data rows in the file. */
    totalRows: number;
    /** Rows to write (payload length). */
    validRows: Generated<number>;
    /** Of validRows, committed so far; advances once per batch transaction. */
    doneRows: number;
    /** JSON: rows to write (validated; ID numbers already masked). */
    payload: string;
    /** JSON: { errors, warnings, sample } found in preview. */
    errors: string;
    onlyValid: number;
    createdBy: number;
    createdAt: string;
    /** Stamped by the running commit after every batch; a stale one means the job stalled. */
    heartbeatAt: string | null;
    /** JSON ImportSummary, kept up to date batch by batch. */
    summary: string | null;
    finishedAt: string | null;
    failure: string | null;
  };
};
