import { CaseActionInput } from '@propdesk/domain';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, submitOnCtrlEnter } from '../lib/form';
import { useCaseAction } from './queries';
import { DepartmentSelect } from './StaffSelect';
import { schemaResolver } from './schema-resolver';

export type ActionKind = 'answer' | 'close' | 'transfer';
type Values = {
  action: ActionKind;
  answer?: string;
  result?: string;
  departmentId?: number | null;
  dueAt?: string | null;
};

const resolver = schemaResolver<Values>(CaseActionInput, { departmentId: '请选择转交部门' }, (v) => ({
  ...v,
  departmentId: v.departmentId ?? undefined,
  dueAt: v.dueAt ?? undefined,
}));

const titles = { answer: 'case.act.answer', close: 'case.act.close', transfer: 'case.act.transfer' } as const;

type Props = { caseId: number; propertyId: number; kind: ActionKind | null; onClose: () => void };

/** Answer (咨询/建议 closed with the answer), close with a result, or transfer to a department with a due time. */
export const ActionModal = ({ caseId, propertyId, kind, onClose }: Props) => {
  const t = useT();
  const act = useCaseAction(caseId);
  const { control, handleSubmit, reset, setError } = useForm<Values>({ resolver });
  useEffect(() => {
    if (kind) reset({ action: kind, answer: '', result: '', departmentId: null, dueAt: null });
    act.reset();
  }, [kind, reset, act.reset]);
  const submit = handleSubmit((v) =>
    act.mutate(
      CaseActionInput.parse({ ...v, departmentId: v.departmentId ?? undefined, dueAt: v.dueAt ?? undefined }),
      {
        onSuccess: () => {
          toastSuccess(t('common.saved'));
          onClose();
        },
        onError: (e) => applyServerErrors(e, setError, ['answer', 'result', 'departmentId']),
      },
    ),
  );
  return (
    <Modal
      title={kind ? t(titles[kind]) : ''}
      open={kind !== null}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      {act.error && <Alert type="error" showIcon title={act.error.message} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component={false}>
        <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnCtrlEnter(() => void submit())} noValidate>
          {kind === 'answer' && (
            <FormField
              control={control}
              name="answer"
              label={t('desk.answer')}
              required
              render={(f) => (
                <Input.TextArea {...f} value={f.value ?? ''} autoSize={{ minRows: 3 }} autoFocus />
              )}
            />
          )}
          {kind === 'close' && (
            <FormField
              control={control}
              name="result"
              label={t('case.result')}
              required
              render={(f) => (
                <Input.TextArea {...f} value={f.value ?? ''} autoSize={{ minRows: 3 }} autoFocus />
              )}
            />
          )}
          {kind === 'transfer' && (
            <>
              <FormField
                control={control}
                name="departmentId"
                label={t('desk.department')}
                required
                render={(f) => (
                  <DepartmentSelect id={f.id} propertyId={propertyId} value={f.value} onChange={f.onChange} />
                )}
              />
              <FormField
                control={control}
                name="dueAt"
                label={t('desk.dueAt')}
                extra={t('desk.dueDefault')}
                render={(f) => (
                  <DatePicker
                    id={f.id}
                    showTime={{ format: 'HH:mm' }}
                    format="YYYY-MM-DD HH:mm"
                    value={f.value ? dayjs(f.value) : null}
                    onChange={(d) => f.onChange(d ? d.toISOString() : null)}
                    style={{ width: '100%' }}
                  />
                )}
              />
            </>
          )}
          <div style={{ color: '#888', fontSize: 12 }}>{t('common.ctrlEnter')}</div>
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </form>
      </Form>
    </Modal>
  );
};
