import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Result,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { isApiError } from '../lib/api';
import { AsmTimeline } from './AsmTimeline';
import { trainingOrganiserRoles } from './asm-rules';
import { dateTime } from './format';
import { label, planStateColor } from './labels';
import { PlanSessions } from './PlanSessions';
import { type TrainingPlanDetail, useDecidePlan, usePlan, useSubmitPlan } from './queries-training';
import { DecideModal } from './RewardForms';
import { PlanFormModal, SignOffModal } from './TrainingForms';

type Trainee = TrainingPlanDetail['trainees'][number];

/** One training plan: approval, trainees with their sign-off, sessions and attendance (S2 培训实施作业规程). */
export const PlanPage = () => {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const q = usePlan(id);
  const { data: me } = useMe();
  const submit = useSubmitPlan();
  const decide = useDecidePlan();
  const [modal, setModal] = useState<'edit' | 'approve' | 'reject' | null>(null);
  const [signing, setSigning] = useState<Trainee | null>(null);
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (q.isError || !q.data)
    return (
      <Result
        status={isApiError(q.error) && q.error.status === 404 ? '404' : 'error'}
        title={q.error?.message ?? t('common.loadFailed')}
        extra={<Link to="/assessment/training">{t('asm.tr.back')}</Link>}
      />
    );
  const p = q.data;
  const roles = me?.roles ?? [];
  const isAssistant = roles.includes('assistant');
  const isManager = roles.includes('manager');
  const isEditable = isAssistant && (p.state === 'draft' || p.state === 'rejected');
  const isOrganiser = roles.some((r) => trainingOrganiserRoles.includes(r)) && p.state === 'approved';

  const traineeCols = [
    { title: t('asm.col.staff'), dataIndex: 'staffName', key: 'name' },
    {
      title: t('asm.tr.certified'),
      key: 'cert',
      render: (_: unknown, x: Trainee) =>
        x.certifiedForDuty ? (
          <Tag color="green">
            {x.signedOffAt ? t('asm.tr.certifiedAt', { at: dateTime(x.signedOffAt) }) : t('asm.tr.certified')}
          </Tag>
        ) : (
          <Tag color="orange">{t('asm.tr.notCertified')}</Tag>
        ),
    },
    {
      title: '',
      key: 'act',
      render: (_: unknown, x: Trainee) =>
        isManager && p.state === 'approved' && !x.certifiedForDuty ? (
          <Button size="small" type="primary" onClick={() => setSigning(x)} data-testid="sign-off">
            {t('asm.tr.signOff')}
          </Button>
        ) : null,
    },
  ];

  return (
    <div data-testid="asm-plan-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/assessment/training">{t('asm.tr.pageTitle')}</Link> },
          { title: p.title },
        ]}
      />
      <div className="pd-page-header">
        <h1>
          <Space size={8} wrap>
            <span>{p.title}</span>
            <Tag color={planStateColor[p.state]} data-testid="plan-state" data-state={p.state}>
              {label(lang, 'planState', p.state)}
            </Tag>
          </Space>
        </h1>
        <Space wrap>
          {isEditable && <Button onClick={() => setModal('edit')}>{t('common.edit')}</Button>}
          {isAssistant && p.state === 'draft' && (
            <Button type="primary" loading={submit.isPending} onClick={() => submit.mutate(p.id)}>
              {t('asm.tr.submit')}
            </Button>
          )}
          {isManager && p.state === 'submitted' && (
            <>
              <Button type="primary" onClick={() => setModal('approve')}>
                {t('asm.approve')}
              </Button>
              <Button danger onClick={() => setModal('reject')}>
                {t('asm.reject')}
              </Button>
            </>
          )}
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small">
              <Descriptions size="small" column={2}>
                <Descriptions.Item
                  label={t('asm.tr.dates')}
                >{`${p.startDate} ~ ${p.endDate}`}</Descriptions.Item>
                <Descriptions.Item
                  label={t('asm.tr.createdBy')}
                >{`${p.createdByName} ${dateTime(p.createdAt)}`}</Descriptions.Item>
                {p.decidedByName && (
                  <Descriptions.Item label={t('asm.rp.decidedBy')} span={2}>
                    {`${p.decidedByName} ${dateTime(p.decidedAt)} ${p.decisionNote ?? ''}`}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('asm.tr.content')} span={2}>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{p.content}</Typography.Text>
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card size="small" title={t('asm.tr.trainees')}>
              <Table
                size="small"
                rowKey="staffId"
                columns={traineeCols}
                dataSource={p.trainees}
                pagination={false}
                locale={{ emptyText: <Empty /> }}
              />
            </Card>
            <PlanSessions plan={p} canOrganise={isOrganiser} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('asm.timeline')}>
            <AsmTimeline entries={p.timeline} />
          </Card>
        </Col>
      </Row>
      <PlanFormModal
        open={modal === 'edit'}
        onClose={() => setModal(null)}
        propertyId={p.propertyId}
        plan={p}
      />
      <DecideModal
        open={modal === 'approve' || modal === 'reject'}
        onClose={() => setModal(null)}
        approve={modal === 'approve'}
        title={t(modal === 'approve' ? 'asm.tr.approveTitle' : 'asm.tr.rejectTitle', { title: p.title })}
        onDecide={(v) => decide.mutateAsync({ ...v, id: p.id })}
      />
      <SignOffModal
        open={signing !== null}
        onClose={() => setSigning(null)}
        propertyId={p.propertyId}
        planId={p.id}
        trainee={signing}
      />
    </div>
  );
};
