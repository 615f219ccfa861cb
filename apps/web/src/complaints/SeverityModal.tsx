import {
  AcknowledgeComplaintInput,
  type ComplaintSeverity,
  ConfirmSeverityInput,
  complaintSeverities,
} from '@propdesk/domain';
import { Input, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import { applyServerErrors, FormField } from '../lib/form';
import { formResolver } from './form-resolver';
import { ruleText, severityText } from './labels';
import { type ComplaintDetail, useComplaintStep } from './queries';
import { SeverityTag } from './SeverityTag';
import { StepModal, useStepRunner } from './StepModal';

type ModalProps = { c: ComplaintDetail; open: boolean; onClose: () => void };
type SeverityValues = { severity: ComplaintSeverity; reason: string };

/** Whether saving this class changes what the rules proposed or what was confirmed: then a reason is needed. */
const isChange = (c: ComplaintDetail, s: string) =>
  s !== c.proposedSeverity || (c.severityConfirmedAt !== null && s !== c.severity);

/** The supervisor confirms the class the rules propose, or changes it with a reason. */
export const SeverityModal = ({ c, open, onClose }: ModalProps) => {
  const { t, lang } = useI18n();
  const step = useComplaintStep(c.caseId);
  const { run, error, clearError } = useStepRunner(onClose);
  const { control, handleSubmit, reset, setError, watch } = useForm<SeverityValues>({
    resolver: formResolver(ConfirmSeverityInput, (v) => ({ ...v, reason: v.reason.trim() || undefined })),
  });
  useEffect(() => {
    if (open)
      reset({
        severity: (c.severityConfirmedAt ? c.severity : c.proposedSeverity) as ComplaintSeverity,
        reason: '',
      });
    clearError();
  }, [open, reset, clearError, c.severity, c.proposedSeverity, c.severityConfirmedAt]);
  const severity = watch('severity');
  const needsReason = !!severity && isChange(c, severity);

  const submit = handleSubmit((v) => {
    if (isChange(c, v.severity) && v.reason.trim().length < 2) {
      setError('reason', { message: t('cmp.sev.reasonNeeded') });
      return;
    }
    run(
      () =>
        step.mutateAsync({
          path: 'severity',
          body: ConfirmSeverityInput.parse({ severity: v.severity, reason: v.reason.trim() || undefined }),
        }),
      { placeErrors: (e) => applyServerErrors(e, setError, ['reason']) },
    );
  });

  return (
    <StepModal
      title={c.severityConfirmedAt ? t('cmp.act.changeSeverity') : t('cmp.act.severity')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      isPending={step.isPending}
      error={error}
      testId="severity-modal"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('cmp.sev.proposed')} <SeverityTag severity={c.proposedSeverity} />
        {ruleText(c.proposedRule, lang)}
      </Typography.Paragraph>
      <FormField
        control={control}
        name="severity"
        label={t('cmp.severity')}
        required
        render={(f) => (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            data-testid="severity-choice"
            options={complaintSeverities.map((s) => ({
              value: s,
              label: `${severityText(s, lang)}${s === c.proposedSeverity ? t('cmp.sev.proposedMark') : ''}`,
            }))}
          />
        )}
      />
      <FormField
        control={control}
        name="reason"
        label={t('cmp.sev.reason')}
        required={needsReason}
        extra={needsReason ? t('cmp.sev.reasonNeeded') : t('cmp.sev.reasonOptional')}
        render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 2 }} data-testid="severity-reason" />}
      />
    </StepModal>
  );
};

type AckValues = { kind: 'apology' | 'thanks'; note: string };

/** S4 4.4.2: the apology or thanks, for a complaint that came in as a plain contact or a letter. */
export const AcknowledgeModal = ({ c, open, onClose }: ModalProps) => {
  const { t } = useI18n();
  const step = useComplaintStep(c.caseId);
  const { run, error, clearError } = useStepRunner(onClose);
  const toInput = (v: AckValues) => ({ kind: v.kind, note: v.note.trim() || undefined });
  const { control, handleSubmit, reset } = useForm<AckValues>({
    resolver: formResolver(AcknowledgeComplaintInput, toInput),
  });
  useEffect(() => {
    if (open) reset({ kind: 'apology', note: '' });
    clearError();
  }, [open, reset, clearError]);
  const submit = handleSubmit((v) =>
    run(() =>
      step.mutateAsync({ path: 'acknowledgement', body: AcknowledgeComplaintInput.parse(toInput(v)) }),
    ),
  );
  return (
    <StepModal
      title={t('cmp.act.acknowledge')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      isPending={step.isPending}
      error={error}
    >
      <FormField
        control={control}
        name="kind"
        label={t('cmp.ack')}
        required
        render={(f) => (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            options={[
              { value: 'apology', label: t('cmp.ack.apology') },
              { value: 'thanks', label: t('cmp.ack.thanks') },
            ]}
          />
        )}
      />
      <FormField
        control={control}
        name="note"
        label={t('cmp.note')}
        render={(f) => <Input {...f} placeholder={t('cmp.ackNote')} />}
      />
    </StepModal>
  );
};
