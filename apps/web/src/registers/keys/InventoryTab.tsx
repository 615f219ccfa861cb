import { KeyInventoryInput } from '@propdesk/domain';
import { Alert, Button, Input, InputNumber, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { dateTime } from '../format';
import { ListCard } from '../ListCard';
import { useRegPost } from '../mutations';
import { useKeyInventories } from '../queries';
import type { KeyInventories, KeySet } from '../types';

type Inventory = KeyInventories['inventories'][number];

/** The due reminder (S3 4.4.3: 每半月至少盘存一次), shown on every tab of the key register. */
export const InventoryDue = ({ propertyId, onCount }: { propertyId: number | null; onCount: () => void }) => {
  const { t } = useI18n();
  const inv = useKeyInventories(propertyId);
  const s = inv.data?.status;
  if (!s?.isDue) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="inventory-due"
      style={{ marginBottom: 12 }}
      title={s.lastDay ? t('reg.keys.invDue', { last: s.lastDay, due: s.dueOn }) : t('reg.keys.invNever')}
      action={
        <Button size="small" type="primary" onClick={onCount}>
          {t('reg.keys.countNow')}
        </Button>
      }
    />
  );
};

/** 钥匙柜盘存: every active set counted; what differs from the cabinet's expected count is a discrepancy. */
export const InventoryModal = ({
  open,
  onClose,
  propertyId,
  sets,
}: {
  open: boolean;
  onClose: () => void;
  propertyId: number;
  sets: KeySet[];
}) => {
  const { t } = useI18n();
  const save = useRegPost<KeyInventoryInput, { id: number; discrepancies: number }>(
    '/api/registers/key-inventories',
  );
  const active = sets.filter((s) => s.active);
  return (
    <ModalForm
      title={t('reg.keys.inventory')}
      open={open}
      onClose={onClose}
      width={760}
      schema={KeyInventoryInput}
      defaults={{
        propertyId,
        lines: active.map((s) => ({ keySetId: s.id, counted: s.inCabinet, note: null })),
        note: null,
      }}
      okText={t('reg.keys.invSave')}
      confirmText={(v) => {
        const n = v.lines.filter((l, i) => l.counted !== active[i]?.inCabinet).length;
        return n ? t('reg.keys.invConfirm', { n }) : null;
      }}
      onSubmit={(v) => save.mutateAsync(v)}
    >
      {({ control, watch }) => {
        const lines = watch('lines') ?? [];
        return (
          <>
            <Table<KeySet>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={active}
              scroll={{ y: 360 }}
              rowClassName={(_s, i) =>
                lines[i] && lines[i].counted !== active[i]?.inCabinet ? 'pd-row-error' : ''
              }
              columns={[
                { title: t('reg.keys.code'), dataIndex: 'code', width: 80 },
                { title: t('reg.keys.label'), dataIndex: 'label' },
                { title: t('reg.keys.expected'), dataIndex: 'inCabinet', width: 70 },
                {
                  title: t('reg.keys.counted'),
                  key: 'counted',
                  width: 100,
                  render: (_v, _s, i) => (
                    <FormField
                      control={control}
                      name={`lines.${i}.counted`}
                      render={(f) => (
                        <InputNumber
                          id={f.id}
                          value={f.value}
                          onChange={(v) => f.onChange(v ?? 0)}
                          min={0}
                          precision={0}
                          size="small"
                          data-testid={`count-${active[i]?.code}`}
                        />
                      )}
                    />
                  ),
                },
                {
                  title: t('reg.keys.diffNote'),
                  key: 'note',
                  width: 220,
                  render: (_v, _s, i) => (
                    <FormField
                      control={control}
                      name={`lines.${i}.note`}
                      render={(f) => <Input {...f} size="small" value={(f.value as string | null) ?? ''} />}
                    />
                  ),
                },
              ]}
            />
            <FormField
              control={control}
              name="note"
              label={t('reg.note')}
              render={(f) => <Input {...f} value={(f.value as string | null) ?? ''} />}
            />
          </>
        );
      }}
    </ModalForm>
  );
};

/** Past inventories, each with its lines; discrepancies in red. */
export const InventoryTab = ({ propertyId }: { propertyId: number | null }) => {
  const { t } = useI18n();
  const inv = useKeyInventories(propertyId);
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  const query = { ...inv, data: inv.data?.inventories };
  return (
    <ListCard<Inventory>
      query={query}
      emptyText={t('reg.keys.invEmpty')}
      title={
        inv.data && (
          <Space>
            {t('reg.keys.invLast', { last: inv.data.status.lastDay ?? '—' })}
            <Tag color={inv.data.status.isDue ? 'red' : 'green'}>
              {t('reg.keys.invNext', { due: inv.data.status.dueOn })}
            </Tag>
          </Space>
        )
      }
      expandable={{
        expandedRowKeys: expanded,
        onExpandedRowsChange: setExpanded,
        expandedRowRender: (i) => (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={i.lines}
            rowClassName={(l) => (l.expected !== l.counted ? 'pd-row-error' : '')}
            columns={[
              { title: t('reg.keys.code'), dataIndex: 'keyCode', width: 90 },
              { title: t('reg.keys.label'), dataIndex: 'keyLabel' },
              { title: t('reg.keys.expected'), dataIndex: 'expected', width: 80 },
              { title: t('reg.keys.counted'), dataIndex: 'counted', width: 80 },
              { title: t('reg.keys.diffNote'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
            ]}
          />
        ),
      }}
      columns={[
        { title: t('reg.day'), dataIndex: 'day', width: 110 },
        { title: t('reg.keys.countedAt'), dataIndex: 'countedAt', width: 150, render: dateTime },
        { title: t('reg.keys.countedBy'), dataIndex: 'countedByName', width: 100 },
        {
          title: t('reg.keys.discrepancies'),
          dataIndex: 'discrepancies',
          width: 100,
          render: (n: number) => (n ? <Tag color="red">{n}</Tag> : <Tag color="green">0</Tag>),
        },
        { title: t('reg.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
      ]}
    />
  );
};
