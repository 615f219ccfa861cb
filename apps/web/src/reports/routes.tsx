import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import type * as Pages from './pages';

type PageName = keyof typeof Pages;
// One chunk for the report pages; ECharts is a further chunk loaded by the charts.
const page = (name: PageName) => lazy(() => import('./pages').then((m) => ({ default: m[name] })));

const reports: [slug: string, screen: PageName, print: PageName][] = [
  ['contacts', 'ContactsReportPage', 'ContactsReportPrint'],
  ['work-orders', 'WorkOrderReportPage', 'WorkOrderReportPrint'],
  ['fees', 'FeeReportPage', 'FeeReportPrint'],
  ['return-visits', 'ReturnVisitReportPage', 'ReturnVisitReportPrint'],
  ['feedback', 'FeedbackReportPage', 'FeedbackReportPrint'],
  ['workload', 'WorkloadReportPage', 'WorkloadReportPrint'],
  ['contact-register', 'RegisterReportPage', 'RegisterReportPrint'],
];

const lazyPages = reports.map(([slug, screen, print]) => ({
  slug,
  Screen: page(screen),
  Print: page(print),
}));

/** The report pages (issue 8 item 1), under the app shell. */
export const reportRoutes: RouteObject[] = lazyPages.map(({ slug, Screen }) => ({
  path: `reports/${slug}`,
  element: <Screen />,
}));

/** Their print views, without the shell: the sheet alone, laid out for A4. */
export const reportBareRoutes: RouteObject[] = lazyPages.map(({ slug, Print }) => ({
  path: `reports/${slug}/print`,
  element: (
    <Suspense fallback={<Spin style={{ display: 'block', padding: 80 }} />}>
      <div className="rep-print-bare">
        <Print />
      </div>
    </Suspense>
  ),
}));
