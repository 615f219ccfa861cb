import {
  AmendCaseInput,
  AmendComplaintInput,
  complaintCategories,
  responsibilityFindings,
} from '@propdesk/domain';
import { Alert, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { type Resolver, useForm } from 'react-hook-form';
import { useBuildings } from '../archive/queries';
import { useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { applyServerErrors, FormField, useFillOnOpen } from '../lib/form';
import { type AmendFieldDef, amendableFor, amendValueText, type Names } from './amend-fields';
import { formResolver } from './form-resolver';
import { categoryText, findingText } from './labels';
import { type ComplaintDetail, useAmendComplaint, useAmendComplaintCase, useStaffOptions } from './queries';
import { StepModal, useStepRunner } from './StepModal';

type Location = { kind: 'building' | 'commonArea' | 'none'; buildingId?: number | null; area?: string };
type Values = { field: string; value: unknown; reason: string };
type Props = { c: ComplaintDetail; open: boolean; onClose: () => void };

const caseValue = (v: Values) => (v.field === 'callerPhone' && v.value === '' ? null : v.value);
const complaintResolver = formResolver<Values>(AmendComplaintInput, (v) => v, {}, { value: '请填写新值' });
const caseResolver = formResolver<Values>(AmendCaseInput, (v) => ({ ...v, value: caseValue(v) }));

export const useAmendNames = (c: ComplaintDetail): Names => {
  const buildings = useBuildings(c.propertyId);
  const staff = useStaffOptions(c.propertyId);
  return {
    building: (id) => buildings.data?.find((b) => b.id === Number(id))?.name ?? `#${String(id)}`,
    staff: (id) => staff.data?.find((s) => s.id === Number(id))?.name ?? `#${String(id)}`,
  };
};

/** S4 4.3: a correction names the field, the new value and the reason, and is confirmed before it is saved. */
export const AmendModal = ({ c, open, onClose }: Props) => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const fields = me ? amendableFor(c, me) : [];
  const amendComplaint = useAmendComplaint(c.caseId);
  const amendCase = useAmendComplaintCase(c.caseId);
  const buildings = useBuildings(c.propertyId);
  const staff = useStaffOptions(c.propertyId);
  const names = useAmendNames(c);
  const { run, error, clearError } = useStepRunner(onClose);
  const defOf = (field: string): AmendFieldDef | undefined => fields.find((f) => f.field === field);
  const resolver: Resolver<Values> = (v, ctx, opts) =>
    (defOf(v.field)?.target === 'case' ? caseResolver : complaintResolver)(v, ctx, opts);
  const { control, handleSubmit, reset, setError, setValue, watch } = useForm<Values>({ resolver });
  const first = fields[0];
  useFillOnOpen(open && first ? c.caseId : null, () => {
    if (first) reset({ field: first.field, value: first.current(c), reason: '' });
    clearError();
  });
  const field = watch('field');
  const def = defOf(field);
  const old = def ? amendValueText(field, def.current(c), lang, names) : '—';
  const label = (f: string) => t(`cmp.field.${f}` as MessageKey);

  const submit = handleSubmit((v) => {
    if (!def) return;
    const isCase = def.target === 'case';
    run(
      () =>
        isCase
          ? amendCase.mutateAsync(AmendCaseInput.parse({ ...v, value: caseValue(v) }))
          : amendComplaint.mutateAsync(AmendComplaintInput.parse(v)),
      {
        ask: {
          title: t('cmp.amend.ask'),
          content: t('cmp.amend.askText', {
            field: label(v.field),
            old,
            value: amendValueText(v.field, isCase ? caseValue(v) : v.value, lang, names),
            reason: v.reason,
          }),
        },
        placeErrors: (e) => applyServerErrors(e, setError, ['value', 'reason']),
      },
    );
  });

  const editor = (f: { id: string; value: unknown; onChange: (v: unknown) => void }) => {
    switch (def?.kind) {
      case 'category':
        return (
          <Select
            id={f.id}
            value={f.value}
            onChange={f.onChange}
            options={complaintCategories.map((x) => ({ value: x, label: categoryText(x, lang) }))}
          />
        );
      case 'count':
        return <InputNumber id={f.id} min={1} max={100000} value={f.value as number} onChange={f.onChange} />;
      case 'flag':
        return (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            options={[
              { value: true, label: t('common.yes') },
              { value: false, label: t('common.no') },
            ]}
          />
        );
      case 'finding':
        return (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            options={responsibilityFindings.map((x) => ({ value: x, label: findingText(x, lang) }))}
          />
        );
      case 'staff':
        return (
          <Select<number>
            id={f.id}
            allowClear
            value={(f.value as number | null) ?? undefined}
            onChange={(v) => f.onChange(v ?? null)}
            options={(staff.data ?? []).map((s) => ({
              value: s.id,
              label: `${s.name}（${s.departmentName ?? '—'}）`,
            }))}
          />
        );
      case 'location': {
        const l = (f.value ?? { kind: 'none' }) as Location;
        return (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Radio.Group
              id={f.id}
              value={l.kind}
              onChange={(e) =>
                f.onChange({ kind: e.target.value, ...(e.target.value === 'commonArea' ? { area: '' } : {}) })
              }
              options={[
                { value: 'building', label: t('cmp.loc.building') },
                { value: 'commonArea', label: t('cmp.loc.commonArea') },
                { value: 'none', label: t('cmp.loc.none') },
              ]}
            />
            {l.kind === 'building' && (
              <Select<number>
                value={l.buildingId ?? undefined}
                onChange={(b) => f.onChange({ kind: 'building', buildingId: b })}
                options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
              />
            )}
            {l.kind === 'commonArea' && (
              <Input
                value={l.area ?? ''}
                onChange={(e) => f.onChange({ kind: 'commonArea', area: e.target.value })}
              />
            )}
          </Space>
        );
      }
      case 'text':
        return (
          <Input.TextArea
            id={f.id}
            value={String(f.value ?? '')}
            onChange={(e) => f.onChange(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 8 }}
            data-testid="amend-value"
          />
        );
      default:
        return (
          <Input
            id={f.id}
            value={String(f.value ?? '')}
            onChange={(e) => f.onChange(e.target.value)}
            data-testid="amend-value"
          />
        );
    }
  };

  const groups = (['case', 'facts', 'reply', 'analysis'] as const)
    .map((g) => ({
      label: t(`cmp.amend.group.${g}`),
      options: fields.filter((f) => f.group === g).map((f) => ({ value: f.field, label: label(f.field) })),
    }))
    .filter((g) => g.options.length);

  return (
    <StepModal
      title={t('cmp.act.amend')}
      okText={t('cmp.act.amend')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      isPending={amendComplaint.isPending || amendCase.isPending}
      error={error}
      testId="amend-modal"
    >
      <Alert type="info" showIcon title={t('cmp.amend.note')} style={{ marginBottom: 12 }} />
      <FormField
        control={control}
        name="field"
        label={t('cmp.amend.field')}
        required
        render={(f) => (
          <Select
            id={f.id}
            value={f.value}
            data-testid="amend-field"
            onChange={(next: string) => {
              f.onChange(next);
              setValue('value', defOf(next)?.current(c) ?? '');
            }}
            options={groups}
          />
        )}
      />
      <Form.Item label={t('cmp.amend.old')}>
        <div data-testid="amend-old" style={{ color: '#666', whiteSpace: 'pre-wrap' }}>
          {old}
        </div>
      </Form.Item>
      <FormField
        control={control}
        name="value"
        label={t('cmp.amend.new')}
        required
        render={(f) => editor(f)}
      />
      <FormField
        control={control}
        name="reason"
        label={t('cmp.amend.reason')}
        required
        render={(f) => <Input {...f} data-testid="amend-reason" />}
      />
    </StepModal>
  );
};
