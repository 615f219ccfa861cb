import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { CompleteWorkOrderInput, feeFromItems } from '@propdesk/domain';
import { Alert, Button, Input, InputNumber, Select, Typography } from 'antd';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, useFillOnOpen } from '../lib/form';
import { yuan } from './labels';
import { ModalFrame } from './ModalFrame';
import { useCompleteOrder, usePriceItems } from './queries';

type Values = z.input<typeof CompleteWorkOrderInput>;
export type CompleteTarget = {
  id: number;
  number: string;
  propertyId: number;
  version: number;
  type: string;
};

/**
 * 完工: the result, the materials used and the paid items, which come only from the property's
 * price list (经物价局审批); the fee is their sum, worked out here and again by the server.
 */
export const CompleteModal = ({
  order,
  onClose,
  isLarge,
}: {
  order: CompleteTarget | null;
  onClose: () => void;
  isLarge?: boolean;
}) => {
  const t = useT();
  const m = useCompleteOrder();
  const prices = usePriceItems(order?.propertyId ?? null);
  const { control, handleSubmit, reset, setError, watch } = useForm<Values>({
    resolver: zodResolver(CompleteWorkOrderInput),
  });
  const materials = useFieldArray({ control, name: 'materials' });
  const items = useFieldArray({ control, name: 'items' });
  useFillOnOpen(order?.id ?? null, () => {
    if (order) reset({ version: order.version, result: '', materials: [], items: [] });
    m.reset();
  });
  const size = isLarge ? 'large' : 'middle';
  const byId = new Map((prices.data ?? []).map((p) => [p.id, p]));
  const lines = (watch('items') ?? []).flatMap((i) => {
    const p = i.priceItemId ? byId.get(i.priceItemId) : undefined;
    return p && i.quantity ? [{ unitPriceCents: p.priceCents, quantity: i.quantity }] : [];
  });
  const submit = handleSubmit((v) =>
    m.mutate(
      { id: order!.id, input: CompleteWorkOrderInput.parse(v) },
      {
        onSuccess: () => {
          toastSuccess(t('wo.completed'));
          onClose();
        },
        onError: (e) => applyServerErrors(e, setError, ['result']),
      },
    ),
  );
  return (
    <ModalFrame
      title={order ? `${t('wo.act.complete')} · ${order.number}` : ''}
      open={order !== null}
      onClose={onClose}
      onSubmit={() => void submit()}
      isPending={m.isPending}
      error={m.error}
      okText={t('wo.act.complete')}
      width={620}
      testId="complete-form"
    >
      <FormField
        control={control}
        name="result"
        label={t('wo.result')}
        required
        render={(f) => (
          <Input.TextArea
            {...f}
            value={f.value ?? ''}
            size={size}
            placeholder={t('wo.resultPh')}
            autoSize={{ minRows: 2, maxRows: 6 }}
            autoFocus
          />
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('wo.materials')}
      </Typography.Title>
      {materials.fields.map((row, n) => (
        <div key={row.id} className="wo-line wo-line-material">
          <FormField
            control={control}
            name={`materials.${n}.name`}
            render={(f) => <Input {...f} size={size} placeholder={t('wo.materialName')} />}
          />
          <FormField
            control={control}
            name={`materials.${n}.quantity`}
            render={(f) => (
              <InputNumber
                id={f.id}
                size={size}
                value={f.value}
                onChange={(v) => f.onChange(v ?? undefined)}
                min={0}
                placeholder={t('wo.quantity')}
                style={{ width: '100%' }}
              />
            )}
          />
          <FormField
            control={control}
            name={`materials.${n}.unit`}
            render={(f) => (
              <Input
                {...f}
                value={f.value ?? ''}
                size={size}
                placeholder={t('wo.unit')}
                style={{ width: 70 }}
              />
            )}
          />
          <Button
            size={size}
            icon={<DeleteOutlined />}
            aria-label={t('wo.removeLine')}
            onClick={() => materials.remove(n)}
          />
        </div>
      ))}
      <Button
        size={size}
        type="dashed"
        icon={<PlusOutlined />}
        block
        onClick={() => materials.append({ name: '', quantity: 1, unit: '' })}
        style={{ marginBottom: 16 }}
      >
        {t('wo.addMaterial')}
      </Button>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('wo.paidItems')}
      </Typography.Title>
      {prices.isError && <Alert type="error" showIcon title={prices.error.message} />}
      {items.fields.map((row, n) => (
        <div key={row.id} className="wo-line wo-line-item">
          <FormField
            control={control}
            name={`items.${n}.priceItemId`}
            render={(f) => (
              <Select<number>
                id={f.id}
                size={size}
                data-testid={`price-item-${n}`}
                value={f.value}
                onChange={f.onChange}
                loading={prices.isLoading}
                placeholder={t('wo.pickPriceItem')}
                showSearch={{ filterOption: (input, o) => String(o?.label ?? '').includes(input) }}
                options={(prices.data ?? []).map((p) => ({
                  value: p.id,
                  label: `${p.name} ${yuan(p.priceCents)}/${p.unit}`,
                }))}
                style={{ width: '100%' }}
              />
            )}
          />
          <FormField
            control={control}
            name={`items.${n}.quantity`}
            render={(f) => (
              <InputNumber
                id={f.id}
                size={size}
                value={f.value}
                onChange={(v) => f.onChange(v ?? undefined)}
                min={0}
                precision={2}
                style={{ width: '100%' }}
              />
            )}
          />
          <Button
            size={size}
            icon={<DeleteOutlined />}
            aria-label={t('wo.removeLine')}
            onClick={() => items.remove(n)}
          />
        </div>
      ))}
      <Button
        size={size}
        type="dashed"
        icon={<PlusOutlined />}
        block
        disabled={!prices.data?.length}
        onClick={() => items.append({ priceItemId: undefined as unknown as number, quantity: 1 })}
      >
        {prices.data && !prices.data.length ? t('wo.noPriceList') : t('wo.addPaidItem')}
      </Button>
      <div style={{ textAlign: 'right', marginTop: 12, fontSize: 16 }} data-testid="fee-total">
        {t('wo.feeTotal')} <strong>{yuan(feeFromItems(lines))}</strong>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('wo.feeRule')}
      </Typography.Text>
    </ModalFrame>
  );
};
