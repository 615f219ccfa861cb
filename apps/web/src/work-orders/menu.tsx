import { DollarOutlined, FundViewOutlined, MobileOutlined, PhoneOutlined } from '@ant-design/icons';
import type { Role } from '@propdesk/domain';
import type { Translate } from '../i18n/i18n';

/** Who works the desk; mirrors the server's deskRoles. */
export const deskRoles: readonly Role[] = ['receptionist', 'assistant', 'supervisor', 'manager'];
const boardReaders: readonly Role[] = [...deskRoles, 'company'];

/** The work-order pages in the left menu's 日常 group. */
export const workOrderMenuItems = (t: Translate) => [
  { path: '/board', label: t('nav.board'), icon: <FundViewOutlined />, roles: boardReaders },
  { path: '/return-visits', label: t('nav.returnVisits'), icon: <PhoneOutlined />, roles: boardReaders },
  { path: '/my-orders', label: t('nav.myOrders'), icon: <MobileOutlined />, roles: ['dept_staff'] as Role[] },
];

/** The price list in the 系统管理 group. */
export const workOrderAdminMenuItems = (t: Translate) => [
  {
    path: '/admin/price-items',
    label: t('nav.priceList'),
    icon: <DollarOutlined />,
    roles: ['admin'] as Role[],
  },
];
