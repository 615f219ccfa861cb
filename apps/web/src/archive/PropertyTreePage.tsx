import { ApartmentOutlined, HomeOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Segmented,
  Skeleton,
  Space,
  Table,
  Tag,
  Tree,
  type TreeDataNode,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { ExportButtons } from '../imports/ExportButtons';
import { usePropertyScope } from '../shell/property-context';
import { CreateRoomModal } from './CreateRoomModal';
import { yuan } from './format';
import { fetchUnits, type RoomFilter, type RoomRow, useBuildings, useRooms } from './queries';
import { archiveWriterRoles } from './roles';

type Selection = { buildingId: number; unitId?: number };

const parseKey = (key: string): Selection | null => {
  const [kind, b, u] = key.split(':');
  if (kind === 'b') return { buildingId: Number(b) };
  if (kind === 'u') return { buildingId: Number(b), unitId: Number(u) };
  return null;
};

/** 楼盘档案: buildings → units on the left, the rooms of the chosen one on the right. */
export const PropertyTreePage = () => {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const { propertyId, property } = usePropertyScope();
  const buildings = useBuildings(propertyId);
  const [unitNodes, setUnitNodes] = useState<Record<number, TreeDataNode[]>>({});
  const [selection, setSelection] = useState<Selection | null>(null);
  const [filter, setFilter] = useState<RoomFilter>('all');
  const [page, setPage] = useState(1);
  const [isCreating, setCreating] = useState(false);
  const canWrite = hasRole(me, ...archiveWriterRoles);

  // A property switch starts over; the first building is chosen so the page is never blank.
  useEffect(() => {
    setSelection(null);
    setUnitNodes({});
  }, []);
  useEffect(() => {
    const first = buildings.data?.[0];
    if (!selection && first) setSelection({ buildingId: first.id });
  }, [buildings.data, selection]);

  const params = { unitId: selection?.unitId, filter, page, pageSize: 20 };
  const rooms = useRooms(selection?.buildingId ?? null, params);

  const treeData = useMemo<TreeDataNode[]>(
    () =>
      (buildings.data ?? []).map((b) => ({
        key: `b:${b.id}`,
        icon: <ApartmentOutlined />,
        title: (
          <span>
            {b.name}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              · {t('archive.roomsN', { n: b.roomCount })}
              {b.arrearsRoomCount > 0 && (
                <Tag color="red" style={{ marginInlineStart: 6 }}>
                  {t('archive.arrearsN', { n: b.arrearsRoomCount })}
                </Tag>
              )}
            </Typography.Text>
          </span>
        ),
        isLeaf: b.unitCount === 0,
        children: unitNodes[b.id],
      })),
    [buildings.data, unitNodes, t],
  );

  const loadUnits = async (node: TreeDataNode) => {
    const sel = parseKey(String(node.key));
    if (!sel || sel.unitId !== undefined || unitNodes[sel.buildingId]) return;
    const answer = await fetchUnits(sel.buildingId);
    setUnitNodes((prev) => ({
      ...prev,
      [sel.buildingId]: answer.units.map((u) => ({
        key: `u:${sel.buildingId}:${u.id}`,
        title: `${u.name}（${u.roomCount}）`,
        isLeaf: true,
        icon: <HomeOutlined />,
      })),
    }));
  };

  const selectedKey = selection
    ? selection.unitId
      ? `u:${selection.buildingId}:${selection.unitId}`
      : `b:${selection.buildingId}`
    : '';

  return (
    <>
      <div className="pd-page-header">
        <h1>
          {t('nav.archive')} · {property?.name}
        </h1>
        <Space>
          <ExportButtons />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('archive.createRoom')}
            </Button>
          )}
        </Space>
      </div>
      <div
        style={{ display: 'grid', gridTemplateColumns: '280px minmax(0, 1fr)', gap: 16, alignItems: 'start' }}
      >
        <Card
          title={t('archive.buildings')}
          styles={{ body: { padding: 12, maxHeight: 'calc(100vh - 220px)', overflow: 'auto' } }}
        >
          {buildings.isLoading ? (
            <Skeleton active />
          ) : buildings.isError ? (
            <Alert type="error" showIcon title={buildings.error.message} />
          ) : !treeData.length ? (
            <Empty description={t('archive.noBuildings')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Tree
              showIcon
              blockNode
              treeData={treeData}
              loadData={loadUnits}
              selectedKeys={selectedKey ? [selectedKey] : []}
              onSelect={(keys) => {
                const sel = keys[0] ? parseKey(String(keys[0])) : null;
                if (sel) {
                  setSelection(sel);
                  setPage(1);
                }
              }}
              data-testid="property-tree"
            />
          )}
        </Card>
        <Card
          title={t('archive.rooms')}
          extra={
            <Segmented<RoomFilter>
              value={filter}
              onChange={(v) => {
                setFilter(v);
                setPage(1);
              }}
              options={[
                { value: 'all', label: t('archive.filterAll') },
                { value: 'arrears', label: t('archive.filterArrears') },
                { value: 'vacant', label: t('archive.filterVacant') },
              ]}
            />
          }
          styles={{ body: { padding: 0 } }}
        >
          {rooms.isError ? (
            <Alert type="error" showIcon title={rooms.error.message} style={{ margin: 16 }} />
          ) : (
            <Table<RoomRow>
              rowKey="id"
              size="middle"
              loading={rooms.isLoading || (buildings.isLoading && !!propertyId)}
              dataSource={rooms.data?.items ?? []}
              onRow={(r) => ({
                onClick: () => navigate(`/archive/rooms/${r.id}`),
                style: { cursor: 'pointer' },
              })}
              locale={{
                emptyText: (
                  <Empty description={selection ? t('archive.noRooms') : t('archive.pickBuilding')} />
                ),
              }}
              pagination={{
                current: page,
                pageSize: 20,
                total: rooms.data?.total ?? 0,
                onChange: setPage,
                showSizeChanger: false,
                hideOnSinglePage: true,
                showTotal: (n) => t('archive.totalRooms', { n }),
              }}
              columns={[
                {
                  title: t('archive.room'),
                  dataIndex: 'label',
                  render: (v: string) => <Typography.Link>{v}</Typography.Link>,
                },
                {
                  title: t('archive.floor'),
                  dataIndex: 'floor',
                  width: 70,
                  render: (v: number | null) => v ?? '—',
                },
                {
                  title: t('archive.area'),
                  dataIndex: 'areaM2',
                  width: 100,
                  render: (v: number | null) => (v ? `${v} m²` : '—'),
                },
                {
                  title: t('archive.owners'),
                  dataIndex: 'owners',
                  render: (o: RoomRow['owners']) => o.map((p) => p.name).join('、') || '—',
                },
                {
                  title: t('archive.occupants'),
                  dataIndex: 'occupantCount',
                  width: 90,
                  render: (n: number) => (n ? n : <Tag>{t('archive.vacant')}</Tag>),
                },
                {
                  title: t('archive.arrears'),
                  dataIndex: 'arrears',
                  width: 170,
                  render: (a: RoomRow['arrears']) =>
                    a ? (
                      <Tag color="red">
                        {t('archive.arrearsShort', { months: a.monthsOwed, amount: yuan(a.amountCents) })}
                      </Tag>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          )}
        </Card>
      </div>
      {propertyId && (
        <CreateRoomModal
          propertyId={propertyId}
          open={isCreating}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/archive/rooms/${id}`)}
        />
      )}
    </>
  );
};
