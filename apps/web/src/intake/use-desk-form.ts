import { useRef } from 'react';
import { type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { type DeskValues, emptyDesk, validateDesk } from './desk-form';

/**
 * The desk form's state: react-hook-form checked against the shared RegisterContactInput
 * schema (through `validateDesk`), errors keyed by the form's own flat field names.
 */
export const useDeskForm = (propertyId: number | null) => {
  const propertyRef = useRef(propertyId);
  propertyRef.current = propertyId;
  const resolver: Resolver<DeskValues> = async (values) => {
    const { errors } = validateDesk(values, propertyRef.current ?? 0);
    const keys = Object.keys(errors);
    if (!keys.length) return { values, errors: {} };
    const out = Object.fromEntries(
      keys.map((k) => [k, { type: 'validate', message: errors[k] }]),
    ) as FieldErrors<DeskValues>;
    return { values: {}, errors: out };
  };
  return useForm<DeskValues>({ defaultValues: emptyDesk(), resolver, shouldFocusError: false });
};

/** Fields in the order the desk fills them; the first one with an error gets the focus. */
export const deskFieldOrder = [
  'callerName',
  'callerPhone',
  'identity',
  'type',
  'summary',
  'mode',
  'answer',
  'departmentId',
  'praisedStaffId',
] as const;
