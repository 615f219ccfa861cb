import type { ContactRegister } from '@propdesk/domain';
import { type Col, defineReport, table } from './report-def';

/**
 * 相关方（来电、来函、来访）信息登记表 (S0, JLYL-RF-015): every contact of a day or a month in the
 * paper form's columns, which the server sends with the rows.
 */

type Row = ContactRegister['rows'][number];

/** The paper form's columns, by heading (S0); widths are shares of an A4 landscape line. */
const cells: Record<string, { value: (r: Row) => string; width?: number }> = {
  '日期/时间': { value: (r) => `${r.date} ${r.time}`, width: 96 },
  '来电/来访/来函': { value: (r) => r.channelLabel, width: 84 },
  姓名: { value: (r) => r.callerName, width: 70 },
  房号: { value: (r) => r.roomLabel ?? '', width: 110 },
  电话: { value: (r) => r.callerPhone ?? '', width: 100 },
  内容: { value: (r) => r.summary, width: 260 },
  处理情况: { value: (r) => r.handling, width: 190 },
  接待人: { value: (r) => r.takerName, width: 64 },
};

export const registerReportDef = defineReport<ContactRegister>({
  slug: 'contact-register',
  title: 'rep.reg.title',
  subtitle: 'rep.reg.subtitle',
  period: 'dayOrMonth',
  hasDepartment: true,
  isLandscape: true,
  isEmpty: (r) => r.rows.length === 0,
  paperTitle: (r) => r.title,
  reference: (r) => r.formCode,
  charts: () => [],
  figures: (r, { t }) => {
    const byChannel = new Map<string, number>();
    for (const row of r.rows) byChannel.set(row.channelLabel, (byChannel.get(row.channelLabel) ?? 0) + 1);
    return [
      { key: 'count', label: t('rep.reg.count'), value: r.rows.length },
      ...[...byChannel].map(([label, n]) => ({ key: label, label, value: n })),
    ];
  },
  tables: (r, { t }) => {
    const cols: Col<Row>[] = r.columns.map((heading, i) => ({
      key: `c${i}`,
      title: heading,
      width: cells[heading]?.width,
      value: (row) => cells[heading]?.value(row) ?? '',
    }));
    if (r.scope.properties.length > 1)
      cols.unshift({
        key: 'property',
        title: t('rep.property'),
        width: 70,
        value: (row) => row.propertyName,
      });
    return [
      table<Row>({
        key: 'register',
        title: r.title,
        cols,
        rows: r.rows,
        rowKey: (row) => String(row.contactId),
        pageSize: 50,
      }),
    ];
  },
});
