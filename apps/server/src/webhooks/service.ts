import type { CreateWebhookInput, UpdateWebhookInput, WebhookDeliveryQuery } from '@propdesk/domain';
import type { Selectable } from 'kysely';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import { notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';

const storeKinds = (kinds: '*' | string[]) => (kinds === '*' ? '*' : [...new Set(kinds)].join(','));

/** The secret is write-only: views say whether there is one. */
const view = (w: Selectable<Database['webhooks']>) => ({
  id: w.id,
  url: w.url,
  kinds: w.kinds === '*' ? ('*' as const) : w.kinds.split(','),
  hasSecret: !!w.secret,
  active: w.active === 1,
  createdAt: w.createdAt,
});
export type WebhookView = ReturnType<typeof view>;

export const createWebhookService = ({ db, clock }: { db: Db; clock: Clock }) => {
  const get = async (id: number) => {
    const w = await db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
    if (!w) throw notFound('回调');
    return w;
  };
  return {
    list: async () => (await db.selectFrom('webhooks').selectAll().orderBy('id').execute()).map(view),

    create: async (actor: Actor, input: CreateWebhookInput) =>
      db.transaction().execute(async (trx) => {
        const [row] = await trx
          .insertInto('webhooks')
          .values({
            url: input.url,
            kinds: storeKinds(input.kinds),
            secret: input.secret,
            active: 1,
            createdAt: clock.now().toISOString(),
          })
          .returning('id')
          .execute();
        const id = row!.id;
        const after = { url: input.url, kinds: input.kinds, hasSecret: !!input.secret, active: true };
        await appendEvent(trx, clock, {
          entityType: 'webhook',
          entityId: id,
          propertyId: null,
          actorId: actor.id,
          action: 'create',
          data: { after },
        });
        return id;
      }),

    update: async (actor: Actor, id: number, input: UpdateWebhookInput) => {
      const before = view(await get(id));
      const { secret } = input;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('webhooks')
          .set({
            url: input.url,
            kinds: storeKinds(input.kinds),
            active: input.active ? 1 : 0,
            ...(secret === undefined ? {} : { secret }),
          })
          .where('id', '=', id)
          .execute();
        const { id: _id, createdAt: _c, ...was } = before;
        const after = {
          url: input.url,
          kinds: input.kinds,
          hasSecret: secret === undefined ? before.hasSecret : !!secret,
          active: input.active,
        };
        await appendEvent(trx, clock, {
          entityType: 'webhook',
          entityId: id,
          propertyId: null,
          actorId: actor.id,
          action: 'update',
          data: { before: was, after },
        });
      });
    },

    deactivate: async (actor: Actor, id: number) => {
      const w = await get(id);
      if (!w.active) return;
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('webhooks').set({ active: 0 }).where('id', '=', id).execute();
        await appendEvent(trx, clock, {
          entityType: 'webhook',
          entityId: id,
          propertyId: null,
          actorId: actor.id,
          action: 'deactivate',
          data: { before: { active: true }, after: { active: false } },
        });
      });
    },

    /** The delivery log of one webhook, newest first. */
    deliveries: async (id: number, q: WebhookDeliveryQuery) => {
      await get(id);
      let base = db.selectFrom('webhookDeliveries').where('webhookId', '=', id);
      if (q.status) base = base.where('status', '=', q.status);
      const [items, total] = await Promise.all([
        base
          .select([
            'id',
            'kind',
            'status',
            'attempts',
            'responseStatus',
            'lastError',
            'nextAttemptAt',
            'deliveredAt',
            'createdAt',
            'payload',
          ])
          .orderBy('id', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
          .then((r) => Number(r.n)),
      ]);
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  };
};
