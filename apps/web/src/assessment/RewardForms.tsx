import { DecideInput, rewardPenaltyKinds, SubmitRewardPenaltyInput, WithdrawInput } from '@propdesk/domain';
import { Alert, Input, InputNumber, Radio, Select } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { DateField } from '../lib/DateField';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { label } from './labels';
import { useStaffOptions } from './queries';
import { useSubmitReward } from './queries-training';

type Open = { open: boolean; onClose: () => void };

/** 奖惩申请 (S2 员工奖惩规程 3.1.1.1): the assistant submits the written material for the manager. */
export const SubmitRewardModal = ({ open, onClose, propertyId }: Open & { propertyId: number }) => {
  const { t, lang } = useI18n();
  const submit = useSubmitReward();
  const staff = useStaffOptions(propertyId);
  return (
    <ModalForm
      title={t('asm.rp.new')}
      open={open}
      onClose={onClose}
      schema={SubmitRewardPenaltyInput}
      width={640}
      defaults={{
        propertyId,
        staffId: undefined,
        kind: 'reward',
        points: 1,
        occurredOn: '',
        title: '',
        material: '',
      }}
      onSubmit={(v) => submit.mutateAsync(v)}
      okText={t('asm.rp.submit')}
      successText={t('asm.rp.submitted')}
      intro={<Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('asm.rp.intro')} />}
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="staffId"
            label={t('asm.col.staff')}
            required
            render={(f) => (
              <Select
                id={f.id}
                value={f.value}
                onChange={f.onChange}
                showSearch
                optionFilterProp="label"
                loading={staff.isLoading}
                options={(staff.data ?? []).map((s) => ({
                  value: s.id,
                  label: s.departmentName ? `${s.name}（${s.departmentName}）` : s.name,
                }))}
                placeholder={t('asm.pickStaff')}
              />
            )}
          />
          <FormField
            control={control}
            name="kind"
            label={t('asm.rp.kind')}
            required
            render={(f) => (
              <Radio.Group
                id={f.id}
                value={f.value}
                onChange={(e) => f.onChange(e.target.value)}
                optionType="button"
                buttonStyle="solid"
                options={rewardPenaltyKinds.map((k) => ({ value: k, label: label(lang, 'rpKind', k) }))}
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
                max={50}
                precision={0}
                style={{ width: 160 }}
              />
            )}
          />
          <FormField
            control={control}
            name="occurredOn"
            label={t('asm.rp.occurredOn')}
            required
            render={(f) => <DateField id={f.id} value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          />
          <FormField
            control={control}
            name="title"
            label={t('asm.rp.title')}
            required
            render={(f) => <Input {...f} maxLength={100} />}
          />
          <FormField
            control={control}
            name="material"
            label={t('asm.rp.material')}
            required
            extra={t('asm.rp.materialHint')}
            render={(f) => <Input.TextArea {...f} rows={5} maxLength={4000} showCount />}
          />
        </>
      )}
    </ModalForm>
  );
};

/** Approve, or reject with a reason: the manager's decision on a request or a plan. */
export const DecideModal = ({
  open,
  onClose,
  approve,
  title,
  intro,
  onDecide,
}: Open & {
  approve: boolean;
  title: ReactNode;
  intro?: ReactNode;
  onDecide: (v: DecideInput) => Promise<unknown>;
}) => {
  const t = useI18n().t;
  return (
    <ModalForm
      title={title}
      open={open}
      onClose={onClose}
      schema={DecideInput}
      defaults={{ approve, note: '' }}
      onSubmit={(v) => onDecide({ approve: v.approve, note: v.note || undefined })}
      okText={approve ? t('asm.approve') : t('asm.reject')}
      successText={approve ? t('asm.approved') : t('asm.rejected')}
      intro={intro}
    >
      {({ control }) => (
        <FormField
          control={control}
          name="note"
          label={approve ? t('asm.decide.note') : t('asm.decide.reason')}
          required={!approve}
          render={(f) => <Input.TextArea {...f} value={f.value ?? ''} rows={3} maxLength={500} autoFocus />}
        />
      )}
    </ModalForm>
  );
};

/** Withdraw with a reason (a request not yet decided). */
export const ReasonModal = ({
  open,
  onClose,
  title,
  onReason,
}: Open & { title: ReactNode; onReason: (reason: string) => Promise<unknown> }) => {
  const t = useI18n().t;
  return (
    <ModalForm
      title={title}
      open={open}
      onClose={onClose}
      schema={WithdrawInput}
      defaults={{ reason: '' }}
      onSubmit={(v) => onReason(v.reason)}
      successText={t('asm.rp.withdrawn')}
    >
      {({ control }) => (
        <FormField
          control={control}
          name="reason"
          label={t('asm.rp.withdrawReason')}
          required
          render={(f) => <Input.TextArea {...f} rows={2} maxLength={500} autoFocus />}
        />
      )}
    </ModalForm>
  );
};
