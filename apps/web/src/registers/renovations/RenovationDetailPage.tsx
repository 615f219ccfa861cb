import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { toastSuccess } from '../../lib/feedback';
import { AmendModal } from '../AmendModal';
import { dateTime } from '../format';
import { label } from '../labels';
import { useRegAction } from '../mutations';
import { useRenovation } from '../queries';
import { RegisterTimeline } from '../RegisterTimeline';
import { deskRoles } from '../roles';
import { DocumentsCard, FeesCard, WorksCard } from './RenovationCards';
import { type RenovationModal, RenovationModals } from './RenovationModals';
import { renovationStateColor } from './state';
import '../registers.css';

/** One renovation (S1 装修; S2): documents, approval by the engineering head, fees, permit, works, inspection, refund. */
export const RenovationDetailPage = () => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const isDesk = hasRole(me, ...deskRoles);
  const isEngineering = hasRole(me, 'dept_staff');
  const isEngineeringHead = isEngineering && !!me?.isDeptHead;
  const reno = useRenovation(id);
  const [open, setOpen] = useState<RenovationModal | null>(null);
  const [isAmending, setAmending] = useState(false);
  const passes = useRegAction<Record<string, never>, { number: string }[]>(
    (x) => `/api/registers/renovations/${x}/worker-passes`,
    {
      isToasted: true,
    },
  );
  const completion = useRegAction<Record<string, never>>(
    (x) => `/api/registers/renovations/${x}/completion`,
    { isToasted: true },
  );

  if (reno.isLoading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (reno.isError)
    return (
      <Result
        status="error"
        title={reno.error.message}
        extra={<Link to="/registers/renovations">{t('reg.reno.title')}</Link>}
      />
    );
  const r = reno.data;
  if (!r) return null;
  const isWorking = r.state === 'inProgress' || r.state === 'awaitingInspection' || r.state === 'failed';

  const askCompletion = () =>
    modal.confirm({
      title: t('reg.reno.completionConfirm'),
      okText: t('reg.reno.completion'),
      cancelText: t('common.cancel'),
      onOk: () => completion.mutateAsync({ id: r.id, body: {} }).then(() => toastSuccess(t('common.saved'))),
    });
  const askPasses = () =>
    modal.confirm({
      title: t('reg.reno.passesConfirm'),
      okText: t('reg.reno.issuePasses'),
      cancelText: t('common.cancel'),
      onOk: () =>
        passes
          .mutateAsync({ id: r.id, body: {} })
          .then((res) =>
            toastSuccess(t('reg.reno.passesDone', { list: res.map((p) => p.number).join('、') })),
          ),
    });

  return (
    <div data-testid="reno-detail">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/registers/renovations">{t('reg.reno.title')}</Link> },
          { title: r.number },
        ]}
      />
      <div className="pd-page-header">
        <h1>
          {r.number} {r.roomLabel}{' '}
          <Tag color={renovationStateColor[r.state]}>{label(lang, 'renovationState', r.state)}</Tag>
        </h1>
        <Space wrap>
          {isEngineeringHead && r.state === 'pending' && (
            <Button type="primary" onClick={() => setOpen('decision')} data-testid="reno-decide">
              {t('reg.reno.decide')}
            </Button>
          )}
          {isDesk && (r.state === 'pending' || r.state === 'inProgress') && r.missingDocuments.length > 0 && (
            <Button onClick={() => setOpen('documents')}>{t('reg.reno.addDocs')}</Button>
          )}
          {isDesk && r.decidedAt && !r.customerNotifiedAt && (
            <Button type="primary" onClick={() => setOpen('notified')} data-testid="reno-notified">
              {t('reg.reno.notified')}
            </Button>
          )}
          {r.permitReady && (
            <Link to={`/registers/renovations/${r.id}/permit`}>
              <Button icon={<PrinterOutlined />} data-testid="reno-permit">
                {t('reg.reno.permit')}
              </Button>
            </Link>
          )}
          {isDesk && r.state === 'inProgress' && (
            <Button onClick={askPasses}>{t('reg.reno.issuePasses')}</Button>
          )}
          {isDesk && (r.state === 'inProgress' || r.state === 'failed') && (
            <Button onClick={askCompletion}>{t('reg.reno.completion')}</Button>
          )}
          {isEngineering && r.state === 'inProgress' && (
            <Button onClick={() => setOpen('interim')}>{t('reg.reno.interimInspection')}</Button>
          )}
          {isEngineering && r.state === 'awaitingInspection' && (
            <Button type="primary" onClick={() => setOpen('final')}>
              {t('reg.reno.finalInspection')}
            </Button>
          )}
          {isDesk && r.state === 'passed' && !r.depositRefundedAt && (
            <Button type="primary" onClick={() => setOpen('refund')}>
              {t('reg.reno.refund')}
            </Button>
          )}
          {isDesk && (
            <Button icon={<EditOutlined />} onClick={() => setAmending(true)}>
              {t('reg.amend.title')}
            </Button>
          )}
        </Space>
      </div>
      {r.state === 'pending' && r.supervisorAway === 1 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('reg.reno.awayNote', { name: r.firstTakerName ?? '' })}
        />
      )}
      {r.decidedAt && !r.customerNotifiedAt && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('reg.reno.tellCustomer', {
            name: r.firstTakerName ?? '',
            applicant: r.applicantName,
            phone: r.applicantPhone,
          })}
        />
      )}
      {!r.permitReady && (r.state === 'inProgress' || r.state === 'awaitingInspection') && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('reg.reno.permitBlocked')} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={t('reg.reno.application')}>
              <Descriptions
                size="small"
                column={2}
                items={[
                  {
                    key: 'room',
                    label: t('reg.room'),
                    children: <Link to={`/archive/rooms/${r.roomId}`}>{r.roomLabel}</Link>,
                  },
                  {
                    key: 'app',
                    label: t('reg.reno.applicant'),
                    children: `${r.applicantName} ${r.applicantPhone}`,
                  },
                  {
                    key: 'con',
                    label: t('reg.reno.contractor'),
                    children: `${r.contractorName} ${r.contractorPhone}`,
                  },
                  {
                    key: 'per',
                    label: t('reg.reno.period'),
                    children: `${r.plannedStart} ~ ${r.plannedEnd}`,
                  },
                  { key: 'scope', label: t('reg.reno.scope'), children: r.scope, span: 2 },
                  { key: 'ft', label: t('reg.reno.firstTaker'), children: r.firstTakerName ?? '—' },
                  {
                    key: 'dec',
                    label: t('reg.reno.decision'),
                    children: r.decidedAt
                      ? `${r.decidedByName ?? ''} ${dateTime(r.decidedAt)} ${r.decisionNote ?? ''}`
                      : '—',
                  },
                  ...(r.note ? [{ key: 'note', label: t('reg.note'), children: r.note, span: 2 }] : []),
                ]}
              />
            </Card>
            <DocumentsCard r={r} />
            <WorksCard
              r={r}
              extra={
                (isDesk || hasRole(me, 'gate_guard')) &&
                isWorking && (
                  <Button size="small" onClick={() => setOpen('goods')}>
                    {t('reg.reno.recordGoods')}
                  </Button>
                )
              }
            />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <FeesCard r={r} canPay={isDesk && r.state !== 'rejected'} />
            <Card
              size="small"
              title={t('history.title')}
              styles={{ body: { maxHeight: 520, overflow: 'auto' } }}
            >
              <RegisterTimeline register="renovation" entries={r.history} />
            </Card>
          </Space>
        </Col>
      </Row>
      <RenovationModals r={r} open={open} onClose={() => setOpen(null)} />
      <AmendModal register="renovation" record={r} open={isAmending} onClose={() => setAmending(false)} />
    </div>
  );
};
