import { zodResolver } from '@hookform/resolvers/zod';
import { CreateWorkOrderInput, DispatchWorkOrderInput, urgencies } from '@propdesk/domain';
import { Col, Input, Radio, Row, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, useFillOnOpen } from '../lib/form';
import { DateTimeField } from './DateTimeField';
import { urgencyText } from './labels';
import { ModalFrame } from './ModalFrame';
import { useCreateOrder, useDispatchOrder, useWoSettings } from './queries';
import { AssigneePicker, DepartmentPicker } from './StaffPickers';

/** The case a new order comes from. */
export type DispatchCase = {
  id: number;
  propertyId: number;
  number: string;
  summary: string;
  type: string;
  urgency: string;
};

type Values = z.input<typeof CreateWorkOrderInput>;

const ModeField = ({ value, onChange }: { value?: string; onChange: (v: string) => void }) => {
  const { t } = useI18n();
  return (
    <Radio.Group
      value={value}
      onChange={(e) => onChange(e.target.value)}
      optionType="button"
      buttonStyle="solid"
      options={[
        { value: 'verbal', label: t('wo.mode.verbal') },
        { value: 'printed', label: t('wo.mode.printed') },
      ]}
    />
  );
};

const limitKey = (type: string) => (type === 'repair' || type === 'paidService' ? type : 'other');

/**
 * 派工 (S3 篇九 4.5.3): a new order from a case to a department and one of its staff, urgent
 * first, verbal or printed; printed opens the slip at once (4.5.3.1). Empty times: the type's
 * default limits (repair: on site within 30 minutes, S4 4.4.1).
 */
export const DispatchModal = ({ from, onClose }: { from: DispatchCase | null; onClose: () => void }) => {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const create = useCreateOrder();
  const settings = useWoSettings(from?.propertyId ?? null);
  const { control, handleSubmit, reset, setError, setValue, watch } = useForm<Values>({
    resolver: zodResolver(CreateWorkOrderInput),
  });
  useFillOnOpen(from?.id ?? null, () => {
    if (!from) return;
    reset({
      caseId: from.id,
      dispatchMode: 'verbal',
      urgency: from.urgency as Values['urgency'],
      description: from.summary,
    });
    create.reset();
  });
  const departmentId = watch('departmentId');
  const key = limitKey(from?.type ?? 'repair');
  const minutes = (k: string) => settings.data?.find((s) => s.key === k)?.value;
  const submit = handleSubmit((v) =>
    create.mutate(CreateWorkOrderInput.parse(v), {
      onSuccess: (r) => {
        toastSuccess(t('wo.dispatched', { number: r.number }));
        onClose();
        if (v.dispatchMode === 'printed') void navigate(`/work-orders/${r.id}/slip`);
      },
      onError: (e) =>
        applyServerErrors(e, setError, [
          'departmentId',
          'assigneeId',
          'agreedArrivalAt',
          'agreedCompletionAt',
        ]),
    }),
  );
  return (
    <ModalFrame
      title={from ? t('wo.dispatchTitle', { number: from.number }) : ''}
      open={from !== null}
      onClose={onClose}
      onSubmit={() => void submit()}
      isPending={create.isPending}
      error={create.error}
      okText={t('wo.act.dispatch')}
      width={640}
      testId="dispatch-form"
    >
      <Row gutter={12}>
        <Col span={12}>
          <FormField
            control={control}
            name="departmentId"
            label={t('wo.department')}
            required
            render={(f) => (
              <DepartmentPicker
                id={f.id}
                testId="dispatch-department"
                propertyId={from?.propertyId ?? null}
                value={f.value}
                onChange={(v) => {
                  f.onChange(v ?? undefined);
                  setValue('assigneeId', undefined as unknown as number);
                }}
              />
            )}
          />
        </Col>
        <Col span={12}>
          <FormField
            control={control}
            name="assigneeId"
            label={t('wo.assignee')}
            required
            render={(f) => (
              <AssigneePicker
                id={f.id}
                testId="dispatch-assignee"
                propertyId={from?.propertyId ?? null}
                departmentId={departmentId ?? null}
                value={f.value}
                onChange={(v) => f.onChange(v ?? undefined)}
              />
            )}
          />
        </Col>
        <Col span={12}>
          <FormField
            control={control}
            name="urgency"
            label={t('wo.urgency')}
            extra={t('wo.urgencyHint')}
            render={(f) => (
              <Radio.Group
                id={f.id}
                value={f.value}
                onChange={(e) => f.onChange(e.target.value)}
                optionType="button"
                options={urgencies.map((u) => ({ value: u, label: urgencyText(u, lang) }))}
              />
            )}
          />
        </Col>
        <Col span={12}>
          <FormField
            control={control}
            name="dispatchMode"
            label={t('wo.dispatchMode')}
            extra={t('wo.modeHint')}
            render={(f) => <ModeField value={f.value} onChange={f.onChange} />}
          />
        </Col>
      </Row>
      <FormField
        control={control}
        name="description"
        label={t('wo.description')}
        render={(f) => <Input.TextArea {...f} value={f.value ?? ''} autoSize={{ minRows: 2, maxRows: 5 }} />}
      />
      <Row gutter={12}>
        <Col span={12}>
          <FormField
            control={control}
            name="agreedArrivalAt"
            label={t('wo.agreedArrival')}
            extra={t('wo.defaultArrival', { n: minutes(`workOrders.arrivalMinutes.${key}`) ?? '—' })}
            render={(f) => (
              <DateTimeField id={f.id} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} />
            )}
          />
        </Col>
        <Col span={12}>
          <FormField
            control={control}
            name="agreedCompletionAt"
            label={t('wo.agreedCompletion')}
            extra={t('wo.defaultCompletion', { n: minutes(`workOrders.completionMinutes.${key}`) ?? '—' })}
            render={(f) => (
              <DateTimeField id={f.id} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} />
            )}
          />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('common.ctrlEnter')}
      </Typography.Text>
    </ModalFrame>
  );
};

