import { Breadcrumb, Button, Card, Col, Result, Row, Skeleton, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { useBoardStream } from './board-stream';
import { typeText, urgencyColor, urgencyText, woStateColor, woStateText } from './labels';
import { deskRoles } from './menu';
import { NotesCard } from './NotesCard';
import { OrderActions } from './OrderActions';
import { BreachesCard, ClocksCard, CompletionCard, InfoCard, OrderSteps, VisitCard } from './OrderPanels';
import { OrderTimeline } from './OrderTimeline';
import { useWorkOrder, woKeys } from './queries';
import './work-orders.css';

/** One work order: its steps, two clocks, who and what, the actions the reader may take, notes and history. */
export const WorkOrderPage = () => {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const q = useWorkOrder(id);
  const { data: me } = useMe();
  // Live like the board: the engineer's accept, arrival or a counted breach shows without reloading.
  const isReader = hasRole(me, ...deskRoles, 'company');
  useBoardStream(isReader ? (q.data?.propertyId ?? null) : null, woKeys.order(id));
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (q.isError || !q.data)
    return (
      <Result
        status={q.error && 'status' in q.error && q.error.status === 404 ? '404' : 'error'}
        title={q.error?.message ?? t('wo.notFound')}
        extra={
          <Space>
            <Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>
            <Link to="/board">{t('nav.board')}</Link>
          </Space>
        }
      />
    );
  const o = q.data;
  const isDesk = hasRole(me, ...deskRoles);
  return (
    <div data-testid="order-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          {
            title: isDesk ? (
              <Link to="/board">{t('nav.board')}</Link>
            ) : (
              <Link to="/my-orders">{t('nav.myOrders')}</Link>
            ),
          },
          { title: <Link to={`/cases/${o.caseId}`}>{o.caseNumber}</Link> },
          { title: o.number },
        ]}
      />
      <div className="pd-page-header" style={{ alignItems: 'flex-start' }}>
        <h1>
          {o.number}{' '}
          <Tag color={woStateColor[o.state]} data-testid="order-state">
            {woStateText(o.state, lang)}
          </Tag>
          <Tag>{typeText(o.type, lang)}</Tag>
          {o.urgency !== 'normal' && (
            <Tag color={urgencyColor[o.urgency]}>{urgencyText(o.urgency, lang)}</Tag>
          )}
          {o.isMustKeep && <Tag color="volcano">{t('wo.mustKeep')}</Tag>}
          {o.breachCount > 0 && (
            <Tag color="red" data-testid="breach-count">
              {t('wo.breachCount', { n: o.breachCount })}
            </Tag>
          )}
        </h1>
        <OrderActions order={o} />
      </div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <OrderSteps order={o} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <ClocksCard order={o} fetchedAt={q.dataUpdatedAt} />
            <InfoCard order={o} />
            <CompletionCard order={o} />
            <VisitCard order={o} />
            <BreachesCard order={o} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <NotesCard order={o} canWrite={isDesk || hasRole(me, 'dept_staff')} />
            <Card
              size="small"
              title={t('wo.timeline')}
              styles={{ body: { maxHeight: 640, overflow: 'auto' } }}
            >
              <OrderTimeline order={o} />
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
};
