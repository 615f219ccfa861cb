import { PlusOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { PropertyInput } from '@propdesk/domain';
import { Alert, Button, Card, Empty, Form, Input, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, optionalText, useFillOnOpen } from '../lib/form';
import { type Property, useAdminProperties, useSaveProperty } from './queries';

type Values = z.input<typeof PropertyInput>;

const timezones = [
  'Asia/Shanghai',
  'Asia/Urumqi',
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'UTC',
];

const PropertyModal = ({
  property,
  open,
  onClose,
}: {
  property: Property | null;
  open: boolean;
  onClose: () => void;
}) => {
  const t = useT();
  const save = useSaveProperty();
  const { control, handleSubmit, reset, setError } = useForm<Values>({
    resolver: zodResolver(PropertyInput),
  });
  useFillOnOpen(open ? (property?.id ?? 'new') : null, () => {
    reset(property ?? { code: '', name: '', timezone: 'Asia/Shanghai', address: null, phone: null });
    save.reset();
  });
  const submit = handleSubmit((input) =>
    save.mutate(
      { id: property?.id ?? null, input: input as PropertyInput },
      {
        onSuccess: () => {
          toastSuccess(t('common.saved'));
          onClose();
        },
        onError: (e) => applyServerErrors(e, setError, ['code', 'name', 'timezone', 'address', 'phone']),
      },
    ),
  );
  return (
    <Modal
      title={property ? `${t('common.edit')} · ${property.name}` : t('prop.create')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error && <Alert type="error" showIcon title={save.error.message} style={{ marginBottom: 12 }} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <FormField
            control={control}
            name="code"
            label={t('prop.code')}
            required
            render={(f) => <Input {...f} />}
          />
          <FormField
            control={control}
            name="name"
            label={t('prop.name')}
            required
            render={(f) => <Input {...f} />}
          />
          <FormField
            control={control}
            name="timezone"
            label={t('prop.timezone')}
            extra={t('prop.timezoneHint')}
            render={(f) => (
              <Select {...f} showSearch options={timezones.map((z) => ({ value: z, label: z }))} />
            )}
          />
          <FormField
            control={control}
            name="address"
            label={t('prop.address')}
            render={(f) => <Input id={f.id} {...optionalText(f)} />}
          />
          <FormField
            control={control}
            name="phone"
            label={t('prop.phone')}
            render={(f) => <Input id={f.id} {...optionalText(f)} />}
          />
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </form>
    </Modal>
  );
};

export const PropertiesPage = () => {
  const t = useT();
  const list = useAdminProperties();
  const [editing, setEditing] = useState<Property | 'new' | null>(null);
  return (
    <>
      <div className="pd-page-header">
        <h1>{t('nav.properties')}</h1>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('prop.create')}
        </Button>
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        {list.isError ? (
          <Alert type="error" showIcon title={list.error.message} style={{ margin: 16 }} />
        ) : (
          <Table<Property>
            rowKey="id"
            loading={list.isLoading}
            dataSource={list.data ?? []}
            pagination={false}
            locale={{ emptyText: <Empty description={t('prop.empty')} /> }}
            columns={[
              { title: t('prop.code'), dataIndex: 'code', width: 100 },
              { title: t('prop.name'), dataIndex: 'name' },
              { title: t('prop.timezone'), dataIndex: 'timezone', width: 160 },
              { title: t('prop.address'), dataIndex: 'address', render: (v: string | null) => v ?? '—' },
              {
                title: t('prop.phone'),
                dataIndex: 'phone',
                width: 150,
                render: (v: string | null) => v ?? '—',
              },
              {
                title: t('common.actions'),
                key: 'a',
                width: 90,
                render: (_v, p) => (
                  <Button type="link" size="small" onClick={() => setEditing(p)}>
                    {t('common.edit')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      <PropertyModal
        property={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </>
  );
};
