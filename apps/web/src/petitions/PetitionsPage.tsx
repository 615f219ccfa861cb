import { Alert, Result, Skeleton, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { deskRoles } from '../intake/menu';
import { ListCard } from '../registers/ListCard';
import { usePropertyScope } from '../shell/property-context';
import { PetitionForm } from './PetitionForm';
import { useIntakeProfile, usePetitions } from './queries';
import type { Petition } from './types';

/** The register as a table: one row per petition, its signatures and whether it was answered. */
const Register = ({ propertyId }: { propertyId: number }) => {
  const { t } = useI18n();
  const list = usePetitions(propertyId);
  const mark = (name: string | null) =>
    name ? <Tag color="green">{name}</Tag> : <Tag>{t('pet.unsigned')}</Tag>;
  return (
    <ListCard<Petition>
      title={t('pet.list')}
      query={list}
      emptyText={t('pet.none')}
      testId="petition-list"
      columns={[
        {
          title: t('pet.number'),
          dataIndex: 'number',
          width: 150,
          render: (n: string, p) => <Link to={`/petitions/${p.id}`}>{n}</Link>,
        },
        {
          title: t('pet.receivedAt'),
          dataIndex: 'createdAt',
          width: 130,
          render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
        },
        { title: t('pet.callerName'), dataIndex: 'callerName', width: 90 },
        {
          title: t('pet.kind'),
          key: 'k',
          width: 90,
          render: (_v, p) =>
            p.kind === 'collective' ? `${t('pet.kind.collective')} ${p.headcount}` : t('pet.kind.individual'),
        },
        { title: t('pet.visitCount'), dataIndex: 'visitCount', width: 80 },
        { title: t('pet.summary'), dataIndex: 'summary', ellipsis: true },
        {
          title: `${t('pet.leader')} / ${t('pet.supervisor')} / ${t('pet.handler')}`,
          key: 's',
          width: 230,
          render: (_v, p) => (
            <Space size={2}>
              {mark(p.leaderName)}
              {mark(p.supervisorName)}
              <Tag color="green">{p.handlerName}</Tag>
            </Space>
          ),
        },
        {
          title: t('pet.reply'),
          key: 'r',
          width: 90,
          render: (_v, p) =>
            p.repliedAt ? <Tag color="blue">{t('pet.replied')}</Tag> : <Tag>{t('pet.replyNone')}</Tag>,
        },
      ]}
    />
  );
};

/** 群众来信来访登记表 (S0): the form on top for the desk, the register below for everyone. */
export const PetitionsPage = () => {
  const { t } = useI18n();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const profile = useIntakeProfile(propertyId);
  if (propertyId === null || profile.isLoading) return <Skeleton active />;
  if (profile.isError) return <Result status="error" title={profile.error.message} />;
  const isPetition = profile.data?.profile === 'petition';
  return (
    <div data-testid="petitions-page">
      <div className="pd-page-header">
        <h1>{t('pet.title')}</h1>
      </div>
      {isPetition ? (
        <>
          <Alert type="info" showIcon title={t('pet.rule')} style={{ marginBottom: 12 }} />
          {hasRole(me, ...deskRoles) && <PetitionForm propertyId={propertyId} />}
        </>
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('pet.notEnabled')}
          action={<Link to="/desk">{t('pet.toDesk')}</Link>}
          style={{ marginBottom: 12 }}
        />
      )}
      <div style={{ marginTop: 12 }}>
        <Register propertyId={propertyId} />
      </div>
    </div>
  );
};
