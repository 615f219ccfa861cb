import { zodResolver } from '@hookform/resolvers/zod';
import { ChangePasswordInput } from '@propdesk/domain';
import { Alert, Form, Input, Modal } from 'antd';
import { useForm } from 'react-hook-form';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { FormField } from '../lib/form';
import { useChangePassword } from './queries';

export const ChangePasswordModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const t = useT();
  const change = useChangePassword();
  const { control, handleSubmit, reset, setError } = useForm<ChangePasswordInput>({
    resolver: zodResolver(ChangePasswordInput),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const close = () => {
    reset();
    change.reset();
    onClose();
  };
  const submit = handleSubmit((input) =>
    change.mutate(input, {
      onSuccess: () => {
        toastSuccess(t('user.passwordChanged'));
        close();
      },
      onError: (e) => {
        const field = (e as { details?: { field?: string } }).details?.field;
        if (field === 'currentPassword') setError('currentPassword', { message: e.message });
      },
    }),
  );
  return (
    <Modal
      title={t('user.changePassword')}
      open={open}
      onCancel={close}
      onOk={() => void submit()}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      {change.error && (
        <Alert type="error" showIcon title={change.error.message} style={{ marginBottom: 12 }} />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <FormField
            control={control}
            name="currentPassword"
            label={t('user.currentPassword')}
            render={(f) => <Input.Password {...f} autoComplete="current-password" autoFocus />}
          />
          <FormField
            control={control}
            name="newPassword"
            label={t('user.newPassword')}
            render={(f) => <Input.Password {...f} autoComplete="new-password" />}
          />
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </form>
    </Modal>
  );
};
