import { Alert, Button, Card, InputNumber, Skeleton, Table } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { type Setting, useUpdateSetting, useWoSettings } from './queries';

const Row = ({ s, propertyId }: { s: Setting; propertyId: number }) => {
  const t = useT();
  const save = useUpdateSetting();
  const [value, setValue] = useState<number | null>(s.value);
  const isChanged = value !== null && value !== s.value;
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      <InputNumber
        value={value}
        onChange={setValue}
        min={0}
        max={s.key.endsWith('Percent') ? 100 : 100_000}
        precision={0}
        aria-label={s.label}
        style={{ width: 120 }}
      />
      <Button
        disabled={!isChanged}
        loading={save.isPending}
        onClick={() =>
          save.mutate(
            { propertyId, key: s.key, value: value! },
            { onSuccess: () => toastSuccess(t('common.saved')) },
          )
        }
      >
        {t('common.save')}
      </Button>
    </span>
  );
};

/**
 * The time limits per type (S4 4.4.1: a repair on site within 30 minutes) and the share of
 * other departments' orders sampled for a spot-check return visit (S4 篇3, default 20 %).
 */
export const WoSettingsCard = ({ propertyId }: { propertyId: number | null }) => {
  const t = useT();
  const settings = useWoSettings(propertyId);
  return (
    <Card size="small" title={t('price.settings')} styles={{ body: { padding: 0 } }}>
      {settings.isError ? (
        <Alert type="error" showIcon title={settings.error.message} style={{ margin: 16 }} />
      ) : settings.isLoading || !propertyId ? (
        <Skeleton active style={{ padding: 16 }} />
      ) : (
        <Table<Setting>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={settings.data ?? []}
          columns={[
            { title: t('price.setting'), dataIndex: 'label' },
            { title: t('price.default'), dataIndex: 'default', width: 100 },
            {
              title: t('price.value'),
              key: 'value',
              width: 220,
              render: (_v, s) => <Row key={`${s.key}-${s.value}`} s={s} propertyId={propertyId} />,
            },
          ]}
        />
      )}
    </Card>
  );
};
