import { App, Button, Card, Empty, Result, Skeleton, Space, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { DutyLogCard } from './DutyLogCard';
import { dhm, factText, hm, span } from './format';
import {
  type HandoverRow,
  type MyShift,
  useClock,
  useHandovers,
  useMyShifts,
  useOpenHandover,
} from './queries';
import { usePosts } from './queries-setup';

/** 我的值班: my shifts with clock-in/out (S3 篇一 四.2), and the handovers of the property (S3 篇三). */
export const MyDutyPage = () => {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { propertyId } = usePropertyScope();
  const shifts = useMyShifts(propertyId);
  const posts = usePosts(propertyId);
  const postName = (id: number) => posts.data?.find((p) => p.id === id)?.name ?? '';
  const handovers = useHandovers(propertyId);
  const clock = useClock();
  const open = useOpenHandover();

  const doClock = (kind: 'in' | 'out') =>
    clock.mutate(
      { kind, propertyId: propertyId! },
      {
        onSuccess: (r) => {
          const facts = r.facts.map((f) => factText(t, f)).join('，');
          void message.success(facts ? `${t('duty.clockDone')}：${facts}` : t('duty.clockDone'));
        },
      },
    );
  const startHandover = () =>
    open.mutate({ propertyId: propertyId! }, { onSuccess: (r) => navigate(`/duty/handovers/${r.id}`) });

  const shiftCols = [
    { title: t('duty.col.post'), key: 'p', render: (_: unknown, s: MyShift) => postName(s.postId) },
    { title: t('duty.shift'), key: 's', render: (_: unknown, s: MyShift) => span(s.startsAt, s.endsAt) },
    {
      title: t('duty.clockIn'),
      key: 'in',
      render: (_: unknown, s: MyShift) => (
        <Space>
          {s.clockIn ? t('duty.clockedIn', { at: hm(s.clockIn) }) : '—'}
          {s.isSubstitute && <Tag color="orange">{t('duty.substitute')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('duty.clockOut'),
      key: 'out',
      render: (_: unknown, s: MyShift) => (s.clockOut ? t('duty.clockedOut', { at: hm(s.clockOut) }) : '—'),
    },
  ];
  const hoCols = [
    { title: t('duty.col.day'), dataIndex: 'day', key: 'day' },
    { title: t('duty.col.post'), dataIndex: 'postName', key: 'post' },
    { title: t('duty.col.outgoing'), dataIndex: 'outgoingName', key: 'o' },
    {
      title: t('duty.col.incoming'),
      key: 'i',
      render: (_: unknown, h: HandoverRow) => h.incomingName ?? '—',
    },
    {
      title: t('duty.col.state'),
      key: 'state',
      render: (_: unknown, h: HandoverRow) => (
        <Tag color={h.state === 'draft' ? 'blue' : h.state === 'handedOver' ? 'gold' : 'green'}>
          {h.stateLabel}
        </Tag>
      ),
    },
    { title: t('duty.col.opened'), key: 'at', render: (_: unknown, h: HandoverRow) => dhm(h.openedAt) },
    {
      title: '',
      key: 'go',
      render: (_: unknown, h: HandoverRow) => <Link to={`/duty/handovers/${h.id}`}>{t('ho.title')}</Link>,
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('duty.myShifts')}
        extra={
          <Space>
            <Button
              type="primary"
              loading={clock.isPending}
              onClick={() => doClock('in')}
              data-testid="clock-in"
            >
              {t('duty.clockIn')}
            </Button>
            <Button loading={clock.isPending} onClick={() => doClock('out')} data-testid="clock-out">
              {t('duty.clockOut')}
            </Button>
          </Space>
        }
      >
        {shifts.isLoading ? (
          <Skeleton active />
        ) : shifts.isError ? (
          <Result status="error" title={shifts.error.message} />
        ) : (
          <Table
            size="small"
            rowKey="assignmentId"
            pagination={false}
            columns={shiftCols}
            data-testid="my-shifts"
            dataSource={shifts.data}
            locale={{ emptyText: <Empty description={t('duty.noShifts')} /> }}
          />
        )}
      </Card>
      {shifts.data && <DutyLogCard shifts={shifts.data} showEntries />}
      <Card
        title={t('duty.handovers')}
        extra={
          <Button type="primary" onClick={startHandover} loading={open.isPending} data-testid="open-handover">
            {t('duty.openHandover')}
          </Button>
        }
      >
        {handovers.isError ? (
          <Result
            status="error"
            title={handovers.error.message}
            extra={<Button onClick={() => void handovers.refetch()}>{t('duty.retry')}</Button>}
          />
        ) : (
          <Table
            size="small"
            rowKey="id"
            loading={handovers.isLoading}
            columns={hoCols}
            dataSource={handovers.data}
            locale={{ emptyText: <Empty description={t('duty.empty')} /> }}
          />
        )}
      </Card>
    </Space>
  );
};
