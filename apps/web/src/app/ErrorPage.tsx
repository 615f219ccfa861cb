import { Button, Result, Space } from 'antd';
import { Link, useRouteError } from 'react-router';
import { useT } from '../i18n/i18n';

/**
 * A page that threw: say so in the user's language and offer a way on, instead of the router's
 * developer screen. Nothing typed elsewhere is lost: saved records are on the server.
 */
export const ErrorPage = () => {
  const t = useT();
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Result
      status="error"
      title={t('common.pageError')}
      subTitle={detail}
      data-testid="page-error"
      extra={
        <Space>
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.retry')}
          </Button>
          <Link to="/">
            <Button>{t('nav.dashboard')}</Button>
          </Link>
        </Space>
      }
    />
  );
};
