import { CollectMailInput, MailListQuery, NotifyMailInput, ReceiveMailInput } from '@propdesk/domain';
import type { Deps } from '../../deps.js';
import { requireActor } from '../../kernel/http/access.js';
import { IdParams, Ok, ok } from '../../kernel/http/common.js';
import type { App } from '../../kernel/http/types.js';
import { Created, deskRoles, read } from '../http.js';

const tags = ['registers-mail'];

/** 邮件收发记录本 (S3 篇九 4.5.6). */
export const registerMailRoutes = (app: App, { registers }: Deps) => {
  const m = registers.mail;
  app.post(
    '/api/registers/mail',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '登记收到的邮件：类型、收件房号、投递单位、单号',
        body: ReceiveMailInput,
        response: { 200: Created },
      },
    },
    async (req) => ({ id: await m.receive(requireActor(req), req.body) }),
  );
  app.get(
    '/api/registers/mail',
    {
      config: read,
      schema: {
        tags,
        description: '邮件列表；默认 status=uncollected 为未领取清单（daysWaiting 为已等待天数）',
        querystring: MailListQuery,
      },
    },
    async (req) => m.list(requireActor(req), req.query),
  );
  app.post(
    '/api/registers/mail/:id/notify',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '已通知住户领取（可多次，均记入历史）',
        params: IdParams,
        body: NotifyMailInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await m.notify(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/registers/mail/:id/collect',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '住户领取：领取人、须核对有效证件',
        params: IdParams,
        body: CollectMailInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await m.collect(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
};
