import { FundOutlined, PhoneOutlined } from '@ant-design/icons';
import type { Translate } from '../i18n/i18n';
import { visitRoles } from './roles';

/** The left menu's 家访 group: the customer service centre books and records; everyone may read progress. */
export const homeVisitMenuGroup = (t: Translate) => ({
  key: 'home-visits',
  label: t('nav.group.homeVisits'),
  items: [
    { path: '/home-visits', label: t('nav.hv.appointments'), icon: <PhoneOutlined />, roles: visitRoles },
    { path: '/home-visits/progress', label: t('nav.hv.progress'), icon: <FundOutlined /> },
  ],
});
