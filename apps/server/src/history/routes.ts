import { z } from 'zod';
import type { Deps } from '../deps.js';
import type { App } from '../kernel/http/types.js';
import { listHistory, verifyHistory } from './history.js';

export const registerHistoryRoutes = (app: App, { db }: Deps) => {
  app.get(
    '/api/admin/history/verify',
    {
      config: { access: ['admin'] },
      schema: { tags: ['admin'], description: '列出历史记录哈希链校验失败的实体' },
    },
    async () => verifyHistory(db),
  );
  // Staff and properties are admin records; business entities expose their own timelines.
  app.get(
    '/api/admin/history/:entityType/:entityId',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        params: z.object({
          entityType: z.enum(['staff', 'property', 'department']),
          entityId: z.string().regex(/^\d+$/),
        }),
      },
    },
    async (req) => listHistory(db, req.params.entityType, req.params.entityId),
  );
};
