import { zodResolver } from '@hookform/resolvers/zod';
import { SetArrearsInput } from '@propdesk/domain';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import dayjs from 'dayjs';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { DateField } from '../lib/DateField';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, useFillOnOpen } from '../lib/form';
import { type Arrears, useSetArrears } from './queries';

type Values = z.input<typeof SetArrearsInput>;
type Props = { roomId: number; current: Arrears | null; open: boolean; onClose: () => void };

/** Sets a room's arrears (months and amount); the amount is typed in yuan and sent in cents. */
export const ArrearsModal = ({ roomId, current, open, onClose }: Props) => {
  const t = useT();
  const save = useSetArrears(roomId);
  const { control, handleSubmit, reset, setError } = useForm<Values>({
    resolver: zodResolver(SetArrearsInput),
  });
  useFillOnOpen(open ? roomId : null, () => {
    reset({
      monthsOwed: current?.monthsOwed ?? 0,
      amountCents: current?.amountCents ?? 0,
      asOf: dayjs().format('YYYY-MM-DD'),
      reason: '',
    });
    save.reset();
  });
  const submit = handleSubmit((input) =>
    save.mutate(input as SetArrearsInput, {
      onSuccess: () => {
        toastSuccess(t('common.saved'));
        onClose();
      },
      onError: (e) => applyServerErrors(e, setError, ['monthsOwed', 'amountCents', 'asOf']),
    }),
  );
  return (
    <Modal
      title={t('room.setArrears')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error && <Alert type="error" showIcon title={save.error.message} style={{ marginBottom: 12 }} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <div style={{ display: 'flex', gap: 12 }}>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="monthsOwed"
                label={t('room.monthsOwed')}
                render={(f) => (
                  <InputNumber
                    id={f.id}
                    value={f.value}
                    onChange={(v) => f.onChange(v ?? 0)}
                    min={0}
                    precision={0}
                    style={{ width: '100%' }}
                  />
                )}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="amountCents"
                label={t('room.amountYuan')}
                render={(f) => (
                  <InputNumber
                    id={f.id}
                    value={typeof f.value === 'number' ? f.value / 100 : 0}
                    onChange={(v) => f.onChange(Math.round((v ?? 0) * 100))}
                    min={0}
                    precision={2}
                    prefix="¥"
                    style={{ width: '100%' }}
                  />
                )}
              />
            </div>
          </div>
          <FormField
            control={control}
            name="asOf"
            label={t('room.asOf')}
            render={(f) => <DateField {...f} />}
          />
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
