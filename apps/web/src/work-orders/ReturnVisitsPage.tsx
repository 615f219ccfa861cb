import { Alert, Button, Card, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { useBoardStream } from './board-stream';
import { methodText, ratingText } from './labels';
import { deskRoles } from './menu';
import { useReturnVisits, type VisitFilter, type VisitRow, woKeys } from './queries';
import { ReturnVisitModal, type VisitTarget } from './ReturnVisitModal';
import './work-orders.css';

const at = (v: string | null) => (v ? dayjs(v).format('MM-DD HH:mm') : '—');
// Due at the end of the completion day: shown as that day's 23:59, not the next day's 00:00.
const dueText = (v: string) => dayjs(v).subtract(1, 'minute').format('MM-DD HH:mm');

/**
 * 回访 (S3 篇九 4.5.5): every order completed today is visited today, earliest due first; other
 * departments' orders sampled for a spot check (S4 篇3) are in the same queue, marked 抽查.
 */
export const ReturnVisitsPage = () => {
  const { t, lang } = useI18n();
  const { propertyId } = usePropertyScope();
  const { data: me } = useMe();
  const canVisit = hasRole(me, ...deskRoles);
  const [params, setParams] = useSearchParams();
  const [visiting, setVisiting] = useState<VisitTarget | null>(null);
  const status = params.get('status') === 'done' ? 'done' : 'due';
  const kindParam = params.get('kind');
  const kind = kindParam === 'required' || kindParam === 'spotCheck' ? kindParam : undefined;
  const filter: VisitFilter = { propertyId, status, kind, page: Number(params.get('page') ?? 1) || 1 };
  const q = useReturnVisits(filter);
  useBoardStream(propertyId, [...woKeys.all, 'visits']);
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const isDue = status === 'due';
  const outcome = (r: VisitRow) => (
    <div style={{ lineHeight: 1.5 }}>
      <Space size={2} wrap>
        {r.satisfied ? <Tag color="green">{t('rv.yes')}</Tag> : <Tag color="red">{t('rv.no')}</Tag>}
        <Tag>{methodText(r.method, lang)}</Tag>
        {(r.improperCharge || r.cashCharge) && <Tag color="red">{t('rv.chargeReported')}</Tag>}
      </Space>
      <div style={{ fontSize: 12, color: '#666' }}>
        {t('rv.attitude')} {ratingText(r.attitude, lang)} · {t('rv.quality')} {ratingText(r.quality, lang)}
        {r.comment ? ` · ${r.comment}` : ''}
      </div>
    </div>
  );
  return (
    <div data-testid="visits-page">
      <div className="pd-page-header">
        <h1>{t('rv.pageTitle')}</h1>
        <Space wrap>
          <Segmented
            value={status}
            onChange={(v) => set('status', v === 'due' ? undefined : v)}
            options={[
              { value: 'due', label: t('rv.due') },
              { value: 'done', label: t('rv.done') },
            ]}
          />
          <Segmented
            value={kind ?? 'all'}
            onChange={(v) => set('kind', v === 'all' ? undefined : v)}
            options={[
              { value: 'all', label: t('rv.kind.all') },
              { value: 'required', label: t('rv.kind.required') },
              { value: 'spotCheck', label: t('rv.kind.spotCheck') },
            ]}
          />
        </Space>
      </div>
      <Alert type="info" showIcon title={t('rv.rule')} style={{ marginBottom: 12 }} />
      <Card styles={{ body: { padding: 0 } }}>
        {q.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('board.loadFailed', { message: q.error.message })}
            action={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
            style={{ margin: 16 }}
          />
        ) : (
          <Table<VisitRow>
            rowKey="id"
            size="middle"
            data-testid="visits-table"
            loading={q.isLoading || q.isFetching}
            dataSource={q.data?.items ?? []}
            rowClassName={(r) => (r.isOverdue ? 'pd-row-error' : '')}
            pagination={{
              current: filter.page,
              pageSize: 50,
              total: q.data?.total ?? 0,
              hideOnSinglePage: true,
              showSizeChanger: false,
              onChange: (p) => set('page', String(p)),
            }}
            locale={{ emptyText: <Empty description={isDue ? t('rv.emptyDue') : t('rv.emptyDone')} /> }}
            columns={[
              {
                title: isDue ? t('rv.dueAt') : t('rv.visitedAt'),
                key: 'due',
                width: 120,
                render: (_v, r) => (
                  <div>
                    <div>{isDue ? dueText(r.dueAt) : at(r.visitedAt)}</div>
                    {isDue && r.isOverdue && <Tag color="red">{t('rv.overdue')}</Tag>}
                    {!isDue && <Typography.Text type="secondary">{r.visitedByName}</Typography.Text>}
                  </div>
                ),
              },
              {
                title: t('rv.kind'),
                dataIndex: 'kind',
                width: 90,
                render: (k: string) =>
                  k === 'spotCheck' ? (
                    <Tag color="purple">{t('rv.kind.spotCheck')}</Tag>
                  ) : (
                    <Tag>{t('rv.kind.required')}</Tag>
                  ),
              },
              {
                title: t('board.orderNumber'),
                dataIndex: 'orderNumber',
                width: 160,
                render: (v: string, r) => (
                  <div>
                    <Link to={`/work-orders/${r.workOrderId}`}>{v}</Link>
                    <div style={{ fontSize: 12, color: '#888' }}>{r.caseNumber}</div>
                  </div>
                ),
              },
              {
                title: t('wo.customer'),
                key: 'customer',
                width: 170,
                render: (_v, r) => (
                  <div style={{ lineHeight: 1.4 }}>
                    <div>
                      {r.callerName || '—'}{' '}
                      {r.callerPhone && <a href={`tel:${r.callerPhone}`}>{r.callerPhone}</a>}
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.roomLabel ?? ''}
                    </Typography.Text>
                  </div>
                ),
              },
              {
                title: t('rv.work'),
                key: 'work',
                ellipsis: true,
                render: (_v, r) => (
                  <div style={{ lineHeight: 1.4 }}>
                    <div>{r.description}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.result ?? ''}
                    </Typography.Text>
                  </div>
                ),
              },
              {
                title: t('board.assignee'),
                key: 'who',
                width: 120,
                render: (_v, r) => (
                  <div style={{ lineHeight: 1.4 }}>
                    <div>{r.assigneeName ?? '—'}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.departmentName ?? ''} {at(r.completedAt)}
                    </Typography.Text>
                  </div>
                ),
              },
              isDue
                ? {
                    title: t('common.actions'),
                    key: 'act',
                    width: 90,
                    render: (_v: unknown, r: VisitRow) =>
                      canVisit && (
                        <Button
                          type="primary"
                          size="small"
                          data-testid={`visit-${r.orderNumber}`}
                          onClick={() =>
                            setVisiting({
                              id: r.workOrderId,
                              number: r.orderNumber,
                              version: r.orderVersion,
                              kind: r.kind,
                              callerName: r.callerName,
                              callerPhone: r.callerPhone,
                              description: r.description,
                              result: r.result,
                              assigneeName: r.assigneeName,
                            })
                          }
                        >
                          {t('wo.act.returnVisit')}
                        </Button>
                      ),
                  }
                : {
                    title: t('rv.outcome'),
                    key: 'outcome',
                    width: 260,
                    render: (_v: unknown, r: VisitRow) => outcome(r),
                  },
            ]}
          />
        )}
      </Card>
      <ReturnVisitModal order={visiting} onClose={() => setVisiting(null)} />
    </div>
  );
};
