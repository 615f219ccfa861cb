import { zodResolver } from '@hookform/resolvers/zod';
import { OwnerConfirmationInput, ownerAnswers } from '@propdesk/domain';
import { Alert, Button, Card, DatePicker, Empty, Form, Input, Radio, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { toastSuccess } from '../../lib/feedback';
import { applyServerErrors, FormField } from '../../lib/form';
import { label } from '../labels';
import { useRegAction } from '../mutations';
import type { ReleaseSlipDetail, SlipJudged } from '../types';

type Values = z.input<typeof OwnerConfirmationInput>;

/**
 * The owner's confirmation (S1 租户放行; S3 4.5.7.2 B, 4.5.7.5): phoned on a number from the
 * archive, out of the carrier's hearing, with the call time and the answer; or signed in person.
 */
export const OwnerConfirmCard = ({ slip }: { slip: ReleaseSlipDetail }) => {
  const { t, lang } = useI18n();
  const confirm = useRegAction<z.output<typeof OwnerConfirmationInput>, SlipJudged>(
    (id) => `/api/registers/release-slips/${id}/owner-confirmation`,
  );
  const first = slip.owners[0];
  const { control, handleSubmit, watch, setValue, setError, reset } = useForm<Values>({
    resolver: zodResolver(OwnerConfirmationInput) as unknown as Resolver<Values>,
  });
  useEffect(() => {
    reset({
      method: 'phone',
      ownerPersonId: first?.personId,
      phone: first?.phones[0] ?? null,
      at: dayjs().toISOString(),
      answer: undefined,
      rentOwed: slip.carrierKind === 'tenant' ? false : null,
      note: null,
    });
  }, [reset, first, slip.carrierKind]);
  const ownerId = watch('ownerPersonId');
  const method = watch('method');
  const owner = slip.owners.find((o) => o.personId === ownerId);
  const submit = handleSubmit((v) =>
    confirm.mutate(
      { id: slip.id, body: v as unknown as z.output<typeof OwnerConfirmationInput> },
      {
        onSuccess: () => toastSuccess(t('reg.slip.ownerSaved')),
        onError: (e) => applyServerErrors(e, setError, ['ownerPersonId', 'phone', 'at', 'answer']),
      },
    ),
  );

  if (!slip.owners.length)
    return (
      <Card size="small" title={t('reg.slip.ownerTitle')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reg.slip.noOwner')} />
      </Card>
    );
  return (
    <Card size="small" title={t('reg.slip.ownerTitle')} data-testid="owner-confirm">
      <Alert type="info" showIcon title={t('reg.slip.ownerHint')} style={{ marginBottom: 12 }} />
      {confirm.error && (
        <Alert type="error" showIcon title={confirm.error.message} style={{ marginBottom: 12 }} />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <FormField
            control={control}
            name="ownerPersonId"
            label={t('reg.slip.owner')}
            required
            render={(f) => (
              <Radio.Group
                id={f.id}
                value={f.value}
                onChange={(e) => {
                  f.onChange(e.target.value);
                  const o = slip.owners.find((x) => x.personId === e.target.value);
                  setValue('phone', o?.phones[0] ?? null);
                }}
                options={slip.owners.map((o) => ({
                  value: o.personId,
                  label: `${o.name}（${o.phones.join('、') || '—'}）`,
                }))}
              />
            )}
          />
          <FormField
            control={control}
            name="method"
            label={t('reg.slip.confirmMethod')}
            required
            render={(f) => (
              <Segmented
                value={f.value}
                onChange={f.onChange}
                options={[
                  { value: 'phone', label: t('reg.slip.byPhone') },
                  { value: 'inPerson', label: t('reg.slip.inPerson') },
                ]}
              />
            )}
          />
          {method === 'phone' && (
            <FormField
              control={control}
              name="phone"
              label={t('reg.slip.dialled')}
              required
              extra={t('reg.slip.dialledHint')}
              render={(f) => (
                <Select
                  id={f.id}
                  value={f.value ?? undefined}
                  onChange={f.onChange}
                  data-testid="owner-phone"
                  options={(owner?.phones ?? []).map((p) => ({ value: p, label: p }))}
                />
              )}
            />
          )}
          <FormField
            control={control}
            name="at"
            label={method === 'phone' ? t('reg.slip.callTime') : t('reg.slip.signTime')}
            render={(f) => (
              <DatePicker
                id={f.id}
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                value={f.value ? dayjs(f.value) : null}
                onChange={(d) => f.onChange(d ? d.toISOString() : undefined)}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            )}
          />
          <FormField
            control={control}
            name="answer"
            label={t('reg.slip.ownerAnswer')}
            required
            render={(f) => (
              <Radio.Group
                id={f.id}
                value={f.value}
                onChange={(e) => f.onChange(e.target.value)}
                optionType="button"
                data-testid="owner-answer"
                options={ownerAnswers.map((a) => ({ value: a, label: label(lang, 'ownerAnswer', a) }))}
              />
            )}
          />
          {slip.carrierKind === 'tenant' && (
            <FormField
              control={control}
              name="rentOwed"
              label={t('reg.slip.rentOwed')}
              render={(f) => (
                <Radio.Group
                  id={f.id}
                  value={f.value}
                  onChange={(e) => f.onChange(e.target.value)}
                  options={[
                    { value: false, label: t('reg.slip.rentNo') },
                    { value: true, label: t('reg.slip.rentYes') },
                  ]}
                />
              )}
            />
          )}
          <FormField
            control={control}
            name="note"
            label={t('reg.slip.callNote')}
            render={(f) => <Input.TextArea {...f} value={f.value ?? ''} autoSize={{ minRows: 2 }} />}
          />
          <Button type="primary" htmlType="submit" loading={confirm.isPending} data-testid="owner-save">
            {t('reg.slip.ownerSave')}
          </Button>
        </Form>
      </form>
    </Card>
  );
};
