import { PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Segmented, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { ListCard } from '../registers/ListCard';
import { useShortcut } from '../registers/use-shortcut';
import { usePropertyScope } from '../shell/property-context';
import { CloseAppointmentModal, RescheduleModal } from './AppointmentActionModals';
import { AppointmentModal } from './AppointmentModal';
import { HomeVisitTimeline } from './HomeVisitTimeline';
import { useAppointments, useHomeVisitHistory } from './queries';
import { visitRoles } from './roles';
import type { Appointment } from './types';
import { VisitDrawer } from './VisitDrawer';
import { VisitRecordModal } from './VisitRecordModal';

const filters = ['scheduled', 'visited', 'notHome', 'cancelled', 'all'] as const;
const stateColor = { scheduled: 'blue', visited: 'green', notHome: 'orange', cancelled: 'default' } as const;
const at = (v: string) => dayjs(v).format('MM-DD HH:mm');

const AppointmentHistory = ({ a, onClose }: { a: Appointment | null; onClose: () => void }) => {
  const { t } = useI18n();
  const h = useHomeVisitHistory('appointments', a?.id ?? null);
  return (
    <Drawer
      open={a !== null}
      onClose={onClose}
      size={440}
      title={`${t('hv.history')} · ${a?.roomLabel ?? ''}`}
    >
      <HomeVisitTimeline entries={h.data} isLoading={h.isLoading} error={h.error} />
    </Drawer>
  );
};

/** 家访预约 (S2 家访 (二)1): booked by phone, then visited, rescheduled, missed or called off. */
export const AppointmentsPage = () => {
  const { t } = useI18n();
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...visitRoles);
  const { propertyId } = usePropertyScope();
  const [filter, setFilter] = useState<(typeof filters)[number]>('scheduled');
  const list = useAppointments(propertyId, filter);
  const [isNew, setNew] = useState(false);
  const [recording, setRecording] = useState<Appointment | null>(null);
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [closing, setClosing] = useState<Appointment | null>(null);
  const [historyOf, setHistoryOf] = useState<Appointment | null>(null);
  const [visitId, setVisitId] = useState<number | null>(null);
  const openNew = useCallback(() => setNew(true), []);
  useShortcut('n', openNew, canWrite && propertyId !== null);

  return (
    <div data-testid="hv-appointments-page">
      <div className="pd-page-header">
        <h1>{t('hv.title')}</h1>
        <Space wrap>
          <Segmented
            value={filter}
            onChange={(v) => setFilter(v as typeof filter)}
            options={filters.map((f) => ({ value: f, label: t(`hv.filter.${f}`) }))}
          />
          <Link to="/home-visits/progress">{t('nav.hv.progress')}</Link>
          {canWrite && (
            <Button type="primary" icon={<PhoneOutlined />} onClick={openNew} data-testid="hv-new">
              {t('hv.new')} <kbd className="pd-kbd">N</kbd>
            </Button>
          )}
        </Space>
      </div>
      <Alert type="info" showIcon title={t('hv.rule')} style={{ marginBottom: 12 }} />
      <ListCard<Appointment>
        query={list}
        emptyText={t('hv.none')}
        testId="hv-appointments"
        columns={[
          { title: t('hv.scheduledAt'), dataIndex: 'scheduledAt', width: 110, render: at },
          { title: t('hv.room'), dataIndex: 'roomLabel', width: 140 },
          {
            title: t('hv.resident'),
            key: 'r',
            render: (_v, a) => (
              <span>
                {a.residentName} <span style={{ color: '#888' }}>{a.phone}</span>
              </span>
            ),
          },
          {
            title: t('hv.visitor'),
            key: 'v',
            render: (_v, a) => [a.visitorName, a.companions].filter(Boolean).join('、'),
          },
          {
            title: t('hv.calledAt'),
            key: 'c',
            width: 160,
            render: (_v, a) => `${at(a.calledAt)} ${a.calledByName}`,
          },
          {
            title: t('hv.state'),
            key: 's',
            width: 150,
            render: (_v, a) => (
              <Space size={2} wrap>
                <Tag color={stateColor[a.state]}>{t(`hv.state.${a.state}`)}</Tag>
                {a.rescheduleCount > 0 && <Tag>{t('hv.rescheduled', { n: a.rescheduleCount })}</Tag>}
                {a.closedReason && a.state !== 'visited' && (
                  <span style={{ fontSize: 12, color: '#888' }}>{a.closedReason}</span>
                )}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 250,
            render: (_v, a) => (
              <Space size={0} wrap>
                {canWrite && a.state === 'scheduled' && (
                  <>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setRecording(a)}
                      data-testid={`hv-record-${a.id}`}
                    >
                      {t('hv.record')}
                    </Button>
                    <Button type="link" size="small" onClick={() => setMoving(a)}>
                      {t('hv.reschedule')}
                    </Button>
                    <Button type="link" size="small" onClick={() => setClosing(a)}>
                      {t('hv.close')}
                    </Button>
                  </>
                )}
                {a.visitId !== null && (
                  <Button type="link" size="small" onClick={() => setVisitId(a.visitId)}>
                    {t('hv.viewRecord')}
                  </Button>
                )}
                <Button type="link" size="small" onClick={() => setHistoryOf(a)}>
                  {t('hv.history')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {propertyId !== null && (
        <AppointmentModal open={isNew} onClose={() => setNew(false)} propertyId={propertyId} />
      )}
      <VisitRecordModal appointment={recording} onClose={() => setRecording(null)} />
      <RescheduleModal appointment={moving} onClose={() => setMoving(null)} />
      <CloseAppointmentModal appointment={closing} onClose={() => setClosing(null)} />
      <AppointmentHistory a={historyOf} onClose={() => setHistoryOf(null)} />
      <VisitDrawer visitId={visitId} onClose={() => setVisitId(null)} />
    </div>
  );
};
