import { FileTextOutlined, FormOutlined } from '@ant-design/icons';
import type { Role } from '@propdesk/domain';
import type { Translate } from '../i18n/i18n';

/** The petition register in the 日常 group: every signed-in staff member may read it. */
export const petitionMenuItems = (t: Translate) => [
  { path: '/petitions', label: t('nav.petitions'), icon: <FileTextOutlined /> },
];

/** The admin switches a property's intake form. */
export const petitionAdminMenuItems = (t: Translate) => [
  {
    path: '/admin/intake-profile',
    label: t('nav.intakeProfile'),
    icon: <FormOutlined />,
    roles: ['admin'] as readonly Role[],
  },
];
