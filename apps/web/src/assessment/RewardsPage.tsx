import { PlusOutlined } from '@ant-design/icons';
import { rewardPenaltyStates } from '@propdesk/domain';
import { Button, Card, Empty, Result, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { dateTime } from './format';
import { label, rpStateColor } from './labels';
import { type RewardPenaltyView, useRewards } from './queries-training';
import { RewardActions } from './RewardActions';
import { RewardDrawer } from './RewardDrawer';
import { SubmitRewardModal } from './RewardForms';

/** 员工奖惩 (S2 员工奖惩规程): submitted in writing by the assistant, decided by the manager. */
export const RewardsPage = () => {
  const { t, lang } = useI18n();
  const { propertyId } = usePropertyScope();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState<string>('all');
  const [isNewOpen, setNewOpen] = useState(false);
  const q = useRewards(propertyId, state);
  const openId = Number(params.get('id')) || null;
  const open = (id: number | null) => setParams(id ? { id: String(id) } : {}, { replace: true });
  const isAssistant = hasRole(me, 'assistant');

  const cols = [
    { title: t('asm.col.staff'), dataIndex: 'staffName', key: 'staff', width: 96 },
    {
      title: t('asm.rp.kindShort'),
      key: 'kind',
      width: 72,
      render: (_: unknown, r: RewardPenaltyView) => (
        <Tag color={r.kind === 'reward' ? 'green' : 'red'}>{label(lang, 'rpKind', r.kind)}</Tag>
      ),
    },
    {
      title: t('asm.col.points'),
      key: 'points',
      width: 64,
      align: 'right' as const,
      render: (_: unknown, r: RewardPenaltyView) => (
        <Typography.Text strong type={r.kind === 'reward' ? 'success' : 'danger'}>
          {r.kind === 'reward' ? '+' : '−'}
          {r.points}
        </Typography.Text>
      ),
    },
    {
      title: t('asm.rp.title'),
      key: 'title',
      render: (_: unknown, r: RewardPenaltyView) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(r.id)}>
          {r.title}
        </Button>
      ),
    },
    { title: t('asm.rp.occurredOn'), dataIndex: 'occurredOn', key: 'on', width: 110 },
    {
      title: t('asm.rp.submittedBy'),
      key: 'by',
      width: 170,
      render: (_: unknown, r: RewardPenaltyView) => `${r.submittedByName} ${dateTime(r.submittedAt)}`,
    },
    {
      title: t('asm.col.state'),
      key: 'state',
      render: (_: unknown, r: RewardPenaltyView) => (
        <Space orientation="vertical" size={0}>
          <Tag color={rpStateColor[r.state]} data-testid="rp-state" data-state={r.state}>
            {label(lang, 'rpState', r.state)}
          </Tag>
          {r.decidedByName && (
            <small>{`${r.decidedByName} ${dateTime(r.decidedAt)} ${r.decisionNote ?? ''}`}</small>
          )}
        </Space>
      ),
    },
    {
      title: '',
      key: 'act',
      render: (_: unknown, r: RewardPenaltyView) => <RewardActions r={r} />,
    },
  ];

  return (
    <div data-testid="asm-rewards-page">
      <div className="pd-page-header">
        <h1>{t('asm.rp.pageTitle')}</h1>
        {isAssistant && propertyId && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setNewOpen(true)}
            data-testid="rp-new"
          >
            {t('asm.rp.new')}
          </Button>
        )}
      </div>
      <Card
        size="small"
        title={
          <Segmented
            value={state}
            onChange={(v) => setState(String(v))}
            options={[
              { value: 'all', label: t('asm.all') },
              ...rewardPenaltyStates.map((s) => ({ value: s, label: label(lang, 'rpState', s) })),
            ]}
          />
        }
      >
        {q.isError ? (
          <Result
            status="error"
            title={q.error.message}
            extra={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <Table
            size="small"
            rowKey="id"
            loading={q.isLoading}
            columns={cols}
            dataSource={q.data}
            locale={{ emptyText: <Empty description={t('asm.rp.empty')} /> }}
          />
        )}
      </Card>
      {propertyId && (
        <SubmitRewardModal open={isNewOpen} onClose={() => setNewOpen(false)} propertyId={propertyId} />
      )}
      <RewardDrawer id={openId} onClose={() => open(null)} />
    </div>
  );
};
