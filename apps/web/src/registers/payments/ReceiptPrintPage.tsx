import { Alert, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { PrintFields, PrintLayout } from '../../print/PrintLayout';
import { dateTime, yuan } from '../format';
import { label } from '../labels';
import { useReceipt } from '../queries';
import '../registers.css';

/** 收据 (S1 缴费): numbered, the amount in figures and in capitals (人民币大写), A5. */
export const ReceiptPrintPage = () => {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const receipt = useReceipt(id);
  if (receipt.isLoading) return <Skeleton active />;
  if (receipt.isError) return <Alert type="error" showIcon title={receipt.error.message} />;
  const r = receipt.data;
  if (!r) return null;
  return (
    <PrintLayout
      title={t('reg.pay.receiptTitle')}
      header={{ propertyName: r.propertyName }}
      reference={`No. ${r.receiptNo}`}
      paper="A5"
      printedBy={me?.name}
    >
      {r.voided && <div className="pd-reg-void-stamp">{t('reg.pay.voided')}</div>}
      <PrintFields
        rows={[
          [t('reg.pay.receiptNo'), <strong key="no">{r.receiptNo}</strong>],
          [t('reg.time'), dateTime(r.receivedAt)],
          [t('reg.pay.payer'), r.payerName],
          [t('reg.room'), r.roomLabel ?? '—'],
          [t('reg.pay.purpose'), lang === 'en' ? label(lang, 'purpose', r.purpose) : r.purposeLabel],
          [t('reg.pay.method'), label(lang, 'method', r.method)],
          [t('reg.pay.amountFigures'), <strong key="a">{yuan(r.amountCents)}</strong>],
          [t('reg.pay.takenBy'), label(lang, 'taker', r.takenBy)],
          [
            t('reg.pay.amountWords'),
            <strong key="w" data-testid="amount-words">
              人民币 {r.amountInWords}
            </strong>,
          ],
          ...(r.reference ? ([[t('reg.pay.reference'), r.reference]] as [string, string][]) : []),
          ...(r.note ? ([[t('reg.note'), r.note]] as [string, string][]) : []),
        ]}
      />
      <p style={{ marginTop: '3mm', fontSize: '0.9em' }}>{r.footer}</p>
      <div className="pd-print-sign">
        <span>{t('reg.pay.cashier', { name: r.receivedByName })}</span>
        <span>{t('reg.pay.payerSign')}</span>
      </div>
    </PrintLayout>
  );
};
