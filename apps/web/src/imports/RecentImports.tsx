import { type ImportJobView, type ImportStatus, importStatusLabels } from '@propdesk/domain';
import { Alert, Button, Empty, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n/i18n';
import { kindLabel } from './KindStep';
import { useImportJobs } from './queries';

const statusColor: Record<ImportStatus, string> = {
  previewed: 'blue',
  running: 'processing',
  done: 'green',
  failed: 'red',
};

/** The property's recent imports; a previewed or stalled one can be picked up again. */
export const RecentImports = ({
  propertyId,
  onOpen,
}: {
  propertyId: number | null;
  onOpen: (id: number) => void;
}) => {
  const { t, lang } = useI18n();
  const jobs = useImportJobs(propertyId);
  if (jobs.isError) return <Alert type="error" showIcon title={jobs.error.message} style={{ margin: 16 }} />;
  return (
    <Table<ImportJobView>
      size="small"
      rowKey="id"
      loading={jobs.isLoading}
      dataSource={jobs.data ?? []}
      pagination={{ pageSize: 8, hideOnSinglePage: true, size: 'small' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('imp.noJobs')} /> }}
      columns={[
        {
          title: t('imp.when'),
          dataIndex: 'createdAt',
          width: 150,
          render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
        },
        {
          title: t('imp.kind'),
          dataIndex: 'kind',
          width: 80,
          render: (k: ImportJobView['kind']) => kindLabel(k, t),
        },
        { title: t('imp.file'), dataIndex: 'filename', ellipsis: true },
        {
          title: t('imp.rows'),
          key: 'rows',
          width: 150,
          render: (_v, j) => t('imp.rowsSummary', { total: j.totalRows, bad: j.errorRows }),
        },
        {
          title: t('imp.status'),
          dataIndex: 'status',
          width: 90,
          render: (s: ImportStatus) => (
            <Tag color={statusColor[s]}>{lang === 'en' ? s : importStatusLabels[s]}</Tag>
          ),
        },
        {
          title: '',
          key: 'open',
          width: 70,
          render: (_v, j) => (
            <Button size="small" type="link" onClick={() => onOpen(j.id)}>
              {t('imp.open')}
            </Button>
          ),
        },
      ]}
    />
  );
};
