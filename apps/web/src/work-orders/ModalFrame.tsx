import { Alert, type ButtonProps, Form, Modal } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../i18n/i18n';
import { submitOnCtrlEnter } from '../lib/form';
import { isStale } from './queries';

type Props = {
  title: ReactNode;
  open: boolean;
  onClose: () => void;
  onSubmit: () => void;
  isPending: boolean;
  error: Error | null;
  okText?: string;
  isDanger?: boolean;
  width?: number;
  testId?: string;
  children: ReactNode;
};

/**
 * The frame of every order form: the shared schema's field errors under the fields, any other
 * refusal on top (a stale order is toasted and refreshed by the mutation instead), Ctrl+Enter saves.
 */
export const ModalFrame = ({
  title,
  open,
  onClose,
  onSubmit,
  isPending,
  error,
  okText,
  isDanger,
  width,
  testId,
  children,
}: Props) => {
  const t = useT();
  // Someone else changed the order first: the mutation has told the desk and refreshed it; the
  // form, written against the old order, closes so it is opened again on the new one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new error closes the form.
  useEffect(() => {
    if (error && isStale(error)) onClose();
  }, [error]);
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={onSubmit}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: isDanger, 'data-testid': testId ? `${testId}-ok` : undefined } as ButtonProps}
      confirmLoading={isPending}
      width={width}
      destroyOnHidden
    >
      {error && !isStale(error) && (
        <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />
      )}
      <Form layout="vertical" component={false}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
          onKeyDown={submitOnCtrlEnter(onSubmit)}
          noValidate
          data-testid={testId}
        >
          {children}
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </form>
      </Form>
    </Modal>
  );
};
