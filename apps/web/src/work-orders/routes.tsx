import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAdmin } from '../auth/guards';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const BoardPage = named(() => import('./BoardPage'), 'BoardPage');
const ReturnVisitsPage = named(() => import('./ReturnVisitsPage'), 'ReturnVisitsPage');
const WorkOrderPage = named(() => import('./WorkOrderPage'), 'WorkOrderPage');
const SlipPage = named(() => import('./SlipPage'), 'SlipPage');
const ReceiptPage = named(() => import('./ReceiptPage'), 'ReceiptPage');
const PriceListPage = named(() => import('./PriceListPage'), 'PriceListPage');
const MyOrdersPage = named(() => import('./MyOrdersPage'), 'MyOrdersPage');

/** Work orders and return visits (DOMAIN.md §4), under the app shell. */
export const workOrderRoutes: RouteObject[] = [
  { path: 'board', element: <BoardPage /> },
  { path: 'return-visits', element: <ReturnVisitsPage /> },
  { path: 'work-orders/:id', element: <WorkOrderPage /> },
  { path: 'work-orders/:id/slip', element: <SlipPage /> },
  { path: 'work-orders/:id/receipt', element: <ReceiptPage /> },
  {
    path: 'admin/price-items',
    element: <RequireAdmin />,
    children: [{ index: true, element: <PriceListPage /> }],
  },
];

/** The phone page of department staff, outside the desk's shell (it must work at 390×844). */
export const workOrderPhoneRoutes: RouteObject[] = [
  {
    path: 'my-orders',
    element: (
      <Suspense fallback={<Spin style={{ display: 'block', padding: 80 }} />}>
        <MyOrdersPage />
      </Suspense>
    ),
  },
];
