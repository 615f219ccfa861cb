import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const AppointmentsPage = named(() => import('./AppointmentsPage'), 'AppointmentsPage');
const ProgressPage = named(() => import('./ProgressPage'), 'ProgressPage');

/** Home visits (家访, S2; DOMAIN.md §8), under the app shell. */
export const homeVisitRoutes: RouteObject[] = [
  { path: 'home-visits', element: <AppointmentsPage /> },
  { path: 'home-visits/progress', element: <ProgressPage /> },
];
