import { NOTIFICATION_EVENT, type NotificationPage, type NotificationView } from '@propdesk/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../lib/api';

export type Notification = NotificationView;

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (filter: { isUnreadOnly?: boolean; limit?: number }) =>
    [...notificationKeys.all, 'list', filter] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
};

/** Unread first, then newest first (the server's order). */
export const useNotifications = (filter: { isUnreadOnly?: boolean; limit?: number } = {}) =>
  useQuery({
    queryKey: notificationKeys.list(filter),
    queryFn: async ({ signal }) =>
      (
        await api.get<NotificationPage>(
          '/api/notifications',
          { status: filter.isUnreadOnly ? 'unread' : 'all', pageSize: filter.limit ?? 20 },
          signal,
        )
      ).items,
  });

export const useUnreadCount = () =>
  useQuery({
    queryKey: notificationKeys.unreadCount(),
    queryFn: async ({ signal }) => {
      const a = await api.get<{ count: number }>('/api/notifications/unread-count', undefined, signal);
      return a.count;
    },
  });

export const useMarkRead = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post(`/api/notifications/${id}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
};

export const useMarkAllRead = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/notifications/read-all'),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
};

/**
 * Keeps the bell live: each `notification` event on /api/notifications/stream carries one
 * NotificationView; we refetch the count and lists. EventSource reconnects by itself (the
 * server sends `retry:` and replays what was missed from Last-Event-ID).
 */
export const useNotificationStream = (onNotification?: (n: NotificationView) => void) => {
  const qc = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/notifications/stream');
    const onEvent = (ev: MessageEvent<string>) => {
      void qc.invalidateQueries({ queryKey: notificationKeys.all });
      try {
        onNotification?.(JSON.parse(ev.data) as NotificationView);
      } catch {
        // Not JSON: the refetch above still shows it.
      }
    };
    source.addEventListener(NOTIFICATION_EVENT, onEvent);
    return () => {
      source.removeEventListener(NOTIFICATION_EVENT, onEvent);
      source.close();
    };
  }, [qc, onNotification]);
};
