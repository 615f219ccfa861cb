import {
  type CategoryRow,
  type ClassificationReport,
  complaintSeverities,
  type DepartmentRow,
  responsibilityFindings,
} from '@propdesk/domain';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../i18n/i18n';
import { categoryText, findingText } from './labels';
import { SeverityTag } from './SeverityTag';

const rate = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const num = (n: number) => (n ? n : <Typography.Text type="secondary">0</Typography.Text>);

/** 顾客投诉分类统计表: one row per category with each class, received, closed, open and the on-time rate. */
export const CategoryTable = ({ report }: { report: ClassificationReport }) => {
  const { t, lang } = useI18n();
  const counts: ColumnsType<CategoryRow> = [
    { title: t('cmp.report.received'), dataIndex: 'received', align: 'right', render: num },
    { title: t('cmp.report.closed'), dataIndex: 'closed', align: 'right', render: num },
    { title: t('cmp.report.open'), dataIndex: 'open', align: 'right', render: num },
    { title: t('cmp.report.onTime'), dataIndex: 'onTimeRate', align: 'right', render: rate },
  ];
  const total = report.total;
  return (
    <Table<CategoryRow>
      rowKey="category"
      size="small"
      bordered
      pagination={false}
      className="pd-cmp-report-table"
      data-testid="report-categories"
      dataSource={report.categories}
      columns={[
        {
          title: t('cmp.category'),
          dataIndex: 'category',
          render: (v: string) => categoryText(v, lang),
        },
        {
          title: t('cmp.report.bySeverity'),
          children: complaintSeverities.map((s) => ({
            title: <SeverityTag severity={s} />,
            key: s,
            align: 'right' as const,
            render: (_: unknown, r: CategoryRow) => num(r.bySeverity[s]),
          })),
        },
        ...counts,
      ]}
      summary={() => (
        <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
          <Table.Summary.Cell index={0}>{t('cmp.report.total')}</Table.Summary.Cell>
          {complaintSeverities.map((s, i) => (
            <Table.Summary.Cell key={s} index={i + 1} align="right">
              {total.bySeverity[s]}
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={5} align="right">
            {total.received}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} align="right">
            {total.closed}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={7} align="right">
            <span data-testid="report-total-open">{total.open}</span>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={8} align="right">
            {rate(total.onTimeRate)}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
};

/** The second table: by the department the complaints were passed to, with its findings. */
export const DepartmentTable = ({ report }: { report: ClassificationReport }) => {
  const { t, lang } = useI18n();
  return (
    <Table<DepartmentRow>
      rowKey={(r) => String(r.departmentId)}
      size="small"
      bordered
      pagination={false}
      className="pd-cmp-report-table"
      data-testid="report-departments"
      dataSource={report.departments}
      locale={{ emptyText: t('cmp.report.noDepartments') }}
      columns={[
        {
          title: t('cmp.department'),
          dataIndex: 'name',
          render: (v: string, r) => (r.departmentId === null ? t('cmp.report.notReferred') : v),
        },
        { title: t('cmp.report.received'), dataIndex: 'received', align: 'right', render: num },
        { title: t('cmp.report.closed'), dataIndex: 'closed', align: 'right', render: num },
        { title: t('cmp.report.open'), dataIndex: 'open', align: 'right', render: num },
        { title: t('cmp.report.onTime'), dataIndex: 'onTimeRate', align: 'right', render: rate },
        {
          title: t('cmp.reply.finding'),
          children: responsibilityFindings.map((f) => ({
            title: findingText(f, lang),
            key: f,
            align: 'right' as const,
            render: (_: unknown, r: DepartmentRow) => num(r.findings[f]),
          })),
        },
      ]}
    />
  );
};
