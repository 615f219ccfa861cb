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
import { toastSuccess } from './feedback';
import { applyServerErrors, submitOnCtrlEnter } from './form';

type Props<In extends FieldValues, Out, R> = {
  title: ReactNode;
  open: boolean;
  onClose: () => void;
  /** The shared zod schema from packages/domain: the same rules and Chinese messages as the API. */
  schema: z.ZodType<Out, In>;
  defaults: DefaultValues<In>;
  onSubmit: (values: Out) => Promise<R>;
  /** Irreversible entries ask first: the text of the question, or null to save at once. */
  confirmText?: (values: Out) => ReactNode | null;
  okText?: string;
  /** The toast after a save; a function reads what the save answered (how many were written). */
  successText?: string | ((result: R) => string);
  width?: number;
  /** Shown above the fields (what the rule says). */
  intro?: ReactNode;
  /** Names the form's body for tests; its error banner is `form-error`. */
  testId?: string;
  children: (form: UseFormReturn<In>) => ReactNode;
};

/**
 * A form in a modal, for every feature: react-hook-form over the shared schema, Enter saves
 * (Ctrl+Enter inside a text area), server field errors land on their fields, other errors (a
 * refused rule, a field with no input on screen) above the form; irreversible saves ask first.
 */
export const ModalForm = <In extends FieldValues, Out, R = unknown>({
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
}: Props<In, Out, R>) => {
  const t = useT();
  const { modal } = App.useApp();
  // Defaults from the first render, not only from the reset on open: a quick save right after
  // opening must not meet an empty hidden field (propertyId) that no input can show an error for.
  const form = useForm<In>({
    resolver: zodResolver(schema) as unknown as Resolver<In>,
    defaultValues: defaults,
  });
  const [error, setErrorText] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const { reset, setError, handleSubmit } = form;

  // Reset only when the modal opens: `defaults` is a fresh object on every render.
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
      const result = await onSubmit(values);
      toastSuccess(
        typeof successText === 'function' ? successText(result) : (successText ?? t('common.saved')),
      );
      onClose();
    } catch (e) {
      const fields = Object.keys(defaults) as FieldPath<In>[];
      if (!applyServerErrors(e, setError, fields)) setErrorText(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  };

  const submit = handleSubmit(
    (raw) => {
      setErrorText(null);
      const values = raw as unknown as Out;
      const question = confirmText?.(values);
      if (!question) return save(values);
      modal.confirm({
        title: t('common.askFirst'),
        content: question,
        okText: okText ?? t('common.confirm'),
        cancelText: t('common.cancel'),
        onOk: () => save(values),
      });
    },
    // A field without an input on screen (the property, a prefilled id) cannot show its own
    // error: name those problems above the form so a refused save is never silent.
    (errors) => {
      const mounted = [...form.control._names.mount];
      const unseen = Object.entries(errors)
        .filter(([k]) => !mounted.some((m) => m === k || m.startsWith(`${k}.`)))
        .map(([, e]) => (e as { message?: string } | undefined)?.message ?? '');
      if (unseen.length) setErrorText(`${t('common.formInvalid')}${[...new Set(unseen)].join('；')}`);
    },
  );

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
