import { ConfirmReportInput, MonthQuery } from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { reportXlsx, XLSX_MIME } from './report-xlsx.js';

const tags = ['complaints'];
/** Who reads the monthly figures: the office's service staff above the desk, and the company. */
const readers = ['assistant', 'supervisor', 'manager', 'company'] as const;
const PropertyQuery = z.object({ propertyId: z.coerce.number().int().positive() });

const attachment = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const registerComplaintReportRoutes = (app: App, { complaints }: Deps) => {
  app.get(
    '/api/complaint-public-list',
    {
      config: { access: ['receptionist', 'assistant', 'supervisor', 'manager', 'company'] },
      schema: {
        tags,
        description:
          '月度投诉公布清单（S2 顾客投诉规范）：公共部位、公共利益、业户纠纷及热点投诉的处理情况，供公告栏打印；不含投诉人信息，不含敏感投诉',
        querystring: MonthQuery,
      },
    },
    async (req) => complaints.queries.publicList(requireActor(req), req.query.propertyId, req.query.month),
  );

  app.get(
    '/api/complaint-reports',
    {
      config: { access: readers },
      schema: {
        tags,
        description:
          '近 12 个月的《顾客投诉分类统计表》提交状态：本月未结束 / 待提交 / 已逾期（次月3日起，直至经理确认）/ 已确认',
        querystring: PropertyQuery,
      },
    },
    async (req) => complaints.reports.months(requireActor(req), req.query.propertyId),
  );

  app.get(
    '/api/complaint-reports/report',
    {
      config: { access: readers },
      schema: {
        tags,
        description:
          '《顾客投诉分类统计表》（S2 知识管理）：按类别一行，各等级数、受理数、关闭数、未关闭数、按时关闭率；另按责任部门统计。已确认的月报返回提交时的数据',
        querystring: MonthQuery,
      },
    },
    async (req) => complaints.reports.get(requireActor(req), req.query.propertyId, req.query.month),
  );

  app.get(
    '/api/complaint-reports/report.xlsx',
    {
      config: { access: readers },
      schema: { tags, description: '《顾客投诉分类统计表》Excel 下载', querystring: MonthQuery },
    },
    async (req, reply) => {
      const view = await complaints.reports.get(requireActor(req), req.query.propertyId, req.query.month);
      return reply
        .header('content-type', XLSX_MIME)
        .header(
          'content-disposition',
          attachment(
            `complaints-${view.propertyCode}-${view.month}.xlsx`,
            `顾客投诉分类统计表-${view.propertyName}-${view.month}.xlsx`,
          ),
        )
        .send(await reportXlsx(view));
    },
  );

  app.post(
    '/api/complaint-reports/confirm',
    {
      config: { access: ['manager'] },
      schema: {
        tags,
        description:
          '经理确认提交上月《顾客投诉分类统计表》（每月3日前，S2 知识管理）；确认后数据固定，并通知公司客服中心',
        body: ConfirmReportInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await complaints.reports.confirm(requireActor(req), req.body);
      return ok;
    },
  );
};
