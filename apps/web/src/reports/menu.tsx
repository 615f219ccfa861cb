import {
  BarChartOutlined,
  CommentOutlined,
  DollarOutlined,
  FileTextOutlined,
  PhoneOutlined,
  SmileOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Translate } from '../i18n/i18n';
import { registerReaders, reportReaders } from './roles';

/** The left menu's 报表 group; the shell drops it for roles that may read none of them. */
export const reportMenuGroup = (t: Translate) => ({
  key: 'reports',
  label: t('nav.group.reports'),
  items: [
    {
      path: '/reports/contacts',
      label: t('nav.rep.contacts'),
      icon: <PhoneOutlined />,
      roles: reportReaders,
    },
    {
      path: '/reports/work-orders',
      label: t('nav.rep.workOrders'),
      icon: <BarChartOutlined />,
      roles: reportReaders,
    },
    { path: '/reports/fees', label: t('nav.rep.fees'), icon: <DollarOutlined />, roles: reportReaders },
    {
      path: '/reports/return-visits',
      label: t('nav.rep.returnVisits'),
      icon: <SmileOutlined />,
      roles: reportReaders,
    },
    {
      path: '/reports/feedback',
      label: t('nav.rep.feedback'),
      icon: <CommentOutlined />,
      roles: reportReaders,
    },
    { path: '/reports/workload', label: t('nav.rep.workload'), icon: <TeamOutlined />, roles: reportReaders },
    {
      path: '/reports/contact-register',
      label: t('nav.rep.register'),
      icon: <FileTextOutlined />,
      roles: registerReaders,
    },
  ],
});
