import { Form } from 'antd';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import {
  type Control,
  Controller,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
  type UseFormSetError,
} from 'react-hook-form';
import { fieldErrors } from './api';

/** The first message in a field error, which for an array field sits on an element. */
const messageOf = (error: unknown): string | undefined => {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string' && error.message) return error.message;
  for (const [k, v] of Object.entries(error)) {
    const m = k !== 'ref' && v && typeof v === 'object' ? messageOf(v) : undefined;
    if (m) return m;
  }
  return undefined;
};

/**
 * Runs `fill` when a form opens on a record: `key` names the record (its id, or 'new'), null
 * while closed. A refetch that hands over a new copy of the same record is not a new opening:
 * filling then would wipe what the user typed, and resetting the mutation would drop the
 * callbacks of the save that caused the refetch (the form would never close).
 */
export const useFillOnOpen = (key: string | number | null, fill: () => void) => {
  const last = useRef<string | number | null>(null);
  const fillRef = useRef(fill);
  fillRef.current = fill;
  useEffect(() => {
    if (key === last.current) return;
    last.current = key;
    if (key !== null) fillRef.current();
  }, [key]);
};

/**
 * Value and onChange for a text box over an optional field: the schema's `null` shows as an
 * empty box, and a box emptied again saves `null`, never ''.
 */
export const optionalText = (f: { value?: string | null; onChange: (v: string | null) => void }) => ({
  value: f.value ?? '',
  onChange: (e: { target: { value: string } }) => f.onChange(e.target.value || null),
});

type FieldProps<T extends FieldValues, N extends FieldPath<T>> = {
  control: Control<T>;
  name: N;
  label?: ReactNode;
  required?: boolean;
  extra?: ReactNode;
  render: (field: ControllerRenderProps<T, N> & { id: string }) => React.ReactElement;
};

/** An antd Form.Item bound to react-hook-form: the shared zod schema's Chinese message shows below the field. */
export const FormField = <T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  required,
  extra,
  render,
}: FieldProps<T, N>) => {
  // Ties the label to the input (screen readers, getByLabel) even with several forms on a page.
  const id = `${useId()}${String(name).replace(/\W/g, '-')}`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          htmlFor={id}
          required={required}
          extra={extra}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={messageOf(fieldState.error)}
        >
          {render({ ...field, id })}
        </Form.Item>
      )}
    />
  );
};

/** Puts a VALIDATION_FAILED answer's field errors onto the form. */
export const applyServerErrors = <T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly FieldPath<T>[],
) => {
  const errs = fieldErrors(error);
  let isApplied = false;
  for (const [field, message] of Object.entries(errs)) {
    if ((fields as readonly string[]).includes(field)) {
      setError(field as FieldPath<T>, { type: 'server', message });
      isApplied = true;
    }
  }
  return isApplied;
};

/** Ctrl+Enter (or ⌘+Enter) submits forms whose fields may hold several lines. */
export const submitOnCtrlEnter = (submit: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    submit();
  }
};
