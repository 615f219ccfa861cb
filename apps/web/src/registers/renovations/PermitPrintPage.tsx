import { Alert, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { useMe } from '../../auth/queries';
import { useT } from '../../i18n/i18n';
import { PrintFields, PrintLayout } from '../../print/PrintLayout';
import { dateTime } from '../format';
import { usePermit } from '../queries';

/** 装修许可证 (S1 装修) to post on the door: printed once approved and the fees are paid. */
export const PermitPrintPage = () => {
  const t = useT();
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const permit = usePermit(id);
  if (permit.isLoading) return <Skeleton active />;
  if (permit.isError) return <Alert type="error" showIcon title={permit.error.message} />;
  const p = permit.data;
  if (!p) return null;
  return (
    <PrintLayout
      title={t('reg.reno.permitTitle')}
      header={{ propertyName: p.propertyName, phone: p.propertyPhone }}
      reference={`No. ${p.number}`}
      printedBy={me?.name}
    >
      <div
        style={{
          textAlign: 'center',
          fontSize: '2.2em',
          fontWeight: 700,
          margin: '4mm 0 6mm',
          letterSpacing: '0.1em',
        }}
      >
        {p.roomLabel}
      </div>
      <PrintFields
        rows={[
          [t('reg.number'), p.number],
          [t('reg.room'), p.roomLabel],
          [t('reg.reno.applicant'), p.applicantName],
          [t('reg.reno.workerCount'), String(p.workerCount)],
          [t('reg.reno.contractor'), p.contractorName],
          [t('reg.reno.contractorPhone'), p.contractorPhone],
          [t('reg.reno.period'), `${p.plannedStart} ~ ${p.plannedEnd}`],
          [t('reg.reno.approvedBy'), `${p.approvedByName} ${dateTime(p.approvedAt)}`],
          [t('reg.reno.scope'), p.scope],
        ]}
      />
      <h2>{t('reg.reno.rules')}</h2>
      <ol style={{ fontSize: '1.05em', lineHeight: 1.8 }}>
        {p.rules.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
      <div className="pd-print-sign">
        <span>{t('reg.reno.stamp')}</span>
        <span>{t('reg.reno.engHead')}</span>
      </div>
    </PrintLayout>
  );
};
