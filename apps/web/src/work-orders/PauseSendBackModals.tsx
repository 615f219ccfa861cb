import { PauseWorkOrderInput, SendBackWorkOrderInput } from '@propdesk/domain';
import { Alert } from 'antd';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField } from '../lib/form';
import { type ModalProps, ReasonField, useActionForm } from './action-form';
import { DateTimeField } from './DateTimeField';
import { ModalFrame } from './ModalFrame';
import { usePauseOrder, useSendBackOrder } from './queries';

/** 暂停: a reason and when it resumes by itself; the clocks stop meanwhile. */
export const PauseModal = ({ order, onClose }: ModalProps) => {
  const t = useT();
  const m = usePauseOrder();
  const form = useActionForm(PauseWorkOrderInput, order, () => ({}));
  const submit = form.handleSubmit((v) =>
    m.mutate(
      { id: order!.id, input: PauseWorkOrderInput.parse(v) },
      {
        onSuccess: () => {
          toastSuccess(t('wo.paused'));
          onClose();
        },
        onError: (e) => applyServerErrors(e, form.setError, ['reason', 'resumeAt']),
      },
    ),
  );
  return (
    <ModalFrame
      title={t('wo.act.pause')}
      open={order !== null}
      onClose={() => {
        m.reset();
        onClose();
      }}
      onSubmit={() => void submit()}
      isPending={m.isPending}
      error={m.error}
      testId="pause-form"
    >
      <Alert type="info" showIcon title={t('wo.pauseRule')} style={{ marginBottom: 12 }} />
      <ReasonField form={form} label={t('wo.pauseReason')} placeholder={t('wo.pauseReasonPh')} />
      <FormField
        control={form.control}
        name="resumeAt"
        label={t('wo.resumeAt')}
        required
        render={(f) => (
          <DateTimeField id={f.id} value={f.value} onChange={(v) => f.onChange(v ?? undefined)} />
        )}
      />
    </ModalFrame>
  );
};

/** 退回前台: the assignee cannot do it; the clocks keep running. */
export const SendBackModal = ({ order, onClose }: ModalProps) => {
  const t = useT();
  const m = useSendBackOrder();
  const form = useActionForm(SendBackWorkOrderInput, order, () => ({}));
  const submit = form.handleSubmit((v) =>
    m.mutate(
      { id: order!.id, input: SendBackWorkOrderInput.parse(v) },
      {
        onSuccess: () => {
          toastSuccess(t('wo.sentBack'));
          onClose();
        },
        onError: (e) => applyServerErrors(e, form.setError, ['reason']),
      },
    ),
  );
  return (
    <ModalFrame
      title={t('wo.act.sendBack')}
      open={order !== null}
      onClose={() => {
        m.reset();
        onClose();
      }}
      onSubmit={() => void submit()}
      isPending={m.isPending}
      error={m.error}
      testId="send-back-form"
    >
      <Alert type="info" showIcon title={t('wo.sendBackRule')} style={{ marginBottom: 12 }} />
      <ReasonField form={form} label={t('wo.sendBackReason')} />
    </ModalFrame>
  );
};
