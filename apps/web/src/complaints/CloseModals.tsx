import { contactMethods, InformCustomerInput, VerifyComplaintInput } from '@propdesk/domain';
import { Input, Radio } from 'antd';
import { useI18n } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { formResolver } from './form-resolver';
import { methodText } from './labels';
import type { ComplaintDetail } from './queries';
import { PastTimeField, StepModal } from './StepModal';
import { type StepProps as Props, useStep } from './use-step';

const noContact = (c: ComplaintDetail) => c.anonymous || (!c.callerPhone && c.roomId === null);

type InformValues = { method: string; informedAt: string | null; note: string };
const informBody = (v: InformValues) => ({
  method: v.method,
  informedAt: v.informedAt ?? undefined,
  note: v.note,
});

/** S4 4.4.2: the result told to the customer, how and when. */
export const InformModal = (p: Props) => {
  const { t, lang } = useI18n();
  const { form, step, runner, send } = useStep<InformValues>(p, {
    path: 'inform',
    resolver: formResolver(InformCustomerInput, informBody),
    defaults: () => ({
      method: noContact(p.c) ? 'none' : 'phone',
      informedAt: new Date().toISOString(),
      note: '',
    }),
    body: (v) => InformCustomerInput.parse(informBody(v)),
  });
  const methods = [...contactMethods, ...(noContact(p.c) ? (['none'] as const) : [])];
  const submit = form.handleSubmit((v) =>
    send(v, { title: t('cmp.inform.ask'), content: methodText(v.method, lang) }, [
      'method',
      'informedAt',
      'note',
    ]),
  );
  return (
    <StepModal
      title={t('cmp.act.inform')}
      open={p.open}
      onCancel={p.onClose}
      onOk={() => void submit()}
      isPending={step.isPending}
      error={runner.error}
      testId="inform-modal"
    >
      <FormField
        control={form.control}
        name="method"
        label={t('cmp.inform.method')}
        required
        render={(f) => (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            options={methods.map((m) => ({ value: m, label: methodText(m, lang) }))}
          />
        )}
      />
      <FormField
        control={form.control}
        name="informedAt"
        label={t('cmp.inform.at')}
        required
        render={(f) => <PastTimeField id={f.id} value={f.value} onChange={f.onChange} />}
      />
      <FormField
        control={form.control}
        name="note"
        label={t('cmp.inform.note')}
        required
        render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 2 }} data-testid="inform-note" />}
      />
    </StepModal>
  );
};

type VerifyValues = { passed: boolean; note: string };

/** The supervisor verifies the handling; a failed check goes back to the department. */
export const VerifyModal = (p: Props) => {
  const { t } = useI18n();
  const { form, step, runner, send } = useStep<VerifyValues>(p, {
    path: 'verify',
    resolver: formResolver(VerifyComplaintInput, (v) => v),
    defaults: () => ({ passed: true, note: '' }),
    body: (v) => VerifyComplaintInput.parse(v),
  });
  const submit = form.handleSubmit((v) =>
    send(
      v,
      v.passed
        ? { title: t('cmp.verify.askPassed') }
        : { title: t('cmp.verify.askFailed', { department: p.c.departmentName ?? '' }) },
      ['note'],
    ),
  );
  return (
    <StepModal
      title={t('cmp.act.verify')}
      open={p.open}
      onCancel={p.onClose}
      onOk={() => void submit()}
      isPending={step.isPending}
      error={runner.error}
      testId="verify-modal"
    >
      <FormField
        control={form.control}
        name="passed"
        label={t('cmp.verify.result')}
        required
        render={(f) => (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            options={[
              { value: true, label: t('cmp.verify.passed') },
              { value: false, label: t('cmp.verify.failed') },
            ]}
          />
        )}
      />
      <FormField
        control={form.control}
        name="note"
        label={t('cmp.verify.note')}
        required
        render={(f) => (
          <Input.TextArea {...f} autoSize={{ minRows: 2 }} autoFocus data-testid="verify-note" />
        )}
      />
    </StepModal>
  );
};
