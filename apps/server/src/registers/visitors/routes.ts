import { RegisterVisitorInput, VisitorListQuery, VisitorOutInput } from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { requireActor } from '../../kernel/http/access.js';
import { IdParams, Ok, ok } from '../../kernel/http/common.js';
import type { App } from '../../kernel/http/types.js';
import { Created, deskRoles, read } from '../http.js';

const tags = ['registers-visitors'];

/** 访客登记 (S1 前台接待规章). */
export const registerVisitorRoutes = (app: App, { registers }: Deps) => {
  const v = registers.visitors;
  app.post(
    '/api/registers/visitors',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description:
          '访客登记：姓名、被访房号/住户、证件号（只保存脱敏号码）、事由、人数、车牌；联系住户并记录答复（住户不同意则不放入，admitted=false）；isNight 标记物业总值（夜间值班岗位）值班时段内的登记（项目未设夜间岗位时为 20:00–08:00）',
        body: RegisterVisitorInput,
        response: { 200: Created.extend({ admitted: z.boolean() }) },
      },
    },
    async (req) => v.register(requireActor(req), req.body),
  );
  app.get(
    '/api/registers/visitors',
    {
      config: read,
      schema: {
        tags,
        description: '访客列表：某日登记（day，默认今天）；inside=1 为仍在小区内的访客（下班前清单）',
        querystring: VisitorListQuery,
      },
    },
    async (req) =>
      v.list(requireActor(req), {
        propertyId: req.query.propertyId,
        inside: !!req.query.inside,
        day: req.query.day,
      }),
  );
  app.post(
    '/api/registers/visitors/:id/out',
    {
      config: { access: deskRoles },
      schema: {
        tags,
        description: '登记访客离开时间',
        params: IdParams,
        body: VisitorOutInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await v.out(requireActor(req), req.params.id, req.body.outAt);
      return ok;
    },
  );
};
