import type { ReportScope } from '@propdesk/domain';
import { Button, Result, Skeleton, Spin } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { PrintLayout } from '../print/PrintLayout';
import { lastMonth } from './filters';
import { useReportData } from './queries';
import { PrintTable } from './ReportTable';
import type { AnyReportDef } from './report-def';
import { scopeText, useReportCtx } from './use-report-ctx';
import './reports.css';

const ReportCharts = lazy(() => import('./ReportCharts').then((m) => ({ default: m.ReportCharts })));

/**
 * A report on A4 (portrait, or landscape for the wide tables and the contact register), without
 * the app shell. It takes the API's own query from the address, so it prints what the screen
 * showed.
 */
export const ReportPrintPage = ({ def }: { def: AnyReportDef }) => {
  const t = useT();
  const [params] = useSearchParams();
  const { data: me } = useMe();
  const query = Object.fromEntries(params);
  // Opened without a period (a bookmark): last month, as on screen.
  if (!query.month && !query.from && !query.day) query.month = lastMonth(dayjs().format('YYYY-MM-DD'));
  const q = useReportData<{ scope: ReportScope }>(def.slug, query);
  const r = q.data;
  const ctx = useReportCtx(r?.scope);
  if (q.isLoading) return <Skeleton active style={{ padding: 24 }} />;
  if (q.isError || !r)
    return (
      <Result
        status="error"
        title={q.error?.message ?? t('common.loadFailed')}
        extra={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
      />
    );
  const isEmpty = def.isEmpty(r);
  const charts = isEmpty ? [] : def.charts(r);
  const figures = def.figures(r, ctx);
  return (
    <div
      className={`rep-print ${def.isLandscape ? 'rep-print-landscape' : ''}`}
      data-testid={`rep-print-${def.slug}`}
    >
      <PrintLayout
        title={def.paperTitle?.(r) ?? `${t(def.title)}（${r.scope.period.label}）`}
        header={{ propertyName: r.scope.properties.map((p) => p.name).join('、') }}
        reference={def.reference?.(r)}
        paper="A4"
        canSwitchPaper={false}
        printedBy={me?.name}
      >
        {/* After PrintLayout's own @page rule, so this one wins. */}
        {def.isLandscape && <style>{'@page { size: A4 landscape; margin: 8mm 10mm; }'}</style>}
        <p className="rep-print-scope">{scopeText(r.scope, t)}</p>
        {!isEmpty && figures.length > 0 && (
          <p className="rep-print-figures" data-testid="rep-print-figures">
            {figures.map((f) => (
              <span key={f.key}>
                {f.label}：<b>{f.value}</b>
                {f.hint ? `（${f.hint}）` : ''}
              </span>
            ))}
          </p>
        )}
        {charts.length > 0 && (
          <Suspense fallback={<Spin />}>
            <ReportCharts charts={charts} stacked={def.stacked} isPrint />
          </Suspense>
        )}
        {def.tables(r, ctx).map((spec, i, all) => (
          <PrintTable key={spec.key} spec={spec} showTitle={all.length > 1 || i > 0} />
        ))}
        {def.signLine && <p className="rep-print-sign">{t(def.signLine)}</p>}
      </PrintLayout>
    </div>
  );
};
