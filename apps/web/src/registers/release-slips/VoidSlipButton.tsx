import { StopOutlined } from '@ant-design/icons';
import { VoidRegisterEntryInput } from '@propdesk/domain';
import { Button, Input } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { useT } from '../../i18n/i18n';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { useRegAction } from '../mutations';

/** 作废: a slip not yet used at the gate is voided with a reason; it asks first. */
export const VoidSlipButton = ({ id }: { id: number }) => {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  const voidIt = useRegAction<z.output<typeof VoidRegisterEntryInput>>(
    (x) => `/api/registers/release-slips/${x}/void`,
  );
  return (
    <>
      <Button danger icon={<StopOutlined />} onClick={() => setOpen(true)}>
        {t('reg.void')}
      </Button>
      <ModalForm
        title={t('reg.slip.voidTitle')}
        open={isOpen}
        onClose={() => setOpen(false)}
        schema={VoidRegisterEntryInput}
        defaults={{ reason: '' }}
        okText={t('reg.void')}
        confirmText={() => t('reg.slip.voidConfirm')}
        onSubmit={(body) => voidIt.mutateAsync({ id, body })}
      >
        {({ control }) => (
          <FormField
            control={control}
            name="reason"
            label={t('reg.voidReason')}
            required
            render={(f) => <Input {...f} autoFocus />}
          />
        )}
      </ModalForm>
    </>
  );
};
