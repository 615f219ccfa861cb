import { type AttendanceFactKind, attendanceFactKinds, attendanceFactLabels } from '@propdesk/domain';
import { Alert, Button, Empty, Result, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useT } from '../i18n/i18n';
import { factText, hm, span } from './format';
import type { AttendanceFactRow, AttendanceMonth, WorkloadMonth } from './queries-setup';

type Q<T> = { data?: T; isError: boolean; error: Error | null; refetch: () => unknown };

const stateOf = <T,>(q: Q<T>, retry: string) => {
  if (q.isError)
    return (
      <Result
        status="error"
        title={q.error?.message}
        extra={<Button onClick={() => void q.refetch()}>{retry}</Button>}
      />
    );
  // Also while a tab's query waits to be enabled (no property yet).
  if (!q.data) return <Skeleton active />;
  return null;
};

const count = (n: number, color: string) => (n ? <Tag color={color}>{n}</Tag> : <span>0</span>);
const colorOf: Record<AttendanceFactKind, string> = {
  late: 'orange',
  earlyLeave: 'gold',
  absent: 'red',
  shortLead: 'blue',
};

/** 考勤: per person the facts of the month against the roster (S3 篇一 四.2, 篇三), with each shift and time. */
export const AttendanceTable = ({ q }: { q: Q<AttendanceMonth> }) => {
  const t = useT();
  const state = stateOf(q, t('duty.retry'));
  if (state) return state;
  const data = q.data!;
  if (!data.perPerson.length) return <Empty description={t('att.none', { month: data.month })} />;
  const detailCols = [
    { title: t('duty.col.day'), dataIndex: 'day', key: 'day', width: 110 },
    { title: t('duty.col.post'), dataIndex: 'postName', key: 'post' },
    {
      title: t('duty.shift'),
      key: 'shift',
      render: (_: unknown, f: AttendanceFactRow) => span(f.startsAt, f.endsAt),
    },
    {
      title: t('att.fact'),
      key: 'fact',
      render: (_: unknown, f: AttendanceFactRow) => <Tag color={colorOf[f.kind]}>{factText(t, f)}</Tag>,
    },
    {
      title: t('att.clockAt'),
      key: 'at',
      render: (_: unknown, f: AttendanceFactRow) => (f.kind === 'absent' ? '—' : hm(f.at)),
    },
  ];
  return (
    <Table
      size="small"
      rowKey="staffId"
      pagination={false}
      dataSource={data.perPerson}
      data-testid="attendance-table"
      expandable={{
        expandedRowRender: (p) => (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            columns={detailCols}
            dataSource={data.facts.filter((f) => f.staffId === p.staffId)}
          />
        ),
      }}
      columns={[
        { title: t('att.person'), dataIndex: 'staffName', key: 'name' },
        ...attendanceFactKinds.map((k) => ({
          title: attendanceFactLabels[k],
          key: k,
          render: (_: unknown, p: AttendanceMonth['perPerson'][number]) => count(p[k], colorOf[k]),
        })),
      ]}
    />
  );
};

/** 工作量: shifts, weekend duty allowance (the substitute's, S3 篇一 五.5) and attributed contacts. */
export const WorkloadTable = ({ q }: { q: Q<WorkloadMonth> }) => {
  const t = useT();
  const state = stateOf(q, t('duty.retry'));
  if (state) return state;
  const data = q.data!;
  type Row = WorkloadMonth['rows'][number];
  const num = (key: keyof Row, title: string) => ({ title, dataIndex: key, key, align: 'right' as const });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('wl.note')} />
      <Space size="large">
        <Statistic title={t('wl.totalContacts')} value={data.totalContacts} />
        <Statistic title={t('wl.unattributed')} value={data.unattributedContacts} />
      </Space>
      {data.rows.length ? (
        <Table
          size="small"
          rowKey="staffId"
          pagination={false}
          dataSource={data.rows}
          data-testid="workload-table"
          columns={[
            { title: t('att.person'), dataIndex: 'staffName', key: 'name' },
            num('shifts', t('wl.shifts')),
            num('weekendShifts', t('wl.weekendShifts')),
            num('substituteShifts', t('wl.substituteShifts')),
            num('absentShifts', t('wl.absentShifts')),
            {
              ...num('weekendAllowance', t('wl.allowance')),
              render: (n: number) => <Typography.Text strong>{n}</Typography.Text>,
            },
            num('contacts', t('wl.contacts')),
            num('contactsAsSubstitute', t('wl.contactsAsSub')),
          ]}
        />
      ) : (
        <Empty description={t('wl.none', { month: data.month })} />
      )}
    </Space>
  );
};
