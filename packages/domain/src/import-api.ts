import { z } from 'zod';
import { ImportKind } from './import-columns.js';
import type { RowIssue } from './imports.js';

/** The HTTP contract of /api/imports (issue 2 item 5), shared with the web import wizard. */

/** The multipart fields sent with the file to POST /api/imports. */
export const ImportUploadFields = z.object({
  propertyId: z.coerce.number({ message: '请选择项目' }).int().positive('请选择项目'),
  kind: ImportKind,
});
export type ImportUploadFields = z.infer<typeof ImportUploadFields>;

export const CommitImportInput = z.object({ onlyValid: z.boolean().default(false) });
export type CommitImportInput = z.infer<typeof CommitImportInput>;

export const ImportListQuery = z.object({ propertyId: z.coerce.number().int().positive('请选择项目') });
export const ImportJobQuery = z.object({
  /** `0` leaves out the error and warning lists: for the progress poll. */
  issues: z.enum(['0', '1']).default('1'),
});
export const ExportQuery = z.object({
  propertyId: z.coerce.number().int().positive('请选择项目'),
  /** people only: `all` adds moved-out occupancies with a 迁出日期 column. */
  scope: z.enum(['current', 'all']).default('current'),
});

export const importStatuses = ['previewed', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];
export const importStatusLabels: Record<ImportStatus, string> = {
  previewed: '待确认',
  running: '导入中',
  done: '已完成',
  failed: '失败',
};

/** What POST /api/imports and GET /api/imports/:id answer. */
export type ImportJobView = {
  id: number;
  propertyId: number;
  kind: ImportKind;
  filename: string;
  status: ImportStatus;
  /** Data rows in the file (blank rows not counted). */
  totalRows: number;
  /** Rows that will be written (neither bad nor skipped). */
  validRows: number;
  errorRows: number;
  skippedRows: number;
  /** Of validRows, how many are committed so far. */
  doneRows: number;
  /** True while running but nobody has advanced it for a while (crashed server): commit again resumes. */
  isStalled: boolean;
  onlyValid: boolean;
  errors: RowIssue[];
  warnings: RowIssue[];
  sample: { row: number; values: Record<string, string>; status: 'ok' | 'error' | 'skip' }[];
  summary: ImportSummary | null;
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
};
export type ImportSummary = {
  roomsCreated: number;
  peopleCreated: number;
  arrearsUpdated: number;
  skipped: number;
};
