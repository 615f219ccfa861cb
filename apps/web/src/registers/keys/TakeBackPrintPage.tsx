import { Alert, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { useMe } from '../../auth/queries';
import { useT } from '../../i18n/i18n';
import { PrintFields, PrintLayout } from '../../print/PrintLayout';
import { usePropertyScope } from '../../shell/property-context';
import { dateTime } from '../format';
import { useTakeBacks } from '../queries';

/** 钥匙领回单 (S3 篇九 4.4.3), printed on A5 for the owner to sign; the desk keeps it. */
export const TakeBackPrintPage = () => {
  const t = useT();
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const { property, propertyId } = usePropertyScope();
  const list = useTakeBacks(propertyId);
  if (list.isLoading || propertyId === null) return <Skeleton active />;
  if (list.isError) return <Alert type="error" showIcon title={list.error.message} />;
  const slip = list.data?.find((x) => x.id === id);
  if (!slip) return <Alert type="error" showIcon title={t('reg.notFound')} />;
  return (
    <PrintLayout
      title={t('reg.keys.takeBackSlip')}
      header={{ propertyName: property?.name ?? '' }}
      reference={slip.number}
      paper="A5"
      printedBy={me?.name}
    >
      <PrintFields
        rows={[
          [t('reg.number'), slip.number],
          [t('reg.time'), dateTime(slip.takenAt)],
          [t('reg.keys.set'), `${slip.keyCode} ${slip.keyLabel}`],
          [t('reg.keys.quantity'), String(slip.quantity)],
          [t('reg.keys.taker'), slip.takerName],
          [t('reg.phone'), slip.takerPhone],
          [t('reg.idNumber'), slip.takerIdMasked ?? '—'],
          [t('reg.keys.takeBackReason'), slip.reason],
        ]}
      />
      <p style={{ marginTop: '4mm' }}>{t('reg.keys.takeBackText')}</p>
      <div className="pd-print-sign">
        <span>{t('reg.keys.takerSign')}</span>
        <span>{t('reg.handlerSign')}</span>
      </div>
    </PrintLayout>
  );
};
