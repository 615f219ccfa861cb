import {
  AddManualItemInput,
  type AssessmentSheetView,
  ConfirmSheetInput,
  directions,
  WithdrawItemInput,
} from '@propdesk/domain';
import { Alert, Input, InputNumber, Radio } from 'antd';
import { useI18n } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { scoreFormula } from './asm-rules';
import { label } from './labels';
import { useAddItem, useConfirmSheet, useWithdrawItem } from './queries';

type Open = { open: boolean; onClose: () => void };
type Sheet = Pick<AssessmentSheetView, 'propertyId' | 'staffId' | 'month' | 'staffName'>;

/** 人工考核项 (S0 3.1.5 private calls, 3.2.2 dress…): deduction or bonus, always with a reason. */
export const ManualItemModal = ({ open, onClose, sheet }: Open & { sheet: Sheet }) => {
  const { t, lang } = useI18n();
  const add = useAddItem();
  return (
    <ModalForm
      title={t('asm.item.addTitle', { name: sheet.staffName, month: sheet.month })}
      open={open}
      onClose={onClose}
      schema={AddManualItemInput}
      defaults={{
        propertyId: sheet.propertyId,
        staffId: sheet.staffId,
        month: sheet.month,
        direction: 'deduction',
        points: 1,
        reason: '',
      }}
      onSubmit={(v) => add.mutateAsync(v)}
      successText={t('asm.item.added')}
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="direction"
            label={t('asm.item.direction')}
            required
            render={(f) => (
              <Radio.Group
                id={f.id}
                value={f.value}
                onChange={(e) => f.onChange(e.target.value)}
                optionType="button"
                buttonStyle="solid"
                options={directions.map((d) => ({ value: d, label: label(lang, 'direction', d) }))}
              />
            )}
          />
          <FormField
            control={control}
            name="points"
            label={t('asm.item.points')}
            required
            render={(f) => (
              <InputNumber
                id={f.id}
                value={f.value}
                onChange={(v) => f.onChange(v ?? 0)}
                min={1}
                max={100}
                precision={0}
                style={{ width: 160 }}
              />
            )}
          />
          <FormField
            control={control}
            name="reason"
            label={t('asm.item.reason')}
            required
            extra={t('asm.item.reasonHint')}
            render={(f) => <Input.TextArea {...f} rows={3} maxLength={500} autoFocus />}
          />
        </>
      )}
    </ModalForm>
  );
};

/** A manual item entered by mistake is withdrawn with a reason; it stays listed as withdrawn. */
export const WithdrawItemModal = ({ open, onClose, itemId }: Open & { itemId: number | null }) => {
  const t = useI18n().t;
  const withdraw = useWithdrawItem();
  return (
    <ModalForm
      title={t('asm.item.withdrawTitle')}
      open={open}
      onClose={onClose}
      schema={WithdrawItemInput}
      defaults={{ reason: '' }}
      onSubmit={(v) => withdraw.mutateAsync({ ...v, id: itemId ?? 0 })}
      okText={t('asm.item.withdraw')}
      successText={t('asm.item.withdrawn')}
    >
      {({ control }) => (
        <FormField
          control={control}
          name="reason"
          label={t('asm.item.withdrawReason')}
          required
          render={(f) => <Input.TextArea {...f} rows={2} maxLength={500} autoFocus />}
        />
      )}
    </ModalForm>
  );
};

/**
 * The manager's confirmation: the dialog says what freezing means before it happens
 * (S2 员工考核规程; later facts go to the next month).
 */
export const ConfirmSheetModal = ({
  open,
  onClose,
  sheet,
}: Open & { sheet: Sheet & Pick<AssessmentSheetView, 'base' | 'deductions' | 'bonus' | 'score'> }) => {
  const t = useI18n().t;
  const confirm = useConfirmSheet();
  return (
    <ModalForm
      title={t('asm.confirm.title', { name: sheet.staffName, month: sheet.month })}
      open={open}
      onClose={onClose}
      schema={ConfirmSheetInput}
      defaults={{ propertyId: sheet.propertyId, staffId: sheet.staffId, month: sheet.month, note: '' }}
      onSubmit={(v) => confirm.mutateAsync({ ...v, note: v.note || undefined })}
      okText={t('asm.confirm.ok')}
      successText={t('asm.confirm.done')}
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('asm.confirm.score', { formula: scoreFormula(sheet) })}
          description={t('asm.confirm.warning')}
        />
      }
    >
      {({ control }) => (
        <FormField
          control={control}
          name="note"
          label={t('asm.confirm.note')}
          render={(f) => <Input.TextArea {...f} value={f.value ?? ''} rows={2} maxLength={500} />}
        />
      )}
    </ModalForm>
  );
};
