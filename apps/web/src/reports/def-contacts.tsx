import type { ContactsReport } from '@propdesk/domain';
import { hourText } from './format';
import { type Col, defineReport, table } from './report-def';

/** 来电来访统计 (issue 8 item 1): by channel and type, and by hour of day to staff the desk. */

type CrossRow = ContactsReport['byChannelType'][number];
type HourRow = ContactsReport['byHour'][number];

export const contactsReportDef = defineReport<ContactsReport>({
  slug: 'contacts',
  title: 'rep.contacts.title',
  subtitle: 'rep.contacts.subtitle',
  period: 'range',
  hasDepartment: true,
  isLandscape: false,
  isEmpty: (r) => r.total === 0,
  charts: (r) => r.charts,
  stacked: ['byHour'],
  figures: (r, { t }) => [
    { key: 'total', label: t('rep.contacts.total'), value: r.total },
    ...r.byChannel
      .filter((c) => c.count > 0)
      .slice(0, 3)
      .map((c) => ({ key: c.key, label: c.label, value: c.count })),
    { key: 'busiest', label: t('rep.contacts.busiest'), value: hourText(r.busiestHour) },
  ],
  tables: (r, { t }) => {
    const typeCols: Col<CrossRow>[] = r.byType.map((ty) => ({
      key: ty.key,
      title: ty.label,
      group: t('rep.type'),
      isNumber: true,
      value: (x) => x.byType[ty.key] ?? 0,
    }));
    const channelCols: Col<HourRow>[] = r.byChannel.map((c) => ({
      key: c.key,
      title: c.label,
      isNumber: true,
      value: (h) => h.byChannel[c.key] ?? 0,
    }));
    return [
      table<CrossRow>({
        key: 'byChannelType',
        title: t('rep.contacts.cross'),
        cols: [
          { key: 'channel', title: t('rep.channel'), isLabel: true, value: (x) => x.label },
          ...typeCols,
          { key: 'total', title: t('rep.total'), isNumber: true, value: (x) => x.total },
        ],
        rows: r.byChannelType,
        rowKey: (x) => x.channel,
        total: {
          channel: '',
          label: '',
          total: r.total,
          byType: Object.fromEntries(r.byType.map((ty) => [ty.key, ty.count])),
        },
      }),
      table<HourRow>({
        key: 'byHour',
        title: t('rep.contacts.byHour'),
        cols: [
          { key: 'hour', title: t('rep.hour'), isLabel: true, value: (h) => hourText(h.hour) },
          ...channelCols,
          { key: 'total', title: t('rep.total'), isNumber: true, value: (h) => h.count },
        ],
        // Hours nobody called are left out; the chart shows the whole day.
        rows: r.byHour.filter((h) => h.count > 0),
        rowKey: (h) => String(h.hour),
        total: {
          hour: -1,
          count: r.total,
          byChannel: Object.fromEntries(r.byChannel.map((c) => [c.key, c.count])),
        },
      }),
    ];
  },
});
