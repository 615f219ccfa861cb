import { Button, Result, Skeleton } from 'antd';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { PrintLayout } from '../print/PrintLayout';
import { usePropertyScope } from '../shell/property-context';
import { useRoster } from './queries';
import { RosterTable } from './RosterTable';
import './duty.css';

/** 值班表 to post on the wall (S3 篇一): A4 landscape, one month, substitutes marked. */
export const RosterPrintPage = () => {
  const t = useT();
  const [params] = useSearchParams();
  const { propertyId, property } = usePropertyScope();
  const month = params.get('month') ?? new Date().toISOString().slice(0, 7);
  const q = useRoster(propertyId, month);
  const { data: me } = useMe();
  if (q.isPending || !propertyId) return <Skeleton active />;
  if (q.isError)
    return (
      <Result
        status="error"
        title={q.error.message}
        extra={<Button onClick={() => void q.refetch()}>{t('duty.retry')}</Button>}
      />
    );
  const g = q.data!;
  return (
    <div className="pd-roster-sheet">
      <PrintLayout
        title={t('roster.title', { month: g.month })}
        header={{ propertyName: property?.name ?? g.property.name }}
        reference={g.property.code}
        paper="A4"
        canSwitchPaper={false}
        printedBy={me?.name}
      >
        {/* Rendered after PrintLayout's own @page rule, so this one wins. */}
        <style>{'@page { size: A4 landscape; margin: 8mm 10mm; }'}</style>
        <RosterTable grid={g} className="pd-roster-print" />
        <p style={{ fontSize: '8pt', margin: '2mm 0 0' }}>{t('roster.legend')}</p>
        <p style={{ marginTop: '4mm' }}>{t('roster.signLine')}</p>
      </PrintLayout>
    </div>
  );
};
