import { Alert, Button, Card, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { ClockTag } from './ClockTag';
import { type DispatchCase, DispatchModal } from './DispatchModal';
import { woStateColor, woStateText } from './labels';
import { deskRoles } from './menu';
import { type BoardOrder, useCaseOrders } from './queries';
import './work-orders.css';

type Props = {
  /** The case as its page has it; `state` decides whether it can still be dispatched. */
  caseInfo: DispatchCase & { state: string };
};

/**
 * A case's work orders and its 派工 button, for the case page to mount (a case may have several
 * orders). Dispatching is for the desk and for open cases only; the server checks again.
 */
export const CaseWorkOrdersCard = ({ caseInfo }: Props) => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const q = useCaseOrders(caseInfo.id);
  const [from, setFrom] = useState<DispatchCase | null>(null);
  const canDispatch = hasRole(me, ...deskRoles) && caseInfo.state !== 'closed';
  return (
    <Card
      size="small"
      title={t('wo.caseOrders', { n: q.data?.total ?? 0 })}
      extra={
        canDispatch && (
          <Button
            type={caseInfo.state === 'awaitingDispatch' ? 'primary' : 'default'}
            size="small"
            onClick={() => setFrom(caseInfo)}
            data-testid="case-dispatch"
          >
            {t('wo.act.dispatch')}
          </Button>
        )
      }
      styles={{ body: { padding: 0 } }}
      data-testid="case-work-orders"
    >
      {q.isError ? (
        <Alert
          type="error"
          showIcon
          title={q.error.message}
          action={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
          style={{ margin: 12 }}
        />
      ) : (
        <Table<BoardOrder>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          pagination={false}
          dataSource={q.data?.items ?? []}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wo.noOrders')} />,
          }}
          columns={[
            {
              title: t('board.orderNumber'),
              dataIndex: 'number',
              render: (v: string, r) => <Link to={`/work-orders/${r.id}`}>{v}</Link>,
            },
            {
              title: t('board.assignee'),
              key: 'who',
              render: (_v, r) => `${r.departmentName ?? ''} ${r.assigneeName ?? ''}`,
            },
            {
              title: t('board.state'),
              dataIndex: 'state',
              render: (v: string) => <Tag color={woStateColor[v]}>{woStateText(v, lang)}</Tag>,
            },
            {
              title: t('board.clocks'),
              key: 'clocks',
              render: (_v, r) =>
                r.state === 'closed' ? (
                  r.breachCount > 0 && <Tag color="red">{t('wo.breachCount', { n: r.breachCount })}</Tag>
                ) : (
                  <Space size={2} wrap>
                    <ClockTag view={r.arrival} fetchedAt={q.dataUpdatedAt} label={t('clock.arrival')} />
                    <ClockTag view={r.completion} fetchedAt={q.dataUpdatedAt} label={t('clock.completion')} />
                  </Space>
                ),
            },
          ]}
        />
      )}
      <DispatchModal from={from} onClose={() => setFrom(null)} />
    </Card>
  );
};
