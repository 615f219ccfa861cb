import {
  DeliverInvoiceInput,
  HandOverPaymentInput,
  PaymentListQuery,
  RecordPaymentInput,
  VoidRegisterEntryInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { requireActor } from '../../kernel/http/access.js';
import { IdParams, Ok, ok } from '../../kernel/http/common.js';
import type { App } from '../../kernel/http/types.js';
import { deskRoles, read } from '../http.js';

const tags = ['registers-payments'];
const ArrearsChange = z.object({ monthsOwed: z.number(), amountCents: z.number() });

/** 缴费 (S1 场景三): the finance window, or the desk taking the money when finance is away. */
export const registerPaymentRoutes = (app: App, { registers }: Deps) => {
  const p = registers.payments;
  app.post(
    '/api/registers/payments',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description:
          '登记收款并生成收据编号：管理费（按月，自动减少该房欠费，arrears 返回前后对比）、有偿服务费、装修保证金/工本费/出入证押金等；takenBy=desk 为财务不在时前台代收',
        body: RecordPaymentInput,
        response: {
          200: z.object({
            id: z.number(),
            receiptNo: z.string(),
            arrears: z.object({ before: ArrearsChange, after: ArrearsChange }).nullable(),
          }),
        },
      },
    },
    async (req) => p.record(requireActor(req), req.body),
  );
  app.get(
    '/api/registers/payments',
    {
      config: read,
      schema: {
        tags,
        description: '收款列表；pending=handover 为前台代收未移交财务，pending=invoice 为发票未送达',
        querystring: PaymentListQuery,
      },
    },
    async (req) => p.list(requireActor(req), req.query),
  );
  app.get(
    '/api/registers/payments/:id/receipt',
    { config: read, schema: { tags, description: '收据打印数据（含金额大写）', params: IdParams } },
    async (req) => p.receipt(requireActor(req), req.params.id),
  );
  app.post(
    '/api/registers/payments/:id/handover',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '前台代收款移交财务（记录接收人）',
        params: IdParams,
        body: HandOverPaymentInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await p.handOver(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/registers/payments/:id/invoice',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '发票已送达（发票号、签收人）',
        params: IdParams,
        body: DeliverInvoiceInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await p.deliverInvoice(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/registers/payments/:id/void',
    {
      config: { access: ['supervisor', 'manager'] },
      schema: {
        tags,
        description: '作废收据（主管/经理；未移交财务前）；管理费的欠费随之恢复',
        params: IdParams,
        body: VoidRegisterEntryInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await p.voidPayment(requireActor(req), req.params.id, req.body.reason);
      return ok;
    },
  );
};
