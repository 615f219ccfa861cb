import { zodResolver } from '@hookform/resolvers/zod';
import { RecordReturnVisitInput, ratings, returnVisitMethods } from '@propdesk/domain';
import { Alert, App, Checkbox, Col, Descriptions, Input, Radio, Row } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, useFillOnOpen } from '../lib/form';
import { methodText, ratingText } from './labels';
import { ModalFrame } from './ModalFrame';
import { useRecordVisit } from './queries';

type Values = z.input<typeof RecordReturnVisitInput>;
export type VisitTarget = {
  id: number;
  number: string;
  version: number;
  kind: 'required' | 'spotCheck';
  callerName: string;
  callerPhone: string | null;
  description: string;
  result: string | null;
  assigneeName: string | null;
};

const YesNo = ({
  id,
  value,
  onChange,
  yes,
  no,
  testId,
}: {
  id?: string;
  value?: boolean;
  onChange: (v: boolean) => void;
  yes: string;
  no: string;
  testId?: string;
}) => (
  <Radio.Group
    id={id}
    data-testid={testId}
    value={value}
    onChange={(e) => onChange(e.target.value)}
    optionType="button"
    options={[
      { value: false, label: no },
      { value: true, label: yes },
    ]}
  />
);

/**
 * 回访 (S3 篇九 4.5.5): by phone or in person; attitude, quality, any improper or cash charge,
 * satisfied or not. Not satisfied reopens the case with a new order, so it asks first.
 */
export const ReturnVisitModal = ({ order, onClose }: { order: VisitTarget | null; onClose: () => void }) => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const m = useRecordVisit();
  const [andClose, setAndClose] = useState(true);
  const { control, handleSubmit, reset, setError, watch } = useForm<Values>({
    resolver: zodResolver(RecordReturnVisitInput),
  });
  useFillOnOpen(order?.id ?? null, () => {
    if (order)
      reset({
        version: order.version,
        method: 'phone',
        attitude: 'good',
        quality: 'good',
        improperCharge: false,
        cashCharge: false,
        satisfied: true,
      });
    m.reset();
    setAndClose(true);
  });
  const satisfied = watch('satisfied');
  const hasCharge = watch('improperCharge') || watch('cashCharge');
  const send = (v: Values) =>
    m
      .mutateAsync({ id: order!.id, input: RecordReturnVisitInput.parse(v), andClose })
      .then(() => {
        toastSuccess(v.satisfied ? t('rv.saved') : t('rv.savedReopened'));
        onClose();
      })
      .catch((e: unknown) => {
        applyServerErrors(e, setError, ['chargeDetail', 'comment']);
      });
  const submit = handleSubmit((v) => {
    if (v.satisfied) return send(v);
    modal.confirm({
      title: t('rv.unsatisfiedConfirm'),
      content: t('rv.unsatisfiedWarn'),
      okText: t('rv.save'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => send(v),
    });
  });
  const rating = (name: 'attitude' | 'quality', label: string) => (
    <FormField
      control={control}
      name={name}
      label={label}
      render={(f) => (
        <Radio.Group
          id={f.id}
          value={f.value}
          onChange={(e) => f.onChange(e.target.value)}
          optionType="button"
          options={ratings.map((r) => ({ value: r, label: ratingText(r, lang) }))}
        />
      )}
    />
  );
  return (
    <ModalFrame
      title={
        order ? t(order.kind === 'spotCheck' ? 'rv.spotTitle' : 'rv.title', { number: order.number }) : ''
      }
      open={order !== null}
      onClose={onClose}
      onSubmit={() => void submit()}
      isPending={m.isPending}
      error={m.error}
      okText={t('rv.save')}
      width={640}
      testId="visit-form"
    >
      {order && (
        <Descriptions
          size="small"
          column={2}
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'c',
              label: t('wo.customer'),
              children: (
                <span>
                  {order.callerName}{' '}
                  {order.callerPhone && <a href={`tel:${order.callerPhone}`}>{order.callerPhone}</a>}
                </span>
              ),
            },
            { key: 'a', label: t('wo.assignee'), children: order.assigneeName ?? '—' },
            { key: 'd', label: t('wo.description'), span: 2, children: order.description },
            { key: 'r', label: t('wo.result'), span: 2, children: order.result ?? '—' },
          ]}
        />
      )}
      <FormField
        control={control}
        name="method"
        label={t('rv.method')}
        render={(f) => (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            optionType="button"
            options={returnVisitMethods.map((r) => ({ value: r, label: methodText(r, lang) }))}
          />
        )}
      />
      <Row gutter={12}>
        <Col span={12}>{rating('attitude', t('rv.attitude'))}</Col>
        <Col span={12}>{rating('quality', t('rv.quality'))}</Col>
        <Col span={12}>
          <FormField
            control={control}
            name="improperCharge"
            label={t('rv.improperCharge')}
            render={(f) => (
              <YesNo id={f.id} value={f.value} onChange={f.onChange} yes={t('rv.has')} no={t('rv.none')} />
            )}
          />
        </Col>
        <Col span={12}>
          <FormField
            control={control}
            name="cashCharge"
            label={t('rv.cashCharge')}
            render={(f) => (
              <YesNo id={f.id} value={f.value} onChange={f.onChange} yes={t('rv.has')} no={t('rv.none')} />
            )}
          />
        </Col>
      </Row>
      {hasCharge && (
        <FormField
          control={control}
          name="chargeDetail"
          label={t('rv.chargeDetail')}
          required
          render={(f) => <Input.TextArea {...f} value={f.value ?? ''} autoSize={{ minRows: 2 }} />}
        />
      )}
      <FormField
        control={control}
        name="satisfied"
        label={t('rv.satisfied')}
        render={(f) => (
          <Radio.Group
            id={f.id}
            data-testid="visit-satisfied"
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: true, label: t('rv.yes') },
              { value: false, label: t('rv.no') },
            ]}
          />
        )}
      />
      {satisfied === false && (
        <Alert type="warning" showIcon title={t('rv.unsatisfiedWarn')} style={{ marginBottom: 12 }} />
      )}
      <FormField
        control={control}
        name="comment"
        label={t('rv.comment')}
        required={satisfied === false}
        render={(f) => (
          <Input.TextArea
            {...f}
            value={f.value ?? ''}
            placeholder={satisfied === false ? t('rv.commentWhy') : t('rv.commentPh')}
            autoSize={{ minRows: 2 }}
          />
        )}
      />
      {satisfied !== false && (
        <Checkbox
          checked={andClose}
          onChange={(e) => setAndClose(e.target.checked)}
          data-testid="visit-and-close"
        >
          {t('rv.andClose')}
        </Checkbox>
      )}
    </ModalFrame>
  );
};
