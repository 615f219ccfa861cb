import { zodResolver } from '@hookform/resolvers/zod';
import { ResetPasswordInput } from '@propdesk/domain';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { FormField } from '../lib/form';
import { type Staff, useResetPassword } from './queries';

/** Asks for the new password, then asks again before ending the member's sessions. */
export const ResetPasswordButton = ({ staff }: { staff: Staff }) => {
  const t = useT();
  const { modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const reset = useResetPassword();
  const {
    control,
    handleSubmit,
    reset: clear,
  } = useForm<z.infer<typeof ResetPasswordInput>>({
    resolver: zodResolver(ResetPasswordInput),
    defaultValues: { password: '' },
  });
  const close = () => {
    clear();
    setOpen(false);
  };
  const submit = handleSubmit(({ password }) => {
    modal.confirm({
      title: t('staff.resetConfirmTitle', { name: staff.name }),
      content: t('staff.resetConfirmBody'),
      okText: t('staff.resetPassword'),
      okButtonProps: { danger: true },
      onOk: () =>
        reset.mutateAsync({ id: staff.id, password }).then(() => {
          toastSuccess(t('staff.resetDone'));
          close();
        }),
    });
  });
  return (
    <>
      <Button type="link" size="small" danger onClick={() => setOpen(true)}>
        {t('staff.resetPassword')}
      </Button>
      <Modal
        title={`${t('staff.resetPassword')} · ${staff.name}`}
        open={open}
        onCancel={close}
        onOk={() => void submit()}
        okText={t('common.confirm')}
        destroyOnHidden
      >
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Form layout="vertical" component={false}>
            <FormField
              control={control}
              name="password"
              label={t('staff.newPassword')}
              render={(f) => <Input.Password {...f} autoComplete="new-password" autoFocus />}
            />
          </Form>
        </form>
      </Modal>
    </>
  );
};
