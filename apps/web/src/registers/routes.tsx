import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const KeysPage = named(() => import('./keys/KeysPage'), 'KeysPage');
const TakeBackPrintPage = named(() => import('./keys/TakeBackPrintPage'), 'TakeBackPrintPage');
const MailPage = named(() => import('./mail/MailPage'), 'MailPage');
const PaymentsPage = named(() => import('./payments/PaymentsPage'), 'PaymentsPage');
const ReceiptPrintPage = named(() => import('./payments/ReceiptPrintPage'), 'ReceiptPrintPage');
const SlipsPage = named(() => import('./release-slips/SlipsPage'), 'SlipsPage');
const SlipFormPage = named(() => import('./release-slips/SlipFormPage'), 'SlipFormPage');
const SlipDetailPage = named(() => import('./release-slips/SlipDetailPage'), 'SlipDetailPage');
const SlipPrintPage = named(() => import('./release-slips/SlipPrintPage'), 'SlipPrintPage');
const GatePage = named(() => import('./release-slips/GatePage'), 'GatePage');
const ReconciliationPage = named(() => import('./release-slips/ReconciliationPage'), 'ReconciliationPage');
const VisitorsPage = named(() => import('./visitors/VisitorsPage'), 'VisitorsPage');
const PassesPage = named(() => import('./passes/PassesPage'), 'PassesPage');
const RenovationsPage = named(() => import('./renovations/RenovationsPage'), 'RenovationsPage');
const RenovationFormPage = named(() => import('./renovations/RenovationFormPage'), 'RenovationFormPage');
const RenovationDetailPage = named(
  () => import('./renovations/RenovationDetailPage'),
  'RenovationDetailPage',
);
const PermitPrintPage = named(() => import('./renovations/PermitPrintPage'), 'PermitPrintPage');
const MovesPage = named(() => import('./moves/MovesPage'), 'MovesPage');
const NoticesPage = named(() => import('./notices/NoticesPage'), 'NoticesPage');
const NoticeScreenPage = named(() => import('./notices/NoticeScreenPage'), 'NoticeScreenPage');
const RegisterDayCheckPage = named(() => import('./day-check/RegisterDayCheckPage'), 'RegisterDayCheckPage');

/** The front-desk registers (DOMAIN.md §7), under the app shell. */
export const registerRoutes: RouteObject[] = [
  { path: 'registers/keys', element: <KeysPage /> },
  { path: 'registers/keys/take-backs/:id/print', element: <TakeBackPrintPage /> },
  { path: 'registers/mail', element: <MailPage /> },
  { path: 'registers/payments', element: <PaymentsPage /> },
  { path: 'registers/payments/:id/receipt', element: <ReceiptPrintPage /> },
  { path: 'registers/release-slips', element: <SlipsPage /> },
  { path: 'registers/release-slips/new', element: <SlipFormPage /> },
  { path: 'registers/release-slips/reconciliation', element: <ReconciliationPage /> },
  { path: 'registers/release-slips/:id', element: <SlipDetailPage /> },
  { path: 'registers/release-slips/:id/print', element: <SlipPrintPage /> },
  { path: 'registers/gate', element: <GatePage /> },
  { path: 'registers/visitors', element: <VisitorsPage /> },
  { path: 'registers/passes', element: <PassesPage /> },
  { path: 'registers/renovations', element: <RenovationsPage /> },
  { path: 'registers/renovations/new', element: <RenovationFormPage /> },
  { path: 'registers/renovations/:id', element: <RenovationDetailPage /> },
  { path: 'registers/renovations/:id/permit', element: <PermitPrintPage /> },
  { path: 'registers/moves', element: <MovesPage /> },
  { path: 'registers/notices', element: <NoticesPage /> },
  { path: 'registers/day-check', element: <RegisterDayCheckPage /> },
];

/** Pages without the shell: the lobby screen fills the whole display. */
export const registerBareRoutes: RouteObject[] = [
  { path: 'registers/notices/screen', element: <NoticeScreenPage /> },
];
