import {
  CreateRenovationInput,
  RenovationCustomerNotifiedInput,
  RenovationDecisionInput,
  RenovationDepositRefundInput,
  RenovationDocumentsInput,
  RenovationGoodsInput,
  RenovationInspectionInput,
  RenovationListQuery,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { requireActor } from '../../kernel/http/access.js';
import { IdParams, Ok, ok } from '../../kernel/http/common.js';
import type { App } from '../../kernel/http/types.js';
import { Created, deskRoles, read } from '../http.js';

const tags = ['registers-renovations'];
const StateOut = z.object({ state: z.string() });

/** 装修 (S1 场景二; S2 住宅室内装饰装修管理服务协议). */
export const registerRenovationRoutes = (app: App, { registers }: Deps) => {
  const r = registers.renovations;
  app.post(
    '/api/registers/renovations',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description:
          '装修申请：资料清单（营业执照、资质证书、施工图纸、每名工人一寸照片及证件）；工程主管不在时前台代收（supervisorAway），前台为首接人跟进到底；返回缺少的资料与应缴费用',
        body: CreateRenovationInput,
        response: {
          200: Created.extend({ number: z.string(), missingDocuments: z.array(z.string()), fees: z.any() }),
        },
      },
    },
    async (req) => r.create(requireActor(req), req.body),
  );
  app.get(
    '/api/registers/renovations',
    {
      config: read,
      schema: {
        tags,
        description: '装修登记列表；awaitingNotice=1 为已审批但尚未通知业主的（首接人跟进）',
        querystring: RenovationListQuery,
      },
    },
    async (req) => r.list(requireActor(req), { ...req.query, awaitingNotice: !!req.query.awaitingNotice }),
  );
  app.get(
    '/api/registers/renovations/:id',
    {
      config: read,
      schema: {
        tags,
        description: '装修详情：资料、工人、费用（应缴/已缴）、出入证、检查、物品出入登记、permitReady、历史',
        params: IdParams,
      },
    },
    async (req) => r.detail(requireActor(req), req.params.id),
  );
  app.post(
    '/api/registers/renovations/:id/documents',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '补交资料或增加工人；返回仍缺少的资料',
        params: IdParams,
        body: RenovationDocumentsInput,
        response: { 200: z.array(z.string()) },
      },
    },
    async (req) => r.addDocuments(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/registers/renovations/:id/decision',
    {
      config: { access: ['dept_staff'] },
      schema: {
        tags,
        description: '审批（仅工程部主管）：资料不全不能批准；审批后通知首接人联系业主',
        params: IdParams,
        body: RenovationDecisionInput,
        response: { 200: StateOut },
      },
    },
    async (req) => r.decide(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/registers/renovations/:id/customer-notified',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '已将审批结果通知业主',
        params: IdParams,
        body: RenovationCustomerNotifiedInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await r.customerNotified(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.get(
    '/api/registers/renovations/:id/permit',
    {
      config: read,
      schema: { tags, description: '装修许可证打印数据（批准且费用缴清后）', params: IdParams },
    },
    async (req) => r.permit(requireActor(req), req.params.id),
  );
  app.post(
    '/api/registers/renovations/:id/worker-passes',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '为尚无出入证的装修工人办理临时出入证（须已缴工本费和押金），有效期至计划完工日',
        params: IdParams,
        response: { 200: z.array(z.object({ id: z.number(), number: z.string(), workerId: z.number() })) },
      },
    },
    async (req) => r.issueWorkerPasses(requireActor(req), req.params.id),
  );
  app.post(
    '/api/registers/renovations/:id/goods',
    {
      config: { access: [...deskRoles, 'gate_guard'] },
      schema: {
        tags,
        description: '物品出入登记表：装修工具/材料进出场',
        params: IdParams,
        body: RenovationGoodsInput,
        response: { 200: Created },
      },
    },
    async (req) => ({ id: await r.recordGoods(requireActor(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/registers/renovations/:id/completion',
    {
      config: { access: deskRoles },
      schema: { tags, description: '业主报完工，等待验收', params: IdParams, response: { 200: Ok } },
    },
    async (req) => {
      await r.reportCompletion(requireActor(req), req.params.id);
      return ok;
    },
  );
  app.post(
    '/api/registers/renovations/:id/inspections',
    {
      config: { access: ['dept_staff'] },
      schema: {
        tags,
        description: '工程部检查：interim 施工中检查；final 竣工验收（合格/不合格）',
        params: IdParams,
        body: RenovationInspectionInput,
        response: { 200: StateOut },
      },
    },
    async (req) => r.inspect(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/registers/renovations/:id/deposit-refund',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '验收合格后退还装修保证金（少退须说明）',
        params: IdParams,
        body: RenovationDepositRefundInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await r.refundDeposit(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
};
