import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { SignInInput } from '@propdesk/domain';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useForm } from 'react-hook-form';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { type Translate, useI18n } from '../i18n/i18n';
import { landingPath } from '../intake/routes';
import { isApiError } from '../lib/api';
import { FormField } from '../lib/form';
import { useMe, useSignIn } from './queries';

/** The server's message, except a lockout, which is told in the desk's local time. */
const signInErrorText = (e: Error, t: Translate) => {
  const until =
    isApiError(e) && e.code === 'ACCOUNT_LOCKED'
      ? (e.details as { lockedUntil?: string } | null)?.lockedUntil
      : undefined;
  return until ? t('signIn.locked', { time: dayjs(until).format('HH:mm') }) : e.message;
};

const safeNext = (next: string | null, landing: string) =>
  next?.startsWith('/') && !next.startsWith('//') ? next : landing;

export const SignInPage = () => {
  const { t, lang, setLang } = useI18n();
  const { data: me } = useMe();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { control, handleSubmit } = useForm<SignInInput>({
    resolver: zodResolver(SignInInput),
    defaultValues: { username: '', password: '' },
  });

  if (me) return <Navigate to={safeNext(params.get('next'), landingPath(me.roles))} replace />;

  const onSubmit = handleSubmit((input) =>
    signIn.mutate(input, {
      onSuccess: (m) => navigate(safeNext(params.get('next'), landingPath(m.roles)), { replace: true }),
    }),
  );

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: 'linear-gradient(160deg, #e8f0fe 0%, #f5f6f8 60%)',
      }}
    >
      <Card style={{ width: 380, boxShadow: '0 8px 24px rgba(0,0,0,0.08)' }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {t('app.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('signIn.subtitle')}</Typography.Text>
        </div>
        {signIn.error && (
          <Alert
            type="error"
            showIcon
            title={signInErrorText(signIn.error, t)}
            style={{ marginBottom: 16 }}
            role="alert"
          />
        )}
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Form layout="vertical" component={false}>
            <FormField
              control={control}
              name="username"
              label={t('signIn.username')}
              render={(field) => (
                <Input {...field} prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
              )}
            />
            <FormField
              control={control}
              name="password"
              label={t('signIn.password')}
              render={(field) => (
                <Input.Password
                  {...field}
                  prefix={<LockOutlined />}
                  autoComplete="current-password"
                  size="large"
                />
              )}
            />
            <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
          </Form>
        </form>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Segmented
            size="small"
            value={lang}
            onChange={(v) => setLang(v as typeof lang)}
            options={[
              { label: '中文', value: 'zh-CN' },
              { label: 'English', value: 'en' },
            ]}
          />
        </div>
      </Card>
    </div>
  );
};
