import { Button, Result, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/i18n';
import { hasRole, useMe } from './queries';

/** Everything but the sign-in page needs a session. */
export const RequireAuth = () => {
  const { data: me, isLoading, isError, refetch } = useMe();
  const location = useLocation();
  const t = useT();
  if (isLoading)
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  if (isError)
    return (
      <Result
        status="error"
        title={t('common.loadFailed')}
        extra={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  if (!me) {
    const next =
      location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  return <Outlet />;
};

/** The server refuses admin calls anyway; this keeps non-admins off the pages. */
export const RequireAdmin = () => {
  const { data: me } = useMe();
  const t = useT();
  if (!hasRole(me, 'admin')) return <Result status="403" title="403" subTitle={t('common.forbidden')} />;
  return <Outlet />;
};
