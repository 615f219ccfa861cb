import { identities, type LookupResult, relationLabels } from '@propdesk/domain';
import { Col, Input, type RefSelectProps, Row, Select } from 'antd';
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { Control, UseFormSetValue } from 'react-hook-form';
import { useLookup, usePersonPage } from '../archive/queries';
import { useI18n } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { useDebounced } from '../shell/use-debounced';
import { identityText } from './labels';
import type { RegisterValues } from './register-form';

type Caller = {
  roomId: number | null;
  roomLabel: string | null;
  personId: number | null;
  name: string;
  phone: string | null;
  relation: string | null;
};

/** A lookup line → the callers it can mean: a person once per room they live in, or a room. */
const callersOf = (results: LookupResult[]): Caller[] =>
  results.flatMap((r): Caller[] => {
    if (r.kind === 'room')
      return [
        {
          roomId: r.roomId,
          roomLabel: r.label,
          personId: r.personId,
          name: r.personName ?? '',
          phone: r.matchedPhone,
          relation: null,
        },
      ];
    const name = r.personName ?? r.label;
    if (!r.rooms.length)
      return [
        { roomId: null, roomLabel: null, personId: r.personId, name, phone: r.matchedPhone, relation: null },
      ];
    return r.rooms.map((room) => ({
      roomId: room.id,
      roomLabel: room.label,
      personId: r.personId,
      name,
      phone: r.matchedPhone,
      relation: room.relation,
    }));
  });

type Props = {
  control: Control<RegisterValues>;
  setValue: UseFormSetValue<RegisterValues>;
  propertyId: number | null;
  isAnonymous: boolean;
  picked: { roomLabel: string | null; personId: number | null; callerPhone: string };
  /** Lets the page put the cursor back in the lookup after saving, for the next complaint. */
  ref?: Ref<{ focus: () => void }>;
};

/**
 * Who complains: found in the archive (room code, name or 4 phone digits; ↓ and Enter pick),
 * or typed in; nothing at all for an anonymous complaint (issue 5 item 4).
 */
export const CallerFields = ({ control, setValue, propertyId, isAnonymous, picked, ref }: Props) => {
  const { t, lang } = useI18n();
  const lookupRef = useRef<RefSelectProps>(null);
  useImperativeHandle(ref, () => ({ focus: () => lookupRef.current?.focus() }), []);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 150);
  const lookup = useLookup(propertyId, q.length >= 2 ? q : '');
  const callers = useMemo(() => callersOf(lookup.data ?? []), [lookup.data]);
  // A caller found by room or name: their phone comes from the archive.
  const person = usePersonPage(picked.personId);
  const firstPhone = person.data?.phones[0];
  useEffect(() => {
    if (firstPhone && !picked.callerPhone) setValue('callerPhone', firstPhone);
  }, [firstPhone, picked.callerPhone, setValue]);

  const pick = (c: Caller) => {
    setValue('roomId', c.roomId);
    setValue('roomLabel', c.roomLabel);
    setValue('personId', c.personId);
    setValue('callerName', c.name, { shouldValidate: true });
    setValue('callerPhone', c.phone ?? '');
    if (c.relation === 'owner' || c.relation === 'tenant' || c.relation === 'family')
      setValue('identity', c.relation);
  };
  const clear = () => {
    setValue('roomId', null);
    setValue('roomLabel', null);
    setValue('personId', null);
  };

  return (
    <>
      <FormField
        control={control}
        name="roomId"
        label={t('cmp.reg.lookup')}
        extra={
          picked.roomLabel ? t('cmp.reg.roomPicked', { room: picked.roomLabel }) : t('cmp.reg.lookupHint')
        }
        render={(f) => (
          <Select<number>
            id={f.id}
            ref={lookupRef}
            data-testid="complaint-caller-lookup"
            disabled={isAnonymous}
            autoFocus
            showSearch={{ filterOption: false, onSearch: setText }}
            allowClear
            value={undefined}
            onClear={clear}
            onChange={(i) => {
              const c = i === undefined ? undefined : callers[i];
              if (c) pick(c);
            }}
            defaultActiveFirstOption
            loading={lookup.isFetching}
            placeholder={picked.roomLabel ?? t('lookup.placeholder')}
            notFoundContent={q.length >= 2 && !lookup.isFetching ? t('lookup.empty') : null}
            options={callers.map((c, i) => ({
              value: i,
              label: [
                c.name || c.roomLabel,
                c.relation ? `（${lang === 'en' ? c.relation : relationLabels[c.relation as 'owner']}）` : '',
                c.roomLabel && c.name ? ` · ${c.roomLabel}` : '',
                c.phone ? ` · ${c.phone}` : '',
              ].join(''),
            }))}
          />
        )}
      />
      <Row gutter={12}>
        <Col span={8}>
          <FormField
            control={control}
            name="callerName"
            label={t('cmp.callerName')}
            render={(f) => <Input {...f} disabled={isAnonymous} data-testid="complaint-caller-name" />}
          />
        </Col>
        <Col span={8}>
          <FormField
            control={control}
            name="callerPhone"
            label={t('cmp.callerPhone')}
            render={(f) => <Input {...f} disabled={isAnonymous} data-testid="complaint-caller-phone" />}
          />
        </Col>
        <Col span={8}>
          <FormField
            control={control}
            name="identity"
            label={t('cmp.identity')}
            render={(f) => (
              <Select
                id={f.id}
                value={f.value}
                onChange={f.onChange}
                disabled={isAnonymous}
                options={identities.map((i) => ({ value: i, label: identityText(i, lang) }))}
              />
            )}
          />
        </Col>
      </Row>
    </>
  );
};
