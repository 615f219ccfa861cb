import { KeyTakeBackInput } from '@propdesk/domain';
import { Alert, Input, InputNumber, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { useRegPost } from '../mutations';
import type { KeyLoan, KeySet } from '../types';

type Props = {
  /** The loan the keys were out on (a borrower taking them home), or a set straight from the cabinet. */
  from: { loan: KeyLoan | null; keySetId: number | null } | null;
  sets: KeySet[];
  onClose: () => void;
};

/**
 * 钥匙领回单 (S3 篇九 4.4.3): a key taken home by its owner leaves the office's custody; the
 * slip is numbered and printed for the owner to sign. Irreversible, so it asks first.
 */
export const TakeBackModal = ({ from, sets, onClose }: Props) => {
  const { t } = useI18n();
  const navigate = useNavigate();
  const takeBack = useRegPost<KeyTakeBackInput, { id: number; number: string }>(
    '/api/registers/key-take-backs',
  );
  const loan = from?.loan ?? null;
  const setOf = (id: unknown) => sets.find((s) => s.id === id);
  return (
    <ModalForm
      title={t('reg.keys.takeBack')}
      open={from !== null}
      onClose={onClose}
      schema={KeyTakeBackInput}
      defaults={{
        keySetId: loan?.keySetId ?? from?.keySetId ?? undefined,
        loanId: loan?.id ?? null,
        quantity: loan?.quantity ?? 1,
        takerName: loan?.borrowerName ?? '',
        takerPhone: loan?.borrowerPhone ?? '',
        takerIdNumber: '',
        reason: '',
      }}
      intro={<Alert type="info" showIcon title={t('reg.keys.takeBackNote')} style={{ marginBottom: 12 }} />}
      okText={t('reg.keys.takeBackOk')}
      confirmText={(v) =>
        t('reg.keys.takeBackConfirm', {
          key: setOf(v.keySetId)?.code ?? '',
          n: v.quantity,
          name: v.takerName,
        })
      }
      onSubmit={async (v) => {
        const res = await takeBack.mutateAsync(v);
        void navigate(`/registers/keys/take-backs/${res.id}/print`);
      }}
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="keySetId"
            label={t('reg.keys.set')}
            required
            render={(f) => (
              <Select
                id={f.id}
                value={f.value}
                onChange={f.onChange}
                disabled={!!loan}
                showSearch={{ optionFilterProp: 'label' }}
                options={sets.map((s) => ({ value: s.id, label: `${s.code} ${s.label}` }))}
              />
            )}
          />
          <FormField
            control={control}
            name="quantity"
            label={t('reg.keys.quantity')}
            render={(f) => (
              <InputNumber
                id={f.id}
                value={f.value}
                onChange={(v) => f.onChange(v ?? 1)}
                min={1}
                precision={0}
                style={{ width: 120 }}
              />
            )}
          />
          <div style={{ display: 'flex', gap: 12 }}>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="takerName"
                label={t('reg.keys.taker')}
                required
                render={(f) => <Input {...f} autoFocus />}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="takerPhone"
                label={t('reg.phone')}
                required
                render={(f) => <Input {...f} />}
              />
            </div>
          </div>
          <FormField
            control={control}
            name="takerIdNumber"
            label={t('reg.idNumber')}
            extra={t('reg.idMasked')}
            render={(f) => <Input {...f} value={(f.value as string | null) ?? ''} />}
          />
          <FormField
            control={control}
            name="reason"
            label={t('reg.keys.takeBackReason')}
            required
            render={(f) => <Input {...f} />}
          />
        </>
      )}
    </ModalForm>
  );
};
