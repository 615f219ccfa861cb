import {
  ChaseKeyInput,
  CreateKeySetInput,
  KeyInventoryInput,
  KeyTakeBackInput,
  LendKeyInput,
  RegPropertyQuery,
  ReturnKeyInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { requireActor } from '../../kernel/http/access.js';
import { IdParams, Ok, ok } from '../../kernel/http/common.js';
import type { App } from '../../kernel/http/types.js';
import { Created, deskRoles, read } from '../http.js';

const tags = ['registers-keys'];

/** 钥匙借用登记本 (S3 篇九 4.4.3). */
export const registerKeyRoutes = (app: App, { registers }: Deps) => {
  const k = registers.keys;
  app.post(
    '/api/registers/key-sets',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '登记一组钥匙（开启何处、数量、存放位置）',
        body: CreateKeySetInput,
        response: { 200: Created },
      },
    },
    async (req) => ({ id: await k.createSet(requireActor(req), req.body) }),
  );
  app.get(
    '/api/registers/key-sets',
    {
      config: read,
      schema: {
        tags,
        description: '钥匙柜清单：每组钥匙的数量、借出数（onLoan）、应在柜数（inCabinet）',
        querystring: RegPropertyQuery,
      },
    },
    async (req) => k.listSets(requireActor(req), req.query.propertyId),
  );
  app.post(
    '/api/registers/key-loans',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '借出钥匙：借用人、事由、时间；柜中数量不足时拒绝（422）',
        body: LendKeyInput,
        response: { 200: Created },
      },
    },
    async (req) => ({ id: await k.lend(requireActor(req), req.body) }),
  );
  app.get(
    '/api/registers/key-loans',
    {
      config: read,
      schema: {
        tags,
        description:
          '借用记录；open=1 为未归还钥匙（下班前清单），每条带电话追问记录 chases 与今日是否已追问 chasedToday',
        querystring: RegPropertyQuery.extend({ open: z.enum(['1', 'true']).optional() }),
      },
    },
    async (req) => k.loans(requireActor(req), req.query.propertyId, !!req.query.open),
  );
  app.post(
    '/api/registers/key-loans/:id/return',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '钥匙归还',
        params: IdParams,
        body: ReturnKeyInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await k.returnLoan(requireActor(req), req.params.id, req.body.note);
      return ok;
    },
  );
  app.post(
    '/api/registers/key-loans/:id/chase',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '下班前电话询问未归还原因并记录（S3 4.4.3）',
        params: IdParams,
        body: ChaseKeyInput,
        response: { 200: Created },
      },
    },
    async (req) => ({ id: await k.chase(requireActor(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/registers/key-take-backs',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '钥匙领回单：业主等将钥匙领回，钥匙柜数量相应减少；若关联借用记录则该借用结束',
        body: KeyTakeBackInput,
        response: { 200: Created.extend({ number: z.string() }) },
      },
    },
    async (req) => k.takeBack(requireActor(req), req.body),
  );
  app.get(
    '/api/registers/key-take-backs',
    { config: read, schema: { tags, description: '钥匙领回单列表', querystring: RegPropertyQuery } },
    async (req) => k.takeBacks(requireActor(req), req.query.propertyId),
  );
  app.post(
    '/api/registers/key-inventories',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '钥匙柜盘存（每半月至少一次）：须清点全部在用钥匙，系统计算应有数并列出差异',
        body: KeyInventoryInput,
        response: { 200: Created.extend({ discrepancies: z.number() }) },
      },
    },
    async (req) => k.inventory(requireActor(req), req.body),
  );
  app.get(
    '/api/registers/key-inventories',
    {
      config: read,
      schema: {
        tags,
        description: '盘存记录及下次盘存日期（status.isDue 为 true 表示已到期）',
        querystring: RegPropertyQuery,
      },
    },
    async (req) => k.inventories(requireActor(req), req.query.propertyId),
  );
};
