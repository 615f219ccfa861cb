import { BarChartOutlined, BookOutlined, WarningOutlined } from '@ant-design/icons';
import type { Role } from '@propdesk/domain';
import type { Translate } from '../i18n/i18n';

/** Who reads the monthly report and the public list besides the desk; mirrors the server's routes. */
export const reportReaders: readonly Role[] = ['assistant', 'supervisor', 'manager', 'company'];

/** The complaint pages in the left menu's 日常 group. */
export const complaintMenuItems = (t: Translate) => [
  { path: '/complaints', label: t('nav.complaints'), icon: <WarningOutlined /> },
  { path: '/complaints/library', label: t('nav.complaintLibrary'), icon: <BookOutlined /> },
  {
    path: '/complaints/reports',
    label: t('nav.complaintReport'),
    icon: <BarChartOutlined />,
    roles: reportReaders,
  },
];
