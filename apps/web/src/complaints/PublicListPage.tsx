import { Alert, Button, DatePicker, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { PrintLayout } from '../print/PrintLayout';
import { usePropertyScope } from '../shell/property-context';
import { categoryText, stateText } from './labels';
import { usePublicList } from './queries';
import './complaints.css';

const monthTitle = (month: string, lang: string) =>
  lang === 'en'
    ? dayjs(`${month}-01`).format('MMMM YYYY')
    : `${month.slice(0, 4)}年${Number(month.slice(5))}月`;

/**
 * 月度投诉公布 (S2 顾客投诉规范): the month's complaints about common areas and the public
 * interest, with how each was handled, on A4 for the notice board. No caller is named.
 */
export const PublicListPage = () => {
  const { t, lang } = useI18n();
  const { property, propertyId } = usePropertyScope();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? dayjs().format('YYYY-MM');
  const list = usePublicList(propertyId, month);
  const bar = (
    <div className="pd-cmp-month-bar pd-no-print">
      <Typography.Text>{t('cmp.public.month')}</Typography.Text>
      <DatePicker
        picker="month"
        allowClear={false}
        value={dayjs(`${month}-01`)}
        disabledDate={(d) => d.isAfter(dayjs(), 'month')}
        onChange={(d) => d && setParams({ month: d.format('YYYY-MM') }, { replace: true })}
        data-testid="public-month"
      />
      <Typography.Text type="secondary">{t('cmp.public.hint')}</Typography.Text>
    </div>
  );
  if (list.isLoading || !propertyId)
    return (
      <>
        {bar}
        <Skeleton active />
      </>
    );
  if (list.isError)
    return (
      <>
        {bar}
        <Alert
          type="error"
          showIcon
          title={t('cmp.loadFailed', { message: list.error.message })}
          action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
        />
      </>
    );
  const data = list.data;
  if (!data) return null;
  return (
    <div data-testid="public-list-page">
      {bar}
      <PrintLayout
        title={t('cmp.public.title')}
        reference={monthTitle(month, lang)}
        header={{ propertyName: data.propertyName || (property?.name ?? '') }}
        paper="A4"
        canSwitchPaper={false}
        printedBy={data.publishedBy ?? undefined}
      >
        <p style={{ margin: '0 0 3mm' }}>{t('cmp.public.intro', { n: data.items.length })}</p>
        <table className="pd-print-table pd-cmp-public" data-testid="public-list-table">
          <thead>
            <tr>
              <th style={{ width: '8%' }}>{t('cmp.public.no')}</th>
              <th style={{ width: '9%' }}>{t('cmp.public.date')}</th>
              <th style={{ width: '14%' }}>{t('cmp.category')}</th>
              <th style={{ width: '11%' }}>{t('cmp.location')}</th>
              <th>{t('cmp.summary')}</th>
              <th style={{ width: '24%' }}>{t('cmp.public.handling')}</th>
              <th style={{ width: '11%' }}>{t('cmp.state')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.length ? (
              data.items.map((r, i) => (
                <tr key={r.caseId}>
                  <td style={{ textAlign: 'center' }}>{i + 1}</td>
                  <td>{dayjs(r.receivedAt).format('MM-DD')}</td>
                  <td>{categoryText(r.category, lang)}</td>
                  <td>{r.location || '—'}</td>
                  <td>{r.summary}</td>
                  <td>{r.handling ?? t('cmp.public.inHand')}</td>
                  <td>{stateText(r.state, lang)}</td>
                </tr>
              ))
            ) : (
              <tr>
                <td colSpan={7} style={{ textAlign: 'center', color: '#666' }}>
                  {t('cmp.public.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <p style={{ marginTop: '4mm', fontSize: '0.9em' }}>{t('cmp.public.footer')}</p>
        <div className="pd-print-sign">
          <span>{t('cmp.public.office', { name: data.propertyName })}</span>
          <span>{t('cmp.public.date2', { date: dayjs().format('YYYY-MM-DD') })}</span>
        </div>
      </PrintLayout>
    </div>
  );
};
