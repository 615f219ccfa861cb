import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';
import { endKindText, phoneText, relationColor, relationText, startKindText } from './format';
import { MoveOutButton } from './MoveOutButton';
import type { Occupancy } from './queries';

type Props = {
  roomId: number;
  rows: Occupancy[];
  isPast?: boolean;
  canWrite: boolean;
  onEdit: (personId: number) => void;
};

/** People of a room with phones and relation; current ones can be edited or moved out. */
export const OccupantsTable = ({ roomId, rows, isPast, canWrite, onEdit }: Props) => {
  const { t, lang } = useI18n();
  return (
    <Table<Occupancy>
      rowKey="occupancyId"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid={isPast ? 'past-occupants' : 'current-occupants'}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={isPast ? t('room.noPast') : t('room.noCurrent')}
          />
        ),
      }}
      columns={[
        {
          title: t('person.name'),
          dataIndex: 'name',
          width: 100,
          render: (v: string, o) =>
            canWrite && !isPast ? (
              <Typography.Link onClick={() => onEdit(o.personId)}>{v}</Typography.Link>
            ) : (
              v
            ),
        },
        {
          title: t('person.relation'),
          dataIndex: 'relation',
          width: 70,
          render: (r: Occupancy['relation']) => <Tag color={relationColor[r]}>{relationText(r, lang)}</Tag>,
        },
        {
          title: t('person.phones'),
          dataIndex: 'phones',
          render: (ps: string[]) =>
            ps.length ? (
              <Space orientation="vertical" size={0}>
                {ps.map((p) => (
                  <span key={p} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    {phoneText(p)}
                  </span>
                ))}
              </Space>
            ) : (
              '—'
            ),
        },
        {
          title: t('person.idNumber'),
          dataIndex: 'idNumberMasked',
          width: 170,
          render: (v: string | null) => v ?? '—',
        },
        {
          title: isPast ? t('room.period') : t('room.since'),
          key: 'period',
          width: isPast ? 230 : 160,
          render: (_v, o) =>
            isPast
              ? `${o.startDate} ~ ${o.endDate ?? ''}（${endKindText(o.endKind, lang)}）`
              : `${o.startDate}（${startKindText(o.startKind, lang)}）`,
        },
        ...(canWrite && !isPast
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 110,
                render: (_v: unknown, o: Occupancy) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => onEdit(o.personId)}>
                      {t('common.edit')}
                    </Button>
                    <MoveOutButton roomId={roomId} occupancy={o} />
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
};
