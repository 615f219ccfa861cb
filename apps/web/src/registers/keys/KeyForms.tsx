import {
  borrowerKinds,
  ChaseKeyInput,
  CreateKeySetInput,
  LendKeyInput,
  type LendKeyInput as LendKeyValues,
} from '@propdesk/domain';
import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { options } from '../labels';
import { useRegAction, useRegPost } from '../mutations';
import { RoomPicker } from '../RoomPicker';
import type { KeyLoan, KeySet } from '../types';

type Open = { open: boolean; onClose: () => void };

/** An instant picked to the minute, kept as the API's ISO string. */
const InstantPicker = ({
  id,
  value,
  onChange,
}: {
  id: string;
  value: unknown;
  onChange: (v: string | null) => void;
}) => (
  <DatePicker
    id={id}
    showTime={{ format: 'HH:mm' }}
    format="YYYY-MM-DD HH:mm"
    value={typeof value === 'string' ? dayjs(value) : null}
    onChange={(d) => onChange(d ? d.toISOString() : null)}
    style={{ width: '100%' }}
  />
);

/** 登记一组钥匙: what it opens, how many, where kept (S3 篇九 4.4.3). */
export const KeySetModal = ({ open, onClose, propertyId }: Open & { propertyId: number }) => {
  const { t } = useI18n();
  const create = useRegPost<CreateKeySetInput>('/api/registers/key-sets');
  return (
    <ModalForm
      title={t('reg.keys.newSet')}
      open={open}
      onClose={onClose}
      schema={CreateKeySetInput}
      defaults={{ propertyId, code: '', label: '', quantity: 1, location: '', roomId: null, note: null }}
      onSubmit={(v) => create.mutateAsync(v)}
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="code"
            label={t('reg.keys.code')}
            required
            render={(f) => <Input {...f} autoFocus />}
          />
          <FormField
            control={control}
            name="label"
            label={t('reg.keys.label')}
            required
            render={(f) => <Input {...f} />}
          />
          <FormField
            control={control}
            name="quantity"
            label={t('reg.keys.quantity')}
            required
            render={(f) => (
              <InputNumber
                id={f.id}
                value={f.value}
                onChange={(v) => f.onChange(v ?? 0)}
                min={1}
                precision={0}
                style={{ width: '100%' }}
              />
            )}
          />
          <FormField
            control={control}
            name="location"
            label={t('reg.keys.location')}
            required
            render={(f) => <Input {...f} />}
          />
          <FormField
            control={control}
            name="roomId"
            label={t('reg.keys.room')}
            extra={t('reg.keys.roomHint')}
            render={(f) => (
              <RoomPicker id={f.id} propertyId={propertyId} value={f.value} onChange={(v) => f.onChange(v)} />
            )}
          />
          <FormField
            control={control}
            name="note"
            label={t('reg.note')}
            render={(f) => <Input {...f} value={f.value ?? ''} />}
          />
        </>
      )}
    </ModalForm>
  );
};

/** 借出钥匙: to whom, why, when (钥匙借用登记本). */
export const LendModal = ({
  open,
  onClose,
  sets,
  keySetId,
}: Open & { sets: KeySet[]; keySetId?: number | null }) => {
  const { t, lang } = useI18n();
  const lend = useRegPost<LendKeyValues>('/api/registers/key-loans');
  return (
    <ModalForm
      title={t('reg.keys.lend')}
      open={open}
      onClose={onClose}
      schema={LendKeyInput}
      defaults={{
        keySetId: keySetId ?? undefined,
        quantity: 1,
        borrowerKind: 'staff',
        borrowerName: '',
        borrowerPhone: '',
        purpose: '',
        dueBackAt: null,
      }}
      onSubmit={(v) => lend.mutateAsync(v)}
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
                autoFocus
                showSearch={{ optionFilterProp: 'label' }}
                value={f.value}
                onChange={f.onChange}
                placeholder={t('reg.keys.pickSet')}
                data-testid="lend-set"
                options={sets
                  .filter((s) => s.active)
                  .map((s) => ({
                    value: s.id,
                    disabled: s.inCabinet < 1,
                    label: `${s.code} ${s.label}（${t('reg.keys.inCabinetN', { n: s.inCabinet })}）`,
                  }))}
              />
            )}
          />
          <div style={{ display: 'flex', gap: 12 }}>
            <div style={{ width: 120 }}>
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
                    style={{ width: '100%' }}
                  />
                )}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="borrowerKind"
                label={t('reg.keys.borrowerKind')}
                required
                render={(f) => (
                  <Select
                    id={f.id}
                    value={f.value}
                    onChange={f.onChange}
                    options={options(lang, 'borrowerKind', borrowerKinds)}
                  />
                )}
              />
            </div>
          </div>
          <div style={{ display: 'flex', gap: 12 }}>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="borrowerName"
                label={t('reg.keys.borrower')}
                required
                render={(f) => <Input {...f} />}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="borrowerPhone"
                label={t('reg.phone')}
                required
                render={(f) => <Input {...f} />}
              />
            </div>
          </div>
          <FormField
            control={control}
            name="purpose"
            label={t('reg.keys.purpose')}
            required
            render={(f) => <Input {...f} />}
          />
          <FormField
            control={control}
            name="dueBackAt"
            label={t('reg.keys.dueBack')}
            render={(f) => <InstantPicker id={f.id} value={f.value} onChange={f.onChange} />}
          />
        </>
      )}
    </ModalForm>
  );
};

/** 下班前电话追问: the call made for a key still out, and the reason given (S3 4.4.3). */
export const ChaseModal = ({ loan, onClose }: { loan: KeyLoan | null; onClose: () => void }) => {
  const { t } = useI18n();
  const chase = useRegAction<ChaseKeyInput>((id) => `/api/registers/key-loans/${id}/chase`);
  return (
    <ModalForm
      title={
        loan
          ? t('reg.keys.chaseTitle', {
              key: loan.keyCode,
              name: loan.borrowerName,
              phone: loan.borrowerPhone,
            })
          : ''
      }
      open={loan !== null}
      onClose={onClose}
      schema={ChaseKeyInput}
      defaults={{ note: '', expectedBackAt: null }}
      onSubmit={(body) => chase.mutateAsync({ id: loan!.id, body })}
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="note"
            label={t('reg.keys.chaseNote')}
            required
            render={(f) => (
              <Input.TextArea {...f} autoFocus autoSize={{ minRows: 2 }} data-testid="chase-note" />
            )}
          />
          <FormField
            control={control}
            name="expectedBackAt"
            label={t('reg.keys.expectedBack')}
            render={(f) => <InstantPicker id={f.id} value={f.value} onChange={f.onChange} />}
          />
        </>
      )}
    </ModalForm>
  );
};
