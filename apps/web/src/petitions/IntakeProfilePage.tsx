import { type IntakeProfile, intakeProfileLabels, intakeProfiles } from '@propdesk/domain';
import { Alert, App, Card, Radio, Skeleton, Table } from 'antd';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { type PropertySummary, useMyProperties } from '../shell/property-context';
import { useIntakeProfile, usePetitionWrite } from './queries';

const ProfileSwitch = ({ property }: { property: PropertySummary }) => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const profile = useIntakeProfile(property.id);
  const save = usePetitionWrite<{ propertyId: number; profile: IntakeProfile }>('put', true);
  if (profile.isLoading) return <Skeleton.Input active size="small" />;
  const label = (p: IntakeProfile) => (lang === 'en' ? p : intakeProfileLabels[p]);
  const ask = (next: IntakeProfile) =>
    modal.confirm({
      title: t('pet.profile.switchConfirm', { name: property.name, form: label(next) }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        save
          .mutateAsync({
            path: '/api/admin/intake-profile',
            body: { propertyId: property.id, profile: next },
          })
          .then(() => toastSuccess(t('pet.profile.saved'))),
    });
  return (
    <Radio.Group
      value={profile.data?.profile}
      onChange={(e) => ask(e.target.value as IntakeProfile)}
      data-testid={`intake-profile-${property.code}`}
      options={intakeProfiles.map((p) => ({ value: p, label: label(p) }))}
    />
  );
};

/** 受理登记表式: per property, the desk's contact register or the 群众来信来访登记表 (S0). */
export const IntakeProfilePage = () => {
  const { t } = useI18n();
  const properties = useMyProperties();
  return (
    <div data-testid="intake-profile-page">
      <div className="pd-page-header">
        <h1>{t('pet.profile.title')}</h1>
      </div>
      <Alert type="info" showIcon title={t('pet.profile.rule')} style={{ marginBottom: 12 }} />
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<PropertySummary>
          rowKey="id"
          size="small"
          pagination={false}
          loading={properties.isLoading}
          dataSource={properties.data ?? []}
          columns={[
            { title: t('pet.profile.property'), key: 'n', render: (_v, p) => `${p.name}（${p.code}）` },
            { title: t('pet.profile.form'), key: 'f', render: (_v, p) => <ProfileSwitch property={p} /> },
          ]}
        />
      </Card>
    </div>
  );
};
