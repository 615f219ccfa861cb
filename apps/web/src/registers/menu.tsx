import {
  BuildOutlined,
  CheckSquareOutlined,
  DollarOutlined,
  ExportOutlined,
  IdcardOutlined,
  InboxOutlined,
  KeyOutlined,
  NotificationOutlined,
  SafetyOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from '@propdesk/domain';
import type { Translate } from '../i18n/i18n';
import { deskRoles } from './roles';

/** The left menu's 前台登记簿 group; the gate guard sees only the gate. */
export const registerMenuGroup = (t: Translate) => ({
  key: 'registers',
  label: t('nav.group.registers'),
  items: [
    {
      path: '/registers/gate',
      label: t('nav.reg.gate'),
      icon: <SafetyOutlined />,
      roles: ['gate_guard'] as readonly Role[],
    },
    { path: '/registers/keys', label: t('nav.reg.keys'), icon: <KeyOutlined />, roles: deskRoles },
    { path: '/registers/mail', label: t('nav.reg.mail'), icon: <InboxOutlined />, roles: deskRoles },
    { path: '/registers/payments', label: t('nav.reg.payments'), icon: <DollarOutlined />, roles: deskRoles },
    {
      path: '/registers/release-slips',
      label: t('nav.reg.slips'),
      icon: <ExportOutlined />,
      roles: deskRoles,
    },
    { path: '/registers/visitors', label: t('nav.reg.visitors'), icon: <TeamOutlined />, roles: deskRoles },
    { path: '/registers/passes', label: t('nav.reg.passes'), icon: <IdcardOutlined />, roles: deskRoles },
    {
      path: '/registers/renovations',
      label: t('nav.reg.renovations'),
      icon: <BuildOutlined />,
      roles: [...deskRoles, 'dept_staff'] as readonly Role[],
    },
    { path: '/registers/moves', label: t('nav.reg.moves'), icon: <SwapOutlined />, roles: deskRoles },
    {
      path: '/registers/notices',
      label: t('nav.reg.notices'),
      icon: <NotificationOutlined />,
      roles: deskRoles,
    },
    {
      path: '/registers/day-check',
      label: t('nav.reg.dayCheck'),
      icon: <CheckSquareOutlined />,
      roles: deskRoles,
    },
  ],
});
