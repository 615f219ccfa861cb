import { PlusOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { CreatePriceItemInput } from '@propdesk/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../i18n/i18n';
import { DateField } from '../lib/DateField';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField } from '../lib/form';
import { usePropertyScope } from '../shell/property-context';
import { yuan } from './labels';
import { type PriceItem, useCreatePriceItem, usePriceItems, useRetirePriceItem } from './queries';
import './work-orders.css';
import { WoSettingsCard } from './WoSettingsCard';

type Values = z.input<typeof CreatePriceItemInput>;

const PriceItemModal = ({
  propertyId,
  open,
  onClose,
}: {
  propertyId: number;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useI18n();
  const create = useCreatePriceItem();
  const { control, handleSubmit, reset, setError } = useForm<Values>({
    resolver: zodResolver(CreatePriceItemInput),
  });
  useEffect(() => {
    if (open) reset({ propertyId, name: '', unit: '', approval: '经物价局审批', approvalDate: null });
    create.reset();
  }, [open, propertyId, reset, create.reset]);
  const submit = handleSubmit((v) =>
    create.mutate(CreatePriceItemInput.parse(v), {
      onSuccess: () => {
        toastSuccess(t('common.saved'));
        onClose();
      },
      onError: (e) =>
        applyServerErrors(e, setError, ['name', 'unit', 'priceCents', 'approval', 'approvalDate']),
    }),
  );
  return (
    <Modal
      title={t('price.create')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {create.error && (
        <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 12 }} />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <FormField
            control={control}
            name="name"
            label={t('price.name')}
            required
            render={(f) => <Input {...f} placeholder={t('price.namePh')} autoFocus />}
          />
          <Space.Compact block>
            <FormField
              control={control}
              name="unit"
              label={t('price.unit')}
              required
              render={(f) => <Input {...f} placeholder={t('price.unitPh')} style={{ width: 140 }} />}
            />
            <FormField
              control={control}
              name="priceCents"
              label={t('price.priceYuan')}
              required
              render={(f) => (
                <InputNumber
                  id={f.id}
                  value={typeof f.value === 'number' ? f.value / 100 : null}
                  onChange={(v) => f.onChange(v === null ? undefined : Math.round(v * 100))}
                  min={0}
                  precision={2}
                  prefix="¥"
                  style={{ width: 180, marginInlineStart: 12 }}
                />
              )}
            />
          </Space.Compact>
          <FormField
            control={control}
            name="approval"
            label={t('price.approval')}
            render={(f) => <Input {...f} value={f.value ?? ''} />}
          />
          <FormField
            control={control}
            name="approvalDate"
            label={t('price.approvalDate')}
            render={(f) => <DateField id={f.id} value={f.value} onChange={f.onChange} />}
          />
        </Form>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </form>
    </Modal>
  );
};

/**
 * 有偿服务价目表 (经物价局审批的维修价目表, S1): a line is never edited; a new price is a new
 * line and the old one is retired, so orders keep the price they were charged at.
 */
export const PriceListPage = () => {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const { propertyId, property } = usePropertyScope();
  const [isAll, setAll] = useState(false);
  const [isCreating, setCreating] = useState(false);
  const items = usePriceItems(propertyId, isAll);
  const retire = useRetirePriceItem();
  const askRetire = (p: PriceItem) =>
    modal.confirm({
      title: t('price.retireConfirm', { name: p.name }),
      content: t('price.retireBody'),
      okText: t('price.retire'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        retire.mutateAsync(p.id).then(
          () => toastSuccess(t('price.retired')),
          (e: Error) => {
            modal.error({ title: e.message });
          },
        ),
    });
  return (
    <div data-testid="price-page">
      <div className="pd-page-header">
        <h1>
          {t('nav.priceList')} {property && <Tag>{property.name}</Tag>}
        </h1>
        <Space>
          <Switch checked={isAll} onChange={setAll} /> {t('price.showRetired')}
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            disabled={!propertyId}
            data-testid="price-create"
          >
            {t('price.create')}
          </Button>
        </Space>
      </div>
      <Card styles={{ body: { padding: 0 } }} style={{ marginBottom: 16 }}>
        {items.isError ? (
          <Alert
            type="error"
            showIcon
            title={items.error.message}
            action={<Button onClick={() => void items.refetch()}>{t('common.retry')}</Button>}
            style={{ margin: 16 }}
          />
        ) : (
          <Table<PriceItem>
            rowKey="id"
            size="middle"
            loading={items.isLoading}
            dataSource={items.data ?? []}
            pagination={false}
            data-testid="price-table"
            locale={{ emptyText: <Empty description={t('price.empty')} /> }}
            columns={[
              { title: t('price.name'), dataIndex: 'name' },
              { title: t('price.unit'), dataIndex: 'unit', width: 80 },
              {
                title: t('price.unitPrice'),
                dataIndex: 'priceCents',
                width: 120,
                render: (v: number) => yuan(v),
              },
              {
                title: t('price.approval'),
                key: 'approval',
                width: 220,
                render: (_v, p) => `${p.approval}${p.approvalDate ? `（${p.approvalDate}）` : ''}`,
              },
              {
                title: t('price.status'),
                dataIndex: 'isActive',
                width: 90,
                render: (v: boolean) =>
                  v ? <Tag color="green">{t('price.active')}</Tag> : <Tag>{t('price.inactive')}</Tag>,
              },
              {
                title: t('common.actions'),
                key: 'act',
                width: 90,
                render: (_v, p) =>
                  p.isActive && (
                    <Button type="link" size="small" danger onClick={() => askRetire(p)}>
                      {t('price.retire')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <WoSettingsCard propertyId={propertyId} />
      {propertyId && (
        <PriceItemModal propertyId={propertyId} open={isCreating} onClose={() => setCreating(false)} />
      )}
    </div>
  );
};
