import { Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { ClockTag } from './ClockTag';
import { formatDuration } from './clock-format';
import { caseStateText, typeText, urgencyColor, urgencyText, woStateColor, woStateText } from './labels';
import type { BoardCase, BoardOrder } from './queries';
import { useNow } from './use-now';

const Kind = ({ type, urgency }: { type: string; urgency: string }) => {
  const { lang } = useI18n();
  return (
    <Space size={2} wrap>
      <Tag>{typeText(type, lang)}</Tag>
      {urgency !== 'normal' && <Tag color={urgencyColor[urgency]}>{urgencyText(urgency, lang)}</Tag>}
    </Space>
  );
};

const Who = ({ room, name, phone }: { room: string | null; name: string; phone: string | null }) => (
  <div style={{ lineHeight: 1.35 }}>
    <div>{room ?? '—'}</div>
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {name || '—'} {phone ?? ''}
    </Typography.Text>
  </div>
);

/** Waiting time of a case, ticking. */
const Waiting = ({ c, fetchedAt }: { c: BoardCase; fetchedAt: number }) => {
  const { t, lang } = useI18n();
  const now = useNow();
  const waited = c.waitingMs + Math.max(0, now - fetchedAt);
  const left = c.remainingMs === null ? null : c.remainingMs - Math.max(0, now - fetchedAt);
  return (
    <div>
      <div>{t('board.waited', { span: formatDuration(waited, lang) })}</div>
      {left !== null && (
        <Tag color={left < 0 ? 'red' : 'blue'}>
          {left < 0
            ? t('clock.overdue', { span: formatDuration(left, lang) })
            : t('clock.left', { span: formatDuration(left, lang) })}
        </Tag>
      )}
    </div>
  );
};

type CasesProps = {
  rows: BoardCase[];
  fetchedAt: number;
  isLoading: boolean;
  canDispatch: boolean;
  onDispatch: (c: BoardCase) => void;
  emptyText: string;
};

/** Open cases without an open order: waiting for dispatch first, with how long they have waited. */
export const BoardCasesTable = ({
  rows,
  fetchedAt,
  isLoading,
  canDispatch,
  onDispatch,
  emptyText,
}: CasesProps) => {
  const { t, lang } = useI18n();
  return (
    <Table<BoardCase>
      rowKey="id"
      size="small"
      data-testid="board-cases"
      loading={isLoading}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      rowClassName={(r) => (r.urgency === 'normal' ? '' : `wo-row-${r.urgency}`)}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      columns={[
        {
          title: t('board.caseNumber'),
          dataIndex: 'number',
          width: 150,
          render: (v: string, r) => (
            <div>
              <Link to={`/cases/${r.id}`}>{v}</Link>
              <div style={{ fontSize: 12, color: '#888' }}>{dayjs(r.createdAt).format('MM-DD HH:mm')}</div>
            </div>
          ),
        },
        {
          title: t('board.kind'),
          key: 'kind',
          width: 110,
          render: (_v, r) => <Kind type={r.type} urgency={r.urgency} />,
        },
        {
          title: t('board.who'),
          key: 'who',
          width: 170,
          render: (_v, r) => <Who room={r.roomLabel} name={r.callerName} phone={r.callerPhone} />,
        },
        { title: t('board.summary'), dataIndex: 'summary', ellipsis: true },
        {
          title: t('board.caseState'),
          key: 'state',
          width: 130,
          render: (_v, r) => (
            <div>
              <Tag color={r.state === 'awaitingDispatch' ? 'gold' : 'default'}>
                {caseStateText(r.state, lang)}
              </Tag>
              <div style={{ fontSize: 12, color: '#888' }}>{r.departmentName ?? r.ownerName ?? ''}</div>
            </div>
          ),
        },
        {
          title: t('board.waiting'),
          key: 'waiting',
          width: 150,
          render: (_v, r) => <Waiting c={r} fetchedAt={fetchedAt} />,
        },
        ...(canDispatch
          ? [
              {
                title: t('common.actions'),
                key: 'act',
                width: 90,
                render: (_v: unknown, r: BoardCase) => (
                  <Button
                    size="small"
                    type={r.state === 'awaitingDispatch' ? 'primary' : 'default'}
                    onClick={() => onDispatch(r)}
                    data-testid={`dispatch-${r.number}`}
                  >
                    {t('wo.act.dispatch')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
};

type OrdersProps = {
  rows: BoardOrder[];
  total: number;
  page: number;
  fetchedAt: number;
  isLoading: boolean;
  onPage: (page: number) => void;
  onRedispatch?: (o: BoardOrder) => void;
  emptyText: string;
};

/** Every open order with its two clocks ticking, urgent first and then the nearest deadline. */
export const BoardOrdersTable = ({
  rows,
  total,
  page,
  fetchedAt,
  isLoading,
  onPage,
  onRedispatch,
  emptyText,
}: OrdersProps) => {
  const { t, lang } = useI18n();
  return (
    <Table<BoardOrder>
      rowKey="id"
      size="small"
      data-testid="board-orders"
      loading={isLoading}
      dataSource={rows}
      pagination={{
        current: page,
        pageSize: 50,
        total,
        onChange: onPage,
        showSizeChanger: false,
        hideOnSinglePage: true,
      }}
      rowClassName={(r) => (r.urgency === 'normal' ? '' : `wo-row-${r.urgency}`)}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      columns={[
        {
          title: t('board.orderNumber'),
          dataIndex: 'number',
          width: 150,
          render: (v: string, r) => (
            <div>
              <Link to={`/work-orders/${r.id}`}>{v}</Link>
              <div style={{ fontSize: 12, color: '#888' }}>{r.caseNumber}</div>
            </div>
          ),
        },
        {
          title: t('board.kind'),
          key: 'kind',
          width: 100,
          render: (_v, r) => <Kind type={r.type} urgency={r.urgency} />,
        },
        {
          title: t('board.who'),
          key: 'who',
          width: 150,
          render: (_v, r) => <Who room={r.roomLabel} name={r.callerName} phone={null} />,
        },
        { title: t('board.summary'), dataIndex: 'description', ellipsis: true },
        {
          title: t('board.assignee'),
          key: 'assignee',
          width: 100,
          render: (_v, r) => (
            <div style={{ lineHeight: 1.35 }}>
              <div>{r.assigneeName ?? '—'}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.departmentName ?? ''}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('board.state'),
          key: 'state',
          width: 124,
          render: (_v, r) => (
            <Space size={2} wrap>
              <Tag color={woStateColor[r.state]}>{woStateText(r.state, lang)}</Tag>
              {r.isMustKeep && <Tag color="volcano">{t('wo.mustKeep')}</Tag>}
              {r.state === 'awaitingDispatch' && onRedispatch && (
                <Button size="small" type="primary" onClick={() => onRedispatch(r)}>
                  {t('wo.act.dispatch')}
                </Button>
              )}
            </Space>
          ),
        },
        {
          title: t('board.clocks'),
          key: 'clocks',
          width: 190,
          render: (_v, r) => (
            <Space orientation="vertical" size={2}>
              <ClockTag view={r.arrival} fetchedAt={fetchedAt} label={t('clock.arrival')} />
              <ClockTag view={r.completion} fetchedAt={fetchedAt} label={t('clock.completion')} />
            </Space>
          ),
        },
        {
          title: t('board.flags'),
          key: 'flags',
          width: 100,
          render: (_v, r) => (
            <Space size={2} wrap>
              {r.breachCount > 0 && <Tag color="red">{t('wo.breachCount', { n: r.breachCount })}</Tag>}
              {r.followUpMissing && (
                <Tooltip title={t('board.followUpHint')}>
                  <Tag color="magenta" data-testid="flag-follow-up">
                    {t('board.flag.followUp')}
                  </Tag>
                </Tooltip>
              )}
              {r.visitDueAt && r.state === 'completed' && <Tag color="green">{t('board.visitDue')}</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
};
