import type { ChartData } from '@propdesk/domain';
import type { ReactNode } from 'react';
import type { Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { PeriodKind } from './filters';

/**
 * One report described once and drawn twice: as the screen page (antd tables, ECharts) and as
 * the A4 print view (plain bordered tables). Each report's file says what its figures,
 * tables and charts are.
 */

export type Col<R> = {
  key: string;
  title: string;
  /** Columns with the same group share a two-row header (违约 → 未按时到场 / 改约失约 / …). */
  group?: string;
  /** Numbers are right-aligned. */
  isNumber?: boolean;
  /**
   * A label column: the total line shows 合计 in the first one and leaves the others blank.
   * The total line shows only number columns; the rest stay blank there.
   */
  isLabel?: boolean;
  width?: number;
  value: (r: R) => ReactNode;
};

export type TableSpec<R> = {
  key: string;
  title: string;
  cols: Col<R>[];
  rows: readonly R[];
  rowKey: (r: R, i: number) => string;
  /** The 合计 line (not drawn when there are no rows). */
  total?: R;
  /** Shown when the table has no rows although the report has data. */
  emptyText?: string;
  /** Long lists page on screen (the print view shows every row). */
  pageSize?: number;
};

/** A table whose row type is erased, so one report can list tables of different rows. */
export type AnyTable = TableSpec<unknown>;
export const table = <R>(spec: TableSpec<R>) => spec as unknown as AnyTable;

/** What a report's tables need besides the report: texts, and department names that stay
 * clear when several properties are shown (each has its own 工程部). */
export type Ctx = { t: Translate; dept: (id: number, name: string) => string };

/** A headline figure above the tables. */
export type Figure = { key: string; label: string; value: string | number; hint?: string };

export type ReportDef<R> = {
  /** The API path under /api/reports and the page path under /reports. */
  slug: string;
  title: MessageKey;
  subtitle: MessageKey;
  period: PeriodKind;
  hasDepartment: boolean;
  /** Wide tables print on A4 landscape. */
  isLandscape: boolean;
  isEmpty: (r: R) => boolean;
  /** The title on paper (the register's own title, the feedback report's with its period). */
  paperTitle?: (r: R) => string;
  /** Top right on paper, e.g. the form code of the register (S0 JLYL-RF-015). */
  reference?: (r: R) => string;
  figures: (r: R, c: Ctx) => Figure[];
  tables: (r: R, c: Ctx) => AnyTable[];
  charts: (r: R) => ChartData[];
  /** Charts whose series stack (the hours of the day by channel). */
  stacked?: readonly string[];
  /** Signature line under the print view. */
  signLine?: MessageKey;
};

/** A definition with its row type erased, for the routes table. */
export type AnyReportDef = ReportDef<unknown>;
export const defineReport = <R>(def: ReportDef<R>) => def as unknown as AnyReportDef;
