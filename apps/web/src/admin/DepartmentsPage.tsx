import { PlusOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  DepartmentInput,
  type DepartmentKind,
  departmentKindLabels,
  departmentKinds,
} from '@propdesk/domain';
import { Alert, Button, Card, Empty, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField } from '../lib/form';
import { usePropertyScope } from '../shell/property-context';
import { type Department, useAdminProperties, useCreateDepartment, useDepartments } from './queries';

const CreateDepartmentModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t, lang } = useI18n();
  const properties = useAdminProperties();
  const { propertyId } = usePropertyScope();
  const create = useCreateDepartment();
  const { control, handleSubmit, reset, setError } = useForm<DepartmentInput>({
    resolver: zodResolver(DepartmentInput),
  });
  useEffect(() => {
    if (open) reset({ propertyId: propertyId ?? undefined, name: '', kind: 'service' } as DepartmentInput);
    create.reset();
  }, [open, reset, propertyId, create.reset]);
  const submit = handleSubmit((input) =>
    create.mutate(input, {
      onSuccess: () => {
        toastSuccess(t('common.saved'));
        onClose();
      },
      onError: (e) => applyServerErrors(e, setError, ['propertyId', 'name', 'kind']),
    }),
  );
  return (
    <Modal
      title={t('dept.create')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {create.error && (
        <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 12 }} />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <FormField
            control={control}
            name="propertyId"
            label={t('dept.property')}
            required
            render={(f) => (
              <Select {...f} options={(properties.data ?? []).map((p) => ({ value: p.id, label: p.name }))} />
            )}
          />
          <FormField
            control={control}
            name="name"
            label={t('dept.name')}
            required
            render={(f) => <Input {...f} />}
          />
          <FormField
            control={control}
            name="kind"
            label={t('dept.kind')}
            required
            render={(f) => (
              <Select
                {...f}
                options={departmentKinds.map((k) => ({
                  value: k,
                  label: lang === 'en' ? k : departmentKindLabels[k],
                }))}
              />
            )}
          />
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </form>
    </Modal>
  );
};

export const DepartmentsPage = () => {
  const { t, lang } = useI18n();
  const list = useDepartments();
  const properties = useAdminProperties();
  const [isCreating, setCreating] = useState(false);
  const [filter, setFilter] = useState<number | null>(null);
  const propName = new Map((properties.data ?? []).map((p) => [p.id, p.name]));
  const rows = (list.data ?? []).filter((d) => filter === null || d.propertyId === filter);
  return (
    <>
      <div className="pd-page-header">
        <h1>{t('nav.departments')}</h1>
        <div style={{ display: 'flex', gap: 8 }}>
          <Select<number | null>
            allowClear
            placeholder={t('dept.allProperties')}
            value={filter}
            onChange={(v) => setFilter(v ?? null)}
            style={{ width: 180 }}
            options={(properties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('dept.create')}
          </Button>
        </div>
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        {list.isError ? (
          <Alert type="error" showIcon title={list.error.message} style={{ margin: 16 }} />
        ) : (
          <Table<Department>
            rowKey="id"
            loading={list.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('dept.empty')} /> }}
            columns={[
              {
                title: t('dept.property'),
                dataIndex: 'propertyId',
                width: 160,
                render: (id: number) => propName.get(id) ?? `#${id}`,
              },
              { title: t('dept.name'), dataIndex: 'name' },
              {
                title: t('dept.kind'),
                dataIndex: 'kind',
                width: 160,
                render: (k: DepartmentKind) => <Tag>{lang === 'en' ? k : departmentKindLabels[k]}</Tag>,
              },
            ]}
          />
        )}
      </Card>
      <CreateDepartmentModal open={isCreating} onClose={() => setCreating(false)} />
    </>
  );
};
