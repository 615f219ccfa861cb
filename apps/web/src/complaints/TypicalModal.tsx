import { TypicalCaseInput } from '@propdesk/domain';
import { Input } from 'antd';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useT } from '../i18n/i18n';
import { applyServerErrors, FormField } from '../lib/form';
import { formResolver } from './form-resolver';
import { type ComplaintDetail, useComplaintStep } from './queries';
import { StepModal, useStepRunner } from './StepModal';

type Values = { cause: string; lesson: string };
type Props = { c: ComplaintDetail; open: boolean; onClose: () => void };

/** S2 投诉整理分析: into the company's case library, with the cause and the lesson. */
export const TypicalModal = ({ c, open, onClose }: Props) => {
  const t = useT();
  const step = useComplaintStep(c.caseId);
  const { run, error, clearError } = useStepRunner(onClose);
  const { control, handleSubmit, reset, setError } = useForm<Values>({
    resolver: formResolver(TypicalCaseInput, (v) => v),
  });
  useEffect(() => {
    if (open) reset({ cause: '', lesson: '' });
    clearError();
  }, [open, reset, clearError]);
  const submit = handleSubmit((v) =>
    run(() => step.mutateAsync({ path: 'typical', body: TypicalCaseInput.parse(v) }), {
      ask: { title: t('cmp.typical.ask'), content: t('cmp.typical.askText') },
      placeErrors: (e) => applyServerErrors(e, setError, ['cause', 'lesson']),
    }),
  );
  return (
    <StepModal
      title={t('cmp.act.typical')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      isPending={step.isPending}
      error={error}
      width={620}
      testId="typical-modal"
    >
      <FormField
        control={control}
        name="cause"
        label={t('cmp.typical.cause')}
        required
        render={(f) => (
          <Input.TextArea {...f} autoSize={{ minRows: 3 }} autoFocus data-testid="typical-cause" />
        )}
      />
      <FormField
        control={control}
        name="lesson"
        label={t('cmp.typical.lesson')}
        required
        render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 3 }} data-testid="typical-lesson" />}
      />
    </StepModal>
  );
};
