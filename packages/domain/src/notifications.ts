import { z } from 'zod';

/** Event name on the SSE stream `/api/notifications/stream`; its data is one `NotificationView`. */
export const NOTIFICATION_EVENT = 'notification';

/** What a staff member sees in the bell. */
export const NotificationView = z.object({
  id: z.number(),
  propertyId: z.number().nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationListQuery = z.object({
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(100, '每页最多 100 条').default(20),
  status: z.enum(['all', 'unread']).default('all'),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

/** Unread first, then newest first. */
export const NotificationPage = z.object({
  items: z.array(NotificationView),
  total: z.number(),
  unread: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

/** Notification kinds look like `work-order.assigned`: words joined by `.`, `-` or `_`. */
export const NotificationKind = z
  .string()
  .trim()
  .max(64, '事件类型过长')
  .regex(/^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/, '事件类型格式不正确（例如 work-order.assigned）');

const webhookFields = {
  url: z
    .string()
    .trim()
    .max(500, '地址过长')
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
      } catch {
        return false;
      }
    }, '请输入以 http:// 或 https:// 开头的地址'),
  /** `'*'` for every kind, or the kinds to receive. */
  kinds: z.union([z.literal('*'), z.array(NotificationKind).min(1, '至少选择一种事件').max(50)]),
};
const secret = z.string().min(16, '签名密钥至少 16 位').max(200);

export const CreateWebhookInput = z.object({ ...webhookFields, secret: secret.nullable().default(null) });
export type CreateWebhookInput = z.infer<typeof CreateWebhookInput>;

/** `secret` left out keeps the current one; `null` removes it. */
export const UpdateWebhookInput = z.object({
  ...webhookFields,
  secret: secret.nullable().optional(),
  active: z.boolean(),
});
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookInput>;

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed', 'cancelled'] as const;
export const WebhookDeliveryStatus = z.enum(webhookDeliveryStatuses);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;
export const webhookDeliveryStatusLabels: Record<WebhookDeliveryStatus, string> = {
  pending: '待发送',
  delivered: '已送达',
  failed: '发送失败',
  cancelled: '已取消',
};

export const WebhookDeliveryQuery = z.object({
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(100, '每页最多 100 条').default(20),
  status: WebhookDeliveryStatus.optional(),
});
export type WebhookDeliveryQuery = z.infer<typeof WebhookDeliveryQuery>;
