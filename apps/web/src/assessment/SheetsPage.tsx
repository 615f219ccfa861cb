import type { AssessmentSheetSummary } from '@propdesk/domain';
import { Alert, Button, Card, DatePicker, Empty, Result, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { lastMonthOf, monthParam, sheetPath } from './asm-rules';
import { dateTime } from './format';
import { useSheets } from './queries';
import { StateTag } from './StateTag';

/** 考核表一览 (S2 员工考核规程): every assessed person of the month, live while open, frozen once confirmed. */
export const SheetsPage = () => {
  const t = useT();
  const { propertyId, property } = usePropertyScope();
  const [params, setParams] = useSearchParams();
  const tz = property?.timezone ?? 'Asia/Shanghai';
  const now = new Date();
  const month = monthParam(params.get('month'), now, tz);
  const q = useSheets(propertyId, month);
  const setMonth = (m: string) => setParams({ month: m }, { replace: true });
  const rows = q.data ?? [];
  const confirmed = rows.filter((r) => r.state === 'confirmed').length;

  const cols = [
    {
      title: t('asm.col.staff'),
      key: 'staff',
      render: (_: unknown, s: AssessmentSheetSummary) => (
        <Link to={sheetPath(s.propertyId, s.staffId, s.month)} data-testid={`sheet-link-${s.staffId}`}>
          {s.staffName}
        </Link>
      ),
    },
    {
      title: t('asm.col.department'),
      key: 'dept',
      render: (_: unknown, s: AssessmentSheetSummary) => s.departmentName ?? '—',
    },
    {
      title: t('asm.deductions'),
      dataIndex: 'deductions',
      key: 'd',
      align: 'right' as const,
      render: (v: number) => (v ? <Typography.Text type="danger">−{v}</Typography.Text> : 0),
    },
    {
      title: t('asm.bonus'),
      dataIndex: 'bonus',
      key: 'b',
      align: 'right' as const,
      render: (v: number) => (v ? <Typography.Text type="success">+{v}</Typography.Text> : 0),
    },
    {
      title: t('asm.score'),
      dataIndex: 'score',
      key: 's',
      align: 'right' as const,
      sorter: (a: AssessmentSheetSummary, b: AssessmentSheetSummary) => a.score - b.score,
      render: (v: number) => <strong>{v}</strong>,
    },
    { title: t('asm.col.items'), dataIndex: 'itemCount', key: 'n', align: 'right' as const },
    {
      title: t('asm.col.state'),
      key: 'state',
      render: (_: unknown, s: AssessmentSheetSummary) => <StateTag isFrozen={s.state === 'confirmed'} />,
    },
    {
      title: t('asm.col.confirmedAt'),
      key: 'at',
      render: (_: unknown, s: AssessmentSheetSummary) => dateTime(s.confirmedAt),
    },
  ];

  return (
    <div data-testid="asm-sheets-page">
      <div className="pd-page-header">
        <h1>{t('asm.sheets.title')}</h1>
        <Space wrap>
          <Button onClick={() => setMonth(lastMonthOf(now, tz))}>{t('asm.lastMonth')}</Button>
          <Button onClick={() => setMonth(monthParam(null, now, tz))}>{t('asm.thisMonth')}</Button>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            aria-label={t('asm.month')}
            data-testid="asm-month"
          />
        </Space>
      </div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('asm.sheets.rule')}
        description={t('asm.sheets.ruleMore')}
      />
      <Card
        size="small"
        title={t('asm.sheets.month', { month })}
        extra={
          rows.length > 0 && (
            <Space>
              <Tag color="green">{t('asm.sheets.confirmedCount', { n: confirmed })}</Tag>
              <Tag>{t('asm.sheets.openCount', { n: rows.length - confirmed })}</Tag>
            </Space>
          )
        }
      >
        {q.isError ? (
          <Result
            status="error"
            title={q.error.message}
            extra={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <Table
            size="small"
            rowKey="staffId"
            loading={q.isLoading}
            columns={cols}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: <Empty description={t('asm.sheets.empty')} /> }}
          />
        )}
      </Card>
    </div>
  );
};
