import { swapModeLabels, swapStateLabels } from '@propdesk/domain';
import { Button, Card, Empty, Popconfirm, Result, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { DecideSwapModal } from './DecideSwapModal';
import { dhm, hm } from './format';
import { type SwapRow, useSwaps, useWithdrawSwap } from './queries';
import { useIsAdminDept } from './queries-setup';
import { SwapFormModal } from './SwapFormModal';

const stateColor: Record<SwapRow['state'], string> = {
  reported: 'green',
  approved: 'green',
  pending: 'gold',
  refused: 'red',
  withdrawn: 'default',
  expired: 'default',
};

/** 调班 (S3 篇一 五.4): report or apply; 行政部 or the manager decides with a reason; the full history stays. */
export const SwapsPage = () => {
  const t = useT();
  const { propertyId } = usePropertyScope();
  const { data: me } = useMe();
  const q = useSwaps(propertyId);
  const withdraw = useWithdrawSwap();
  const isAdminDept = useIsAdminDept(me?.departmentId, propertyId);
  const [open, setOpen] = useState(false);
  const [deciding, setDeciding] = useState<{ swap: SwapRow; approve: boolean } | null>(null);
  const [filter, setFilter] = useState<'all' | 'pending'>('all');
  const isManager = !!me?.roles.includes('manager');
  const canDecide = isManager || isAdminDept;
  const canRecordForOthers = canDecide || !!me?.roles.includes('supervisor');
  const rows = (q.data ?? []).filter((s) => filter === 'all' || s.state === 'pending');
  const pendingCount = (q.data ?? []).filter((s) => s.state === 'pending').length;

  const cols = [
    {
      title: t('duty.shift'),
      key: 'd',
      render: (_: unknown, s: SwapRow) => (
        <Space orientation="vertical" size={0}>
          <span>{`${s.day} ${s.postName}`}</span>
          <Typography.Text type="secondary">{`${hm(s.startsAt)}–${hm(s.endsAt)}`}</Typography.Text>
        </Space>
      ),
    },
    { title: t('swap.requester'), dataIndex: 'requesterName', key: 'r' },
    {
      title: t('swap.substitute'),
      key: 's',
      render: (_: unknown, s: SwapRow) => (
        <Space orientation="vertical" size={0}>
          <span>{s.substituteName}</span>
          {s.exchangeDay && (
            <Typography.Text type="secondary">
              {t('swap.exchangeOf', { day: s.exchangeDay, post: s.exchangePostName ?? '' })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('swap.mode'), key: 'm', render: (_: unknown, s: SwapRow) => swapModeLabels[s.mode] },
    { title: t('swap.reason'), dataIndex: 'reason', key: 'reason' },
    {
      title: t('duty.col.state'),
      key: 'st',
      render: (_: unknown, s: SwapRow) => (
        <Space orientation="vertical" size={0}>
          <Tag color={stateColor[s.state]}>{swapStateLabels[s.state]}</Tag>
          {s.decidedByName && (
            <small>
              {t('swap.decidedBy', {
                name: s.decidedByName,
                at: dhm(s.decidedAt),
                note: s.decisionNote ? `：${s.decisionNote}` : '',
              })}
            </small>
          )}
        </Space>
      ),
    },
    { title: t('swap.at'), key: 'at', render: (_: unknown, s: SwapRow) => dhm(s.createdAt) },
    {
      title: '',
      key: 'act',
      render: (_: unknown, s: SwapRow) => {
        if (s.state !== 'pending') return null;
        const isParty = s.requesterId === me?.id || s.substituteId === me?.id;
        return (
          <Space>
            {canDecide && !isParty && (
              <>
                <Button size="small" type="primary" onClick={() => setDeciding({ swap: s, approve: true })}>
                  {t('swap.approve')}
                </Button>
                <Button size="small" danger onClick={() => setDeciding({ swap: s, approve: false })}>
                  {t('swap.refuse')}
                </Button>
              </>
            )}
            {(s.requesterId === me?.id || s.createdBy === me?.id) && (
              <Popconfirm
                title={t('swap.withdrawConfirm')}
                okText={t('swap.withdraw')}
                cancelText={t('common.cancel')}
                onConfirm={() => withdraw.mutateAsync(s.id).catch(() => undefined)}
              >
                <Button size="small">{t('swap.withdraw')}</Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Card
      title={t('nav.duty.swaps')}
      extra={
        <Space>
          <Segmented
            value={filter}
            onChange={(v) => setFilter(v as 'all' | 'pending')}
            options={[
              { value: 'all', label: t('swap.filterAll') },
              { value: 'pending', label: t('swap.filterPending', { n: pendingCount }) },
            ]}
          />
          <Button type="primary" onClick={() => setOpen(true)} data-testid="new-swap">
            {t('swap.new')}
          </Button>
        </Space>
      }
    >
      {q.isError ? (
        <Result
          status="error"
          title={q.error.message}
          extra={<Button onClick={() => void q.refetch()}>{t('duty.retry')}</Button>}
        />
      ) : (
        <Table
          size="small"
          rowKey="id"
          loading={q.isLoading}
          columns={cols}
          dataSource={rows}
          data-testid="swaps-table"
          locale={{ emptyText: <Empty description={t('duty.empty')} /> }}
        />
      )}
      {propertyId && me && (
        <SwapFormModal
          open={open}
          onClose={() => setOpen(false)}
          propertyId={propertyId}
          meId={me.id}
          canRecordForOthers={canRecordForOthers}
        />
      )}
      <DecideSwapModal deciding={deciding} onClose={() => setDeciding(null)} />
    </Card>
  );
};
