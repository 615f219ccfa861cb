import { Alert, Button, Result, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { PrintFields, PrintLayout } from '../print/PrintLayout';
import { yuan } from './labels';
import { inZone } from './print-format';
import { useSlip, useSlipPrinted } from './queries';
import './work-orders.css';

/**
 * 派工单 (S3 篇九 4.5.3.1 打单派工) on A5: number, room, contact, the work, the promised times,
 * materials, the fee and signature lines for the dispatcher, the engineer and the customer.
 * Each print is recorded in the order's history.
 */
export const SlipPage = () => {
  const t = useT();
  const id = Number(useParams().id);
  const q = useSlip(id);
  const { data: me } = useMe();
  const printed = useSlipPrinted();
  const { mutate } = printed;
  useEffect(() => {
    const onPrint = () => mutate(id);
    window.addEventListener('beforeprint', onPrint);
    return () => window.removeEventListener('beforeprint', onPrint);
  }, [id, mutate]);
  if (q.isPending) return <Skeleton active />;
  if (q.isError)
    return (
      <Result
        status="error"
        title={q.error.message}
        extra={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
      />
    );
  const s = q.data!;
  const tz = (v: string | null) => inZone(v, s.timezone) || '—';
  // No materials yet: two blank rows for the engineer to write in by hand.
  const materialRows = s.materials.length
    ? s.materials.map((m, n) => ({ key: `m${n}`, name: m.name, quantity: String(m.quantity), unit: m.unit }))
    : ['b1', 'b2'].map((key) => ({ key, name: '', quantity: '', unit: '' }));
  return (
    <PrintLayout
      title={t('slip.title')}
      header={{ propertyName: s.propertyName, address: s.propertyAddress, phone: s.propertyPhone }}
      reference={`${t('slip.number')}：${s.orderNumber}`}
      paper="A5"
      printedBy={me?.name}
    >
      {printed.isError && <Alert type="warning" className="pd-no-print" title={printed.error.message} />}
      <PrintFields
        rows={[
          [t('slip.caseNumber'), s.caseNumber],
          [t('slip.type'), `${s.type} · ${s.urgency}`],
          [t('wo.room'), s.roomLabel ?? '—'],
          [t('slip.contact'), `${s.customerName || '—'} ${s.customerPhone ?? ''}`],
          [t('wo.department'), s.departmentName ?? '—'],
          [t('slip.engineer'), s.assigneeName ?? '—'],
          [t('slip.dispatchedBy'), `${s.dispatchedByName ?? '—'}（${s.dispatchMode ?? '—'}）`],
          [t('wo.dispatchedAt'), tz(s.dispatchedAt)],
          [t('slip.arrivalDue'), `${tz(s.arrivalDueAt)}${s.isMustKeep ? ` ${t('slip.mustKeep')}` : ''}`],
          [t('slip.completionDue'), tz(s.completionDueAt)],
          [t('slip.arrivedAt'), s.arrivedAt ? tz(s.arrivedAt) : ''],
          [t('slip.completedAt'), s.completedAt ? tz(s.completedAt) : ''],
        ]}
      />
      <h2>{t('slip.description')}</h2>
      <div className="wo-print-box">{s.description}</div>
      <h2>{t('slip.result')}</h2>
      <div className="wo-print-box wo-print-box-tall">{s.result ?? ''}</div>
      <h2>{t('wo.materials')}</h2>
      <table className="pd-print-table">
        <thead>
          <tr>
            <th>{t('wo.materialName')}</th>
            <th style={{ width: '20%' }}>{t('wo.quantity')}</th>
            <th style={{ width: '16%' }}>{t('wo.unit')}</th>
          </tr>
        </thead>
        <tbody>
          {materialRows.map((m) => (
            <tr key={m.key} className={m.name ? undefined : 'wo-print-blank'}>
              <td>{m.name}</td>
              <td>{m.quantity}</td>
              <td>{m.unit}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('slip.fee')}</h2>
      <table className="pd-print-table">
        <thead>
          <tr>
            <th>{t('price.name')}</th>
            <th style={{ width: '18%' }}>{t('price.unitPrice')}</th>
            <th style={{ width: '14%' }}>{t('wo.quantity')}</th>
            <th style={{ width: '18%' }}>{t('wo.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {s.items.map((i) => (
            <tr key={i.id}>
              <td>{i.name}</td>
              <td>{yuan(i.unitPriceCents)}</td>
              <td>{`${i.quantity}${i.unit}`}</td>
              <td>{yuan(i.amountCents)}</td>
            </tr>
          ))}
          <tr>
            <th colSpan={3}>{t('slip.feeTotal', { words: s.feeInWords })}</th>
            <td data-testid="slip-fee">{yuan(s.feeCents)}</td>
          </tr>
        </tbody>
      </table>
      <div className="wo-print-signs">
        {s.signatureLines.map((l) => (
          <span key={l.label}>{l.label}：</span>
        ))}
      </div>
    </PrintLayout>
  );
};
