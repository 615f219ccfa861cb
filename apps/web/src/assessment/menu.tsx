import { GiftOutlined, ReadOutlined, SettingOutlined, SolutionOutlined } from '@ant-design/icons';
import type { Role } from '@propdesk/domain';
import type { Translate } from '../i18n/i18n';
import { asmReaderRoles } from './asm-rules';

const ruleRoles: readonly Role[] = [...asmReaderRoles, 'admin'];

/** The left menu's 考核 group: the office's assessors and the company; the admin sets the rules. */
export const assessmentMenuGroup = (t: Translate) => ({
  key: 'assessment',
  label: t('nav.group.assessment'),
  items: [
    { path: '/assessment', label: t('nav.asm.sheets'), icon: <SolutionOutlined />, roles: asmReaderRoles },
    {
      path: '/assessment/rewards',
      label: t('nav.asm.rewards'),
      icon: <GiftOutlined />,
      roles: asmReaderRoles,
    },
    {
      path: '/assessment/training',
      label: t('nav.asm.training'),
      icon: <ReadOutlined />,
      roles: asmReaderRoles,
    },
    { path: '/assessment/rules', label: t('nav.asm.rules'), icon: <SettingOutlined />, roles: ruleRoles },
  ],
});
