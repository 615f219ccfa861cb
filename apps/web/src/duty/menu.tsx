import {
  AuditOutlined,
  CalendarOutlined,
  ClusterOutlined,
  ExceptionOutlined,
  ScheduleOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import type { Translate } from '../i18n/i18n';
import { dutyReaderRoles, postPageRoles } from './roles';

/** The left menu's 值班 group: every signed-in staff member may be on the roster. */
export const dutyMenuGroup = (t: Translate) => ({
  key: 'duty',
  label: t('nav.group.duty'),
  items: [
    { path: '/duty', label: t('nav.duty.mine'), icon: <ScheduleOutlined /> },
    { path: '/duty/roster', label: t('nav.duty.roster'), icon: <CalendarOutlined /> },
    { path: '/duty/swaps', label: t('nav.duty.swaps'), icon: <SwapOutlined /> },
    { path: '/duty/unresolved', label: t('nav.duty.unresolved'), icon: <ExceptionOutlined /> },
    {
      path: '/duty/attendance',
      label: t('nav.duty.attendance'),
      icon: <AuditOutlined />,
      roles: dutyReaderRoles,
    },
    { path: '/duty/posts', label: t('nav.duty.posts'), icon: <ClusterOutlined />, roles: postPageRoles },
  ],
});
