import { AmendRegisterInput, type RegisterKind } from '@propdesk/domain';
import { Alert, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useI18n } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { amendFields } from './amend-fields';
import { useRegPost } from './mutations';

type Props = {
  register: RegisterKind;
  record: { id: number } & Record<string, unknown>;
  open: boolean;
  onClose: () => void;
};

const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

/**
 * 更正 (S4 4.3): a saved entry is never edited in place. The desk picks the item, types the new
 * value and the reason, confirms, and the old value stays in the record's history.
 */
export const AmendModal = ({ register, record, open, onClose }: Props) => {
  const { t, lang } = useI18n();
  const specs = amendFields[register];
  const first = Object.keys(specs)[0]!;
  const amend = useRegPost<AmendRegisterInput>('/api/registers/amendments');
  const nameOf = (field: string) => (lang === 'en' ? specs[field]?.en : specs[field]?.zh) ?? field;
  const clean = (v: AmendRegisterInput): AmendRegisterInput => ({
    ...v,
    value: v.value === '' && specs[v.field]?.isOptional ? null : v.value,
  });
  return (
    <ModalForm
      title={t('reg.amend.title')}
      open={open}
      onClose={onClose}
      schema={AmendRegisterInput}
      defaults={{ register, id: record.id, field: first, value: (record[first] as string) ?? '', reason: '' }}
      okText={t('reg.amend.ok')}
      successText={t('reg.amend.done')}
      intro={<Alert type="info" showIcon title={t('reg.amend.note')} style={{ marginBottom: 12 }} />}
      confirmText={(raw) => {
        const v = clean(raw);
        return t('reg.amend.confirm', {
          field: nameOf(v.field),
          old: shown(record[v.field]),
          value: shown(v.value),
          reason: v.reason,
        });
      }}
      onSubmit={(v) => amend.mutateAsync(clean(v))}
    >
      {({ control, watch, setValue }) => {
        const field = watch('field') ?? first;
        const spec = specs[field];
        return (
          <>
            <FormField
              control={control}
              name="field"
              label={t('reg.amend.field')}
              required
              render={(f) => (
                <Select
                  id={f.id}
                  value={f.value}
                  data-testid="amend-field"
                  onChange={(next: string) => {
                    f.onChange(next);
                    const current = record[next];
                    setValue(
                      'value',
                      typeof current === 'number' || typeof current === 'string' ? current : '',
                    );
                  }}
                  options={Object.keys(specs).map((k) => ({ value: k, label: nameOf(k) }))}
                />
              )}
            />
            <Form.Item label={t('reg.amend.old')}>
              <div data-testid="amend-old" style={{ color: '#666', whiteSpace: 'pre-wrap' }}>
                {shown(record[field])}
              </div>
            </Form.Item>
            <FormField
              control={control}
              name="value"
              label={t('reg.amend.new')}
              required={!spec?.isOptional}
              extra={spec?.isOptional ? t('reg.amend.clearable') : undefined}
              render={(f) =>
                spec?.input === 'number' ? (
                  <InputNumber
                    id={f.id}
                    value={typeof f.value === 'number' ? f.value : null}
                    onChange={(v) => f.onChange(v ?? 0)}
                    min={0}
                    precision={0}
                    style={{ width: '100%' }}
                  />
                ) : spec?.input === 'flag' ? (
                  <Switch id={f.id} checked={f.value === 1} onChange={(on) => f.onChange(on ? 1 : 0)} />
                ) : spec?.input === 'long' ? (
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
              label={t('reg.amend.reason')}
              required
              render={(f) => <Input {...f} value={f.value ?? ''} data-testid="amend-reason" />}
            />
          </>
        );
      }}
    </ModalForm>
  );
};
