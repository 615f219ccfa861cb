import {
  RenovationCustomerNotifiedInput,
  RenovationDecisionInput,
  RenovationDepositRefundInput,
  type RenovationDocumentsInput,
  RenovationGoodsInput,
  RenovationInspectionInput,
  renovationDocuments,
} from '@propdesk/domain';
import { Input, InputNumber, Radio, Segmented, Space } from 'antd';
import type { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { yuan } from '../format';
import { label } from '../labels';
import { useRegAction } from '../mutations';
import type { RenovationDetail } from '../types';
import { YuanInput } from '../YuanInput';
import { DocumentsModal } from './DocumentsModal';

export type RenovationModal =
  | 'documents'
  | 'decision'
  | 'notified'
  | 'goods'
  | 'interim'
  | 'final'
  | 'refund';
type Props = { r: RenovationDetail; open: RenovationModal | null; onClose: () => void };
type Out<S extends z.ZodType> = z.output<S>;

const path = (action: string) => (id: number) => `/api/registers/renovations/${id}/${action}`;

/** The renovation's steps after the application, each a small form on the shared schema. */
export const RenovationModals = ({ r, open, onClose }: Props) => {
  const { t, lang } = useI18n();
  const _docs = useRegAction<Out<typeof RenovationDocumentsInput>, string[]>(path('documents'));
  const decide = useRegAction<Out<typeof RenovationDecisionInput>>(path('decision'));
  const notified = useRegAction<Out<typeof RenovationCustomerNotifiedInput>>(path('customer-notified'));
  const goods = useRegAction<Out<typeof RenovationGoodsInput>>(path('goods'));
  const inspect = useRegAction<Out<typeof RenovationInspectionInput>>(path('inspections'));
  const refund = useRegAction<Out<typeof RenovationDepositRefundInput>>(path('deposit-refund'));
  const common = { onClose };
  const _missingDocs = renovationDocuments.filter((d) => !r.documents[d]);
  const _workersMissing = r.workers.filter((w) => !w.hasPhoto || !w.hasIdCopy);

  return (
    <>
      <DocumentsModal r={r} open={open === 'documents'} onClose={onClose} />
      <ModalForm
        {...common}
        title={t('reg.reno.decide')}
        open={open === 'decision'}
        schema={RenovationDecisionInput}
        defaults={{ approve: undefined, note: null }}
        confirmText={(v) => (v.approve ? t('reg.reno.approveConfirm') : t('reg.reno.rejectConfirm'))}
        onSubmit={(body) => decide.mutateAsync({ id: r.id, body })}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="approve"
              label={t('reg.reno.decision')}
              required
              render={(f) => (
                <Radio.Group
                  id={f.id}
                  value={f.value}
                  onChange={(e) => f.onChange(e.target.value)}
                  optionType="button"
                  options={[
                    { value: true, label: t('reg.reno.approve') },
                    { value: false, label: t('reg.reno.reject') },
                  ]}
                />
              )}
            />
            <FormField
              control={control}
              name="note"
              label={t('reg.reno.decisionNote')}
              render={(f) => <Input.TextArea {...f} value={f.value ?? ''} autoSize={{ minRows: 2 }} />}
            />
          </>
        )}
      </ModalForm>
      <ModalForm
        {...common}
        title={t('reg.reno.notifyTitle', { name: r.applicantName, phone: r.applicantPhone })}
        open={open === 'notified'}
        schema={RenovationCustomerNotifiedInput}
        defaults={{ method: 'phone', note: null }}
        onSubmit={(body) => notified.mutateAsync({ id: r.id, body })}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="method"
              label={t('reg.mail.notifyMethod')}
              required
              render={(f) => (
                <Segmented
                  value={f.value}
                  onChange={f.onChange}
                  options={(['phone', 'sms', 'inPerson'] as const).map((m) => ({
                    value: m,
                    label: label(lang, 'notifyMethod', m),
                  }))}
                />
              )}
            />
            <FormField
              control={control}
              name="note"
              label={t('reg.note')}
              render={(f) => <Input {...f} autoFocus value={f.value ?? ''} />}
            />
          </>
        )}
      </ModalForm>
      <ModalForm
        {...common}
        title={t('reg.reno.goods')}
        open={open === 'goods'}
        schema={RenovationGoodsInput}
        defaults={{ direction: 'in', kind: 'tool', name: '', quantity: 1, note: null }}
        onSubmit={(body) => goods.mutateAsync({ id: r.id, body })}
      >
        {({ control }) => (
          <>
            <Space>
              <FormField
                control={control}
                name="direction"
                label={t('reg.reno.direction')}
                render={(f) => (
                  <Segmented
                    value={f.value}
                    onChange={f.onChange}
                    options={[
                      { value: 'in', label: t('reg.reno.in') },
                      { value: 'out', label: t('reg.reno.outDir') },
                    ]}
                  />
                )}
              />
              <FormField
                control={control}
                name="kind"
                label={t('reg.slip.category')}
                render={(f) => (
                  <Segmented
                    value={f.value}
                    onChange={f.onChange}
                    options={(['tool', 'material'] as const).map((k) => ({
                      value: k,
                      label: label(lang, 'itemCategory', k),
                    }))}
                  />
                )}
              />
            </Space>
            <FormField
              control={control}
              name="name"
              label={t('reg.slip.itemName')}
              required
              render={(f) => <Input {...f} autoFocus />}
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
        )}
      </ModalForm>
      <ModalForm
        {...common}
        title={open === 'final' ? t('reg.reno.finalInspection') : t('reg.reno.interimInspection')}
        open={open === 'interim' || open === 'final'}
        schema={RenovationInspectionInput}
        defaults={{ kind: open === 'final' ? 'final' : 'interim', passed: undefined, findings: '' }}
        confirmText={(v) =>
          v.kind === 'final'
            ? t('reg.reno.finalConfirm', { result: v.passed ? t('reg.reno.pass') : t('reg.reno.fail') })
            : null
        }
        onSubmit={(body) => inspect.mutateAsync({ id: r.id, body })}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="passed"
              label={t('reg.reno.result')}
              required
              render={(f) => (
                <Radio.Group
                  id={f.id}
                  value={f.value}
                  onChange={(e) => f.onChange(e.target.value)}
                  optionType="button"
                  options={[
                    { value: true, label: t('reg.reno.pass') },
                    { value: false, label: t('reg.reno.fail') },
                  ]}
                />
              )}
            />
            <FormField
              control={control}
              name="findings"
              label={t('reg.reno.findings')}
              required
              render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 3 }} />}
            />
          </>
        )}
      </ModalForm>
      <ModalForm
        {...common}
        title={t('reg.reno.refund')}
        open={open === 'refund'}
        schema={RenovationDepositRefundInput}
        defaults={{ amountCents: r.fees.paid.renovationDeposit, note: null }}
        confirmText={(v) =>
          t('reg.reno.refundConfirm', {
            amount: yuan(v.amountCents),
            paid: yuan(r.fees.paid.renovationDeposit),
          })
        }
        onSubmit={(body) => refund.mutateAsync({ id: r.id, body })}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="amountCents"
              label={t('reg.reno.refundAmount', { paid: yuan(r.fees.paid.renovationDeposit) })}
              required
              render={(f) => <YuanInput id={f.id} value={f.value} onChange={(v) => f.onChange(v ?? 0)} />}
            />
            <FormField
              control={control}
              name="note"
              label={t('reg.reno.deduction')}
              render={(f) => <Input.TextArea {...f} value={f.value ?? ''} autoSize={{ minRows: 2 }} />}
            />
          </>
        )}
      </ModalForm>
    </>
  );
};
