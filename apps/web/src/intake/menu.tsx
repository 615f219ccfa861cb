import {
  AlertOutlined,
  CheckSquareOutlined,
  FileSearchOutlined,
  MailOutlined,
  PhoneOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import type { Role } from '@propdesk/domain';
import type { Translate } from '../i18n/i18n';

/** Who works the desk; mirrors the server's deskRoles. */
export const deskRoles: readonly Role[] = ['receptionist', 'assistant', 'supervisor', 'manager'];

/** The intake pages in the left menu's 日常 group. */
export const intakeMenuItems = (t: Translate) => [
  { path: '/desk', label: t('nav.desk'), icon: <PhoneOutlined />, roles: deskRoles },
  { path: '/cases', label: t('nav.cases'), icon: <FileSearchOutlined /> },
  { path: '/tasks', label: t('nav.tasks'), icon: <ScheduleOutlined /> },
  { path: '/letters', label: t('nav.letters'), icon: <MailOutlined />, roles: deskRoles },
  { path: '/incidents', label: t('nav.incidents'), icon: <AlertOutlined /> },
  { path: '/day-check', label: t('nav.dayCheck'), icon: <CheckSquareOutlined />, roles: deskRoles },
];
