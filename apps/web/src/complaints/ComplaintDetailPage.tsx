import { Breadcrumb, Card, Col, Result, Row, Skeleton, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { isApiError } from '../lib/api';
import { ComplaintActions } from './ComplaintActions';
import { ComplaintTimeline } from './ComplaintTimeline';
import { FactsCard, OutcomeCard, RepliesCard } from './DetailCards';
import { stateColor, stateText } from './labels';
import { PathSteps } from './PathSteps';
import { useComplaint } from './queries';
import { SeverityCard } from './SeverityCard';
import { SeverityTag } from './SeverityTag';
import './complaints.css';

/** One complaint: the path as steps, the class and its rules, the department's reply, the outcome and the timeline. */
export const ComplaintDetailPage = () => {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const q = useComplaint(id);
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (q.isError || !q.data)
    return (
      <Result
        status={isApiError(q.error) && q.error.status === 404 ? '404' : 'error'}
        title={q.error?.message ?? t('cmp.detail.notFound')}
        extra={<Link to="/complaints">{t('cmp.detail.back')}</Link>}
      />
    );
  const c = q.data;
  return (
    <div data-testid="complaint-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/complaints">{t('cmp.list.title')}</Link> }, { title: c.number }]}
      />
      <div className="pd-page-header">
        <h1>
          <Space size={6} wrap>
            <span>{c.number}</span>
            <SeverityTag severity={c.severity} isPending={!c.severityConfirmedAt} />
            <Tag color={stateColor[c.state]} data-testid="complaint-state" data-state={c.state}>
              {stateText(c.state, lang)}
            </Tag>
            {c.isTypical && <Tag color="blue">{t('cmp.typical')}</Tag>}
            <Link to={`/cases/${c.caseId}`} style={{ fontSize: 13, fontWeight: 400 }}>
              {t('cmp.detail.case')}
            </Link>
          </Space>
        </h1>
        <ComplaintActions c={c} />
      </div>
      <Card size="small" style={{ marginBottom: 16 }} styles={{ body: { padding: '16px 8px 8px' } }}>
        <PathSteps c={c} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <FactsCard c={c} />
            <SeverityCard c={c} />
            <RepliesCard c={c} />
            <OutcomeCard c={c} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t('cmp.detail.timeline')}
            styles={{ body: { maxHeight: 900, overflow: 'auto' } }}
          >
            <ComplaintTimeline c={c} />
          </Card>
        </Col>
      </Row>
    </div>
  );
};
