import { Breadcrumb, Card, Col, Descriptions, Result, Row, Skeleton, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { CasePetitionLink } from '../petitions/CasePetitionLink';
import { CaseWorkOrdersCard } from '../work-orders/CaseWorkOrdersCard';
import { AttachmentsCard } from './AttachmentsCard';
import { CaseActions } from './CaseActions';
import { CaseTimeline } from './CaseTimeline';
import {
  channelText,
  identityText,
  stateColor,
  stateText,
  taskKindText,
  typeColor,
  typeText,
  urgencyColor,
  urgencyText,
} from './labels';
import { deskRoles } from './menu';
import { type CaseContact, type CaseDetail, useCase } from './queries';

const at = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');

/** One case: who, what, state, owner and due time, its contacts, call-backs, files and timeline. */
export const CaseDetailPage = () => {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const q = useCase(id);
  const { data: me } = useMe();
  const canAct = hasRole(me, ...deskRoles);
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (q.isError || !q.data)
    return (
      <Result
        status={q.error?.message.includes('不存在') ? '404' : 'error'}
        title={q.error?.message ?? t('case.notFound')}
        extra={<Link to="/cases">{t('case.back')}</Link>}
      />
    );
  const c: CaseDetail = q.data;
  return (
    <div data-testid="case-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/cases">{t('nav.cases')}</Link> }, { title: c.number }]}
      />
      <div className="pd-page-header">
        <h1>
          {c.number} <Tag color={typeColor[c.type]}>{typeText(c.type, lang)}</Tag>
          <Tag color={stateColor[c.state]} data-testid="case-state">
            {stateText(c.state, lang)}
          </Tag>
          {c.urgency !== 'normal' && (
            <Tag color={urgencyColor[c.urgency]}>{urgencyText(c.urgency, lang)}</Tag>
          )}
          {c.isOverdue && <Tag color="red">{t('cases.overdue')}</Tag>}
          <CasePetitionLink caseId={id} />
        </h1>
        {canAct && <CaseActions detail={c} />}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('case.info')} size="small">
              <Descriptions
                size="small"
                column={2}
                data-testid="case-info"
                items={[
                  { key: 'ch', label: t('cases.channel'), children: channelText(c.channel, lang) },
                  { key: 'at', label: t('cases.createdAt'), children: at(c.createdAt) },
                  {
                    key: 'caller',
                    label: t('desk.caller'),
                    children: `${c.callerName || '—'}（${identityText(c.identity, lang)}）`,
                  },
                  { key: 'phone', label: t('desk.callerPhone'), children: c.callerPhone ?? '—' },
                  {
                    key: 'room',
                    label: t('caller.room'),
                    children: c.room ? <Link to={`/archive/rooms/${c.room.id}`}>{c.room.label}</Link> : '—',
                  },
                  { key: 'taker', label: t('cases.firstTaker'), children: c.firstTakerName ?? '—' },
                  { key: 'owner', label: t('cases.owner'), children: c.departmentName ?? c.ownerName ?? '—' },
                  {
                    key: 'due',
                    label: t('cases.due'),
                    children: <span className={c.isOverdue ? 'pd-overdue' : undefined}>{at(c.dueAt)}</span>,
                  },
                  { key: 'summary', label: t('cases.summary'), span: 2, children: c.summary },
                  ...(c.answer
                    ? [{ key: 'answer', label: t('case.answerLabel'), span: 2, children: c.answer }]
                    : []),
                  ...(c.praisedStaffName
                    ? [{ key: 'praised', label: t('case.praised'), children: c.praisedStaffName }]
                    : []),
                  ...(c.closedAt
                    ? [{ key: 'closed', label: t('case.closedAt'), children: at(c.closedAt) }]
                    : []),
                ]}
              />
            </Card>
            <Card
              title={t('case.contacts', { n: c.contacts.length })}
              size="small"
              styles={{ body: { padding: 0 } }}
            >
              <Table<CaseContact>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={c.contacts}
                columns={[
                  { title: t('case.receivedAt'), dataIndex: 'receivedAt', width: 130, render: at },
                  {
                    title: t('cases.channel'),
                    dataIndex: 'channel',
                    width: 80,
                    render: (v) => channelText(v, lang),
                  },
                  { title: t('desk.caller'), dataIndex: 'callerName', width: 90 },
                  { title: t('cases.summary'), dataIndex: 'summary', ellipsis: true },
                  { title: t('case.taker'), dataIndex: 'takerName', width: 80 },
                ]}
              />
            </Card>
            <Card title={t('case.tasks')} size="small" styles={{ body: { padding: 0 } }}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={c.tasks}
                locale={{ emptyText: t('case.noTasks') }}
                columns={[
                  {
                    title: t('tasks.kind'),
                    dataIndex: 'kind',
                    width: 70,
                    render: (v: string) => taskKindText(v, lang),
                  },
                  { title: t('tasks.due'), dataIndex: 'dueAt', width: 130, render: at },
                  { title: t('tasks.note'), dataIndex: 'note', ellipsis: true },
                  {
                    title: t('tasks.outcome'),
                    dataIndex: 'outcome',
                    render: (v: string | null) => v ?? <Tag color="orange">{t('tasks.title')}</Tag>,
                  },
                ]}
              />
            </Card>
            <CaseWorkOrdersCard caseInfo={c} />
            <AttachmentsCard entityType="case" entityId={c.id} propertyId={c.propertyId} canUpload={canAct} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            title={t('case.timeline')}
            size="small"
            styles={{ body: { maxHeight: 720, overflow: 'auto' } }}
          >
            <CaseTimeline entries={c.timeline} propertyId={c.propertyId} />
          </Card>
        </Col>
      </Row>
    </div>
  );
};
