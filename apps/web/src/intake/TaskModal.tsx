import { CreateTaskInput } from '@propdesk/domain';
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, submitOnCtrlEnter } from '../lib/form';
import { useCreateTask } from './queries';
import { StaffSelect } from './StaffSelect';
import { schemaResolver } from './schema-resolver';

type Kind = 'callback' | 'message';
type Values = {
  propertyId: number;
  kind: Kind;
  caseId: number | null;
  ownerId: number | null;
  callerName: string;
  callerPhone: string;
  note: string;
  dueAt: string | null;
};

const resolver = schemaResolver<Values>(CreateTaskInput, { ownerId: '请选择负责人' }, (v) => ({
  ...v,
  ownerId: v.ownerId ?? undefined,
  dueAt: v.dueAt ?? undefined,
}));

export type TaskDraft = {
  kind: Kind;
  caseId?: number | null;
  callerName?: string;
  callerPhone?: string;
  note?: string;
};

type Props = { propertyId: number; draft: TaskDraft | null; onClose: () => void };

/** 回电 promised to a caller (S0 3.1.2) or 转告 for an absent colleague (S0 3.1.3). */
export const TaskModal = ({ propertyId, draft, onClose }: Props) => {
  const t = useT();
  const { data: me } = useMe();
  const create = useCreateTask();
  const { control, handleSubmit, reset, setError } = useForm<Values>({ resolver });
  useEffect(() => {
    if (draft)
      reset({
        propertyId,
        kind: draft.kind,
        caseId: draft.caseId ?? null,
        ownerId: draft.kind === 'callback' ? (me?.id ?? null) : null,
        callerName: draft.callerName ?? '',
        callerPhone: draft.callerPhone ?? '',
        note: draft.note ?? '',
        dueAt: null,
      });
    create.reset();
  }, [draft, propertyId, me?.id, reset, create.reset]);
  const submit = handleSubmit((v) =>
    create.mutate(
      CreateTaskInput.parse({ ...v, ownerId: v.ownerId ?? undefined, dueAt: v.dueAt ?? undefined }),
      {
        onSuccess: () => {
          toastSuccess(t('tasks.created'));
          onClose();
        },
        onError: (e) =>
          applyServerErrors(e, setError, ['ownerId', 'callerName', 'callerPhone', 'note', 'dueAt']),
      },
    ),
  );
  const isMessage = draft?.kind === 'message';
  return (
    <Modal
      title={isMessage ? t('tasks.newMessage') : t('case.act.callback')}
      open={draft !== null}
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
            name="ownerId"
            label={isMessage ? t('tasks.forColleague') : t('tasks.ownerCallback')}
            required
            render={(f) => (
              <StaffSelect
                id={f.id}
                testId="task-owner"
                propertyId={propertyId}
                value={f.value}
                onChange={f.onChange}
              />
            )}
          />
          <div style={{ display: 'flex', gap: 12 }}>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="callerName"
                label={t('tasks.caller')}
                required
                render={(f) => <Input {...f} />}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="callerPhone"
                label={t('tasks.phone')}
                required
                render={(f) => <Input {...f} inputMode="tel" />}
              />
            </div>
          </div>
          <FormField
            control={control}
            name="note"
            label={t('tasks.note')}
            required
            render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 2 }} />}
          />
          <FormField
            control={control}
            name="dueAt"
            label={t('tasks.due')}
            extra={t('tasks.dueDefault')}
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
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </form>
      </Form>
    </Modal>
  );
};
