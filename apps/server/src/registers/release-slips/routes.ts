import {
  ConfirmReconciliationInput,
  CreateReleaseSlipInput,
  GateCheckInput,
  GateLookupQuery,
  IssueReleaseSlipInput,
  OwnerConfirmationInput,
  ReconciliationQuery,
  RegMonth,
  RegPropertyQuery,
  releaseSlipStates,
  VoidRegisterEntryInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { requireActor } from '../../kernel/http/access.js';
import { IdParams, Ok, ok } from '../../kernel/http/common.js';
import type { App } from '../../kernel/http/types.js';
import { deskRoles, read } from '../http.js';

const tags = ['registers-release-slips'];
const Judged = z.object({
  id: z.number(),
  state: z.enum(releaseSlipStates),
  /** The rules' verdict: refused (code, reason, clause), needsOwner (reasons), or allowed (notifyManager, ownerReminder). */
  decision: z.any(),
  reason: z.string().nullable(),
});

/** 物品放行条 (S1 放行; S3 篇九 4.5.7) and the gate (4.5.7.6). */
export const registerReleaseSlipRoutes = (app: App, { registers }: Deps) => {
  const s = registers.releaseSlips;
  const g = registers.releaseGate;
  app.post(
    '/api/registers/release-slips',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description:
          '填写放行条并按规则判定：state=refused（reason 说明原因，如“租户存在欠费，不予放行”）、awaitingOwner（须业主确认）、approved（可开具）。被拒的申请也留存登记。',
        body: CreateReleaseSlipInput,
        response: { 200: Judged },
      },
    },
    async (req) => s.create(requireActor(req), req.body),
  );
  app.get(
    '/api/registers/release-slips',
    {
      config: read,
      schema: {
        tags,
        description: '放行条列表（含被拒申请）',
        querystring: RegPropertyQuery.extend({ state: z.enum(releaseSlipStates).optional() }),
      },
    },
    async (req) => s.list(requireActor(req), req.query),
  );
  app.get(
    '/api/registers/release-slips/:id',
    {
      config: read,
      schema: {
        tags,
        description: '放行条详情：物品、判定、房间业主及档案电话（owners，供电话确认）、门岗查验记录、历史',
        params: IdParams,
      },
    },
    async (req) => s.detail(requireActor(req), req.params.id),
  );
  app.post(
    '/api/registers/release-slips/:id/owner-confirmation',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description:
          '记录业主确认：电话（须拨打业主资料上的电话，记录通话时间）或业主本人到场签字；业主不同意或反映拖欠房租则不予放行',
        params: IdParams,
        body: OwnerConfirmationInput,
        response: { 200: Judged },
      },
    },
    async (req) => s.confirmOwner(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/registers/release-slips/:id/recheck',
    {
      config: { access: deskRoles },
      schema: { tags, description: '重新判定（如缴清欠费后）', params: IdParams, response: { 200: Judged } },
    },
    async (req) => s.recheck(requireActor(req), req.params.id),
  );
  app.post(
    '/api/registers/release-slips/:id/issue',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description:
          '办理人签字后开具：分配年度编号；欠费三个月以上通知管理处主任，并返回提醒业主的话术 ownerReminder',
        params: IdParams,
        body: IssueReleaseSlipInput,
        response: {
          200: z.object({
            id: z.number(),
            number: z.string(),
            ownerReminder: z.string().nullable(),
            managerNotified: z.boolean(),
          }),
        },
      },
    },
    async (req) => s.issue(requireActor(req), req.params.id),
  );
  app.post(
    '/api/registers/release-slips/:id/void',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '作废放行条（已放行的不能作废）',
        params: IdParams,
        body: VoidRegisterEntryInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await s.voidSlip(requireActor(req), req.params.id, req.body.reason);
      return ok;
    },
  );
  app.get(
    '/api/registers/release-slips/:id/print',
    {
      config: read,
      schema: {
        tags,
        description: '打印数据：一式两联（parts：存根联留底、客户联交门岗）',
        params: IdParams,
      },
    },
    async (req) => s.print(requireActor(req), req.params.id),
  );

  app.get(
    '/api/registers/gate/release-slips',
    {
      config: read,
      schema: {
        tags,
        description: '门岗：输入或扫描编号查看放行条物品；canPass=false 时 reason 说明原因',
        querystring: GateLookupQuery,
      },
    },
    async (req) => g.lookup(requireActor(req), req.query.propertyId, req.query.number),
  );
  app.post(
    '/api/registers/gate/release-slips/check',
    {
      config: { access: ['gate_guard'] },
      schema: {
        tags,
        description:
          '门岗查验（仅门岗角色）：核对物品、签名，时间取服务器时间；每张放行条只能放行一次。result=passed 放行；mismatch 物品不符；refused 编号不存在/已使用/已作废（均登记在物品放行登记表）',
        body: GateCheckInput,
        response: {
          200: z.object({
            checkId: z.number(),
            number: z.string(),
            result: z.enum(['passed', 'mismatch', 'refused']),
            reason: z.string().nullable(),
            checkedAt: z.string(),
            slipId: z.number().nullable(),
          }),
        },
      },
    },
    async (req) => g.check(requireActor(req), req.body),
  );
  app.get(
    '/api/registers/gate/release-log',
    {
      config: read,
      schema: {
        tags,
        description: '物品放行登记表（门岗查验记录）',
        querystring: RegPropertyQuery.extend({ month: RegMonth.optional() }),
      },
    },
    async (req) => g.gateLog(requireActor(req), req.query.propertyId, req.query.month),
  );
  app.get(
    '/api/registers/release-slips-reconciliation',
    {
      config: read,
      schema: {
        tags,
        description: '月度核对：当月开具的存根与门岗登记对照，列出不一致（mismatches）',
        querystring: ReconciliationQuery,
      },
    },
    async (req) => g.reconciliation(requireActor(req), req.query.propertyId, req.query.month),
  );
  app.post(
    '/api/registers/release-slips-reconciliation/confirm',
    {
      config: { access: ['supervisor', 'manager'] },
      schema: {
        tags,
        description: '主管确认当月核对结果',
        body: ConfirmReconciliationInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const r = await g.reconciliation(actor, req.body.propertyId, req.body.month);
      await g.confirmReconciliation(actor, req.body, r.mismatches.length);
      return ok;
    },
  );
};
