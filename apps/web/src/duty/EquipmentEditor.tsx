import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type EquipmentItem, equipmentConditionLabels, equipmentConditions } from '@propdesk/domain';
import { Button, Input, InputNumber, Select, Table } from 'antd';
import { useT } from '../i18n/i18n';

type Props = { value: EquipmentItem[]; onChange?: (v: EquipmentItem[]) => void };

/** 移交物品 (S3 篇一 七: the air-conditioner remote is handed over and signed for). Read-only without onChange. */
export const EquipmentEditor = ({ value, onChange }: Props) => {
  const t = useT();
  const set = (n: number, patch: Partial<EquipmentItem>) =>
    onChange?.(value.map((v, i) => (i === n ? { ...v, ...patch } : v)));
  const ro = !onChange;
  const rows = value.map((v, n) => ({ ...v, n }));
  return (
    <>
      <Table
        size="small"
        rowKey="n"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('duty.empty') }}
        columns={[
          {
            title: t('ho.itemName'),
            key: 'name',
            render: (_, r) =>
              ro ? (
                r.name
              ) : (
                <Input
                  value={r.name}
                  aria-label={t('ho.itemName')}
                  onChange={(e) => set(r.n, { name: e.target.value })}
                />
              ),
          },
          {
            title: t('ho.qty'),
            key: 'q',
            width: 90,
            render: (_, r) =>
              ro ? (
                r.quantity
              ) : (
                <InputNumber
                  min={1}
                  max={99}
                  value={r.quantity}
                  onChange={(q) => set(r.n, { quantity: q ?? 1 })}
                />
              ),
          },
          {
            title: t('ho.condition'),
            key: 'c',
            width: 110,
            render: (_, r) =>
              ro ? (
                equipmentConditionLabels[r.condition]
              ) : (
                <Select
                  value={r.condition}
                  onChange={(c) => set(r.n, { condition: c })}
                  options={equipmentConditions.map((c) => ({ value: c, label: equipmentConditionLabels[c] }))}
                />
              ),
          },
          {
            title: t('ho.note'),
            key: 'note',
            render: (_, r) =>
              ro ? r.note : <Input value={r.note} onChange={(e) => set(r.n, { note: e.target.value })} />,
          },
          ...(ro
            ? []
            : [
                {
                  title: '',
                  key: 'x',
                  width: 48,
                  render: (_: unknown, r: (typeof rows)[number]) => (
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label="delete"
                      onClick={() => onChange?.(value.filter((_v, i) => i !== r.n))}
                    />
                  ),
                },
              ]),
        ]}
      />
      {!ro && (
        <Button
          icon={<PlusOutlined />}
          style={{ marginTop: 8 }}
          onClick={() => onChange?.([...value, { name: '', quantity: 1, condition: 'good', note: '' }])}
        >
          {t('ho.addItem')}
        </Button>
      )}
    </>
  );
};
