import type { ImportJobView, RowIssue } from '@propdesk/domain';
import { Alert, App, Button, Card, Col, Collapse, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';

type Props = {
  job: ImportJobView;
  isCommitting: boolean;
  onCommit: (onlyValid: boolean) => void;
  onRestart: () => void;
};

type SampleRow = ImportJobView['sample'][number];

/** Step 3: every bad row with its number and reason, a sample of the file, and the two ways on. */
export const PreviewStep = ({ job, isCommitting, onCommit, onRestart }: Props) => {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const hasErrors = job.errorRows > 0;
  const reasons = new Map<number, string[]>();
  for (const e of job.errors) reasons.set(e.row, [...(reasons.get(e.row) ?? []), e.message]);
  const headers = [...new Set(job.sample.flatMap((s) => Object.keys(s.values)))];

  const confirmOnlyValid = () =>
    modal.confirm({
      title: t('imp.onlyValidConfirmTitle'),
      content: t('imp.onlyValidConfirmBody', { bad: job.errorRows, good: job.validRows }),
      okText: t('imp.onlyValid'),
      onOk: () => onCommit(true),
    });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={t('imp.totalRows')} value={job.totalRows} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('imp.validRows')}
            value={job.validRows}
            styles={{ content: { color: '#389e0d' } }}
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('imp.errorRows')}
            value={job.errorRows}
            styles={{ content: { color: hasErrors ? '#cf1322' : undefined } }}
          />
        </Col>
        <Col span={6}>
          <Statistic title={t('imp.skippedRows')} value={job.skippedRows} />
        </Col>
      </Row>
      {hasErrors ? (
        <Alert
          type="error"
          showIcon
          title={t('imp.hasErrors', { n: job.errorRows })}
          description={t('imp.hasErrorsHint')}
        />
      ) : (
        <Alert type="success" showIcon title={t('imp.noErrors', { n: job.validRows })} />
      )}
      {hasErrors && (
        <Card size="small" title={t('imp.errorList')} styles={{ body: { padding: 0 } }}>
          <Table<RowIssue>
            data-testid="import-errors"
            size="small"
            rowKey={(r) => `${r.row}:${r.column}:${r.message}`}
            dataSource={job.errors}
            rowClassName={() => 'pd-row-error'}
            pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
            columns={[
              {
                title: t('imp.row'),
                dataIndex: 'row',
                width: 90,
                render: (r: number) => <Tag color="red">{t('imp.rowN', { n: r })}</Tag>,
              },
              {
                title: t('imp.column'),
                dataIndex: 'column',
                width: 140,
                render: (c: string | null) => c ?? '—',
              },
              { title: t('imp.reason'), dataIndex: 'message' },
            ]}
          />
        </Card>
      )}
      {job.warnings.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'w',
              label: t('imp.warnings', { n: job.warnings.length }),
              children: job.warnings.map((w) => (
                <div key={`${w.row}:${w.message}`}>
                  <Typography.Text type="warning">{w.message}</Typography.Text>
                </div>
              )),
            },
          ]}
        />
      )}
      <Card size="small" title={t('imp.sample')} styles={{ body: { padding: 0 } }}>
        <Table<SampleRow>
          size="small"
          rowKey="row"
          data-testid="import-sample"
          dataSource={job.sample}
          pagination={false}
          scroll={{ x: 'max-content', y: 320 }}
          rowClassName={(r) => (r.status === 'error' ? 'pd-row-error' : '')}
          columns={[
            { title: t('imp.row'), dataIndex: 'row', width: 70, fixed: 'left' },
            ...headers.map((h) => ({
              title: h,
              key: h,
              render: (_v: unknown, r: SampleRow) => r.values[h] ?? '',
            })),
            {
              title: t('imp.status'),
              key: 'status',
              width: 280,
              render: (_v: unknown, r: SampleRow) =>
                r.status === 'error' ? (
                  <Typography.Text type="danger">
                    {(reasons.get(r.row) ?? []).join('；') || t('imp.bad')}
                  </Typography.Text>
                ) : r.status === 'skip' ? (
                  <Tag>{t('imp.skip')}</Tag>
                ) : (
                  <Tag color="green">{t('imp.ok')}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Space>
        <Button
          type="primary"
          disabled={hasErrors || job.validRows === 0}
          loading={isCommitting}
          onClick={() => onCommit(false)}
          data-testid="import-all"
        >
          {t('imp.importAll')}
        </Button>
        <Button
          disabled={!hasErrors || job.validRows === 0}
          loading={isCommitting}
          onClick={confirmOnlyValid}
          data-testid="import-only-valid"
        >
          {t('imp.onlyValid')}
        </Button>
        <Button type="text" onClick={onRestart}>
          {t('imp.restart')}
        </Button>
      </Space>
    </Space>
  );
};