type RedispatchValues = z.input<typeof DispatchWorkOrderInput>;
export type RedispatchTarget = {
  id: number;
  number: string;
  propertyId: number;
  departmentId: number;
  version: number;
};

/** An order waiting at the desk again (sent back, or reopened after a return visit) is dispatched anew. */
export const RedispatchModal = ({
  order,
  onClose,
}: {
  order: RedispatchTarget | null;
  onClose: () => void;
}) => {
  const { t } = useI18n();
  const navigate = useNavigate();
  const dispatch = useDispatchOrder();
  const { control, handleSubmit, reset, setError, setValue, watch } = useForm<RedispatchValues>({
    resolver: zodResolver(DispatchWorkOrderInput),
  });
  useFillOnOpen(order?.id ?? null, () => {
    if (order) reset({ version: order.version, departmentId: order.departmentId, dispatchMode: 'verbal' });
    dispatch.reset();
  });
  const departmentId = watch('departmentId');
  const submit = handleSubmit((v) =>
    dispatch.mutate(
      { id: order!.id, input: DispatchWorkOrderInput.parse(v) },
      {
        onSuccess: () => {
          toastSuccess(t('wo.dispatched', { number: order!.number }));
          onClose();
          if (v.dispatchMode === 'printed') void navigate(`/work-orders/${order!.id}/slip`);
        },
        onError: (e) => applyServerErrors(e, setError, ['departmentId', 'assigneeId']),
      },
    ),
  );
  return (
    <ModalFrame
      title={order ? t('wo.redispatchTitle', { number: order.number }) : ''}
      open={order !== null}
      onClose={onClose}
      onSubmit={() => void submit()}
      isPending={dispatch.isPending}
      error={dispatch.error}
      okText={t('wo.act.dispatch')}
      testId="redispatch-form"
    >
      <FormField
        control={control}
        name="departmentId"
        label={t('wo.department')}
        render={(f) => (
          <DepartmentPicker
            id={f.id}
            propertyId={order?.propertyId ?? null}
            value={f.value}
            onChange={(v) => {
              f.onChange(v ?? undefined);
              setValue('assigneeId', undefined as unknown as number);
            }}
          />
        )}
      />
      <FormField
        control={control}
        name="assigneeId"
        label={t('wo.assignee')}
        required
        render={(f) => (
          <AssigneePicker
            id={f.id}
            propertyId={order?.propertyId ?? null}
            departmentId={departmentId ?? null}
            value={f.value}
            onChange={(v) => f.onChange(v ?? undefined)}
          />
        )}
      />
      <FormField
        control={control}
        name="dispatchMode"
        label={t('wo.dispatchMode')}
        render={(f) => <ModeField value={f.value} onChange={f.onChange} />}
      />
    </ModalFrame>
  );
};
