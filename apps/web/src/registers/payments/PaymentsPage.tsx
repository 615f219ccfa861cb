import { DollarOutlined } from '@ant-design/icons';
import {
  DeliverInvoiceInput,
  HandOverPaymentInput,
  type PaymentPurpose,
  VoidRegisterEntryInput,
} from '@propdesk/domain';
import { Button, Input, Segmented, Space, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { usePropertyScope } from '../../shell/property-context';
import { dateTime, yuan } from '../format';
import { ListCard } from '../ListCard';
import { label } from '../labels';
import { useRegAction } from '../mutations';
import { usePayments } from '../queries';
import { HistoryLink, type OpenRecord, RecordDrawer } from '../RecordDrawer';
import { deskRoles, seniorRoles } from '../roles';
import type { DeskPayment } from '../types';
import { useShortcut } from '../use-shortcut';
import { PaymentModal, type PaymentPrefill } from './PaymentModal';
import '../registers.css';

type Pending = '' | 'handover' | 'invoice';
type Act = { kind: 'handover' | 'invoice' | 'void'; p: DeskPayment };

const prefillFrom = (params: URLSearchParams): PaymentPrefill | null => {
  if (params.get('new') !== '1') return null;
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : null);
  return {
    roomId: num('roomId'),
    roomLabel: params.get('roomLabel'),
    purpose: (params.get('purpose') as PaymentPurpose | null) ?? 'managementFee',
    renovationId: num('renovationId'),
    amountCents: num('amountCents'),
    payerName: params.get('payer') ?? '',
  };
};

