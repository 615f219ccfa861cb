import { Layout, Menu, Spin } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { NotificationBell } from '../notifications/NotificationBell';
import { LookupBox } from './LookupBox';
import { menuItems, selectedMenuKey } from './menu';
import { PropertySwitcher } from './PropertySwitcher';
import { PropertyProvider } from './property-context';
import { UserMenu } from './UserMenu';
import './shell.css';

const PageFallback = () => (
  <div style={{ display: 'grid', placeItems: 'center', padding: 80 }}>
    <Spin />
  </div>
);

/** Left menu, header (property, lookup, bell, user) and the page. Hidden when printing. */
export const AppShell = () => {
  const t = useT();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = selectedMenuKey(pathname, t);
  return (
    <PropertyProvider>
      <Layout className="pd-shell">
        <Layout.Sider width={208} theme="light" className="pd-shell-sider pd-no-print">
          <Link to="/" className="pd-brand">
            <span className="pd-brand-mark">客</span>
            <span>{t('app.title')}</span>
          </Link>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={menuItems(t, me?.roles ?? [])}
            onClick={({ key }) => navigate(key)}
            style={{ borderInlineEnd: 'none' }}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header className="pd-shell-header pd-no-print">
            <PropertySwitcher />
            <div className="pd-header-lookup">
              <LookupBox />
            </div>
            <div className="pd-header-actions">
              <NotificationBell />
              <UserMenu />
            </div>
          </Layout.Header>
          <Layout.Content className="pd-shell-content">
            <Suspense fallback={<PageFallback />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </PropertyProvider>
  );
};
