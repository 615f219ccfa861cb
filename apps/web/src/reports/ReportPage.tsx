import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import type { ReportScope } from '@propdesk/domain';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Result,
  Row,
  Skeleton,
  Space,
  Spin,
  Statistic,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { api } from '../lib/api';
import { toastError } from '../lib/feedback';
import { usePropertyScope } from '../shell/property-context';
import {
  apiQuery,
  periodProblem,
  readFilters,
  reportPrintUrl,
  reportXlsxUrl,
  resolveProperty,
  writeFilters,
} from './filters';
import { useReportData } from './queries';
import { ReportFilterBar } from './ReportFilterBar';
import { ReportTable } from './ReportTable';
import type { AnyReportDef, Figure } from './report-def';
import { scopeText, useReportCtx } from './use-report-ctx';
import './reports.css';

// ECharts is fetched only when a report with charts is on screen.
const ReportCharts = lazy(() => import('./ReportCharts').then((m) => ({ default: m.ReportCharts })));

export const Figures = ({ figures }: { figures: Figure[] }) => (
  <Row gutter={[12, 12]} data-testid="rep-figures">
    {figures.map((f) => (
      <Col key={f.key} xs={12} md={8} xl={4}>
        <Card size="small">
          <Statistic title={f.label} value={f.value} suffix={f.hint ? <small>{f.hint}</small> : undefined} />
        </Card>
      </Col>
    ))}
  </Row>
);

/**
 * One report on screen (issue 8 item 1): filters kept in the address, headline figures, the
 * charts, the tables with their totals, the .xlsx of the same filters and the print view.
 */
export const ReportPage = ({ def }: { def: AnyReportDef }) => {
  const t = useT();
  const { data: me } = useMe();
  const scope = usePropertyScope();
  const [params, setParams] = useSearchParams();
  const [isDownloading, setDownloading] = useState(false);
  const filters = readFilters(params, def.period, dayjs().format('YYYY-MM-DD'));
  const isCompany = hasRole(me, 'company');
  const property = resolveProperty(filters.property, scope.propertyId, isCompany);
  const problem = periodProblem(filters, def.period);
  const query = apiQuery(filters, def.period, property);
  const q = useReportData<{ scope: ReportScope }>(def.slug, query, !problem && property !== null);
  const r = q.data;
  const ctx = useReportCtx(r?.scope);

  const download = () => {
    setDownloading(true);
    api
      .download(reportXlsxUrl(def.slug, query), `${def.slug}.xlsx`)
      .catch((e: Error) => toastError(e.message))
      .finally(() => setDownloading(false));
  };

  const body = () => {
    if (property === null && !scope.isLoading) return <Result status="info" title={t('rep.noProperty')} />;
    if (q.isError)
      return (
        <Alert
          type="error"
          showIcon
          title={t('rep.loadFailed', { message: q.error.message })}
          action={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
        />
      );
    if (!r) return problem ? null : <Skeleton active paragraph={{ rows: 10 }} />;
    if (def.isEmpty(r))
      return (
        <Card data-testid="rep-empty">
          <Empty
            description={
              <Space orientation="vertical" size={2}>
                <Typography.Text strong>{t('rep.empty')}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('rep.emptyHint', { period: r.scope.period.label })}
                </Typography.Text>
              </Space>
            }
          />
        </Card>
      );
    const charts = def.charts(r);
    return (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Figures figures={def.figures(r, ctx)} />
        {charts.length > 0 && (
          <Suspense fallback={<Spin style={{ display: 'block', padding: 80 }} />}>
            <ReportCharts charts={charts} stacked={def.stacked} />
          </Suspense>
        )}
        {def.tables(r, ctx).map((spec) => (
          <ReportTable key={spec.key} spec={spec} />
        ))}
      </Space>
    );
  };

  return (
    <div data-testid={`rep-page-${def.slug}`} className="rep-page">
      <div className="pd-page-header">
        <div>
          <h1>{t(def.title)}</h1>
          <Typography.Text type="secondary">{t(def.subtitle)}</Typography.Text>
        </div>
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            onClick={download}
            loading={isDownloading}
            disabled={!r || !!problem || q.isFetching}
            data-testid="rep-xlsx"
          >
            {t('rep.xlsx')}
          </Button>
          <Link to={reportPrintUrl(def.slug, query)} data-testid="rep-print-link">
            <Button icon={<PrinterOutlined />} disabled={!r || !!problem}>
              {t('rep.print')}
            </Button>
          </Link>
        </Space>
      </div>
      <ReportFilterBar
        kind={def.period}
        hasDepartment={def.hasDepartment}
        filters={filters}
        property={property}
        isCompany={isCompany}
        problem={problem}
        onChange={(f) => setParams(writeFilters(f, def.period), { replace: true })}
      />
      {r && (
        <Typography.Paragraph type="secondary" className="rep-scope" data-testid="rep-scope">
          {scopeText(r.scope, t)}
        </Typography.Paragraph>
      )}
      <div style={{ opacity: q.isFetching && r ? 0.6 : 1 }}>{body()}</div>
    </div>
  );
};
