import { DollarOutlined, PrinterOutlined, SwapOutlined, UserAddOutlined } from '@ant-design/icons';
import {
  Alert,
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
  Statistic,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useT } from '../i18n/i18n';
import { ArrearsModal } from './ArrearsModal';
import { yuan } from './format';
import { OccupancyModal, type OccupancyMode } from './OccupancyModal';
import { OccupantsTable } from './OccupantsTable';
import { PersonDrawer } from './PersonDrawer';
import { useRoomPage } from './queries';
import { archiveWriterRoles } from './roles';

/** 户档案: the room, its people with phones, past occupants, arrears and its history. */
export const RoomPage = () => {
  const t = useT();
  const id = Number(useParams().id);
  const page = useRoomPage(id);
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...archiveWriterRoles);
  const [occupancyMode, setOccupancyMode] = useState<OccupancyMode | null>(null);
  const [isArrearsOpen, setArrearsOpen] = useState(false);
  const [editingPerson, setEditingPerson] = useState<number | null>(null);

  if (page.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (page.isError)
    return (
      <Result
        status={page.error.message.includes('不存在') ? '404' : 'error'}
        title={page.error.message}
        extra={<Link to="/archive">{t('nav.archive')}</Link>}
      />
    );
  if (!page.data) return null;
  const { room, current, past, arrears, history } = page.data;
  const owesFees = !!arrears && arrears.monthsOwed > 0;

  return (
    <div data-testid="room-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/archive">{t('nav.archive')}</Link> },
          { title: room.buildingName },
          ...(room.unitName ? [{ title: room.unitName }] : []),
          { title: room.label },
        ]}
      />
      <div className="pd-page-header">
        <h1>
          {room.label} {owesFees && <Tag color="red">{t('room.owesFees')}</Tag>}
        </h1>
        <Space wrap>
          <Link to={`/archive/rooms/${room.id}/card`}>
            <Button icon={<PrinterOutlined />} data-testid="room-card-link">
              {t('room.card')}
            </Button>
          </Link>
          {canWrite && (
            <>
              <Button icon={<DollarOutlined />} onClick={() => setArrearsOpen(true)}>
                {t('room.setArrears')}
              </Button>
              <Button icon={<SwapOutlined />} onClick={() => setOccupancyMode('transfer')}>
                {t('room.transfer')}
              </Button>
              <Button type="primary" icon={<UserAddOutlined />} onClick={() => setOccupancyMode('move-in')}>
                {t('room.moveIn')}
              </Button>
            </>
          )}
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('room.info')} size="small">
              <Descriptions
                size="small"
                column={5}
                items={[
                  { key: 'code', label: t('archive.roomCode'), children: room.code },
                  { key: 'b', label: t('room.building'), children: room.buildingName },
                  { key: 'u', label: t('room.unit'), children: room.unitName ?? '—' },
                  { key: 'f', label: t('archive.floor'), children: room.floor ?? '—' },
                  { key: 'a', label: t('archive.area'), children: room.areaM2 ? `${room.areaM2} m²` : '—' },
                ]}
              />
            </Card>
            <Card
              title={t('room.current', { n: current.length })}
              size="small"
              styles={{ body: { padding: 0 } }}
            >
              <OccupantsTable roomId={room.id} rows={current} canWrite={canWrite} onEdit={setEditingPerson} />
            </Card>
            <Card title={t('room.past', { n: past.length })} size="small" styles={{ body: { padding: 0 } }}>
              <OccupantsTable
                roomId={room.id}
                rows={past}
                isPast
                canWrite={canWrite}
                onEdit={setEditingPerson}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('archive.arrears')} size="small" data-testid="arrears-card">
              {arrears ? (
                <>
                  {owesFees && (
                    <Alert
                      type="warning"
                      showIcon
                      title={t('room.arrearsGate')}
                      style={{ marginBottom: 12 }}
                    />
                  )}
                  <Space size={32}>
                    <Statistic
                      title={t('room.monthsOwed')}
                      value={arrears.monthsOwed}
                      styles={{ content: { color: owesFees ? '#cf1322' : undefined } }}
                    />
                    <Statistic
                      title={t('room.amount')}
                      value={yuan(arrears.amountCents)}
                      styles={{ content: { color: owesFees ? '#cf1322' : undefined } }}
                    />
                  </Space>
                  <div style={{ color: '#888', fontSize: 12, marginTop: 8 }}>
                    {t('room.asOfText', { date: arrears.asOf })}
                  </div>
                </>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('room.noArrears')} />
              )}
            </Card>
            <Card
              title={t('history.title')}
              size="small"
              styles={{ body: { maxHeight: 480, overflow: 'auto' } }}
            >
              <HistoryTimeline entries={history} />
            </Card>
          </Space>
        </Col>
      </Row>
      <OccupancyModal
        mode={occupancyMode}
        roomId={room.id}
        propertyId={room.propertyId}
        onClose={() => setOccupancyMode(null)}
      />
      <ArrearsModal
        roomId={room.id}
        current={arrears}
        open={isArrearsOpen}
        onClose={() => setArrearsOpen(false)}
      />
      <PersonDrawer personId={editingPerson} onClose={() => setEditingPerson(null)} />
    </div>
  );
};
