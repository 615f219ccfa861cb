import { Alert, Button, Card, Empty, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

type Props<T> = {
  query: {
    data?: T[] | undefined;
    isLoading: boolean;
    isError: boolean;
    error: Error | null;
    refetch: () => unknown;
  };
  columns: TableProps<T>['columns'];
  emptyText: string;
  title?: ReactNode;
  extra?: ReactNode;
  rowClassName?: (row: T) => string;
  testId?: string;
  expandable?: TableProps<T>['expandable'];
  pageSize?: number;
  rowKey?: (row: T) => string;
};

/** A register's list: the loading, empty and error states every list page must have. */
export const ListCard = <T extends { id: number }>({
  query,
  columns,
  emptyText,
  title,
  extra,
  rowClassName,
  testId,
  expandable,
  pageSize = 20,
  rowKey,
}: Props<T>) => {
  const t = useT();
  return (
    <Card size="small" title={title} extra={extra} styles={{ body: { padding: 0 } }} data-testid={testId}>
      {query.isError ? (
        <Alert
          type="error"
          showIcon
          title={`${t('common.loadFailed')}：${query.error?.message ?? ''}`}
          action={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
          style={{ margin: 16 }}
        />
      ) : (
        <Table<T>
          rowKey={rowKey ?? 'id'}
          size="middle"
          loading={query.isLoading}
          dataSource={query.data ?? []}
          columns={columns}
          rowClassName={rowClassName}
          expandable={expandable}
          pagination={{ pageSize, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
};
