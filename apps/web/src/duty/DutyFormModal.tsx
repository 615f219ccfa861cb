import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Form, Modal } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import {
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { applyServerErrors, submitOnCtrlEnter } from '../lib/form';

type Props<In extends FieldValues, Out> = {
  title: ReactNode;
  open: boolean;
  onClose: () => void;
  /** The shared zod schema from packages/domain: the API's rules and Chinese messages. */
  schema: z.ZodType<Out, In>;
  defaults: DefaultValues<In>;
  onSubmit: (values: Out) => Promise<unknown>;
  /** Asks before saving what cannot be taken back; null saves at once. */
  confirmText?: (values: Out) => ReactNode | null;
  okText?: string;
  successText: string;
  width?: number;
  intro?: ReactNode;
  testId?: string;
  children: (form: UseFormReturn<In>) => ReactNode;
};

/**
 * A duty form in a modal: react-hook-form over the shared schema, Ctrl+Enter saves, server field
 * errors land on their fields and a refused rule (overlap, cap, too late) shows above the form.
 */
export const DutyFormModal = <In extends FieldValues, Out>({
  title,
  open,
  onClose,
  schema,
  defaults,
  onSubmit,
  confirmText,
  okText,
  successText,
  width,
  intro,
  testId,
  children,
}: Props<In, Out>) => {
  const t = useT();
  const { message, modal } = App.useApp();
  const form = useForm<In>({ resolver: zodResolver(schema) as unknown as Resolver<In> });
  const [error, setErrorText] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const { reset, setError, handleSubmit } = form;

  // Reset when the modal opens only: `defaults` is a fresh object on every render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (open) {
      reset(defaults);
      setErrorText(null);
    }
  }, [open, reset]);

  const save = async (values: Out) => {
    setPending(true);
    setErrorText(null);
    try {
      await onSubmit(values);
      void message.success(successText);
      onClose();
    } catch (e) {
      const fields = Object.keys(defaults) as FieldPath<In>[];
      if (!applyServerErrors(e, setError, fields)) setErrorText(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  };

  const submit = handleSubmit((raw) => {
    const values = raw as unknown as Out;
    const question = confirmText?.(values);
    if (!question) return save(values);
    modal.confirm({
      title: t('duty.askFirst'),
      content: question,
      okText: okText ?? t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () => save(values),
    });
  });

  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={isPending}
      width={width}
      destroyOnHidden
    >
      <div data-testid={testId}>
        {intro}
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="form-error" />
        )}
        <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnCtrlEnter(() => void submit())} noValidate>
          <Form layout="vertical" component={false}>
            {children(form)}
            <button type="submit" hidden aria-hidden tabIndex={-1} />
          </Form>
        </form>
      </div>
    </Modal>
  );
};
