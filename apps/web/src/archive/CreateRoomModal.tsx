import { zodResolver } from '@hookform/resolvers/zod';
import { CreateRoomInput } from '@propdesk/domain';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField } from '../lib/form';
import { useCreateRoom } from './queries';

type Values = z.input<typeof CreateRoomInput>;
type Props = { propertyId: number; open: boolean; onClose: () => void; onCreated: (id: number) => void };

export const CreateRoomModal = ({ propertyId, open, onClose, onCreated }: Props) => {
  const t = useT();
  const create = useCreateRoom();
  const { control, handleSubmit, reset, setError } = useForm<Values>({
    resolver: zodResolver(CreateRoomInput),
  });
  useEffect(() => {
    if (open) reset({ propertyId, code: '', floor: null, areaM2: null });
    create.reset();
  }, [open, propertyId, reset, create.reset]);
  const submit = handleSubmit((input) =>
    create.mutate(input as CreateRoomInput, {
      onSuccess: ({ id }) => {
        toastSuccess(t('common.saved'));
        onClose();
        onCreated(id);
      },
      onError: (e) => applyServerErrors(e, setError, ['code', 'floor', 'areaM2']),
    }),
  );
  return (
    <Modal
      title={t('archive.createRoom')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {create.error && (
        <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 12 }} />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <FormField
            control={control}
            name="code"
            label={t('archive.roomCode')}
            required
            extra={t('archive.roomCodeHint')}
            render={(f) => <Input {...f} autoFocus placeholder="3栋2单元501" />}
          />
          <div style={{ display: 'flex', gap: 12 }}>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="floor"
                label={t('archive.floor')}
                render={(f) => (
                  <InputNumber
                    id={f.id}
                    value={f.value ?? null}
                    onChange={(v) => f.onChange(v ?? null)}
                    style={{ width: '100%' }}
                    precision={0}
                  />
                )}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="areaM2"
                label={t('archive.area')}
                render={(f) => (
                  <InputNumber
                    id={f.id}
                    value={f.value ?? null}
                    onChange={(v) => f.onChange(v ?? null)}
                    style={{ width: '100%' }}
                    suffix="m²"
                    min={0}
                  />
                )}
              />
            </div>
          </div>
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </form>
    </Modal>
  );
};
