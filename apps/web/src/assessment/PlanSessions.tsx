import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { dateTime } from './format';
import { attendanceColor, label } from './labels';
import type { TrainingPlanDetail } from './queries-training';
import { AttendanceModal, SessionModal } from './TrainingForms';

type Session = TrainingPlanDetail['sessions'][number];

/** The sessions of a plan and each trainee's attendance; organisers add sessions and take attendance. */
export const PlanSessions = ({ plan, canOrganise }: { plan: TrainingPlanDetail; canOrganise: boolean }) => {
  const { t, lang } = useI18n();
  const [isNewOpen, setNewOpen] = useState(false);
  const [taking, setTaking] = useState<Session | null>(null);
  const now = Date.now();
  const cols = [
    { title: t('asm.tr.topic'), dataIndex: 'topic', key: 'topic' },
    {
      title: t('asm.tr.when'),
      key: 'when',
      render: (_: unknown, s: Session) => `${dateTime(s.startsAt)} – ${dateTime(s.endsAt).slice(11)}`,
    },
    { title: t('asm.tr.location'), dataIndex: 'location', key: 'loc', render: (v: string) => v || '—' },
    { title: t('asm.tr.trainer'), dataIndex: 'trainer', key: 'trainer' },
    {
      title: t('asm.tr.attendance'),
      key: 'att',
      render: (_: unknown, s: Session) =>
        s.attendance.length ? (
          <Space size={4} wrap>
            {s.attendance.map((a) => (
              <Tag key={a.staffId} color={attendanceColor[a.status]}>
                {a.staffName} {label(lang, 'attendance', a.status)}
              </Tag>
            ))}
          </Space>
        ) : Date.parse(s.startsAt) > now ? (
          <Tag>{t('asm.tr.upcoming')}</Tag>
        ) : (
          <Tag color="orange">{t('asm.tr.noAttendance')}</Tag>
        ),
    },
    ...(canOrganise
      ? [
          {
            title: '',
            key: 'act',
            render: (_: unknown, s: Session) =>
              Date.parse(s.startsAt) <= now ? (
                <Button size="small" onClick={() => setTaking(s)}>
                  {t('asm.tr.takeAttendance')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Card
      size="small"
      title={t('asm.tr.sessions')}
      extra={
        canOrganise && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setNewOpen(true)}>
            {t('asm.tr.addSession')}
          </Button>
        )
      }
    >
      <Table
        size="small"
        rowKey="id"
        columns={cols}
        dataSource={plan.sessions}
        pagination={false}
        locale={{
          emptyText: (
            <Empty
              description={plan.state === 'approved' ? t('asm.tr.noSessions') : t('asm.tr.notApproved')}
            />
          ),
        }}
      />
      <SessionModal open={isNewOpen} onClose={() => setNewOpen(false)} planId={plan.id} />
      <AttendanceModal
        open={taking !== null}
        onClose={() => setTaking(null)}
        session={taking}
        trainees={plan.trainees}
      />
    </Card>
  );
};
