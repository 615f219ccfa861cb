import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
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
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, submitOnCtrlEnter } from '../lib/form';

type Props<In extends FieldValues, Out> = {
  title: ReactNode;
  open: boolean;
  onClose: () => void;
  /** The shared zod schema from packages/domain: the same rules and Chinese messages as the API. */
  schema: z.ZodType<Out, In>;
  defaults: DefaultValues<In>;
  onSubmit: (values: Out) => Promise<unknown>;
  okText?: string;
  successText?: string;
  width?: number;
  intro?: ReactNode;
  children: (form: UseFormReturn<In>) => ReactNode;
};

const Body = <In extends FieldValues, Out>({
  title,
  onClose,
  schema,
  defaults,
  onSubmit,
  okText,
  successText,
  width,
  intro,
  children,
}: Omit<Props<In, Out>, 'open'>) => {
  const t = useT();
  // Mounted on open with its defaults: a fast click on OK never meets an empty form (fields
  // such as a fixed `approve` have no input to show their error).
  const form = useForm<In>({
    resolver: zodResolver(schema) as unknown as Resolver<In>,
    defaultValues: defaults,
  });
  const [error, setErrorText] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const { setError, handleSubmit } = form;

  const submit = handleSubmit(
    async (raw) => {
      setPending(true);
      setErrorText(null);
      try {
        await onSubmit(raw as unknown as Out);
        toastSuccess(successText ?? t('common.saved'));
        onClose();
      } catch (e) {
        const fields = Object.keys(defaults) as FieldPath<In>[];
        if (!applyServerErrors(e, setError, fields)) setErrorText(e instanceof Error ? e.message : String(e));
      } finally {
        setPending(false);
      }
    },
    () => setErrorText(null),
  );

  return (
    <Modal
      title={title}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={isPending}
      width={width}
    >
      {intro}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnCtrlEnter(() => void submit())} noValidate>
        <Form layout="vertical" component={false}>
          {children(form)}
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </form>
    </Modal>
  );
};

/**
 * A form in a modal for this feature: react-hook-form over the shared schema, Enter saves
 * (Ctrl+Enter inside a text area), server field errors on their fields, others above the form.
 */
export const AsmFormModal = <In extends FieldValues, Out>({ open, ...props }: Props<In, Out>) =>
  open ? <Body {...props} /> : null;
