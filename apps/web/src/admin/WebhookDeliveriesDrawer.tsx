import { ReloadOutlined } from '@ant-design/icons';
import { type WebhookDeliveryStatus, webhookDeliveryStatuses } from '@propdesk/domain';
import { Button, Drawer, Empty, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useFillOnOpen } from '../lib/form';
import { LoadError } from '../lib/LoadError';
import { useWebhookDeliveries, type Webhook, type WebhookDelivery } from './queries';

const statusColors: Record<WebhookDeliveryStatus, string> = {
  pending: 'blue',
  delivered: 'green',
  failed: 'red',
  cancelled: 'default',
};
const statusKey = (s: WebhookDeliveryStatus) => `hook.st.${s}` as MessageKey;
const time = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—');

/** The recent sends of one webhook, newest first: status, attempts and the last error. */
export const WebhookDeliveriesDrawer = ({
  hook,
  open,
  onClose,
}: {
  hook: Webhook | null;
  open: boolean;
  onClose: () => void;
}) => {
  const t = useT();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>();
  useFillOnOpen(open && hook ? hook.id : null, () => {
    setPage(1);
    setStatus(undefined);
  });
  const list = useWebhookDeliveries(open && hook ? hook.id : null, { page, status });
  return (
    <Drawer
      title={hook ? t('hook.d.title', { url: hook.url }) : ''}
      open={open}
      onClose={onClose}
      size={960}
      destroyOnHidden
    >
      <div data-testid="deliveries">
        <Space style={{ marginBottom: 12 }}>
          <Select<WebhookDeliveryStatus>
            allowClear
            placeholder={t('hook.d.allStatuses')}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            style={{ width: 160 }}
            options={webhookDeliveryStatuses.map((s) => ({ value: s, label: t(statusKey(s)) }))}
          />
          <Button icon={<ReloadOutlined />} loading={list.isFetching} onClick={() => void list.refetch()}>
            {t('hook.d.refresh')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary">{t('hook.d.retryHint')}</Typography.Paragraph>
        {list.isError ? (
          <LoadError query={list} />
        ) : !list.data ? (
          <Skeleton active />
        ) : (
          <Table<WebhookDelivery>
            rowKey="id"
            size="small"
            dataSource={list.data.items}
            locale={{ emptyText: <Empty description={t('hook.d.empty')} /> }}
            pagination={{
              current: page,
              pageSize: 20,
              total: list.data.total,
              onChange: setPage,
              hideOnSinglePage: true,
            }}
            columns={[
              { title: t('hook.d.createdAt'), dataIndex: 'createdAt', width: 160, render: time },
              {
                title: t('hook.d.kind'),
                dataIndex: 'kind',
                render: (k: string) => <Typography.Text code>{k}</Typography.Text>,
              },
              {
                title: t('hook.d.status'),
                dataIndex: 'status',
                width: 96,
                render: (s: WebhookDeliveryStatus) => <Tag color={statusColors[s]}>{t(statusKey(s))}</Tag>,
              },
              { title: t('hook.d.attempts'), dataIndex: 'attempts', width: 80, align: 'right' },
              {
                title: t('hook.d.response'),
                dataIndex: 'responseStatus',
                width: 76,
                render: (v: number | null) => v ?? '—',
              },
              {
                title: t('hook.d.lastError'),
                dataIndex: 'lastError',
                render: (v: string | null) =>
                  v ? (
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {v}
                    </Typography.Text>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('hook.d.when'),
                key: 'when',
                width: 160,
                render: (_v, d) => time(d.deliveredAt ?? (d.status === 'pending' ? d.nextAttemptAt : null)),
              },
            ]}
          />
        )}
      </div>
    </Drawer>
  );
};
