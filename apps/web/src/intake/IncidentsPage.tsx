import { AlertOutlined } from '@ant-design/icons';
import { CreateIncidentInput } from '@propdesk/domain';
import { Alert, Button, Card, DatePicker, Empty, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, submitOnCtrlEnter } from '../lib/form';
import { usePropertyScope } from '../shell/property-context';
import { deskRoles } from './menu';
import { type Incident, useCreateIncident, useIncidents } from './queries';
import { schemaResolver } from './schema-resolver';

type Values = {
  propertyId: number;
  occurredAt: string | null;
  title: string;
  location: string;
  description: string;
};
const prepare = (v: Values) => ({ ...v, location: v.location.trim() || null });
const resolver = schemaResolver<Values>(CreateIncidentInput, { occurredAt: '请填写发生时间' }, prepare);

const IncidentModal = ({
  propertyId,
  open,
  onClose,
}: {
  propertyId: number;
  open: boolean;
  onClose: () => void;
}) => {
  const t = useT();
  const create = useCreateIncident();
  const { control, handleSubmit, reset, setError } = useForm<Values>({ resolver });
  useEffect(() => {
    if (open)
      reset({
        propertyId,
        occurredAt: dayjs().second(0).toISOString(),
        title: '',
        location: '',
        description: '',
      });
    create.reset();
  }, [open, propertyId, reset, create.reset]);
  const submit = handleSubmit((v) =>
    create.mutate(CreateIncidentInput.parse(prepare(v)), {
      onSuccess: () => {
        toastSuccess(t('incidents.saved'));
        onClose();
      },
      onError: (e) => applyServerErrors(e, setError, ['title', 'description', 'location', 'occurredAt']),
    }),
  );
  return (
    <Modal
      title={t('incidents.create')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {create.error && (
        <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 12 }} />
      )}
      <Form layout="vertical" component={false}>
        <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnCtrlEnter(() => void submit())} noValidate>
          <FormField
            control={control}
            name="occurredAt"
            label={t('incidents.occurredAt')}
            required
            render={(f) => (
              <DatePicker
                id={f.id}
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                value={f.value ? dayjs(f.value) : null}
                onChange={(d) => f.onChange(d ? d.toISOString() : null)}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            )}
          />
          <FormField
            control={control}
            name="title"
            label={t('incidents.titleField')}
            required
            render={(f) => <Input {...f} autoFocus />}
          />
          <FormField
            control={control}
            name="location"
            label={t('incidents.location')}
            render={(f) => <Input {...f} />}
          />
          <FormField
            control={control}
            name="description"
            label={t('incidents.description')}
            required
            render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 3 }} />}
          />
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </form>
      </Form>
    </Modal>
  );
};

/** 突发事件、重要问题记录: recorded and told to the manager at once (S4 4.4.4). */
export const IncidentsPage = () => {
  const t = useT();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const incidents = useIncidents(propertyId);
  const [isCreating, setCreating] = useState(false);
  const canCreate = hasRole(me, ...deskRoles, 'gate_guard', 'dept_staff');
  return (
    <div data-testid="incidents-page">
      <div className="pd-page-header">
        <div>
          <h1>{t('incidents.title')}</h1>
          <Typography.Text type="secondary">{t('incidents.subtitle')}</Typography.Text>
        </div>
        {canCreate && propertyId && (
          <Button type="primary" danger icon={<AlertOutlined />} onClick={() => setCreating(true)}>
            {t('incidents.create')}
          </Button>
        )}
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        {incidents.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('intake.loadFailed', { message: incidents.error.message })}
            action={<Button onClick={() => void incidents.refetch()}>{t('common.retry')}</Button>}
            style={{ margin: 16 }}
          />
        ) : (
          <Table<Incident>
            rowKey="id"
            size="middle"
            data-testid="incidents-table"
            loading={incidents.isLoading}
            dataSource={incidents.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('incidents.empty')} /> }}
            expandable={{
              expandedRowRender: (r) => <div style={{ whiteSpace: 'pre-wrap' }}>{r.description}</div>,
            }}
            columns={[
              {
                title: t('incidents.occurredAt'),
                dataIndex: 'occurredAt',
                width: 140,
                render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
              },
              { title: t('incidents.titleField'), dataIndex: 'title', width: 220 },
              { title: t('incidents.location'), dataIndex: 'location', width: 140, render: (v) => v ?? '—' },
              { title: t('incidents.description'), dataIndex: 'description', ellipsis: true },
              { title: t('incidents.reportedBy'), dataIndex: 'reportedByName', width: 90 },
              {
                title: t('incidents.case'),
                dataIndex: 'caseNumber',
                width: 160,
                render: (v: string | null, r) =>
                  v && r.caseId ? <Link to={`/cases/${r.caseId}`}>{v}</Link> : '—',
              },
              {
                title: t('incidents.status'),
                dataIndex: 'closedAt',
                width: 90,
                render: (v: string | null) =>
                  v ? <Tag>{t('incidents.closed')}</Tag> : <Tag color="red">{t('incidents.open')}</Tag>,
              },
            ]}
          />
        )}
      </Card>
      {propertyId && (
        <IncidentModal propertyId={propertyId} open={isCreating} onClose={() => setCreating(false)} />
      )}
    </div>
  );
};
