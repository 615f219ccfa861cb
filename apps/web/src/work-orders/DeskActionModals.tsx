import { ReassignWorkOrderInput, ReferWorkOrderInput, RescheduleWorkOrderInput } from '@propdesk/domain';
import { Alert, App, Checkbox, Input } from 'antd';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField } from '../lib/form';
import { type ModalProps, ReasonField, useActionForm } from './action-form';
import { DateTimeField } from './DateTimeField';
import { ModalFrame } from './ModalFrame';
import { useReassignOrder, useReferOrder, useRescheduleOrder } from './queries';
import { AssigneePicker, DepartmentPicker } from './StaffPickers';

/** 改约 (S1 报修): reason, the customer's agreement and the new time, which must then be kept. */
export const RescheduleModal = ({ order, onClose }: ModalProps) => {
  const t = useT();
  const m = useRescheduleOrder();
  const form = useActionForm(RescheduleWorkOrderInput, order, () => ({ customerAgreed: false as never }));
  const submit = form.handleSubmit((v) =>
    m.mutate(
      { id: order!.id, input: RescheduleWorkOrderInput.parse(v) },
      {
        onSuccess: () => {
          toastSuccess(t('wo.rescheduled'));
          onClose();
        },
        onError: (e) =>
          applyServerErrors(e, form.setError, [
            'reason',
            'newArrivalAt',
            'newCompletionAt',
            'customerAgreed',
          ]),
      },
    ),
  );
  return (
    <ModalFrame
      title={t('wo.act.reschedule')}
      open={order !== null}
      onClose={() => {
        m.reset();
        onClose();
      }}
      onSubmit={() => void submit()}
      isPending={m.isPending}
      error={m.error}
      testId="reschedule-form"
    >
      <Alert type="warning" showIcon title={t('wo.rescheduleRule')} style={{ marginBottom: 12 }} />
      <ReasonField form={form} label={t('wo.rescheduleReason')} placeholder={t('wo.rescheduleReasonPh')} />
      <FormField
        control={form.control}
        name="customerAgreed"
        render={(f) => (
          <Checkbox id={f.id} checked={f.value === true} onChange={(e) => f.onChange(e.target.checked)}>
            {t('wo.customerAgreed')}
          </Checkbox>
        )}
      />
      <FormField
        control={form.control}
        name="customerAgreement"
        label={t('wo.customerAgreement')}
        render={(f) => <Input {...f} value={f.value ?? ''} placeholder={t('wo.customerAgreementPh')} />}
      />
      <FormField
        control={form.control}
        name="newArrivalAt"
        label={t('wo.newArrival')}
        required
        render={(f) => (
          <DateTimeField
            id={f.id}
            testId="new-arrival"
            value={f.value}
            onChange={(v) => f.onChange(v ?? undefined)}
          />
        )}
      />
      <FormField
        control={form.control}
        name="newCompletionAt"
        label={t('wo.newCompletion')}
        extra={t('wo.newCompletionHint')}
        render={(f) => (
          <DateTimeField id={f.id} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} />
        )}
      />
    </ModalFrame>
  );
};

/** 改派: another person, possibly of another department, with a reason. */
export const ReassignModal = ({ order, onClose }: ModalProps) => {
  const t = useT();
  const m = useReassignOrder();
  const form = useActionForm(ReassignWorkOrderInput, order, (o) => ({ departmentId: o.departmentId }));
  const departmentId = form.watch('departmentId');
  const submit = form.handleSubmit((v) =>
    m.mutate(
      { id: order!.id, input: ReassignWorkOrderInput.parse(v) },
      {
        onSuccess: () => {
          toastSuccess(t('wo.reassigned'));
          onClose();
        },
        onError: (e) => applyServerErrors(e, form.setError, ['assigneeId', 'departmentId', 'reason']),
      },
    ),
  );
  return (
    <ModalFrame
      title={t('wo.act.reassign')}
      open={order !== null}
      onClose={() => {
        m.reset();
        onClose();
      }}
      onSubmit={() => void submit()}
      isPending={m.isPending}
      error={m.error}
      testId="reassign-form"
    >
      <FormField
        control={form.control}
        name="departmentId"
        label={t('wo.department')}
        render={(f) => (
          <DepartmentPicker
            id={f.id}
            propertyId={order?.propertyId ?? null}
            value={f.value}
            onChange={(v) => {
              f.onChange(v ?? undefined);
              form.setValue('assigneeId', undefined as never);
            }}
          />
        )}
      />
      <FormField
        control={form.control}
        name="assigneeId"
        label={t('wo.newAssignee')}
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
      <ReasonField form={form} label={t('wo.reassignReason')} />
    </ModalFrame>
  );
};

/** 维修能力外 (S1): the external contact given to the customer; the order closes as referred. */
export const ReferModal = ({ order, onClose }: ModalProps) => {
  const t = useT();
  const { modal } = App.useApp();
  const m = useReferOrder();
  const form = useActionForm(ReferWorkOrderInput, order, () => ({}));
  const submit = form.handleSubmit((v) =>
    modal.confirm({
      title: t('wo.referConfirm', { number: order!.number }),
      content: t('wo.referConfirmBody'),
      okText: t('wo.act.refer'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        m.mutateAsync({ id: order!.id, input: ReferWorkOrderInput.parse(v) }).then(
          () => {
            toastSuccess(t('wo.referred'));
            onClose();
          },
          (e) => {
            applyServerErrors(e, form.setError, ['reason', 'externalContact']);
          },
        ),
    }),
  );
  return (
    <ModalFrame
      title={t('wo.act.refer')}
      open={order !== null}
      onClose={() => {
        m.reset();
        onClose();
      }}
      onSubmit={() => void submit()}
      isPending={m.isPending}
      error={m.error}
      okText={t('wo.act.refer')}
      isDanger
      testId="refer-form"
    >
      <Alert type="info" showIcon title={t('wo.referRule')} style={{ marginBottom: 12 }} />
      <ReasonField form={form} label={t('wo.referReason')} placeholder={t('wo.referReasonPh')} />
      <FormField
        control={form.control}
        name="externalContact"
        label={t('wo.externalContact')}
        required
        render={(f) => <Input {...f} value={f.value ?? ''} placeholder={t('wo.externalContactPh')} />}
      />
    </ModalFrame>
  );
};
