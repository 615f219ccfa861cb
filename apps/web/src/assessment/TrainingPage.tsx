import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Result, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { dutyTrainees } from './asm-rules';
import { dateTime } from './format';
import { label, planStateColor } from './labels';
import { useStaffOptions } from './queries';
import { type TraineeRow, type TrainingPlanView, usePlans, useTrainees } from './queries-training';
import { PlanFormModal } from './TrainingForms';

/** 员工培训 (S2 培训实施作业规程): plans and who still waits to be signed off for independent duty. */
export const TrainingPage = () => {
  const { t, lang } = useI18n();
  const { propertyId } = usePropertyScope();
  const { data: me } = useMe();
  const plans = usePlans(propertyId);
  const trainees = useTrainees(propertyId);
  const staff = useStaffOptions(propertyId);
  const [isNewOpen, setNewOpen] = useState(false);
  const people = useMemo(
    () => dutyTrainees(trainees.data ?? [], staff.data ?? []),
    [trainees.data, staff.data],
  );

  const planCols = [
    {
      title: t('asm.tr.planTitle'),
      key: 'title',
      render: (_: unknown, p: TrainingPlanView) => <Link to={`/assessment/training/${p.id}`}>{p.title}</Link>,
    },
    {
      title: t('asm.tr.dates'),
      key: 'dates',
      render: (_: unknown, p: TrainingPlanView) => `${p.startDate} ~ ${p.endDate}`,
    },
    {
      title: t('asm.tr.trainees'),
      key: 'who',
      render: (_: unknown, p: TrainingPlanView) => p.trainees.map((x) => x.staffName).join('、'),
    },
    {
      title: t('asm.col.state'),
      key: 'state',
      render: (_: unknown, p: TrainingPlanView) => (
        <Tag color={planStateColor[p.state]}>{label(lang, 'planState', p.state)}</Tag>
      ),
    },
    {
      title: t('asm.tr.createdBy'),
      key: 'by',
      render: (_: unknown, p: TrainingPlanView) => `${p.createdByName} ${dateTime(p.createdAt)}`,
    },
  ];
  const traineeCols = [
    { title: t('asm.col.staff'), dataIndex: 'staffName', key: 'name' },
    {
      title: t('asm.tr.certified'),
      key: 'cert',
      render: (_: unknown, r: TraineeRow) =>
        r.certifiedForDuty ? (
          <Tag color="green">{t('asm.tr.certifiedAt', { at: dateTime(r.signedOffAt) })}</Tag>
        ) : (
          <Tag color="orange">{t('asm.tr.notCertified')}</Tag>
        ),
    },
    {
      title: t('asm.tr.plans'),
      key: 'plans',
      render: (_: unknown, r: TraineeRow) =>
        r.plans.length ? (
          <Space size={4} wrap>
            {r.plans.map((p) => (
              <Link key={p.id} to={`/assessment/training/${p.id}`}>
                {p.title}
              </Link>
            ))}
          </Space>
        ) : (
          t('asm.tr.noPlan')
        ),
    },
  ];

  return (
    <div data-testid="asm-training-page">
      <div className="pd-page-header">
        <h1>{t('asm.tr.pageTitle')}</h1>
        {hasRole(me, 'assistant') && propertyId && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setNewOpen(true)}>
            {t('asm.tr.newPlan')}
          </Button>
        )}
      </div>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title={t('asm.tr.plansTitle')}>
          {plans.isError ? (
            <Result
              status="error"
              title={plans.error.message}
              extra={<Button onClick={() => void plans.refetch()}>{t('common.retry')}</Button>}
            />
          ) : (
            <Table
              size="small"
              rowKey="id"
              loading={plans.isLoading}
              columns={planCols}
              dataSource={plans.data}
              pagination={false}
              locale={{ emptyText: <Empty description={t('asm.tr.emptyPlans')} /> }}
            />
          )}
        </Card>
        <Card
          size="small"
          title={t('asm.tr.traineesTitle')}
          extra={<small>{t('asm.tr.traineesHint')}</small>}
        >
          <Table
            size="small"
            rowKey="staffId"
            loading={trainees.isLoading || staff.isLoading}
            columns={traineeCols}
            dataSource={people}
            pagination={false}
            locale={{ emptyText: <Empty description={t('asm.tr.emptyTrainees')} /> }}
          />
        </Card>
      </Space>
      {propertyId && (
        <PlanFormModal open={isNewOpen} onClose={() => setNewOpen(false)} propertyId={propertyId} />
      )}
    </div>
  );
};
