import { PassUpInput } from '@propdesk/domain';
import { Alert, Form, Input, Modal, Segmented } from 'antd';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, submitOnCtrlEnter } from '../lib/form';
import { usePassUp } from './queries';
import { StaffSelect } from './StaffSelect';
import { schemaResolver } from './schema-resolver';

type To = 'supervisor' | 'manager' | 'colleague';
type Values = { to: To; staffId?: number | null; reason: string };

const resolver = schemaResolver<Values>(PassUpInput, {}, (v) => ({ ...v, staffId: v.staffId ?? undefined }));

type Props = { caseId: number; propertyId: number; open: boolean; onClose: () => void };

/** 服务上移 (S1): one action hands the customer to the supervisor, the manager or a colleague, with a reason. */
export const PassUpModal = ({ caseId, propertyId, open, onClose }: Props) => {
  const t = useT();
  const { data: me } = useMe();
  const passUp = usePassUp(caseId);
  const { control, handleSubmit, reset, setError, watch } = useForm<Values>({ resolver });
  const to = watch('to');
  useEffect(() => {
    if (open) reset({ to: 'supervisor', staffId: null, reason: '' });
    passUp.reset();
  }, [open, reset, passUp.reset]);
  const submit = handleSubmit((v) => {
    if (v.to === 'colleague' && !v.staffId) {
      setError('staffId', { type: 'required', message: '请选择移交的同事' });
      return;
    }
    passUp.mutate(
      { to: v.to, reason: v.reason, ...(v.to === 'colleague' && v.staffId ? { staffId: v.staffId } : {}) },
      {
        onSuccess: () => {
          toastSuccess(t('case.passedUp'));
          onClose();
        },
        onError: (e) => applyServerErrors(e, setError, ['staffId', 'reason']),
      },
    );
  });
  return (
    <Modal
      title={t('case.act.passUp')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={passUp.isPending}
      destroyOnHidden
    >
      {passUp.error && (
        <Alert type="error" showIcon title={passUp.error.message} style={{ marginBottom: 12 }} />
      )}
      <Form layout="vertical" component={false}>
        <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnCtrlEnter(() => void submit())} noValidate>
          <FormField
            control={control}
            name="to"
            label={t('case.passUpTo')}
            required
            render={(f) => (
              <Segmented<To>
                id={f.id}
                value={f.value}
                onChange={f.onChange}
                data-testid="pass-up-to"
                options={[
                  { value: 'supervisor', label: t('case.passUp.supervisor') },
                  { value: 'manager', label: t('case.passUp.manager') },
                  { value: 'colleague', label: t('case.passUp.colleague') },
                ]}
              />
            )}
          />
          {to === 'colleague' && (
            <FormField
              control={control}
              name="staffId"
              label={t('case.passUp.colleague')}
              required
              render={(f) => (
                <StaffSelect
                  id={f.id}
                  propertyId={propertyId}
                  value={f.value}
                  onChange={f.onChange}
                  excludeId={me?.id}
                />
              )}
            />
          )}
          <FormField
            control={control}
            name="reason"
            label={t('case.passUpReason')}
            required
            render={(f) => (
              <Input.TextArea
                {...f}
                autoSize={{ minRows: 2 }}
                placeholder={t('case.passUpReasonPh')}
                data-testid="pass-up-reason"
                autoFocus
              />
            )}
          />
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </form>
      </Form>
    </Modal>
  );
};
