import { NOTIFICATION_EVENT, type NotificationView } from '@propdesk/domain';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import type { App } from '../kernel/http/types.js';

const frame = (n: NotificationView) =>
  `id: ${n.id}\nevent: ${NOTIFICATION_EVENT}\ndata: ${JSON.stringify(n)}\n\n`;

/**
 * GET /api/notifications/stream: server-sent events for the signed-in staff member (the session
 * cookie authenticates it, like every GET). A comment line every `hub.heartbeatMs` keeps proxies
 * from dropping the idle connection; a browser that reconnects sends Last-Event-ID and first
 * receives what it missed. Every open stream is ended when the app closes.
 */
export const registerNotificationStream = (app: App, { hub, notifier }: Pick<Deps, 'hub' | 'notifier'>) => {
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });
  app.addHook('onClose', async () => hub.close());

  app.get(
    '/api/notifications/stream',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['notifications'], description: '通知推送（text/event-stream，事件名 notification）' },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const lastEventId = Number(req.headers['last-event-id']);
      const res = reply.raw;
      let isReady = false;
      let isClosed = false;
      let floor = 0;
      const early: NotificationView[] = [];
      const write = (chunk: string) => {
        if (!isClosed) res.write(chunk);
      };
      const send = (n: NotificationView) => {
        if (!isReady) early.push(n);
        else if (n.id > floor) write(frame(n));
      };
      let unsubscribe = () => {};
      let heartbeat: NodeJS.Timeout | undefined;
      const end = () => {
        if (isClosed) return;
        isClosed = true;
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
        res.end();
      };

      // Subscribe before answering: once the client sees the first bytes, it is live.
      unsubscribe = await hub.subscribe(actor.id, { send, close: end });
      reply.hijack();
      open.add(end);
      res.on('close', end);
      if (req.raw.socket?.destroyed) return end();
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      write('retry: 5000\n: connected\n\n');
      try {
        if (Number.isSafeInteger(lastEventId) && lastEventId > 0)
          for (const n of await notifier.since(actor.id, lastEventId)) {
            write(frame(n));
            floor = n.id;
          }
      } catch (err) {
        req.log.warn({ err }, 'notification catch-up failed');
      }
      isReady = true;
      for (const n of early.splice(0)) send(n);
      heartbeat = setInterval(() => write(': ping\n\n'), hub.heartbeatMs);
      heartbeat.unref();
    },
  );
};
