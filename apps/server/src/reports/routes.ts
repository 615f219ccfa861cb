import {
  ContactRegister,
  ContactRegisterQuery,
  ContactsReport,
  FeedbackReport,
  FeedbackReportQuery,
  FeeReport,
  ReportQuery,
  type ReportScope,
  ReturnVisitReport,
  type Role,
  WorkloadReport,
  WorkloadReportQuery,
  WorkOrderReport,
} from '@propdesk/domain';
import type { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import type { Actor } from '../kernel/http/actor.js';
import type { App } from '../kernel/http/types.js';
import type { ReportService } from './service.js';
import { attachmentHeader, type SheetSpec, workbookOf, XLSX_MIME } from './xlsx.js';
import { contactsSheets, feedbackSheets, registerSheets, workloadSheets } from './xlsx-sheets.js';
import { feeSheets, returnVisitSheets, workOrderSheets } from './xlsx-sheets-orders.js';

const tags = ['reports'];
/** The monthly figures: the service staff above the desk, and the company (all properties). */
const readers = ['assistant', 'supervisor', 'manager', 'company'] as const satisfies readonly Role[];
/** The contact register is the desk's own paper form. */
const registerReaders = ['receptionist', ...readers] as const satisfies readonly Role[];

type Spec<Q extends z.ZodType, R extends { scope: ReportScope }> = {
  path: string;
  /** File name stem (ASCII) and the Chinese title of the download. */
  file: string;
  title: string;
  access: readonly Role[];
  description: string;
  query: Q;
  response: z.ZodType<R>;
  run: (reports: ReportService, actor: Actor, q: z.infer<Q>) => Promise<R>;
  sheets: (r: R) => SheetSpec[];
};

/** The report as JSON at `…/<path>` and as a workbook at `…/<path>/report.xlsx`. */
const registerReport = <Q extends z.ZodType, R extends { scope: ReportScope }>(
  app: App,
  reports: ReportService,
  spec: Spec<Q, R>,
) => {
  const url = `/api/reports/${spec.path}`;
  app.get(
    url,
    {
      config: { access: spec.access },
      // Typed loosely here (the spec is generic); the schema still shapes and checks the answer.
      schema: {
        tags,
        description: spec.description,
        querystring: spec.query,
        response: { 200: spec.response as z.ZodType },
      },
    },
    async (req) => spec.run(reports, requireActor(req), req.query as z.infer<Q>),
  );
  app.get(
    `${url}/report.xlsx`,
    {
      config: { access: spec.access },
      schema: { tags, description: `${spec.title}（Excel 下载，与 JSON 数据一致）`, querystring: spec.query },
    },
    async (req, reply) => {
      const r = await spec.run(reports, requireActor(req), req.query as z.infer<Q>);
      const { from, to } = r.scope.period;
      const stamp = from === to ? from : `${from}_${to}`;
      const codes = r.scope.properties.length === 1 ? r.scope.properties[0]!.code : 'ALL';
      const names = r.scope.properties.length === 1 ? r.scope.properties[0]!.name : '全部项目';
      return reply
        .header('content-type', XLSX_MIME)
        .header(
          'content-disposition',
          attachmentHeader(`${spec.file}-${codes}-${stamp}.xlsx`, `${spec.title}-${names}-${stamp}.xlsx`),
        )
        .send(await workbookOf(r.scope, spec.sheets(r)));
    },
  );
};

const scopeNote =
  '不填 propertyId 为本人可查看的全部项目（公司客服中心为所有项目）；时段与日期按各项目时区计算。';

export const registerReportRoutes = (app: App, { reports }: Deps) => {
  registerReport(app, reports, {
    path: 'contacts',
    file: 'contacts',
    title: '来电来访统计',
    access: readers,
    description: `来电来访统计：按渠道、类型、时段（0–23 点，用于安排值班）与日期。${scopeNote}departmentId 按案件转交的部门筛选。`,
    query: ReportQuery,
    response: ContactsReport,
    run: (r, a, q) => r.contacts(a, q),
    sheets: contactsSheets,
  });
  registerReport(app, reports, {
    path: 'work-orders',
    file: 'work-orders',
    title: '月派工报事统计分析表',
    access: readers,
    description: `月派工报事统计分析表（S4 篇3）：期间内开出的派工单，按部门、类型统计按时到场率、按时完成率、违约、改约、转介、返工与平均用时。${scopeNote}`,
    query: ReportQuery,
    response: WorkOrderReport,
    run: (r, a, q) => r.workOrders(a, q),
    sheets: workOrderSheets,
  });
  registerReport(app, reports, {
    path: 'fees',
    file: 'paid-services',
    title: '有偿服务收费明细表',
    access: readers,
    description: `有偿服务收费明细表（S4 篇3）：期间内完工的有偿派工单及收费项目；另列前台代收款（按部门筛选时不含前台代收）。${scopeNote}`,
    query: ReportQuery,
    response: FeeReport,
    run: (r, a, q) => r.fees(a, q),
    sheets: feeSheets,
  });
  registerReport(app, reports, {
    path: 'return-visits',
    file: 'return-visits',
    title: '回访结果统计',
    access: readers,
    description: `回访结果（S3 篇九 4.5.5；S4 篇3 抽查回访）：到期日在期间内的回访，满意率、乱收费与收现金反映、不满意返工（案件重新打开）、抽查结果；另计投诉回访。${scopeNote}`,
    query: ReportQuery,
    response: ReturnVisitReport,
    run: (r, a, q) => r.returnVisits(a, q),
    sheets: returnVisitSheets,
  });
  registerReport(app, reports, {
    path: 'feedback',
    file: 'feedback',
    title: '客户反映情况报告',
    access: readers,
    description: `客户反映情况报告（S4 4.4.5，每 1–2 月）：期间内受理的案件按反映类别归类汇总，列出各类反映最多的事项（摘要中的两字词）与楼栋。期间不超过 62 天。${scopeNote}`,
    query: FeedbackReportQuery,
    response: FeedbackReport,
    run: (r, a, q) => r.feedback(a, q),
    sheets: feedbackSheets,
  });
  registerReport(app, reports, {
    path: 'workload',
    file: 'workload',
    title: '值班与个人工作量',
    access: readers,
    description: `每个岗位（班次）与每人的月工作量（S3 篇一 五.5）：来电来访归属当班人员（替班归替班人），另计本人登记、首接、派工、完工与回访数。${scopeNote}`,
    query: WorkloadReportQuery,
    response: WorkloadReport,
    run: (r, a, q) => r.workload(a, q),
    sheets: workloadSheets,
  });
  registerReport(app, reports, {
    path: 'contact-register',
    file: 'contact-register',
    title: '相关方信息登记表',
    access: registerReaders,
    description: `相关方（来电、来函、来访）信息登记表（S0）：某日或某月的每次来电来访，按纸质表的列：日期/时间、来电/来访/来函、姓名、房号、电话、内容、处理情况、接待人；供打印。${scopeNote}`,
    query: ContactRegisterQuery,
    response: ContactRegister,
    run: (r, a, q) => r.register(a, q),
    sheets: registerSheets,
  });
};
