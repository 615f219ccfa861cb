import { zodResolver } from '@hookform/resolvers/zod';
import { CreateStaffInput, type Role, roleLabels, roles, UpdateStaffInput } from '@propdesk/domain';
import { Alert, Button, Divider, Drawer, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { type Resolver, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, optionalText, submitOnCtrlEnter, useFillOnOpen } from '../lib/form';
import {
  type Department,
  type Property,
  type Staff,
  useAdminHistory,
  useCreateStaff,
  useUpdateStaff,
} from './queries';

type Values = z.input<typeof CreateStaffInput> & { reason?: string };

const blank: Values = {
  username: '',
  password: '',
  name: '',
  employeeNo: '',
  phone: null,
  departmentId: null,
  isDeptHead: false,
  certifiedForDuty: false,
  roles: [],
  propertyIds: [],
  active: true,
};

const fromStaff = (s: Staff): Values => ({ ...s, username: s.username, password: '', reason: '' });

// Create and edit share one form; edit validates with UpdateStaffInput (no username/password).
const resolvers = {
  create: zodResolver(CreateStaffInput) as unknown as Resolver<Values>,
  edit: zodResolver(UpdateStaffInput) as unknown as Resolver<Values>,
};

type Props = {
  staff: Staff | null;
  open: boolean;
  onClose: () => void;
  properties: Property[];
  departments: Department[];
};

export const StaffDrawer = ({ staff, open, onClose, properties, departments }: Props) => {
  const { t, lang } = useI18n();
  const isEdit = staff !== null;
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const mutation = isEdit ? update : create;
  const history = useAdminHistory('staff', open && staff ? staff.id : null);
  const { control, handleSubmit, reset, setError } = useForm<Values>({
    resolver: isEdit ? resolvers.edit : resolvers.create,
    defaultValues: blank,
  });
  const chosenProps = useWatch({ control, name: 'propertyIds' }) ?? [];
  const deptId = useWatch({ control, name: 'departmentId' });

  useFillOnOpen(open ? (staff?.id ?? 'new') : null, () => {
    reset(staff ? fromStaff(staff) : blank);
    create.reset();
    update.reset();
  });

  const deptOptions = departments
    .filter((d) => chosenProps.includes(d.propertyId) || d.id === deptId)
    .map((d) => ({
      value: d.id,
      label: `${properties.find((p) => p.id === d.propertyId)?.name ?? ''} · ${d.name}`,
    }));

  const submit = handleSubmit((values) => {
    const onError = (e: Error) =>
      applyServerErrors(e, setError, [
        'username',
        'password',
        'name',
        'employeeNo',
        'phone',
        'roles',
        'propertyIds',
        'departmentId',
      ]);
    const onSuccess = () => {
      toastSuccess(t('common.saved'));
      onClose();
    };
    if (staff) {
      const {
        username: _u,
        password: _p,
        ...rest
      } = values as unknown as UpdateStaffInput & { username: string; password: string };
      update.mutate({ id: staff.id, input: rest }, { onSuccess, onError });
    } else create.mutate(values as unknown as CreateStaffInput, { onSuccess, onError });
  });

  return (
    <Drawer
      title={isEdit ? `${t('staff.edit')} · ${staff.name}` : t('staff.create')}
      open={open}
      onClose={onClose}
      size={520}
      destroyOnHidden
      extra={
        <Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('common.ctrlEnter')}
          </Typography.Text>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={mutation.isPending}
            onClick={() => void submit()}
            data-testid="staff-save"
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {mutation.error && (
        <Alert type="error" showIcon title={mutation.error.message} style={{ marginBottom: 16 }} />
      )}
      <form
        onSubmit={(e) => void submit(e)}
        onKeyDown={submitOnCtrlEnter(() => void submit())}
        noValidate
        data-testid="staff-form"
      >
        <Form layout="vertical" component={false}>
          {!isEdit && (
            <div style={{ display: 'flex', gap: 12 }}>
              <div style={{ flex: 1 }}>
                <FormField
                  control={control}
                  name="username"
                  label={t('staff.username')}
                  required
                  render={(f) => <Input {...f} autoComplete="off" />}
                />
              </div>
              <div style={{ flex: 1 }}>
                <FormField
                  control={control}
                  name="password"
                  label={t('staff.initialPassword')}
                  required
                  render={(f) => <Input.Password {...f} autoComplete="new-password" />}
                />
              </div>
            </div>
          )}
          <div style={{ display: 'flex', gap: 12 }}>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="name"
                label={t('staff.name')}
                required
                render={(f) => <Input {...f} />}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="employeeNo"
                label={t('staff.employeeNo')}
                required
                render={(f) => <Input {...f} />}
              />
            </div>
          </div>
          <FormField
            control={control}
            name="phone"
            label={t('staff.phone')}
            render={(f) => <Input {...f} {...optionalText(f)} />}
          />
          <FormField
            control={control}
            name="roles"
            label={t('staff.roles')}
            required
            render={(f) => (
              <Select<Role[]>
                {...f}
                mode="multiple"
                data-testid="staff-roles"
                options={roles.map((r) => ({ value: r, label: lang === 'en' ? r : roleLabels[r] }))}
              />
            )}
          />
          <FormField
            control={control}
            name="propertyIds"
            label={t('staff.properties')}
            render={(f) => (
              <Select<number[]>
                {...f}
                mode="multiple"
                data-testid="staff-properties"
                options={properties.map((p) => ({ value: p.id, label: p.name }))}
              />
            )}
          />
          <FormField
            control={control}
            name="departmentId"
            label={t('staff.department')}
            render={(f) => (
              <Select<number | null>
                {...f}
                allowClear
                onChange={(v) => f.onChange(v ?? null)}
                placeholder={chosenProps.length ? undefined : t('staff.pickPropertyFirst')}
                options={deptOptions}
              />
            )}
          />
          <Space size={32} wrap>
            <FormField
              control={control}
              name="certifiedForDuty"
              label={t('staff.certifiedLong')}
              render={(f) => <Switch id={f.id} checked={!!f.value} onChange={f.onChange} />}
            />
            <FormField
              control={control}
              name="isDeptHead"
              label={t('staff.deptHead')}
              render={(f) => <Switch id={f.id} checked={!!f.value} onChange={f.onChange} />}
            />
            <FormField
              control={control}
              name="active"
              label={t('staff.status')}
              render={(f) => (
                <Switch
                  id={f.id}
                  checked={!!f.value}
                  onChange={f.onChange}
                  checkedChildren={t('staff.active')}
                  unCheckedChildren={t('staff.inactive')}
                />
              )}
            />
          </Space>
          {isEdit && (
            <FormField
              control={control}
              name="reason"
              label={t('common.reason')}
              render={(f) => <Input {...f} value={f.value ?? ''} />}
            />
          )}
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </form>
      {isEdit && (
        <>
          <Divider titlePlacement="start">{t('history.title')}</Divider>
          <HistoryTimeline entries={history.data} isLoading={history.isLoading} error={history.error} />
        </>
      )}
    </Drawer>
  );
};
