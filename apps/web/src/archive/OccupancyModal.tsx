import { zodResolver } from '@hookform/resolvers/zod';
import { MoveInInput, type Relation, relations, TransferInput } from '@propdesk/domain';
import { Alert, Checkbox, Form, Input, Modal, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../i18n/i18n';
import { DateField } from '../lib/DateField';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, submitOnCtrlEnter } from '../lib/form';
import { relationText } from './format';
import { PersonFields } from './PersonFields';
import { PersonPicker } from './PersonPicker';
import { useMoveIn, useTransfer } from './queries';

export type OccupancyMode = 'move-in' | 'transfer';

type Values = z.input<typeof MoveInInput> & z.input<typeof TransferInput>;

const resolvers: Record<OccupancyMode, Resolver<Values>> = {
  'move-in': zodResolver(MoveInInput) as unknown as Resolver<Values>,
  transfer: zodResolver(TransferInput) as unknown as Resolver<Values>,
};

const blankPerson = { name: '', phones: [], note: null };

type Props = { mode: OccupancyMode | null; roomId: number; propertyId: number; onClose: () => void };

/** 迁入 (a person starts living in / owning the room) and 过户 (the owner changes), DOMAIN.md §2. */
export const OccupancyModal = ({ mode, roomId, propertyId, onClose }: Props) => {
  const { t, lang } = useI18n();
  const [isExisting, setExisting] = useState(false);
  const moveIn = useMoveIn(roomId);
  const transfer = useTransfer(roomId);
  const mutation = mode === 'transfer' ? transfer : moveIn;
  const { control, handleSubmit, reset, setError, setValue } = useForm<Values>({
    resolver: resolvers[mode ?? 'move-in'],
  });

  useEffect(() => {
    if (!mode) return;
    setExisting(false);
    reset({
      person: blankPerson,
      relation: mode === 'transfer' ? undefined : 'owner',
      date: dayjs().format('YYYY-MM-DD'),
      endOtherOccupants: false,
    });
    moveIn.reset();
    transfer.reset();
  }, [mode, reset, transfer.reset, moveIn.reset]);

  const switchWho = (existing: boolean) => {
    setExisting(existing);
    setValue('personId', undefined);
    setValue('person', existing ? undefined : blankPerson);
  };

  const submit = handleSubmit((values) => {
    const opts = {
      onSuccess: () => {
        toastSuccess(t('common.saved'));
        onClose();
      },
      onError: (e: Error) => applyServerErrors(e, setError, ['personId', 'relation', 'date']),
    };
    if (mode === 'transfer') {
      const { relation: _r, ...input } = values;
      transfer.mutate(input as TransferInput, opts);
    } else {
      const { endOtherOccupants: _e, ...input } = values;
      moveIn.mutate(input as MoveInInput, opts);
    }
  });

  return (
    <Modal
      title={mode === 'transfer' ? t('room.transfer') : t('room.moveIn')}
      open={mode !== null}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={mutation.isPending}
      okText={t('common.save')}
      destroyOnHidden
      width={560}
    >
      {mutation.error && (
        <Alert type="error" showIcon title={mutation.error.message} style={{ marginBottom: 12 }} />
      )}
      <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnCtrlEnter(() => void submit())} noValidate>
        <Form layout="vertical" component={false}>
          <Segmented
            block
            style={{ marginBottom: 16 }}
            value={isExisting ? 'existing' : 'new'}
            onChange={(v) => switchWho(v === 'existing')}
            options={[
              { value: 'new', label: t('person.new') },
              { value: 'existing', label: t('person.existing') },
            ]}
          />
          {isExisting ? (
            <FormField
              control={control}
              name="personId"
              label={t('person.pick')}
              required
              render={(f) => (
                <PersonPicker id={f.id} propertyId={propertyId} value={f.value} onChange={f.onChange} />
              )}
            />
          ) : (
            <PersonFields control={control} prefix="person." />
          )}
          <div style={{ display: 'flex', gap: 12 }}>
            {mode === 'move-in' && (
              <div style={{ flex: 1 }}>
                <FormField
                  control={control}
                  name="relation"
                  label={t('person.relation')}
                  required
                  render={(f) => (
                    <Select<Relation>
                      {...f}
                      options={relations.map((r) => ({ value: r, label: relationText(r, lang) }))}
                    />
                  )}
                />
              </div>
            )}
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="date"
                label={mode === 'transfer' ? t('room.transferDate') : t('room.moveInDate')}
                required
                render={(f) => <DateField {...f} />}
              />
            </div>
          </div>
          {mode === 'transfer' && (
            <FormField
              control={control}
              name="endOtherOccupants"
              render={(f) => (
                <Checkbox id={f.id} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                  {t('room.endOthers')}
                </Checkbox>
              )}
            />
          )}
          <FormField
            control={control}
            name="reason"
            label={t('common.reason')}
            render={(f) => <Input {...f} value={f.value ?? ''} />}
          />
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </form>
    </Modal>
  );
};
