import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAdmin } from '../auth/guards';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const PetitionsPage = named(() => import('./PetitionsPage'), 'PetitionsPage');
const PetitionPage = named(() => import('./PetitionPage'), 'PetitionPage');
const ReplyPrintPage = named(() => import('./ReplyPrintPage'), 'ReplyPrintPage');
const IntakeProfilePage = named(() => import('./IntakeProfilePage'), 'IntakeProfilePage');

/** 群众来信来访登记表 (S0), under the app shell; the admin's switch per property. */
export const petitionRoutes: RouteObject[] = [
  { path: 'petitions', element: <PetitionsPage /> },
  { path: 'petitions/:id', element: <PetitionPage /> },
  {
    path: 'admin/intake-profile',
    element: <RequireAdmin />,
    children: [{ index: true, element: <IntakeProfilePage /> }],
  },
];

/** The reply letter prints on its own, without the shell. */
export const petitionBareRoutes: RouteObject[] = [
  { path: 'petitions/:id/reply/print', element: <ReplyPrintPage /> },
];
