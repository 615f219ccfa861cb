import type { AssessmentItemView } from '@propdesk/domain';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { recordPath, signedPoints } from './asm-rules';
import { dateTime } from './format';
import { label } from './labels';

type Props = {
  items: AssessmentItemView[];
  /** Given while the sheet is open and the viewer is an assessor: manual items can be withdrawn. */
  onWithdraw?: (id: number) => void;
};

/** A sheet's items: automatic ones linked to their record, manual ones with their reason. */
export const SheetItemsTable = ({ items, onWithdraw }: Props) => {
  const { t, lang } = useI18n();
  const cols = [
    {
      title: t('asm.col.when'),
      key: 'at',
      width: 140,
      render: (_: unknown, i: AssessmentItemView) => dateTime(i.occurredAt),
    },
    {
      title: t('asm.col.item'),
      key: 'kind',
      render: (_: unknown, i: AssessmentItemView) => (
        <Space size={4} wrap>
          <span>{label(lang, 'itemKind', i.kind)}</span>
          <Tag color={i.source === 'auto' ? 'blue' : 'purple'}>
            {i.source === 'auto' ? t('asm.source.auto') : t('asm.source.manual')}
          </Tag>
          {i.isCarriedOver && <Tag color="orange">{t('asm.carriedOver')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('asm.col.detail'),
      key: 'desc',
      render: (_: unknown, i: AssessmentItemView) =>
        i.source === 'manual' ? (
          <span>
            <Typography.Text type="secondary">{t('asm.reasonPrefix')}</Typography.Text>
            {i.reason ?? i.description}
          </span>
        ) : (
          i.description
        ),
    },
    {
      title: t('asm.col.record'),
      key: 'record',
      render: (_: unknown, i: AssessmentItemView) => {
        if (!i.record) return '—';
        const path = recordPath(i.record);
        return path ? (
          <Link to={path} data-testid="item-record-link">
            {i.record.label}
          </Link>
        ) : (
          <span>{i.record.label}</span>
        );
      },
    },
    {
      title: t('asm.col.points'),
      key: 'points',
      align: 'right' as const,
      width: 72,
      render: (_: unknown, i: AssessmentItemView) => (
        <Typography.Text strong type={i.direction === 'bonus' ? 'success' : 'danger'}>
          {signedPoints(i.direction, i.points)}
        </Typography.Text>
      ),
    },
    {
      title: t('asm.col.by'),
      key: 'by',
      width: 90,
      render: (_: unknown, i: AssessmentItemView) => i.createdByName ?? t('asm.timeline.system'),
    },
    ...(onWithdraw
      ? [
          {
            title: '',
            key: 'act',
            width: 72,
            render: (_: unknown, i: AssessmentItemView) =>
              i.source === 'manual' && i.id !== null ? (
                <Button size="small" type="link" danger onClick={() => onWithdraw(i.id!)}>
                  {t('asm.item.withdraw')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Table
      size="small"
      rowKey={(i) =>
        i.id !== null
          ? `s${i.id}`
          : `${i.kind}:${i.record?.type}:${i.record?.id}:${i.occurredAt}:${i.description}`
      }
      columns={cols}
      dataSource={items}
      pagination={false}
      data-testid="sheet-items"
      locale={{ emptyText: <Empty description={t('asm.items.empty')} /> }}
    />
  );
};
