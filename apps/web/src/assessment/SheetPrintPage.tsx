import { Alert, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { PrintFields, PrintLayout } from '../print/PrintLayout';
import { PropertyProvider, usePropertyScope } from '../shell/property-context';
import { scoreFormula, signedPoints } from './asm-rules';
import { dateTime } from './format';
import { label } from './labels';
import { useSheet } from './queries';

const Sheet = () => {
  const { t, lang } = useI18n();
  const params = useParams();
  const propertyId = Number(params.propertyId);
  const { data: me } = useMe();
  const { properties } = usePropertyScope();
  const q = useSheet(propertyId, Number(params.staffId), params.month ?? '');
  if (q.isLoading) return <Skeleton active />;
  if (q.isError || !q.data) return <Alert type="error" showIcon title={q.error?.message} />;
  const s = q.data;
  const property = properties.find((p) => p.id === propertyId);
  return (
    <PrintLayout
      title={t('asm.printTitle')}
      header={{ propertyName: property?.name ?? '' }}
      reference={s.month}
      paper="A4"
      canSwitchPaper={false}
      printedBy={me?.name}
    >
      <PrintFields
        rows={[
          [t('asm.col.staff'), s.staffName],
          [t('asm.col.department'), s.departmentName ?? '—'],
          [t('asm.month'), s.month],
          [t('asm.col.state'), s.isFrozen ? t('asm.state.confirmed') : t('asm.print.draft')],
          [t('asm.deductions'), String(s.deductions)],
          [t('asm.bonus'), String(s.bonus)],
          [t('asm.score'), <strong key="score">{s.score}</strong>],
          [t('asm.formula'), scoreFormula(s)],
        ]}
      />
      <h2>{t('asm.items.title', { n: s.items.length })}</h2>
      <table className="pd-print-table" data-testid="print-items" style={{ fontSize: '10pt' }}>
        <colgroup>
          <col style={{ width: '13%' }} />
          <col style={{ width: '20%' }} />
          <col />
          <col style={{ width: '19%' }} />
          <col style={{ width: '8%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('asm.col.when')}</th>
            <th>{t('asm.col.item')}</th>
            <th>{t('asm.col.detail')}</th>
            <th>{t('asm.col.record')}</th>
            <th>{t('asm.col.points')}</th>
          </tr>
        </thead>
        <tbody>
          {s.items.length === 0 && (
            <tr>
              <td colSpan={5} style={{ textAlign: 'center' }}>
                {t('asm.items.empty')}
              </td>
            </tr>
          )}
          {s.items.map((i) => (
            <tr key={`${i.id ?? ''}${i.kind}${i.occurredAt}${i.description}`}>
              {/* The year is in the title; month and day keep the column narrow. */}
              <td>{dayjs(i.occurredAt).format('MM-DD HH:mm')}</td>
              <td>
                {label(lang, 'itemKind', i.kind)}
                {i.source === 'manual' ? `（${t('asm.source.manual')}）` : ''}
              </td>
              <td>{i.source === 'manual' ? (i.reason ?? i.description) : i.description}</td>
              <td>{i.record?.label ?? '—'}</td>
              <td>{signedPoints(i.direction, i.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.note && <p>{t('asm.frozen.note', { note: s.note })}</p>}
      <div className="pd-print-sign">
        <span>{t('asm.print.staffSign')}</span>
        <span>
          {s.isFrozen
            ? t('asm.print.confirmedBy', { name: s.confirmedByName ?? '', at: dateTime(s.confirmedAt) })
            : t('asm.print.managerSign')}
        </span>
      </div>
    </PrintLayout>
  );
};

/** 员工月度考核表 to sign and file: A4, bare (no shell), the items and the score. */
export const SheetPrintPage = () => (
  <PropertyProvider>
    <Sheet />
  </PropertyProvider>
);
