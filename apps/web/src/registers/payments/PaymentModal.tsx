import {
  type PaymentPurpose,
  paymentMethods,
  paymentPurposes,
  paymentTakers,
  RecordPaymentInput,
  renovationPurposes,
} from '@propdesk/domain';
import { Alert, Button, Input, InputNumber, Segmented, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useRoomPage } from '../../archive/queries';
import { useI18n } from '../../i18n/i18n';
import { toastSuccess } from '../../lib/feedback';
import { FormField, optionalText } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { yuan } from '../format';
import { options } from '../labels';
import { useRegPost } from '../mutations';
import { useRenovations } from '../queries';
import { RoomPicker } from '../RoomPicker';
import type { PaymentRecorded } from '../types';
import { YuanInput } from '../YuanInput';

export type PaymentPrefill = {
  roomId?: number | null;
  roomLabel?: string | null;
  purpose?: PaymentPurpose;
  renovationId?: number | null;
  amountCents?: number | null;
  payerName?: string;
};

const isRenovationPurpose = (p: unknown) => (renovationPurposes as readonly unknown[]).includes(p);

/** The room's arrears beside the form, with a one-click "pay it all". */
const ArrearsHint = ({
  roomId,
  onFill,
}: {
  roomId: number;
  onFill: (months: number, cents: number) => void;
}) => {
  const { t } = useI18n();
  const room = useRoomPage(roomId);
  const a = room.data?.arrears;
  if (!room.data) return null;
  if (!a || a.monthsOwed === 0)
    return <Alert type="success" showIcon title={t('reg.pay.noArrears')} style={{ marginBottom: 12 }} />;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="pay-arrears"
      style={{ marginBottom: 12 }}
      title={t('reg.pay.arrears', { months: a.monthsOwed, amount: yuan(a.amountCents) })}
      action={
        <Button size="small" onClick={() => onFill(a.monthsOwed, a.amountCents)} data-testid="pay-all">
          {t('reg.pay.payAll')}
        </Button>
      }
    />
  );
};

/** 缴费 (S1 场景三): a numbered receipt; a management fee lowers the room's arrears at once. */
export const PaymentModal = ({
  prefill,
  propertyId,
  onClose,
}: {
  prefill: PaymentPrefill | null;
  propertyId: number;
  onClose: () => void;
}) => {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const record = useRegPost<RecordPaymentInput, PaymentRecorded>('/api/registers/payments', {
    isArchiveChange: true,
  });
  const renovations = useRenovations(prefill ? propertyId : null, '');
  return (
    <ModalForm
      title={t('reg.pay.new')}
      open={prefill !== null}
      onClose={onClose}
      width={620}
      schema={RecordPaymentInput}
      defaults={{
        propertyId,
        roomId: prefill?.roomId ?? null,
        payerName: prefill?.payerName ?? '',
        purpose: prefill?.purpose ?? 'managementFee',
        months: null,
        amountCents: prefill?.amountCents ?? undefined,
        method: 'cash',
        takenBy: 'desk',
        renovationId: prefill?.renovationId ?? null,
        reference: null,
        note: null,
      }}
      okText={t('reg.pay.ok')}
      successText={t('reg.pay.done')}
      confirmText={(v) => t('reg.pay.confirm', { amount: yuan(v.amountCents), name: v.payerName })}
      onSubmit={async (v) => {
        const res = await record.mutateAsync(v);
        if (res.arrears)
          toastSuccess(
            t('reg.pay.arrearsAfter', {
              before: yuan(res.arrears.before.amountCents),
              after: yuan(res.arrears.after.amountCents),
            }),
          );
        void navigate(`/registers/payments/${res.id}/receipt`);
      }}
    >
      {({ control, watch, setValue }) => {
        const purpose = watch('purpose');
        const roomId = watch('roomId');
        return (
          <>
            <FormField
              control={control}
              name="purpose"
              label={t('reg.pay.purpose')}
              required
              render={(f) => (
                <Select
                  id={f.id}
                  value={f.value}
                  onChange={f.onChange}
                  options={options(lang, 'purpose', paymentPurposes)}
                  data-testid="pay-purpose"
                />
              )}
            />
            <FormField
              control={control}
              name="roomId"
              label={t('reg.room')}
              required={purpose === 'managementFee'}
              render={(f) => (
                <RoomPicker
                  id={f.id}
                  autoFocus
                  testId="pay-room"
                  propertyId={propertyId}
                  value={f.value}
                  initialLabel={prefill?.roomLabel}
                  onChange={(v) => f.onChange(v)}
                />
              )}
            />
            {purpose === 'managementFee' && typeof roomId === 'number' && (
              <ArrearsHint
                roomId={roomId}
                onFill={(months, cents) => {
                  setValue('months', months, { shouldValidate: true });
                  setValue('amountCents', cents, { shouldValidate: true });
                }}
              />
            )}
            {isRenovationPurpose(purpose) && (
              <FormField
                control={control}
                name="renovationId"
                label={t('reg.pay.renovation')}
                required
                render={(f) => (
                  <Select
                    id={f.id}
                    value={f.value ?? undefined}
                    onChange={f.onChange}
                    loading={renovations.isLoading}
                    options={(renovations.data ?? []).map((r) => ({
                      value: r.id,
                      label: `${r.number} ${r.roomLabel} ${r.applicantName}`,
                    }))}
                  />
                )}
              />
            )}
            <FormField
              control={control}
              name="payerName"
              label={t('reg.pay.payer')}
              required
              render={(f) => <Input {...f} data-testid="pay-payer" />}
            />
            <Space align="start" style={{ display: 'flex' }}>
              {purpose === 'managementFee' && (
                <FormField
                  control={control}
                  name="months"
                  label={t('reg.pay.months')}
                  required
                  render={(f) => (
                    <InputNumber
                      id={f.id}
                      value={f.value}
                      onChange={(v) => f.onChange(v)}
                      min={1}
                      precision={0}
                      style={{ width: 110 }}
                      data-testid="pay-months"
                    />
                  )}
                />
              )}
              <FormField
                control={control}
                name="amountCents"
                label={t('reg.pay.amount')}
                required
                render={(f) => (
                  <YuanInput id={f.id} value={f.value} onChange={f.onChange} testId="pay-amount" />
                )}
              />
            </Space>
            {purpose === 'paidService' && (
              <FormField
                control={control}
                name="reference"
                label={t('reg.pay.reference')}
                required
                render={(f) => <Input {...f} {...optionalText(f)} />}
              />
            )}
            <FormField
              control={control}
              name="method"
              label={t('reg.pay.method')}
              required
              render={(f) => (
                <Segmented
                  value={f.value}
                  onChange={f.onChange}
                  options={options(lang, 'method', paymentMethods)}
                />
              )}
            />
            <FormField
              control={control}
              name="takenBy"
              label={t('reg.pay.takenBy')}
              required
              extra={t('reg.pay.takenByHint')}
              render={(f) => (
                <Segmented
                  value={f.value}
                  onChange={f.onChange}
                  options={options(lang, 'taker', paymentTakers)}
                />
              )}
            />
            <FormField
              control={control}
              name="note"
              label={t('reg.note')}
              render={(f) => <Input {...f} value={f.value ?? ''} />}
            />
          </>
        );
      }}
    </ModalForm>
  );
};
