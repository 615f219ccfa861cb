import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const SheetsPage = named(() => import('./SheetsPage'), 'SheetsPage');
const SheetPage = named(() => import('./SheetPage'), 'SheetPage');
const SheetPrintPage = named(() => import('./SheetPrintPage'), 'SheetPrintPage');
const RulesPage = named(() => import('./RulesPage'), 'RulesPage');
const RewardsPage = named(() => import('./RewardsPage'), 'RewardsPage');
const TrainingPage = named(() => import('./TrainingPage'), 'TrainingPage');
const PlanPage = named(() => import('./PlanPage'), 'PlanPage');

/** Assessment, rewards and penalties, training (DOMAIN.md §8; S2), under the app shell. */
export const assessmentRoutes: RouteObject[] = [
  { path: 'assessment', element: <SheetsPage /> },
  { path: 'assessment/sheets/:propertyId/:staffId/:month', element: <SheetPage /> },
  { path: 'assessment/rules', element: <RulesPage /> },
  { path: 'assessment/rewards', element: <RewardsPage /> },
  { path: 'assessment/training', element: <TrainingPage /> },
  { path: 'assessment/training/:id', element: <PlanPage /> },
];

/** The printable sheet, without the shell. */
export const assessmentBareRoutes: RouteObject[] = [
  {
    path: 'assessment/sheets/:propertyId/:staffId/:month/print',
    element: (
      <Suspense fallback={<Spin style={{ display: 'block', padding: 80 }} />}>
        <SheetPrintPage />
      </Suspense>
    ),
  },
];
