import { Alert, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { PrintFields, PrintLayout } from '../print/PrintLayout';
import { usePropertyScope } from '../shell/property-context';
import { endKindText, phoneText, relationText, startKindText, yuan } from './format';
import { type Occupancy, useRoomPage } from './queries';

const PeopleTable = ({ rows, isPast }: { rows: Occupancy[]; isPast?: boolean }) => {
  const { t, lang } = useI18n();
  return (
    <table className="pd-print-table">
      <thead>
        <tr>
          <th style={{ width: '14%' }}>{t('person.name')}</th>
          <th style={{ width: '9%' }}>{t('person.relation')}</th>
          <th>{t('person.phones')}</th>
          <th style={{ width: '25%' }}>{t('person.idNumber')}</th>
          <th style={{ width: isPast ? '28%' : '21%' }}>{isPast ? t('room.period') : t('room.since')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length ? (
          rows.map((o) => (
            <tr key={o.occupancyId}>
              <td>{o.name}</td>
              <td>{relationText(o.relation, lang)}</td>
              <td>
                {o.phones.length
                  ? o.phones.map((p) => (
                      <div key={p} style={{ whiteSpace: 'nowrap' }}>
                        {phoneText(p)}
                      </div>
                    ))
                  : '—'}
              </td>
              <td>{o.idNumberMasked ?? '—'}</td>
              <td>
                {isPast
                  ? `${o.startDate} ~ ${o.endDate ?? ''} ${endKindText(o.endKind, lang)}`
                  : `${o.startDate} ${startKindText(o.startKind, lang)}`}
              </td>
            </tr>
          ))
        ) : (
          <tr>
            <td colSpan={5} style={{ textAlign: 'center', color: '#666' }}>
              {isPast ? t('room.noPast') : t('room.noCurrent')}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
};

/** 户档案卡: the printable card of one room, on the shared print layout. */
export const RoomCardPage = () => {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const page = useRoomPage(id);
  const { data: me } = useMe();
  const { properties } = usePropertyScope();
  if (page.isLoading) return <Skeleton active />;
  if (page.isError) return <Alert type="error" showIcon title={page.error.message} />;
  if (!page.data) return null;
  const { room, current, past, arrears } = page.data;
  const property = properties.find((p) => p.id === room.propertyId);
  return (
    <PrintLayout
      title={t('card.title')}
      header={{ propertyName: property?.name ?? '' }}
      reference={`${t('archive.roomCode')}：${room.code}`}
      printedBy={me?.name}
    >
      <h2>{t('room.info')}</h2>
      <PrintFields
        rows={[
          [t('archive.room'), room.label],
          [t('archive.roomCode'), room.code],
          [t('room.building'), room.buildingName],
          [t('room.unit'), room.unitName ?? '—'],
          [t('archive.floor'), room.floor ?? '—'],
          [t('archive.area'), room.areaM2 ? `${room.areaM2} m²` : '—'],
          [
            t('archive.arrears'),
            arrears && arrears.monthsOwed > 0
              ? `${t('archive.arrearsShort', { months: arrears.monthsOwed, amount: yuan(arrears.amountCents) })}（${t('room.asOfText', { date: arrears.asOf })}）`
              : t('card.noArrears'),
          ],
        ]}
      />
      <h2>{t('room.current', { n: current.length })}</h2>
      <PeopleTable rows={current} />
      <h2>{t('room.past', { n: past.length })}</h2>
      <PeopleTable rows={past} isPast />
      <div className="pd-print-sign">
        <span>{t('card.filedBy')}</span>
        <span>{t('card.checkedBy')}</span>
      </div>
    </PrintLayout>
  );
};
