import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n';
import { NotificationList } from './NotificationList';
import { useMarkAllRead, useNotificationStream, useNotifications, useUnreadCount } from './queries';

/** Header bell: unread count kept live by the server's event stream; click for the latest. */
export const NotificationBell = () => {
  const t = useT();
  const [open, setOpen] = useState(false);
  useNotificationStream();
  const { data: count = 0 } = useUnreadCount();
  const list = useNotifications({ limit: 10 });
  const markAll = useMarkAllRead();

  const panel = (
    <div className="pd-notify-panel" data-testid="notification-panel">
      <header>
        <span>{t('notify.title')}</span>
        <Button
          size="small"
          type="link"
          disabled={!count}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notify.markAllRead')}
        </Button>
      </header>
      <div className="pd-notify-scroll">
        {list.isLoading ? (
          <div style={{ padding: 24, textAlign: 'center' }}>
            <Spin />
          </div>
        ) : list.isError ? (
          <div style={{ padding: 16, color: '#cf1322' }}>{list.error.message}</div>
        ) : (
          <NotificationList items={list.data ?? []} onOpen={() => setOpen(false)} />
        )}
      </div>
      <footer>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('notify.viewAll')}
        </Link>
      </footer>
    </div>
  );

  return (
    <Dropdown
      open={open}
      onOpenChange={setOpen}
      trigger={['click']}
      placement="bottomRight"
      popupRender={() => panel}
    >
      <Button
        type="text"
        aria-label={t('notify.title')}
        data-testid="notification-bell"
        style={{ height: 40 }}
      >
        <Badge count={count} size="small" data-testid="notification-count" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
};
