import { Alert, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { Barcode } from '../../print/Barcode';
import { PrintFields, PrintLayout } from '../../print/PrintLayout';
import { dateTime } from '../format';
import { label } from '../labels';
import { useSlipPrint } from '../queries';
import type { SlipPrint } from '../types';
import '../registers.css';

const Part = ({
  slip,
  part,
  isFirst,
}: {
  slip: SlipPrint;
  part: SlipPrint['parts'][number];
  isFirst: boolean;
}) => {
  const { t, lang } = useI18n();
  const c = slip.ownerConfirmation;
  return (
    <section className={`pd-reg-slip-part${isFirst ? '' : ' is-next'}`} data-testid="slip-part">
      <div className="pd-reg-slip-part-head">
        <strong>{part.part}</strong>
        <span>{part.keptBy}</span>
        {/* The gate scans this (S3 4.5.7.6); the stub carries it too for the monthly reconciliation. */}
        <Barcode value={slip.number} testId="slip-barcode" />
      </div>
      <PrintFields
        rows={[
          [t('reg.room'), slip.roomLabel],
          [t('reg.slip.issuedAt'), dateTime(slip.issuedAt)],
          [
            t('reg.slip.carrierKind'),
            lang === 'en' ? label(lang, 'carrierKind', slip.carrierKind) : slip.carrierKindLabel,
          ],
          [t('reg.slip.carrierName'), slip.carrierName],
          [t('reg.idNumber'), slip.carrierIdMasked ?? '—'],
          [t('reg.slip.movingShort'), slip.isMovingHouse ? t('common.yes') : t('common.no')],
          [
            t('reg.slip.ownerAnswer'),
            c
              ? `${c.ownerName ?? ''} ${label(lang, 'ownerAnswer', c.answer)}（${c.method === 'phone' ? `${t('reg.slip.byPhone')} ${c.phone ?? ''}` : t('reg.slip.inPerson')} ${dateTime(c.at)}）`
              : '—',
          ],
          [t('reg.handledBy'), slip.issuedByName],
        ]}
      />
      <table className="pd-print-table" style={{ marginTop: '2mm' }}>
        <thead>
          <tr>
            <th style={{ width: '10%' }}>#</th>
            <th>{t('reg.slip.itemName')}</th>
            <th style={{ width: '16%' }}>{t('reg.keys.quantity')}</th>
            <th style={{ width: '20%' }}>{t('reg.slip.category')}</th>
          </tr>
        </thead>
        <tbody>
          {slip.items.map((i, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed printed list; two lines may name the same item
            <tr key={n}>
              <td>{n + 1}</td>
              <td>{i.name}</td>
              <td>{i.quantity}</td>
              <td>{label(lang, 'itemCategory', i.category)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {slip.note && (
        <p style={{ margin: '2mm 0 0' }}>
          {t('reg.note')}：{slip.note}
        </p>
      )}
      <div className="pd-print-sign" style={{ marginTop: '6mm' }}>
        <span>{t('reg.slip.carrierSign')}</span>
        <span>{t('reg.handlerSign')}</span>
      </div>
      {part.gateFields.length > 0 && (
        <div className="pd-print-sign" style={{ marginTop: '6mm' }}>
          {part.gateFields.map((g) => (
            <span key={g}>{g}：</span>
          ))}
        </div>
      )}
    </section>
  );
};

/** 物品放行条 in two parts (S3 4.5.7.3): 存根联 stays at the desk, 客户联 goes to the gate; A5. */
export const SlipPrintPage = () => {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const print = useSlipPrint(id);
  if (print.isLoading) return <Skeleton active />;
  if (print.isError) return <Alert type="error" showIcon title={print.error.message} />;
  const slip = print.data;
  if (!slip) return null;
  return (
    <PrintLayout
      title={t('reg.slip.printTitle')}
      header={{ propertyName: slip.propertyName }}
      reference={`No. ${slip.number}`}
      paper="A5"
      printedBy={me?.name}
    >
      {slip.parts.map((p, i) => (
        <Part key={p.part} slip={slip} part={p} isFirst={i === 0} />
      ))}
    </PrintLayout>
  );
};
