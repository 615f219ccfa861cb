import { Form, Input, type InputRef, Typography } from 'antd';
import type { RefObject } from 'react';
import { type Control, Controller, type FieldErrors } from 'react-hook-form';
import { useT } from '../i18n/i18n';
import { CallerSearch, type CallerSearchHandle, type PickedCaller } from './CallerSearch';
import type { DeskValues } from './desk-form';
import { isPlainEnter } from './keys';

type Props = {
  control: Control<DeskValues>;
  errors: FieldErrors<DeskValues>;
  propertyId: number | null;
  callerRef: RefObject<CallerSearchHandle | null>;
  nameRef: RefObject<InputRef | null>;
  phoneRef: RefObject<InputRef | null>;
  onCallerText: (text: string) => void;
  onPick: (c: PickedCaller) => void;
  onUnknown: (text: string) => void;
  /** Enter in the phone field: on to the next field. */
  onPhoneDone: () => void;
  /** What identifies a picked caller (name, room, phone), or null while unknown. */
  known: (string | null | false | undefined)[] | null;
};

/** The caller: the lookup box, then name and phone (filled from the archive, or typed for a stranger). */
export const DeskCallerFields = ({
  control,
  errors,
  propertyId,
  callerRef,
  nameRef,
  phoneRef,
  onCallerText,
  onPick,
  onUnknown,
  onPhoneDone,
  known,
}: Props) => {
  const t = useT();
  return (
    <>
      <Form.Item label={t('desk.caller')} htmlFor="desk-caller">
        <Controller
          control={control}
          name="callerText"
          render={({ field }) => (
            <CallerSearch
              id="desk-caller"
              ref={callerRef}
              propertyId={propertyId}
              text={field.value}
              onText={onCallerText}
              onPick={onPick}
              onUnknown={onUnknown}
            />
          )}
        />
        {known && (
          <div className="pd-desk-caller-chip" data-testid="caller-known">
            <Typography.Text type="success">✓ {t('desk.known')}</Typography.Text>
            <span>{known.filter(Boolean).join(' · ')}</span>
          </div>
        )}
      </Form.Item>
      <Form.Item label=" " style={{ marginTop: -8 }}>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            noStyle={false}
            style={{ flex: 1, marginBottom: 0 }}
            validateStatus={errors.callerName ? 'error' : undefined}
            help={errors.callerName?.message}
          >
            <Controller
              control={control}
              name="callerName"
              render={({ field }) => (
                <Input
                  {...field}
                  ref={nameRef}
                  aria-label={t('desk.callerName')}
                  placeholder={t('desk.callerName')}
                  data-testid="caller-name"
                  onKeyDown={(e) => {
                    if (!isPlainEnter(e)) return;
                    e.preventDefault();
                    phoneRef.current?.focus();
                  }}
                />
              )}
            />
          </Form.Item>
          <Form.Item
            style={{ flex: 1, marginBottom: 0 }}
            validateStatus={errors.callerPhone ? 'error' : undefined}
            help={errors.callerPhone?.message}
          >
            <Controller
              control={control}
              name="callerPhone"
              render={({ field }) => (
                <Input
                  {...field}
                  ref={phoneRef}
                  aria-label={t('desk.callerPhone')}
                  placeholder={t('desk.callerPhone')}
                  data-testid="caller-phone"
                  inputMode="tel"
                  onKeyDown={(e) => {
                    if (!isPlainEnter(e)) return;
                    e.preventDefault();
                    onPhoneDone();
                  }}
                />
              )}
            />
          </Form.Item>
        </div>
      </Form.Item>
    </>
  );
};
