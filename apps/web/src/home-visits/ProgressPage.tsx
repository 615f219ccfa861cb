import { ApartmentOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { satisfactionLabels, shiftQuarter } from '@propdesk/domain';
import { Alert, Button, Card, Col, Empty, Progress, Row, Skeleton, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { ListCard } from '../registers/ListCard';
import { usePropertyScope } from '../shell/property-context';
import { AreasModal } from './AreasModal';
import { useProgress, useQuarterVisits } from './queries';
import { organiserRoles } from './roles';
import type { AreaProgress, HomeVisit } from './types';
import { VisitDrawer } from './VisitDrawer';

const statusColor = { met: 'green', onTrack: 'blue', behind: 'orange', missed: 'red' } as const;
const strokeColor = { met: '#52c41a', onTrack: '#1677ff', behind: '#fa8c16', missed: '#ff4d4f' } as const;

const AreaCard = ({ a }: { a: AreaProgress }) => {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={a.name}
      extra={<Tag color={statusColor[a.status]}>{t(`hv.status.${a.status}`)}</Tag>}
      data-testid="hv-area"
      data-area={a.name}
    >
      <Space align="center" size={16}>
        <Progress type="circle" percent={a.percent} size={80} strokeColor={strokeColor[a.status]} />
        <div>
          <div style={{ fontSize: 20, fontWeight: 600 }} data-testid="hv-area-count">
            {t('hv.progress.households', { done: a.households, target: a.target })}
          </div>
          {a.status !== 'met' && (
            <div style={{ color: '#888' }}>{t('hv.progress.expected', { n: a.expectedByNow })}</div>
          )}
          <div style={{ color: '#888' }}>{t('hv.progress.rooms', { n: a.roomCount })}</div>
        </div>
      </Space>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        style={{ marginTop: 12 }}
        scroll={{ y: 180 }}
        dataSource={a.buildings}
        columns={[
          { title: t('hv.progress.building'), dataIndex: 'name' },
          { title: t('hv.progress.visited'), dataIndex: 'households', width: 100 },
          { title: t('hv.progress.roomsCol'), dataIndex: 'rooms', width: 80 },
        ]}
      />
    </Card>
  );
};

/** 季度家访进度 (S2 家访 (一)2): each 苑区 against at least 20 households this quarter. */
export const ProgressPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const [quarter, setQuarter] = useState<string | null>(null);
  const progress = useProgress(propertyId, quarter);
  const shown = quarter ?? progress.data?.quarter ?? null;
  const visits = useQuarterVisits(propertyId, shown);
  const [isAreas, setAreas] = useState(false);
  const [visitId, setVisitId] = useState<number | null>(null);
  const p = progress.data;
  return (
    <div data-testid="hv-progress-page">
      <div className="pd-page-header">
        <h1>
          {t('hv.progress.title')} {shown && <span data-testid="hv-quarter">{shown.replace('-', ' ')}</span>}
        </h1>
        <Space wrap>
          <Button
            icon={<LeftOutlined />}
            disabled={!shown}
            onClick={() => setQuarter(shiftQuarter(shown!, -1))}
          >
            {t('hv.progress.prev')}
          </Button>
          <Button disabled={!shown} onClick={() => setQuarter(shiftQuarter(shown!, 1))}>
            {t('hv.progress.next')} <RightOutlined />
          </Button>
          {hasRole(me, ...organiserRoles) && (
            <Button icon={<ApartmentOutlined />} onClick={() => setAreas(true)} data-testid="hv-areas">
              {t('hv.areas')}
            </Button>
          )}
        </Space>
      </div>
      <Alert
        type="info"
        showIcon
        title={t('hv.progress.rule', { n: p?.target ?? 20 })}
        style={{ marginBottom: 12 }}
      />
      {progress.isError && <Alert type="error" showIcon title={progress.error.message} />}
      {progress.isLoading && <Skeleton active />}
      {p && (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          {p.areas.map((a) => (
            <Col key={`${a.id}-${a.name}`} xs={24} md={12} xl={8}>
              <AreaCard a={a} />
            </Col>
          ))}
          {!p.areas.length && <Empty />}
        </Row>
      )}
      <ListCard<HomeVisit>
        title={t('hv.progress.visits', { n: visits.data?.length ?? 0 })}
        query={visits}
        emptyText={t('hv.progress.noVisits')}
        testId="hv-visits"
        columns={[
          {
            title: t('hv.visit.visitedAt'),
            dataIndex: 'visitedAt',
            width: 130,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          { title: t('hv.room'), dataIndex: 'roomLabel', width: 140 },
          { title: t('hv.resident'), dataIndex: 'residentName', width: 90 },
          { title: t('hv.visitor'), dataIndex: 'visitorName', width: 90 },
          {
            title: t('hv.visit.satisfaction'),
            dataIndex: 'satisfaction',
            width: 100,
            render: (s: HomeVisit['satisfaction']) => (lang === 'en' ? s : satisfactionLabels[s]),
          },
          { title: t('hv.visit.opinions'), dataIndex: 'opinions', ellipsis: true },
          {
            title: t('common.actions'),
            key: 'a',
            width: 90,
            render: (_v, v) => (
              <Button type="link" size="small" onClick={() => setVisitId(v.id)}>
                {t('hv.viewRecord')}
              </Button>
            ),
          },
        ]}
      />
      {propertyId !== null && (
        <AreasModal propertyId={propertyId} open={isAreas} onClose={() => setAreas(false)} />
      )}
      <VisitDrawer visitId={visitId} onClose={() => setVisitId(null)} />
    </div>
  );
};
