import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const ComplaintsPage = named(() => import('./ComplaintsPage'), 'ComplaintsPage');
const RegisterComplaintPage = named(() => import('./RegisterComplaintPage'), 'RegisterComplaintPage');
const ComplaintDetailPage = named(() => import('./ComplaintDetailPage'), 'ComplaintDetailPage');
const LibraryPage = named(() => import('./LibraryPage'), 'LibraryPage');
const PublicListPage = named(() => import('./PublicListPage'), 'PublicListPage');
const ReportPage = named(() => import('./ReportPage'), 'ReportPage');

/** The complaint pages (DOMAIN.md §5), under the app shell. */
export const complaintRoutes: RouteObject[] = [
  { path: 'complaints', element: <ComplaintsPage /> },
  { path: 'complaints/new', element: <RegisterComplaintPage /> },
  { path: 'complaints/library', element: <LibraryPage /> },
  { path: 'complaints/public-list', element: <PublicListPage /> },
  { path: 'complaints/reports', element: <ReportPage /> },
  { path: 'complaints/:id', element: <ComplaintDetailPage /> },
];
