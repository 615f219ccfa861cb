import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const MyDutyPage = named(() => import('./MyDutyPage'), 'MyDutyPage');
const HandoverPage = named(() => import('./HandoverPage'), 'HandoverPage');
const RosterPage = named(() => import('./RosterPage'), 'RosterPage');
const SwapsPage = named(() => import('./SwapsPage'), 'SwapsPage');
const UnresolvedPage = named(() => import('./UnresolvedPage'), 'UnresolvedPage');
const RosterPrintPage = named(() => import('./RosterPrintPage'), 'RosterPrintPage');
const PostsPage = named(() => import('./PostsPage'), 'PostsPage');
const AttendancePage = named(() => import('./AttendancePage'), 'AttendancePage');

/** Duty, roster and handover (DOMAIN.md §6), under the app shell. */
export const dutyRoutes: RouteObject[] = [
  { path: 'duty', element: <MyDutyPage /> },
  { path: 'duty/handovers/:id', element: <HandoverPage /> },
  { path: 'duty/roster', element: <RosterPage /> },
  { path: 'duty/swaps', element: <SwapsPage /> },
  { path: 'duty/unresolved', element: <UnresolvedPage /> },
  { path: 'duty/roster/print', element: <RosterPrintPage /> },
  { path: 'duty/posts', element: <PostsPage /> },
  { path: 'duty/attendance', element: <AttendancePage /> },
];
