import { Alert, App, DatePicker, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useCallback, useState } from 'react';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { submitOnCtrlEnter } from '../lib/form';

type Props = {
  title: string;
  open: boolean;
  onCancel: () => void;
  onOk: () => void;
  okText?: string;
  isPending: boolean;
  error: string | null;
  testId?: string;
  width?: number;
  children: ReactNode;
};

/** The frame of every step of the path: the form, its error on top, Ctrl+Enter to go on. */
export const StepModal = ({
  title,
  open,
  onCancel,
  onOk,
  okText,
  isPending,
  error,
  testId,
  width,
  children,
}: Props) => {
  const t = useT();
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onCancel}
      onOk={onOk}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={isPending}
      okButtonProps={{ 'data-testid': 'step-ok' }}
      destroyOnHidden
      width={width}
      data-testid={testId}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component={false}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: Ctrl+Enter anywhere in the step saves it */}
        <div onKeyDown={submitOnCtrlEnter(onOk)}>{children}</div>
      </Form>
      <div style={{ color: '#888', fontSize: 12, marginTop: 8 }}>{t('common.ctrlEnter')}</div>
    </Modal>
  );
};

type Ask = { title: string; content?: ReactNode };

/**
 * Sends a step, asking first when it cannot be undone (STYLE 20). Field errors the caller can
 * place go under their fields; anything else shows on top of the form.
 */
export const useStepRunner = (onDone: () => void) => {
  const t = useT();
  const { modal } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    (send: () => Promise<unknown>, opts: { ask?: Ask; placeErrors?: (e: unknown) => boolean } = {}) => {
      setError(null);
      const go = () =>
        send().then(
          () => {
            toastSuccess(t('common.saved'));
            onDone();
          },
          (e: Error) => {
            if (!opts.placeErrors?.(e)) setError(e.message);
          },
        );
      if (!opts.ask) return void go();
      modal.confirm({
        title: opts.ask.title,
        content: opts.ask.content,
        okText: t('common.confirm'),
        cancelText: t('common.cancel'),
        okButtonProps: { 'data-testid': 'ask-ok' },
        onOk: go,
      });
    },
    [modal, onDone, t],
  );
  return { run, error, clearError: useCallback(() => setError(null), []) };
};

/** A past time (default now) as an ISO instant; the future is not offered. */
export const PastTimeField = ({
  id,
  value,
  onChange,
}: {
  id?: string;
  value: string | null;
  onChange: (v: string | null) => void;
}) => (
  <DatePicker
    id={id}
    showTime={{ format: 'HH:mm' }}
    format="YYYY-MM-DD HH:mm"
    value={value ? dayjs(value) : null}
    onChange={(d) => onChange(d ? d.toISOString() : null)}
    disabledDate={(d) => d.isAfter(dayjs(), 'day')}
    style={{ width: '100%' }}
  />
);
