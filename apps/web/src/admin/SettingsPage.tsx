import { EditOutlined } from '@ant-design/icons';
import { type SettingKey, settingLimits } from '@propdesk/domain';
import { Button, Card, Empty, InputNumber, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { FormField } from '../lib/form';
import { LoadError } from '../lib/LoadError';
import { ModalForm } from '../lib/ModalForm';
import { usePropertyScope } from '../shell/property-context';
import { type Setting, useSaveSetting, useSettings } from './queries';
import { settingLabelsEn } from './setting-labels-en';

/** The API names settings in Chinese; the English locale reads its own names. */
const labelOf = (s: Pick<Setting, 'key' | 'label'>, lang: string) =>
  (lang === 'en' && settingLabelsEn[s.key as SettingKey]) || s.label;

// Only "a number"; the server checks the range so its message (该参数的取值范围为 …) is the one shown.
const SettingValue = z.object({ value: z.number({ error: '请输入数值' }) });

// The API's general range; settingLimits names the narrower ones.
const rangeOf = (key: string) => settingLimits[key as SettingKey] ?? { min: 0, max: 100_000 };

const groupLabels: Record<string, MessageKey> = {
  intake: 'set.g.intake',
  workOrders: 'set.g.workOrders',
  complaints: 'set.g.complaints',
  registers: 'set.g.registers',
  duty: 'set.g.duty',
  homeVisits: 'set.g.homeVisits',
};

const EditSettingModal = ({
  setting,
  open,
  propertyId,
  onClose,
}: {
  setting: Setting | null;
  open: boolean;
  propertyId: number;
  onClose: () => void;
}) => {
  const { t, lang } = useI18n();
  const save = useSaveSetting();
  const range = rangeOf(setting?.key ?? '');
  return (
    <ModalForm
      title={setting ? labelOf(setting, lang) : null}
      open={open}
      onClose={onClose}
      schema={SettingValue}
      defaults={{ value: setting?.value ?? 0 }}
      onSubmit={({ value }) => save.mutateAsync({ propertyId, key: setting?.key ?? '', value })}
      testId="setting-form"
      intro={
        <Typography.Paragraph type="secondary">
          <Typography.Text code>{setting?.key}</Typography.Text>
        </Typography.Paragraph>
      }
    >
      {({ control }) => (
        <FormField
          control={control}
          name="value"
          label={t('set.newValue')}
          required
          extra={t('set.range', { min: range.min, max: range.max, default: setting?.default ?? 0 })}
          render={(f) => <InputNumber {...f} precision={0} autoFocus style={{ width: 200 }} />}
        />
      )}
    </ModalForm>
  );
};

/** Every per-property setting (time limits, reminders, fees) in one place; the admin changes them here. */
export const SettingsPage = () => {
  const { t, lang } = useI18n();
  const { properties, propertyId, setPropertyId, isLoading: isScopeLoading } = usePropertyScope();
  const settings = useSettings(propertyId);
  // The last setting opened stays while the modal closes, so its title does not blank out.
  const [editing, setEditing] = useState<Setting | null>(null);
  const [isEditOpen, setEditOpen] = useState(false);
  return (
    <div data-testid="settings-page">
      <div className="pd-page-header">
        <h1>{t('nav.settings')}</h1>
        <Select<number>
          aria-label={t('set.property')}
          value={propertyId ?? undefined}
          onChange={setPropertyId}
          style={{ width: 200 }}
          options={properties.map((p) => ({ value: p.id, label: p.name }))}
          data-testid="settings-property"
        />
      </div>
      <Typography.Paragraph type="secondary">{t('set.intro')}</Typography.Paragraph>
      <Card styles={{ body: { padding: settings.data ? 0 : undefined } }}>
        {!propertyId && !isScopeLoading ? (
          <Empty description={t('set.noProperty')} />
        ) : settings.isError ? (
          <LoadError query={settings} />
        ) : !settings.data ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : (
          <Table<Setting>
            rowKey="key"
            size="small"
            dataSource={settings.data}
            pagination={false}
            data-testid="settings-table"
            locale={{ emptyText: <Empty description={t('set.empty')} /> }}
            columns={[
              {
                title: t('set.group'),
                key: 'group',
                width: 90,
                render: (_v, s) => {
                  const label = groupLabels[s.key.split('.')[0] ?? ''];
                  return <Tag>{label ? t(label) : s.key.split('.')[0]}</Tag>;
                },
              },
              {
                title: t('set.label'),
                dataIndex: 'label',
                render: (_label: string, s) => (
                  <>
                    <div>{labelOf(s, lang)}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {s.key}
                    </Typography.Text>
                  </>
                ),
              },
              {
                title: t('set.value'),
                dataIndex: 'value',
                width: 130,
                render: (v: number, s) => (
                  <span data-testid={`setting-value-${s.key}`}>
                    <Typography.Text strong>{v}</Typography.Text>
                    {v !== s.default && (
                      <Tag color="orange" style={{ marginLeft: 8 }}>
                        {t('set.changed')}
                      </Tag>
                    )}
                  </span>
                ),
              },
              { title: t('set.default'), dataIndex: 'default', width: 90 },
              {
                title: t('common.actions'),
                key: 'act',
                width: 90,
                render: (_v, s) => (
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => {
                      setEditing(s);
                      setEditOpen(true);
                    }}
                    aria-label={`${t('set.edit')} ${labelOf(s, lang)}`}
                  >
                    {t('set.edit')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      {propertyId && (
        <EditSettingModal
          setting={editing}
          open={isEditOpen}
          propertyId={propertyId}
          onClose={() => setEditOpen(false)}
        />
      )}
    </div>
  );
};
