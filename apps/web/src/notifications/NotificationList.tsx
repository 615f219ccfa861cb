import { CheckOutlined } from '@ant-design/icons';
import { Button, Empty, Typography } from 'antd';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/i18n';
import { type Notification, useMarkRead } from './queries';
import './notifications.css';

dayjs.extend(relativeTime);

/** Where a notification about an entity leads. */
export const notificationLink = (n: Notification) => {
  if (n.entityType === 'room' && n.entityId) return `/archive/rooms/${n.entityId}`;
  if (n.entityType === 'import' && n.entityId) return `/imports?job=${n.entityId}`;
  if (n.entityType === 'case' && n.entityId) return `/cases/${n.entityId}`;
  if (n.entityType === 'workOrder' && n.entityId) return `/work-orders/${n.entityId}`;
  if (n.entityType === 'complaint' && n.entityId) return `/complaints/${n.entityId}`;
  if (n.entityType === 'complaint-report')
    return `/complaints/reports?month=${String(n.entityId).split(':')[1] ?? ''}`;
  if (n.entityType === 'task') return '/tasks';
  if (n.entityType === 'letter') return '/letters';
  if (n.entityType === 'incident') return '/incidents';
  return null;
};

export const NotificationList = ({ items, onOpen }: { items: Notification[]; onOpen?: () => void }) => {
  const t = useT();
  const markRead = useMarkRead();
  const navigate = useNavigate();
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notify.empty')} />;
  return (
    <ul className="pd-notify-list" data-testid="notification-list">
      {items.map((n) => {
        const link = notificationLink(n);
        return (
          <li key={n.id} className={n.readAt ? 'is-read' : 'is-unread'} data-testid="notification-item">
            <button
              type="button"
              className="pd-notify-main"
              onClick={() => {
                if (!n.readAt) markRead.mutate(n.id);
                if (link) {
                  onOpen?.();
                  void navigate(link);
                }
              }}
            >
              <span className="pd-notify-title">{n.title}</span>
              {n.body && <span className="pd-notify-body">{n.body}</span>}
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                title={dayjs(n.createdAt).format('YYYY-MM-DD HH:mm:ss')}
              >
                {dayjs(n.createdAt).fromNow()}
              </Typography.Text>
            </button>
            {!n.readAt && (
              <Button
                size="small"
                type="text"
                icon={<CheckOutlined />}
                title={t('notify.markRead')}
                aria-label={t('notify.markRead')}
                onClick={() => markRead.mutate(n.id)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
};
