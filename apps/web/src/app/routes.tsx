import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { assessmentBareRoutes, assessmentRoutes } from '../assessment/routes';
import { RequireAdmin, RequireAuth } from '../auth/guards';
import { SignInPage } from '../auth/SignInPage';
import { complaintRoutes } from '../complaints/routes';
import { DashboardPage } from '../dashboard/DashboardPage';
import { dutyRoutes } from '../duty/routes';
import { homeVisitRoutes } from '../home-visits/routes';
import { intakeRoutes } from '../intake/routes';
import { petitionBareRoutes, petitionRoutes } from '../petitions/routes';
import { registerBareRoutes, registerRoutes } from '../registers/routes';
import { reportBareRoutes, reportRoutes } from '../reports/routes';
import { AppShell } from '../shell/AppShell';
import { workOrderPhoneRoutes, workOrderRoutes } from '../work-orders/routes';
import { ErrorPage } from './ErrorPage';
import { NotFoundPage } from './NotFoundPage';

// Admin, import and print pages are split out so the receptionist's first load stays small.
const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const PropertyTreePage = named(() => import('../archive/PropertyTreePage'), 'PropertyTreePage');
const RoomPage = named(() => import('../archive/RoomPage'), 'RoomPage');
const RoomCardPage = named(() => import('../archive/RoomCardPage'), 'RoomCardPage');
const ImportWizardPage = named(() => import('../imports/ImportWizardPage'), 'ImportWizardPage');
const NotificationsPage = named(() => import('../notifications/NotificationsPage'), 'NotificationsPage');
const StaffPage = named(() => import('../admin/StaffPage'), 'StaffPage');
const DepartmentsPage = named(() => import('../admin/DepartmentsPage'), 'DepartmentsPage');
const PropertiesPage = named(() => import('../admin/PropertiesPage'), 'PropertiesPage');
const HistoryVerifyPage = named(() => import('../admin/HistoryVerifyPage'), 'HistoryVerifyPage');
const SettingsPage = named(() => import('../admin/SettingsPage'), 'SettingsPage');
const WebhooksPage = named(() => import('../admin/WebhooksPage'), 'WebhooksPage');

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireAuth />,
    errorElement: <ErrorPage />,
    children: [
      ...workOrderPhoneRoutes,
      ...registerBareRoutes,
      ...petitionBareRoutes,
      ...assessmentBareRoutes,
      ...reportBareRoutes,
      {
        element: <AppShell />,
        children: [
          {
            // Inside the shell: a page that throws keeps the menu, so the user can go on.
            errorElement: <ErrorPage />,
            children: [
              { index: true, element: <DashboardPage /> },
              ...intakeRoutes,
              ...complaintRoutes,
              ...workOrderRoutes,
              ...registerRoutes,
              ...dutyRoutes,
              ...homeVisitRoutes,
              ...petitionRoutes,
              ...assessmentRoutes,
              ...reportRoutes,
              { path: 'archive', element: <PropertyTreePage /> },
              { path: 'archive/rooms/:id', element: <RoomPage /> },
              { path: 'archive/rooms/:id/card', element: <RoomCardPage /> },
              { path: 'imports', element: <ImportWizardPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              {
                path: 'admin',
                element: <RequireAdmin />,
                children: [
                  { path: 'staff', element: <StaffPage /> },
                  { path: 'departments', element: <DepartmentsPage /> },
                  { path: 'properties', element: <PropertiesPage /> },
                  { path: 'history', element: <HistoryVerifyPage /> },
                  { path: 'settings', element: <SettingsPage /> },
                  { path: 'webhooks', element: <WebhooksPage /> },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
