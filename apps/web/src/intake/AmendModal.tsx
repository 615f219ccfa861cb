import { AmendCaseInput, amendableFields, caseTypes, identities, urgencies } from '@propdesk/domain';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField } from '../lib/form';
import {
  type AmendField,
  amendFieldText,
  amendValueText,
  identityText,
  typeText,
  urgencyText,
} from './labels';
import { type CaseDetail, useAmendCase } from './queries';
import { RoomPicker } from './RoomPicker';
import { schemaResolver } from './schema-resolver';

type Value = string | number | null;
type Values = { field: AmendField; value: Value; reason: string };

/** '' means "clear" for the fields that may be empty. */
const normalized = (v: Values): Values => ({
  ...v,
  value: v.value === '' && (v.field === 'callerPhone' || v.field === 'roomId') ? null : v.value,
});
const resolver = schemaResolver<Values>(AmendCaseInput, { value: '请填写新值' }, normalized);

type Props = { detail: CaseDetail; open: boolean; onClose: () => void };

/** S4 4.3: a correction is an amendment — field, new value, reason — confirmed before it is saved. */
export const AmendModal = ({ detail, open, onClose }: Props) => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const amend = useAmendCase(detail.id);
  const { control, handleSubmit, reset, setError, watch, setValue } = useForm<Values>({ resolver });
  const field = watch('field');
  // Reset when the dialog opens only: the case refetched after saving must not reset the form.
  const summaryRef = useRef(detail.summary);
  summaryRef.current = detail.summary;
  useEffect(() => {
    if (open) reset({ field: 'summary', value: summaryRef.current, reason: '' });
    amend.reset();
  }, [open, reset, amend.reset]);
  const old = field ? (detail as unknown as Record<string, unknown>)[field] : null;
  const oldText = field === 'roomId' ? (detail.room?.label ?? '—') : amendValueText(field, old, lang);

  const submit = handleSubmit((raw) => {
    const v = normalized(raw);
    const newText =
      v.field === 'roomId'
        ? v.value === null
          ? '—'
          : `#${v.value}`
        : amendValueText(v.field, v.value, lang);
    modal.confirm({
      title: t('case.amendConfirm'),
      content: t('case.amendConfirmText', {
        field: amendFieldText(v.field, lang),
        old: oldText,
        value: newText,
        reason: v.reason,
      }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        amend.mutateAsync(AmendCaseInput.parse(v)).then(
          () => {
            toastSuccess(t('case.amended'));
            onClose();
          },
          (e: Error) => {
            applyServerErrors(e, setError, ['value', 'reason']);
          },
        ),
    });
  });

  const select = (options: readonly string[], text: (v: string) => string) =>
    options.map((o) => ({ value: o, label: text(o) }));

  return (
    <Modal
      title={t('case.act.amend')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('case.act.amend')}
      confirmLoading={amend.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('case.amendNote')} style={{ marginBottom: 12 }} />
      {amend.error && (
        <Alert type="error" showIcon title={amend.error.message} style={{ marginBottom: 12 }} />
      )}
      <Form layout="vertical" component={false}>
        <FormField
          control={control}
          name="field"
          label={t('case.amendField')}
          required
          render={(f) => (
            <Select
              id={f.id}
              value={f.value}
              data-testid="amend-field"
              onChange={(next: AmendField) => {
                f.onChange(next);
                const current = (detail as unknown as Record<string, unknown>)[next];
                setValue('value', typeof current === 'string' || typeof current === 'number' ? current : '');
              }}
              options={amendableFields.map((k) => ({ value: k, label: amendFieldText(k, lang) }))}
            />
          )}
        />
        <Form.Item label={t('case.amendOld')}>
          <div data-testid="amend-old" style={{ color: '#666', whiteSpace: 'pre-wrap' }}>
            {oldText}
          </div>
        </Form.Item>
        <FormField
          control={control}
          name="value"
          label={t('case.amendNew')}
          required={field !== 'callerPhone' && field !== 'roomId'}
          extra={field === 'callerPhone' || field === 'roomId' ? t('case.clearValue') : undefined}
          render={(f) =>
            field === 'type' ? (
              <Select
                id={f.id}
                value={f.value}
                onChange={f.onChange}
                options={select(caseTypes, (v) => typeText(v, lang))}
              />
            ) : field === 'identity' ? (
              <Select
                id={f.id}
                value={f.value}
                onChange={f.onChange}
                options={select(identities, (v) => identityText(v, lang))}
              />
            ) : field === 'urgency' ? (
              <Select
                id={f.id}
                value={f.value}
                onChange={f.onChange}
                options={select(urgencies, (v) => urgencyText(v, lang))}
              />
            ) : field === 'roomId' ? (
              <RoomPicker id={f.id} propertyId={detail.propertyId} value={f.value} onChange={f.onChange} />
            ) : field === 'summary' ? (
              <Input.TextArea
                id={f.id}
                value={String(f.value ?? '')}
                onChange={(e) => f.onChange(e.target.value)}
                autoSize={{ minRows: 2 }}
                data-testid="amend-value"
              />
            ) : (
              <Input
                id={f.id}
                value={String(f.value ?? '')}
                onChange={(e) => f.onChange(e.target.value)}
                data-testid="amend-value"
              />
            )
          }
        />
        <FormField
          control={control}
          name="reason"
          label={t('case.amendReason')}
          required
          render={(f) => <Input {...f} data-testid="amend-reason" />}
        />
      </Form>
    </Modal>
  );
};
