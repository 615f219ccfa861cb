import { Alert, Button, Card, Segmented, Skeleton } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { NotificationList } from './NotificationList';
import { useMarkAllRead, useNotifications } from './queries';

export const NotificationsPage = () => {
  const t = useT();
  const [isUnreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications({ isUnreadOnly, limit: 100 });
  const markAll = useMarkAllRead();
  return (
    <>
      <div className="pd-page-header">
        <h1>{t('nav.notifications')}</h1>
        <div style={{ display: 'flex', gap: 8 }}>
          <Segmented
            value={isUnreadOnly ? 'unread' : 'all'}
            onChange={(v) => setUnreadOnly(v === 'unread')}
            options={[
              { value: 'all', label: t('notify.all') },
              { value: 'unread', label: t('notify.unread') },
            ]}
          />
          <Button onClick={() => markAll.mutate()} loading={markAll.isPending}>
            {t('notify.markAllRead')}
          </Button>
        </div>
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        {list.isLoading ? (
          <Skeleton active style={{ padding: 24 }} />
        ) : list.isError ? (
          <Alert type="error" showIcon title={list.error.message} style={{ margin: 16 }} />
        ) : (
          <NotificationList items={list.data ?? []} />
        )}
      </Card>
    </>
  );
};
