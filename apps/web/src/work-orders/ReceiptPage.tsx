import { Button, Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { PrintFields, PrintLayout } from '../print/PrintLayout';
import { yuan } from './labels';
import { inZone } from './print-format';
import { useReceipt } from './queries';
import './work-orders.css';

/** 有偿服务收费收据: only the price-list lines with their approval (经物价局审批), total in 大写. */
export const ReceiptPage = () => {
  const t = useT();
  const id = Number(useParams().id);
  const q = useReceipt(id);
  const { data: me } = useMe();
  if (q.isPending) return <Skeleton active />;
  if (q.isError)
    return (
      <Result
        status="warning"
        title={q.error.message}
        extra={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
      />
    );
  const r = q.data!;
  return (
    <PrintLayout
      title={t('receipt.title')}
      header={{ propertyName: r.propertyName, address: r.propertyAddress, phone: r.propertyPhone }}
      reference={`${t('slip.number')}：${r.orderNumber}`}
      paper="A5"
      printedBy={me?.name}
    >
      <PrintFields
        rows={[
          [t('wo.customer'), r.customerName || '—'],
          [t('receipt.phone'), r.customerPhone ?? '—'],
          [t('wo.room'), r.roomLabel ?? '—'],
          [t('slip.completedAt'), inZone(r.completedAt, r.timezone) || '—'],
        ]}
      />
      <h2>{t('receipt.items')}</h2>
      <table className="pd-print-table">
        <thead>
          <tr>
            <th>{t('price.name')}</th>
            <th style={{ width: '15%' }}>{t('price.unitPrice')}</th>
            <th style={{ width: '12%' }}>{t('wo.quantity')}</th>
            <th style={{ width: '15%' }}>{t('wo.amount')}</th>
            <th style={{ width: '26%' }}>{t('price.approval')}</th>
          </tr>
        </thead>
        <tbody>
          {r.items.map((i) => (
            <tr key={i.id}>
              <td>{i.name}</td>
              <td>{`${yuan(i.unitPriceCents)}/${i.unit}`}</td>
              <td>{i.quantity}</td>
              <td>{yuan(i.amountCents)}</td>
              <td>{`${i.approval}${i.approvalDate ? ` ${i.approvalDate}` : ''}`}</td>
            </tr>
          ))}
          <tr>
            <th colSpan={3}>{t('receipt.total', { words: r.totalInWords })}</th>
            <td colSpan={2} data-testid="receipt-total">
              {yuan(r.totalCents)}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="wo-print-note">{t('receipt.note')}</p>
      <div className="wo-print-signs">
        {r.signatureLines.map((l) => (
          <span key={l.label}>{l.label}：</span>
        ))}
      </div>
    </PrintLayout>
  );
};
