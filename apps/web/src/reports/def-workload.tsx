import type { WorkloadReport } from '@propdesk/domain';
import type { MessageKey } from '../i18n/messages';
import { sumOf } from './format';
import { type Col, defineReport, table } from './report-def';

/** Per-shift and per-person workload (DOMAIN.md §9; S3 篇一 五.5): one month. */

type Person = WorkloadReport['people'][number];
type Shift = WorkloadReport['shifts'][number];

const personNumbers: [key: keyof Person & string, label: MessageKey][] = [
  ['shifts', 'rep.wl.shifts'],
  ['weekendShifts', 'rep.wl.weekendShifts'],
  ['substituteShifts', 'rep.wl.substituteShifts'],
  ['absentShifts', 'rep.wl.absentShifts'],
  ['weekendAllowance', 'rep.wl.weekendAllowance'],
  ['contacts', 'rep.wl.contacts'],
  ['contactsAsSubstitute', 'rep.wl.contactsAsSubstitute'],
  ['contactsTaken', 'rep.wl.contactsTaken'],
  ['casesFirstTaken', 'rep.wl.casesFirstTaken'],
  ['ordersDispatched', 'rep.wl.ordersDispatched'],
  ['ordersCompleted', 'rep.wl.ordersCompleted'],
  ['returnVisits', 'rep.wl.returnVisits'],
];

const perShift = (shifts: readonly Shift[]) => {
  const n = sumOf(shifts, (s) => s.shifts);
  return n ? Math.round((sumOf(shifts, (s) => s.contacts) / n) * 10) / 10 : null;
};

const isIdle = (p: Person) => personNumbers.every(([k]) => !p[k]);

export const workloadReportDef = defineReport<WorkloadReport>({
  slug: 'workload',
  title: 'rep.wl.title',
  subtitle: 'rep.wl.subtitle',
  period: 'month',
  hasDepartment: false,
  isLandscape: true,
  signLine: 'rep.signLine',
  isEmpty: (r) => r.people.every(isIdle) && sumOf(r.totals, (x) => x.totalContacts) === 0,
  charts: (r) => r.charts,
  figures: (r, { t }) => {
    const total = sumOf(r.totals, (x) => x.totalContacts);
    const unattributed = sumOf(r.totals, (x) => x.unattributedContacts);
    return [
      { key: 'total', label: t('rep.wl.totalContacts'), value: total },
      { key: 'unattributed', label: t('rep.wl.unattributed'), value: unattributed },
      { key: 'shifts', label: t('rep.wl.shiftCount'), value: sumOf(r.shifts, (s) => s.shifts) },
      { key: 'people', label: t('rep.wl.people'), value: r.people.filter((p) => !isIdle(p)).length },
    ];
  },
  tables: (r, { t }) => {
    const many = r.scope.properties.length > 1;
    const numberCols: Col<Person>[] = personNumbers.map(([key, label]) => ({
      key,
      title: t(label),
      isNumber: true,
      value: (p) => p[key],
    }));
    const sumRow = Object.fromEntries(personNumbers.map(([k]) => [k, sumOf(r.people, (p) => Number(p[k]))]));
    const propertyCol = <R extends { propertyName: string }>(): Col<R>[] =>
      many
        ? [{ key: 'property', title: t('rep.property'), isLabel: true, value: (x) => x.propertyName }]
        : [];
    return [
      table<Person>({
        key: 'people',
        title: t('rep.wl.byPerson'),
        cols: [
          ...propertyCol<Person>(),
          { key: 'name', title: t('rep.wl.name'), isLabel: true, value: (p) => p.staffName },
          ...numberCols,
        ],
        // Staff with nothing in the month (back office, new hires) would only pad the sheet.
        rows: r.people.filter((p) => !isIdle(p)),
        rowKey: (p) => `${p.propertyId}-${p.staffId}`,
        total: { ...r.people[0]!, ...sumRow },
      }),
      table<Shift>({
        key: 'shifts',
        title: t('rep.wl.byPost'),
        cols: [
          ...propertyCol<Shift>(),
          { key: 'post', title: t('rep.wl.post'), isLabel: true, value: (s) => s.postName },
          { key: 'shifts', title: t('rep.wl.shiftCount'), isNumber: true, value: (s) => s.shifts },
          { key: 'weekend', title: t('rep.wl.weekendShifts'), isNumber: true, value: (s) => s.weekendShifts },
          { key: 'contacts', title: t('rep.wl.contacts'), isNumber: true, value: (s) => s.contacts },
          { key: 'perShift', title: t('rep.wl.perShift'), isNumber: true, value: (s) => s.perShift ?? '—' },
          {
            key: 'busiest',
            title: t('rep.wl.busiestDay'),
            value: (s) => (s.busiestDay ? `${s.busiestDay}（${s.busiestDayContacts}）` : '—'),
          },
        ],
        rows: r.shifts,
        rowKey: (s) => `${s.propertyId}-${s.postId}`,
        total: {
          ...r.shifts[0]!,
          shifts: sumOf(r.shifts, (s) => s.shifts),
          weekendShifts: sumOf(r.shifts, (s) => s.weekendShifts),
          contacts: sumOf(r.shifts, (s) => s.contacts),
          perShift: perShift(r.shifts),
        },
        emptyText: t('rep.wl.noPosts'),
      }),
    ];
  },
});
