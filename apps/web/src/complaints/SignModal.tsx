import { type ComplaintCategory, complaintCategoryDepartment, SignComplaintInput } from '@propdesk/domain';
import { Alert, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import { applyServerErrors, FormField } from '../lib/form';
import { formResolver } from './form-resolver';
import { severityText } from './labels';
import { type ComplaintDetail, useComplaintStep, useDepartmentOptions } from './queries';
import { StepModal, useStepRunner } from './StepModal';

type Values = { departmentId: number | null; note: string };
type Props = { c: ComplaintDetail; open: boolean; onClose: () => void };

/**
 * S4 4.4.2: the manager confirms and signs, naming the responsible department. A 一般 complaint
 * answered on the spot needs no department; one already dispatched keeps its department.
 */
export const SignModal = ({ c, open, onClose }: Props) => {
  const { t, lang } = useI18n();
  const step = useComplaintStep(c.caseId);
  const departments = useDepartmentOptions(c.propertyId);
  const { run, error, clearError } = useStepRunner(onClose);
  const needsDepartment = c.state === 'received' && c.immediateMode !== 'answered';
  const toInput = (v: Values) => ({
    departmentId: needsDepartment ? (v.departmentId ?? 0) : undefined,
    note: v.note.trim() || undefined,
  });
  const { control, handleSubmit, reset, setError, watch } = useForm<Values>({
    resolver: formResolver(SignComplaintInput, toInput, {}, { departmentId: t('cmp.sign.pickDepartment') }),
  });
  const suggested = departments.data?.find(
    (d) => d.kind === complaintCategoryDepartment[c.category as ComplaintCategory],
  )?.id;
  useEffect(() => {
    if (open) reset({ departmentId: suggested ?? null, note: '' });
    clearError();
  }, [open, reset, clearError, suggested]);
  const departmentId = watch('departmentId');

  const submit = handleSubmit((v) => {
    if (needsDepartment && !v.departmentId) {
      setError('departmentId', { message: t('cmp.sign.pickDepartment') });
      return;
    }
    const name = departments.data?.find((d) => d.id === v.departmentId)?.name ?? c.departmentName ?? '';
    run(() => step.mutateAsync({ path: 'sign', body: SignComplaintInput.parse(toInput(v)) }), {
      ask: {
        title: t('cmp.sign.ask'),
        content:
          c.immediateMode === 'answered'
            ? t('cmp.sign.askAnswered')
            : t('cmp.sign.askText', { severity: severityText(c.severity, lang), department: name }),
      },
      placeErrors: (e) => applyServerErrors(e, setError, ['departmentId', 'note']),
    });
  });

  return (
    <StepModal
      title={t('cmp.act.sign')}
      okText={t('cmp.act.sign')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      isPending={step.isPending}
      error={error}
      testId="sign-modal"
    >
      {c.immediateMode === 'answered' && (
        <Alert type="info" showIcon title={t('cmp.sign.answered')} style={{ marginBottom: 12 }} />
      )}
      {needsDepartment ? (
        <FormField
          control={control}
          name="departmentId"
          label={t('cmp.sign.department')}
          required
          extra={departmentId && departmentId === suggested ? t('cmp.sign.suggested') : undefined}
          render={(f) => (
            <Select<number>
              id={f.id}
              value={f.value ?? undefined}
              onChange={f.onChange}
              loading={departments.isLoading}
              data-testid="sign-department"
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          )}
        />
      ) : (
        c.departmentName && (
          <p>
            {t('cmp.department')}：{c.departmentName}
          </p>
        )
      )}
      <FormField
        control={control}
        name="note"
        label={t('cmp.sign.note')}
        render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 2 }} data-testid="sign-note" />}
      />
    </StepModal>
  );
};
