import { Alert, Card, Col, Row, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { NotificationList } from '../notifications/NotificationList';
import { useNotifications } from '../notifications/queries';
import { LookupBox } from '../shell/LookupBox';
import { usePropertyScope } from '../shell/property-context';
import { QuickLinks } from './QuickLinks';

const greetingKey = (hour: number) =>
  hour < 12 ? 'dash.morning' : hour < 18 ? 'dash.afternoon' : 'dash.evening';

/** 工作台: where the desk lands after sign-in. */
export const DashboardPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const { property } = usePropertyScope();
  const unread = useNotifications({ isUnreadOnly: true, limit: 8 });
  const now = dayjs();
  const isDesk = me?.roles.includes('receptionist');
  return (
    <div data-testid="dashboard">
      <div className="pd-page-header">
        <div>
          <h1>{t(greetingKey(now.hour()), { name: me?.name ?? '' })}</h1>
          <Typography.Text type="secondary">
            {t('dash.today', {
              date: now.format(lang === 'en' ? 'dddd, MMMM D, YYYY' : 'YYYY年M月D日 dddd'),
              property: property?.name ?? '—',
            })}
          </Typography.Text>
        </div>
      </div>
      {isDesk && me && !me.certifiedForDuty && (
        <Alert type="warning" showIcon title={t('dash.uncertified')} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('dash.lookupTitle')}>
            <LookupBox size="large" hasHotkey={false} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 4 }}>
              {t('dash.lookupHint')}
            </Typography.Paragraph>
            <Typography.Text type="secondary">{t('dash.shortcuts')}</Typography.Text>
          </Card>
          <Card title={t('dash.quickLinks')} style={{ marginTop: 16 }}>
            <QuickLinks />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('dash.unreadTitle')} styles={{ body: { padding: 0 } }}>
            {unread.isLoading ? (
              <Skeleton active style={{ padding: 16 }} />
            ) : unread.isError ? (
              <Alert type="error" showIcon title={unread.error.message} style={{ margin: 16 }} />
            ) : (
              <NotificationList items={unread.data ?? []} />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
};