/** 前台收款 (S1 缴费): receipts, hand-over to finance, invoice delivery, voids by a supervisor. */
export const PaymentsPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...deskRoles);
  const canVoid = hasRole(me, ...seniorRoles);
  const { propertyId } = usePropertyScope();
  const [params, setParams] = useSearchParams();
  const [pending, setPending] = useState<Pending>('');
  const list = usePayments(propertyId, pending);
  const [prefill, setPrefill] = useState<PaymentPrefill | null>(null);
  const [act, setAct] = useState<Act | null>(null);
  const [record, setRecord] = useState<OpenRecord | null>(null);
  const handOver = useRegAction<z.output<typeof HandOverPaymentInput>>(
    (id) => `/api/registers/payments/${id}/handover`,
  );
  const invoice = useRegAction<z.output<typeof DeliverInvoiceInput>>(
    (id) => `/api/registers/payments/${id}/invoice`,
  );
  const voidIt = useRegAction<z.output<typeof VoidRegisterEntryInput>>(
    (id) => `/api/registers/payments/${id}/void`,
    {
      isArchiveChange: true,
    },
  );
  const openNew = useCallback(() => setPrefill({}), []);
  useShortcut('n', openNew, canWrite && propertyId !== null);

  // Other pages open the form with a prefill in the URL (a release slip refused for arrears, a renovation's fees).
  useEffect(() => {
    const p = prefillFrom(params);
    if (p) {
      setPrefill(p);
      setParams({}, { replace: true });
    }
  }, [params, setParams]);

  return (
    <div data-testid="payments-page">
      <div className="pd-page-header">
        <h1>{t('reg.pay.title')}</h1>
        <Space>
          <Segmented
            value={pending}
            onChange={(v) => setPending(v as Pending)}
            options={[
              { value: '', label: t('reg.all') },
              { value: 'handover', label: t('reg.pay.pendingHandover') },
              { value: 'invoice', label: t('reg.pay.pendingInvoice') },
            ]}
          />
          {canWrite && (
            <Button type="primary" icon={<DollarOutlined />} onClick={openNew} data-testid="pay-new">
              {t('reg.pay.new')} <kbd className="pd-kbd">N</kbd>
            </Button>
          )}
        </Space>
      </div>
      <ListCard<DeskPayment>
        query={list}
        emptyText={t('reg.pay.none')}
        rowClassName={(p) => (p.voidedAt ? 'pd-reg-row-muted' : '')}
        testId="payments-list"
        columns={[
          { title: t('reg.pay.receiptNo'), dataIndex: 'receiptNo', width: 140 },
          { title: t('reg.time'), dataIndex: 'receivedAt', width: 140, render: dateTime },
          {
            title: t('reg.room'),
            dataIndex: 'roomLabel',
            width: 120,
            render: (v: string | null) => v ?? '—',
          },
          { title: t('reg.pay.payer'), dataIndex: 'payerName', width: 90 },
          {
            title: t('reg.pay.purpose'),
            dataIndex: 'purpose',
            render: (v: string, p) => `${label(lang, 'purpose', v)}${p.months ? ` ×${p.months}` : ''}`,
          },
          {
            title: t('reg.pay.amount'),
            dataIndex: 'amountCents',
            width: 110,
            align: 'right',
            render: (v: number) => yuan(v),
          },
          {
            title: t('reg.pay.takenBy'),
            key: 'tb',
            width: 150,
            render: (_v, p) =>
              p.voidedAt ? (
                <Tag>{t('reg.pay.voided')}</Tag>
              ) : p.takenBy === 'finance' ? (
                <Tag color="blue">{label(lang, 'taker', 'finance')}</Tag>
              ) : p.handedOverAt ? (
                <Tag color="green">{t('reg.pay.handedOver', { name: p.financeReceiverName ?? '' })}</Tag>
              ) : (
                <Tag color="orange">{t('reg.pay.notHandedOver')}</Tag>
              ),
          },
          {
            title: t('reg.pay.invoice'),
            key: 'inv',
            width: 120,
            render: (_v, p) =>
              p.invoiceDeliveredAt ? p.invoiceNo : p.voidedAt ? '' : <Tag>{t('reg.pay.invoicePending')}</Tag>,
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 260,
            render: (_v, p) => (
              <Space size={0} wrap>
                <Link to={`/registers/payments/${p.id}/receipt`}>{t('reg.pay.receipt')}</Link>
                {canWrite && !p.voidedAt && p.takenBy === 'desk' && !p.handedOverAt && (
                  <Button type="link" size="small" onClick={() => setAct({ kind: 'handover', p })}>
                    {t('reg.pay.handOver')}
                  </Button>
                )}
                {canWrite && !p.voidedAt && !p.invoiceDeliveredAt && (
                  <Button type="link" size="small" onClick={() => setAct({ kind: 'invoice', p })}>
                    {t('reg.pay.deliver')}
                  </Button>
                )}
                {canVoid && !p.voidedAt && !p.handedOverAt && (
                  <Button type="link" size="small" danger onClick={() => setAct({ kind: 'void', p })}>
                    {t('reg.void')}
                  </Button>
                )}
                <HistoryLink
                  onClick={() => setRecord({ register: 'deskPayment', record: p, title: p.receiptNo })}
                />
              </Space>
            ),
          },
        ]}
      />
      {propertyId !== null && (
        <PaymentModal prefill={prefill} propertyId={propertyId} onClose={() => setPrefill(null)} />
      )}
      <ModalForm
        title={
          act ? t('reg.pay.handOverTitle', { no: act.p.receiptNo, amount: yuan(act.p.amountCents) }) : ''
        }
        open={act?.kind === 'handover'}
        onClose={() => setAct(null)}
        schema={HandOverPaymentInput}
        defaults={{ financeReceiverName: '', note: null }}
        onSubmit={(body) => handOver.mutateAsync({ id: act!.p.id, body })}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="financeReceiverName"
              label={t('reg.pay.financeReceiver')}
              required
              render={(f) => <Input {...f} autoFocus />}
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
        title={act ? t('reg.pay.deliverTitle', { no: act.p.receiptNo }) : ''}
        open={act?.kind === 'invoice'}
        onClose={() => setAct(null)}
        schema={DeliverInvoiceInput}
        defaults={{ invoiceNo: '', deliveredTo: act?.p.payerName ?? '', note: null }}
        onSubmit={(body) => invoice.mutateAsync({ id: act!.p.id, body })}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="invoiceNo"
              label={t('reg.pay.invoiceNo')}
              required
              render={(f) => <Input {...f} autoFocus />}
            />
            <FormField
              control={control}
              name="deliveredTo"
              label={t('reg.pay.deliveredTo')}
              required
              render={(f) => <Input {...f} />}
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
        title={act ? t('reg.pay.voidTitle', { no: act.p.receiptNo }) : ''}
        open={act?.kind === 'void'}
        onClose={() => setAct(null)}
        schema={VoidRegisterEntryInput}
        defaults={{ reason: '' }}
        okText={t('reg.void')}
        confirmText={() => t('reg.pay.voidConfirm')}
        onSubmit={(body) => voidIt.mutateAsync({ id: act!.p.id, body })}
      >
        {({ control }) => (
          <FormField
            control={control}
            name="reason"
            label={t('reg.voidReason')}
            required
            render={(f) => <Input {...f} autoFocus />}
          />
        )}
      </ModalForm>
      <RecordDrawer open={record} onClose={() => setRecord(null)} />
    </div>
  );
};
