import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

// The desk opens in the property's intake form (the petition register, S0, when switched to it).
const DeskPage = named(() => import('../petitions/DeskEntry'), 'DeskEntry');
const CasesPage = named(() => import('./CasesPage'), 'CasesPage');
const CaseDetailPage = named(() => import('./CaseDetailPage'), 'CaseDetailPage');
const TasksPage = named(() => import('./TasksPage'), 'TasksPage');
const LettersPage = named(() => import('./LettersPage'), 'LettersPage');
const IncidentsPage = named(() => import('./IncidentsPage'), 'IncidentsPage');
const DayCheckPage = named(() => import('./DayCheckPage'), 'DayCheckPage');

/** The front-desk intake pages (DOMAIN.md §3), under the app shell. */
export const intakeRoutes: RouteObject[] = [
  { path: 'desk', element: <DeskPage /> },
  { path: 'cases', element: <CasesPage /> },
  { path: 'cases/:id', element: <CaseDetailPage /> },
  { path: 'tasks', element: <TasksPage /> },
  { path: 'letters', element: <LettersPage /> },
  { path: 'incidents', element: <IncidentsPage /> },
  { path: 'day-check', element: <DayCheckPage /> },
];

/** Where a receptionist lands after signing in; everyone else keeps 工作台. */
export const landingPath = (roles: readonly string[] | undefined) =>
  roles?.includes('receptionist')
    ? '/desk'
    : roles?.includes('dept_staff')
      ? '/my-orders'
      : roles?.includes('gate_guard')
        ? '/registers/gate'
        : '/';
