import { CheckCircleOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Select,
  Skeleton,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { api } from '../lib/api';
import { toastError, toastSuccess } from '../lib/feedback';
import { usePropertyScope } from '../shell/property-context';
import { reportStatusColor, reportStatusText } from './labels';
import { type ReportView, reportXlsxUrl, useConfirmReport, useReport, useReportMonths } from './queries';
import { CategoryTable, DepartmentTable } from './ReportTables';
import './complaints.css';

// ECharts is only fetched when a report is on screen.
const ReportChart = lazy(() => import('./ReportChart').then((m) => ({ default: m.ReportChart })));

const day = (v: string) => dayjs(v).format('YYYY-MM-DD');

const StatusAlert = ({ v }: { v: ReportView }) => {
  const { t } = useI18n();
  if (v.status === 'confirmed')
    return (
      <Alert
        type="success"
        showIcon
        data-testid="report-status"
        title={`${t('cmp.report.confirmedBy', { name: v.confirmedByName ?? '', at: day(v.confirmedAt ?? v.deadline) })}${
          v.confirmedAt && v.confirmedAt >= v.deadline ? t('cmp.report.late') : ''
        }`}
        description={v.note ?? undefined}
      />
    );
  if (v.status === 'overdue')
    return (
      <Alert
        type="error"
        showIcon
        data-testid="report-status"
        title={t('cmp.report.overdue', { date: day(v.deadline) })}
      />
    );
  if (v.status === 'due')
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="report-status"
        title={t('cmp.report.due', { date: day(v.deadline) })}
      />
    );
  return <Alert type="info" showIcon data-testid="report-status" title={t('cmp.report.inProgress')} />;
};

/** 顾客投诉分类统计表 (S2 知识管理): the two tables, a chart, .xlsx, and the manager's confirmation before the 3rd. */
export const ReportPage = () => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const months = useReportMonths(propertyId);
  const [params, setParams] = useSearchParams();
  // The month being prepared: the last finished one.
  const month = params.get('month') ?? months.data?.[1]?.month ?? null;
  const report = useReport(propertyId, month);
  const confirm = useConfirmReport();
  const [isDownloading, setDownloading] = useState(false);
  const v = report.data;
  const canConfirm = hasRole(me, 'manager') && (v?.status === 'due' || v?.status === 'overdue');

  const download = () => {
    if (!propertyId || !month) return;
    setDownloading(true);
    api
      .download(reportXlsxUrl(propertyId, month), `complaints-${month}.xlsx`)
      .catch((e: Error) => toastError(e.message))
      .finally(() => setDownloading(false));
  };
  const askConfirm = () => {
    if (!propertyId || !month) return;
    modal.confirm({
      title: t('cmp.report.confirmAsk', { month }),
      content: t('cmp.report.confirmText'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'ask-ok' },
      onOk: () =>
        confirm.mutateAsync({ propertyId, month }).then(
          () => toastSuccess(t('cmp.report.confirmed')),
          (e: Error) => toastError(e.message),
        ),
    });
  };

  return (
    <div data-testid="report-page">
      <div className="pd-page-header">
        <div>
          <h1>{t('cmp.report.title')}</h1>
          <Typography.Text type="secondary">{t('cmp.report.subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            value={month ?? undefined}
            onChange={(m) => setParams({ month: m }, { replace: true })}
            loading={months.isLoading}
            style={{ width: 210 }}
            data-testid="report-month"
            options={(months.data ?? []).map((m) => ({
              value: m.month,
              label: (
                <Space size={6}>
                  <span>{m.month}</span>
                  <Tag color={reportStatusColor[m.status]}>{reportStatusText(m.status, lang)}</Tag>
                </Space>
              ),
            }))}
          />
          <Button
            icon={<DownloadOutlined />}
            onClick={download}
            loading={isDownloading}
            disabled={!v}
            data-testid="report-xlsx"
          >
            {t('cmp.report.xlsx')}
          </Button>
          {month && (
            <Link to={`/complaints/public-list?month=${month}`}>
              <Button icon={<PrinterOutlined />}>{t('cmp.public.short')}</Button>
            </Link>
          )}
          {canConfirm && (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={askConfirm}
              loading={confirm.isPending}
              data-testid="report-confirm"
            >
              {t('cmp.report.confirm')}
            </Button>
          )}
        </Space>
      </div>
      {months.isError || report.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('cmp.loadFailed', { message: (months.error ?? report.error)?.message ?? '' })}
          action={
            <Button onClick={() => void (months.isError ? months.refetch() : report.refetch())}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : !v ? (
        months.isLoading || report.isLoading ? (
          <Skeleton active paragraph={{ rows: 10 }} />
        ) : (
          <Empty />
        )
      ) : (
        <Space
          orientation="vertical"
          size={16}
          style={{ width: '100%', opacity: report.isFetching ? 0.6 : 1 }}
        >
          <StatusAlert v={v} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xxl={14}>
              <Card
                size="small"
                title={t('cmp.report.byCategory', { property: v.propertyName, month: v.month })}
              >
                <CategoryTable report={v.report} />
              </Card>
            </Col>
            <Col xs={24} xxl={10}>
              <Card size="small" title={t('cmp.report.chart')}>
                {v.report.total.received ? (
                  <Suspense fallback={<Spin style={{ display: 'block', padding: 120 }} />}>
                    <ReportChart report={v.report} />
                  </Suspense>
                ) : (
                  <Empty description={t('cmp.report.noneReceived')} />
                )}
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('cmp.report.byDepartment')}>
            <DepartmentTable report={v.report} />
          </Card>
        </Space>
      )}
    </div>
  );
};
