import {
  NotificationKind,
  type NotificationListQuery,
  type NotificationPage,
  type NotificationView,
} from '@propdesk/domain';
import type { Transaction } from 'kysely';
import type { Executor } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import { notFound } from '../kernel/errors.js';
import { enqueueWebhookDeliveries } from '../webhooks/repo.js';
import type { NotificationHub } from './hub.js';

export type NotifyInput = {
  recipientIds: readonly number[];
  propertyId: number | null;
  /** e.g. `work-order.assigned`; webhooks subscribe by kind. */
  kind: string;
  title: string;
  body?: string | null;
  entityType?: string | null;
  entityId?: string | number | null;
};

const viewColumns = [
  'id',
  'propertyId',
  'kind',
  'title',
  'body',
  'entityType',
  'entityId',
  'createdAt',
  'readAt',
] as const;

export const createNotifier = ({
  db,
  clock,
  hub,
}: {
  db: Db;
  clock: Clock;
  hub: Pick<NotificationHub, 'announce'>;
}) => {
  const write = async (trx: Transaction<Database>, input: NotifyInput) => {
    // A kind webhooks cannot subscribe to is a programming error, not bad user input.
    const kind = NotificationKind.parse(input.kind);
    const now = clock.now().toISOString();
    const recipients = [...new Set(input.recipientIds)];
    const entityId = input.entityId == null ? null : String(input.entityId);
    let ids: number[] = [];
    if (recipients.length) {
      const rows = await trx
        .insertInto('notifications')
        .values(
          recipients.map((recipientId) => ({
            propertyId: input.propertyId,
            recipientId,
            kind,
            title: input.title,
            body: input.body ?? null,
            entityType: input.entityType ?? null,
            entityId,
            createdAt: now,
            readAt: null,
          })),
        )
        .returning('id')
        .execute();
      ids = rows.map((r) => r.id);
      await hub.announce(trx, ids);
    }
    const webhooks = await enqueueWebhookDeliveries(trx, clock, {
      kind,
      data: {
        propertyId: input.propertyId,
        title: input.title,
        body: input.body ?? null,
        entityType: input.entityType ?? null,
        entityId,
        recipientIds: recipients,
      },
    });
    return { ids, webhooks };
  };

  return {
    /**
     * Stores one notification per recipient and queues the matching webhooks, inside the
     * caller's transaction when given one (else in its own); browsers get them live after commit.
     */
    notify: (exec: Executor, input: NotifyInput) =>
      exec.isTransaction
        ? write(exec as Transaction<Database>, input)
        : exec.transaction().execute((trx) => write(trx, input)),

    list: async (staffId: number, q: NotificationListQuery): Promise<NotificationPage> => {
      const mine = db.selectFrom('notifications').where('recipientId', '=', staffId);
      const shown = q.status === 'unread' ? mine.where('readAt', 'is', null) : mine;
      const count = (qb: typeof mine) =>
        qb
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n));
      const [items, total, unread] = await Promise.all([
        shown
          .select([...viewColumns])
          .orderBy((eb) => eb.case().when('readAt', 'is', null).then(0).else(1).end())
          .orderBy('id', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        count(shown),
        count(mine.where('readAt', 'is', null)),
      ]);
      return { items: items as NotificationView[], total, unread, page: q.page, pageSize: q.pageSize };
    },

    unreadCount: async (staffId: number) => {
      const r = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('recipientId', '=', staffId)
        .where('readAt', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    /** Someone else's notification does not exist for you. Marking twice is harmless. */
    markRead: async (staffId: number, id: number) => {
      const own = await db
        .selectFrom('notifications')
        .select(['id', 'readAt'])
        .where('id', '=', id)
        .where('recipientId', '=', staffId)
        .executeTakeFirst();
      if (!own) throw notFound('通知');
      if (own.readAt) return;
      await db
        .updateTable('notifications')
        .set({ readAt: clock.now().toISOString() })
        .where('id', '=', id)
        .where('readAt', 'is', null)
        .execute();
    },

    markAllRead: async (staffId: number) => {
      const r = await db
        .updateTable('notifications')
        .set({ readAt: clock.now().toISOString() })
        .where('recipientId', '=', staffId)
        .where('readAt', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    /** Missed while disconnected: the browser's Last-Event-ID onwards, oldest first. */
    since: async (staffId: number, afterId: number, limit = 100): Promise<NotificationView[]> =>
      (await db
        .selectFrom('notifications')
        .select([...viewColumns])
        .where('recipientId', '=', staffId)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute()) as NotificationView[],
  };
};
export type Notifier = ReturnType<typeof createNotifier>;
