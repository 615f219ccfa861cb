import {
  BOARD_EVENT,
  type BoardChange,
  BoardQuery,
  BoardView,
  MyWorkOrdersQuery,
  ReturnVisitQueue,
  ReturnVisitQueueQuery,
  WorkOrderSummary,
  workOrderActions,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { deskRoles } from '../intake/routes.js';
import { requireActor } from '../kernel/http/access.js';
import { assertPropertyAccess } from '../kernel/http/actor.js';
import type { App } from '../kernel/http/types.js';

const tags = ['work-orders'];
const boardReaders = [...deskRoles, 'company'] as const;
const HEARTBEAT_MS = 25_000;

/** The follow-up board and its live stream, the phone page, the return-visit queue. */
export const registerBoardRoutes = (app: App, { workOrders: wo }: Deps) => {
  app.get(
    '/api/work-orders/board',
    {
      config: { access: boardReaders },
      schema: {
        tags,
        description:
          '跟踪看板（issue 4 item 7）：项目内所有未关闭派工单及其时限（剩余/超时），紧急的在前，其次按最近时限；另列尚无未结派工单的未结案件（如待派工）。可按部门、类型、状态、承办人、标记筛选。followUpMissing：超过首日未完成且今天（项目时区）尚无跟踪记录。',
        querystring: BoardQuery,
        response: { 200: BoardView },
      },
    },
    async (req) => wo.board(requireActor(req), req.query),
  );

  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });
  app.addHook('onClose', async () => wo.feed.close());

  app.get(
    '/api/work-orders/board/stream',
    {
      config: { access: boardReaders },
      schema: {
        tags,
        description: `看板实时更新（text/event-stream，事件名 ${BOARD_EVENT}）：项目内案件或派工单有任何变化（登记、派工、状态、跟踪记录、违约）即推送一条 { entityType, entityId, action, at }，收到后重新读取看板即可。`,
        querystring: z.object({ propertyId: z.coerce.number().int().positive() }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      assertPropertyAccess(actor, req.query.propertyId, 'read', '项目');
      const res = reply.raw;
      let isClosed = false;
      let heartbeat: NodeJS.Timeout | undefined;
      let unsubscribe = () => {};
      const write = (chunk: string) => {
        if (!isClosed) res.write(chunk);
      };
      const end = () => {
        if (isClosed) return;
        isClosed = true;
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
        res.end();
      };
      // Subscribe before answering: once the client sees the first bytes, it is live.
      unsubscribe = await wo.feed.subscribe(req.query.propertyId, (c: BoardChange) =>
        write(`event: ${BOARD_EVENT}\ndata: ${JSON.stringify(c)}\n\n`),
      );
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
      heartbeat = setInterval(() => write(': ping\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
    },
  );

  app.get(
    '/api/work-orders/mine',
    {
      config: { access: ['dept_staff'] },
      schema: {
        tags,
        description:
          '我的派工单（手机页面，issue 4 item 4）：派给我的未完成派工单（紧急的在前，其次按最近时限）及最近一天完工的；部门主管可用 scope=department 查看本部门的。含案件内容、客户电话和可执行操作。',
        querystring: MyWorkOrdersQuery,
        response: {
          200: z.array(WorkOrderSummary.extend({ allowedActions: z.array(z.enum(workOrderActions)) })),
        },
      },
    },
    async (req) => wo.queries.mine(requireActor(req), req.query.scope),
  );

  app.get(
    '/api/return-visits',
    {
      config: { access: boardReaders },
      schema: {
        tags,
        description:
          '回访队列（S3 篇九 4.5.5）：当天完工的派工单当天回访，按到期时间排序；kind=spotCheck 为其他部门派工单的抽查回访（S4 篇3）。status=done 查看已回访的。',
        querystring: ReturnVisitQueueQuery,
        response: { 200: ReturnVisitQueue },
      },
    },
    async (req) => wo.returnVisits.queue(requireActor(req), req.query),
  );
};
