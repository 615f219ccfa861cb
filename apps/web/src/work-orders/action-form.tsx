import { zodResolver } from '@hookform/resolvers/zod';
import { Input } from 'antd';
import { type FieldValues, type Path, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { FormField, useFillOnOpen } from '../lib/form';

export type ActionTarget = {
  id: number;
  number: string;
  propertyId: number;
  departmentId: number;
  assigneeId: number | null;
  version: number;
};
export type DeskModalKind = 'reschedule' | 'reassign' | 'refer' | 'pause' | 'sendBack';
export type ModalProps = { order: ActionTarget | null; onClose: () => void };

/** A form over one shared schema, reset with the order's version each time it opens. */
export const useActionForm = <S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  order: ActionTarget | null,
  defaults: (o: ActionTarget) => Partial<z.input<S>>,
) => {
  const form = useForm<z.input<S>>({ resolver: zodResolver(schema as never) });
  const { reset } = form;
  useFillOnOpen(order?.id ?? null, () => {
    if (order) reset({ version: order.version, ...defaults(order) } as z.input<S>);
  });
  return form;
};

export const ReasonField = <T extends FieldValues>({
  form,
  label,
  placeholder,
}: {
  form: UseFormReturn<T>;
  label: string;
  placeholder?: string;
}) => (
  <FormField
    control={form.control}
    name={'reason' as Path<T>}
    label={label}
    required
    render={(f) => (
      <Input.TextArea
        {...f}
        value={f.value ?? ''}
        placeholder={placeholder}
        autoSize={{ minRows: 2, maxRows: 5 }}
        autoFocus
      />
    )}
  />
);
