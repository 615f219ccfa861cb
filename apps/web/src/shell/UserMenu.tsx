import { DownOutlined, GlobalOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { roleLabels } from '@propdesk/domain';
import { Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';
import { useMe, useSignOut } from '../auth/queries';
import { useI18n } from '../i18n/i18n';

export const UserMenu = () => {
  const { t, lang, setLang } = useI18n();
  const { data: me } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [isPasswordOpen, setPasswordOpen] = useState(false);
  const roleText = me?.roles.map((r) => (lang === 'en' ? r : roleLabels[r])).join('、');

  const items: MenuProps['items'] = [
    { key: 'who', label: roleText, disabled: true },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('user.changePassword') },
    {
      key: 'lang',
      icon: <GlobalOutlined />,
      label: t('user.language'),
      children: [
        { key: 'lang:zh-CN', label: '中文' },
        { key: 'lang:en', label: 'English' },
      ],
    },
    { type: 'divider' },
    { key: 'sign-out', icon: <LogoutOutlined />, label: t('user.signOut'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setPasswordOpen(true);
    else if (key === 'lang:en') setLang('en');
    else if (key === 'lang:zh-CN') setLang('zh-CN');
    else if (key === 'sign-out')
      signOut.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) });
  };

  return (
    <>
      <Dropdown
        menu={{ items, onClick, selectedKeys: [`lang:${lang}`] }}
        trigger={['click']}
        placement="bottomRight"
      >
        <Button type="text" data-testid="user-menu" style={{ height: 40 }}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1f6feb' }} />
          <span>{me?.name}</span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <ChangePasswordModal open={isPasswordOpen} onClose={() => setPasswordOpen(false)} />
    </>
  );
};
