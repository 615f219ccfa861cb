import { AmendHandoverInput } from '@propdesk/domain';
import { Alert, Button, Input } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { useAmendHandover } from './queries-setup';

/**
 * A signed handover is never altered (S3 篇三): a correction is added as an amendment with its
 * reason, after a confirmation, and shows below with author and time.
 */
export const AmendHandover = ({ id }: { id: number }) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const amend = useAmendHandover(id);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="amend-handover">
        {t('ho.amend')}
      </Button>
      <ModalForm
        title={t('ho.amend')}
        open={open}
        onClose={() => setOpen(false)}
        schema={AmendHandoverInput}
        defaults={{ text: '', reason: '' }}
        okText={t('ho.amendOk')}
        successText={t('ho.amended')}
        testId="amend-form"
        intro={<Alert type="info" showIcon title={t('ho.amendNote')} style={{ marginBottom: 12 }} />}
        confirmText={(v) => t('ho.amendConfirm', { text: v.text, reason: v.reason })}
        onSubmit={(v) => amend.mutateAsync(v)}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="text"
              label={t('ho.amendText')}
              required
              render={(f) => <Input.TextArea {...f} rows={3} maxLength={1000} />}
            />
            <FormField
              control={control}
              name="reason"
              label={t('ho.amendReason')}
              required
              render={(f) => <Input {...f} maxLength={200} />}
            />
          </>
        )}
      </ModalForm>
    </>
  );
};
