import type { InputRef } from 'antd';
import { type RefObject, useCallback } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { PickedCaller } from './CallerSearch';
import { type DeskValues, identityOf } from './desk-form';
import type { KeyedChoiceHandle } from './KeyedChoice';
import { focusLater } from './keys';

type Refs = {
  nameRef: RefObject<InputRef | null>;
  phoneRef: RefObject<InputRef | null>;
  typeRef: RefObject<KeyedChoiceHandle | null>;
};

/**
 * What the caller box does: a pick fills the caller from the archive and moves on (to the phone
 * when a call has none on file, else to the type); nothing found keeps what was typed as the
 * stranger's phone or name; typing again after a pick starts over.
 */
export const useCallerHandlers = (form: UseFormReturn<DeskValues>, { nameRef, phoneRef, typeRef }: Refs) => {
  const { setValue, getValues } = form;
  const isSubmitted = form.formState.isSubmitted;

  const onPick = useCallback(
    (c: PickedCaller) => {
      setValue('roomId', c.roomId);
      setValue('roomLabel', c.roomLabel);
      setValue('personId', c.personId);
      setValue('callerName', c.name, { shouldValidate: isSubmitted });
      setValue('callerPhone', c.phone ?? '');
      setValue('identity', identityOf(c.relation));
      setValue('callerText', [c.name, c.roomLabel].filter(Boolean).join(' · '), { shouldDirty: true });
      setValue('caseId', null);
      setValue('caseNumber', null);
      // A call's record needs the caller's number (S4 4.3); a room code alone does not give it.
      const isPhoneMissing = !c.phone && getValues('channel') === 'call';
      focusLater(() => (isPhoneMissing ? phoneRef.current?.focus() : typeRef.current?.focus()));
    },
    [setValue, getValues, isSubmitted, phoneRef, typeRef],
  );

  const onUnknown = useCallback(
    (text: string) => {
      setValue('identity', 'other');
      const digits = text.replace(/\D/g, '');
      if (/^[\d\s+\-()]+$/.test(text) && digits.length >= 7) {
        setValue('callerPhone', text);
        focusLater(() => nameRef.current?.focus());
      } else if (/\p{L}/u.test(text) && !/\d/.test(text)) {
        setValue('callerName', text);
        focusLater(() => phoneRef.current?.focus());
      } else focusLater(() => nameRef.current?.focus());
    },
    [setValue, nameRef, phoneRef],
  );

  const onCallerText = useCallback(
    (text: string) => {
      setValue('callerText', text, { shouldDirty: true });
      if (getValues('roomId') === null && getValues('personId') === null) return;
      for (const k of ['roomId', 'roomLabel', 'personId', 'caseId', 'caseNumber'] as const) setValue(k, null);
      setValue('callerName', '');
      setValue('callerPhone', '');
    },
    [setValue, getValues],
  );

  return { onPick, onUnknown, onCallerText };
};
