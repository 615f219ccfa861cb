import {
  CreatePriceItemInput,
  PriceItemQuery,
  PriceItemView,
  WorkOrderReceipt,
  WorkOrderSlip,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { deskRoles } from '../intake/routes.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';

const tags = ['work-orders'];

/** The printed slip and receipt (data only; the web prints them), and the price list. */
export const registerPrintRoutes = (app: App, { workOrders: wo }: Deps) => {
  app.get(
    '/api/work-orders/:id/slip',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          '派工单打印数据（S3 篇九 4.5.3.1 打单派工）：单号、房号、联系人、内容、承诺时间、材料、费用（含大写）、签字栏。时间为 UTC，按 timezone 显示。',
        params: IdParams,
        response: { 200: WorkOrderSlip },
      },
    },
    async (req) => wo.printouts.slip(requireActor(req), req.params.id),
  );

  app.post(
    '/api/work-orders/:id/slip-printed',
    {
      config: { access: [...deskRoles, 'dept_staff'] },
      schema: {
        tags,
        description: '记录一次派工单打印（写入操作历史）',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await wo.slipPrinted(requireActor(req), req.params.id);
      return ok;
    },
  );

  app.get(
    '/api/work-orders/:id/receipt',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          '有偿服务收据打印数据：只列价目表收费项目（含审批说明），合计及人民币大写。未完工或无收费项目返回 422。',
        params: IdParams,
        response: { 200: WorkOrderReceipt },
      },
    },
    async (req) => wo.printouts.receipt(requireActor(req), req.params.id),
  );

  app.get(
    '/api/price-items',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '项目的有偿服务价目表（经物价局审批的维修价目表，S1）；默认只列在用项目',
        querystring: PriceItemQuery,
        response: { 200: z.array(PriceItemView) },
      },
    },
    async (req) => wo.priceList.list(requireActor(req), req.query.propertyId, !!req.query.includeRetired),
  );

  app.post(
    '/api/admin/price-items',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin', ...tags],
        description:
          '新增价目表项目（单价以分为单位）。项目不能修改：调价请新增一项并停用旧项，已开派工单保留原价。',
        body: CreatePriceItemInput,
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (req) => wo.priceList.create(requireActor(req), req.body),
  );

  app.post(
    '/api/admin/price-items/:id/retire',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin', ...tags],
        description: '停用价目表项目',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await wo.priceList.retire(requireActor(req), req.params.id);
      return ok;
    },
  );
};
