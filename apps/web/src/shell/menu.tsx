import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BellOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from '@propdesk/domain';
import type { MenuProps } from 'antd';
import { assessmentMenuGroup } from '../assessment/menu';
import { complaintMenuItems } from '../complaints/menu';
import { dutyMenuGroup } from '../duty/menu';
import { homeVisitMenuGroup } from '../home-visits/menu';
import type { Translate } from '../i18n/i18n';
import { intakeMenuItems } from '../intake/menu';
import { petitionAdminMenuItems, petitionMenuItems } from '../petitions/menu';
import { registerMenuGroup } from '../registers/menu';
import { reportMenuGroup } from '../reports/menu';
import { workOrderAdminMenuItems, workOrderMenuItems } from '../work-orders/menu';

type Item = { path: string; label: string; icon: React.ReactNode; roles?: readonly Role[] };
type Group = { key: string; label: string; items: Item[] };

/** Who may import archive data; the server checks again. */
export const importRoles: readonly Role[] = ['admin', 'assistant', 'supervisor', 'manager'];

const groups = (t: Translate): Group[] => [
  {
    key: 'desk',
    label: t('nav.group.desk'),
    items: [
      { path: '/', label: t('nav.dashboard'), icon: <DashboardOutlined /> },
      ...intakeMenuItems(t),
      ...petitionMenuItems(t),
      ...complaintMenuItems(t),
      ...workOrderMenuItems(t),
      { path: '/notifications', label: t('nav.notifications'), icon: <BellOutlined /> },
    ],
  },
  registerMenuGroup(t),
  dutyMenuGroup(t),
  homeVisitMenuGroup(t),
  reportMenuGroup(t),
  assessmentMenuGroup(t),
  {
    key: 'archive',
    label: t('nav.group.archive'),
    items: [
      { path: '/archive', label: t('nav.archive'), icon: <HomeOutlined /> },
      { path: '/imports', label: t('nav.imports'), icon: <CloudUploadOutlined />, roles: importRoles },
    ],
  },
  {
    key: 'admin',
    label: t('nav.group.admin'),
    items: [
      { path: '/admin/staff', label: t('nav.staff'), icon: <TeamOutlined />, roles: ['admin'] },
      {
        path: '/admin/departments',
        label: t('nav.departments'),
        icon: <ApartmentOutlined />,
        roles: ['admin'],
      },
      { path: '/admin/properties', label: t('nav.properties'), icon: <AuditOutlined />, roles: ['admin'] },
      {
        path: '/admin/history',
        label: t('nav.historyVerify'),
        icon: <SafetyCertificateOutlined />,
        roles: ['admin'],
      },
      { path: '/admin/settings', label: t('nav.settings'), icon: <SettingOutlined />, roles: ['admin'] },
      { path: '/admin/webhooks', label: t('nav.webhooks'), icon: <ApiOutlined />, roles: ['admin'] },
      ...workOrderAdminMenuItems(t),
      ...petitionAdminMenuItems(t),
    ],
  },
];

const visibleGroups = (t: Translate, roles: readonly Role[]) =>
  groups(t)
    .map((g) => ({ ...g, items: g.items.filter((i) => !i.roles || i.roles.some((r) => roles.includes(r))) }))
    .filter((g) => g.items.length > 0);

/** Every page the role may open, in menu order. */
export const menuEntries = (t: Translate, roles: readonly Role[]) =>
  visibleGroups(t, roles).flatMap((g) => g.items);

/** The left menu, grouped by feature; items the role cannot use are left out. */
export const menuItems = (t: Translate, roles: readonly Role[]): MenuProps['items'] =>
  visibleGroups(t, roles).map((g) => ({
    type: 'group' as const,
    key: g.key,
    label: g.label,
    children: g.items.map((i) => ({ key: i.path, icon: i.icon, label: i.label })),
  }));

/** The menu key to highlight for a location: the longest item path that prefixes it. */
export const selectedMenuKey = (pathname: string, t: Translate) => {
  const paths = groups(t).flatMap((g) => g.items.map((i) => i.path));
  return (
    paths
      .filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`)))
      .sort((a, b) => b.length - a.length)[0] ?? ''
  );
};
