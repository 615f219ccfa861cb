import { EnvironmentOutlined } from '@ant-design/icons';
import { DatePicker, Segmented, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { maxDays, type PeriodKind, type PeriodMode, type PeriodProblem, type ReportFilters } from './filters';
import { useReportDepartments } from './queries';

type Props = {
  kind: PeriodKind;
  hasDepartment: boolean;
  filters: ReportFilters;
  property: number | 'all' | null;
  isCompany: boolean;
  problem: PeriodProblem;
  onChange: (f: ReportFilters) => void;
};

const isFuture = (d: dayjs.Dayjs) => d.isAfter(dayjs(), 'day');

/**
 * Property (all of them for the company role), period and department. Staff serving several
 * properties pick one as in the header's switcher, and the two stay in step.
 */
export const ReportFilterBar = ({
  kind,
  hasDepartment,
  filters: f,
  property,
  isCompany,
  problem,
  onChange,
}: Props) => {
  const t = useT();
  const scope = usePropertyScope();
  const departments = useReportDepartments();
  const set = (patch: Partial<ReportFilters>) => onChange({ ...f, ...patch });
  const pickProperty = (v: number | 'all') => {
    if (v !== 'all') scope.setPropertyId(v);
    // Others follow the header; the company's default is all, so its choice is kept in the address.
    set({ property: v === 'all' || isCompany ? v : null, departmentId: null });
  };
  const modes: { value: PeriodMode; label: string }[] =
    kind === 'dayOrMonth'
      ? [
          { value: 'day', label: t('rep.filter.byDay') },
          { value: 'month', label: t('rep.filter.byMonth') },
        ]
      : [
          { value: 'month', label: t('rep.filter.byMonth') },
          { value: 'range', label: t('rep.filter.byRange') },
        ];
  const deptOptions = (departments.data ?? [])
    .filter((d) => d.propertyId === property)
    .map((d) => ({ value: d.id, label: d.name }));
  return (
    <Space wrap size={[12, 8]} className="rep-filters pd-no-print" data-testid="rep-filters">
      {isCompany || scope.properties.length > 1 ? (
        <Select<number | 'all'>
          aria-label={t('rep.filter.property')}
          data-testid="rep-filter-property"
          value={property ?? undefined}
          onChange={pickProperty}
          style={{ width: 170 }}
          prefix={<EnvironmentOutlined style={{ color: '#1f6feb' }} />}
          options={[
            ...(isCompany ? [{ value: 'all' as const, label: t('rep.filter.allProperties') }] : []),
            ...scope.properties.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
      ) : (
        <Typography.Text strong data-testid="rep-filter-property">
          <EnvironmentOutlined style={{ marginInlineEnd: 6, color: '#1f6feb' }} />
          {scope.property?.name ?? ''}
        </Typography.Text>
      )}
      {kind !== 'month' && (
        <Segmented<PeriodMode>
          data-testid="rep-filter-mode"
          value={f.mode}
          options={modes}
          onChange={(mode) => set({ mode })}
        />
      )}
      {f.mode === 'month' && (
        <DatePicker
          picker="month"
          aria-label={t('rep.filter.byMonth')}
          data-testid="rep-filter-month"
          value={dayjs(`${f.month}-01`)}
          allowClear={false}
          disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          onChange={(d) => d && set({ month: d.format('YYYY-MM') })}
        />
      )}
      {f.mode === 'range' && (
        <DatePicker.RangePicker
          data-testid="rep-filter-range"
          value={[dayjs(f.from), dayjs(f.to)]}
          allowClear={false}
          disabledDate={isFuture}
          status={problem ? 'error' : undefined}
          onChange={(v) => {
            const [from, to] = v ?? [];
            if (from && to) set({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
          }}
        />
      )}
      {f.mode === 'day' && (
        <DatePicker
          aria-label={t('rep.filter.byDay')}
          data-testid="rep-filter-day"
          value={dayjs(f.day)}
          allowClear={false}
          disabledDate={isFuture}
          onChange={(d) => d && set({ day: d.format('YYYY-MM-DD') })}
        />
      )}
      {hasDepartment && (
        <Select<number>
          aria-label={t('rep.filter.department')}
          data-testid="rep-filter-department"
          allowClear
          placeholder={
            typeof property === 'number' ? t('rep.filter.allDepartments') : t('rep.filter.deptNeedsProperty')
          }
          disabled={typeof property !== 'number'}
          loading={departments.isLoading}
          value={f.departmentId ?? undefined}
          onChange={(v) => set({ departmentId: v ?? null })}
          style={{ width: typeof property === 'number' ? 150 : 220 }}
          options={deptOptions}
        />
      )}
      {problem && (
        <Typography.Text type="danger" data-testid="rep-period-problem">
          {problem === 'order' ? t('rep.periodOrder') : t('rep.periodTooLong', { days: maxDays[kind] })}
        </Typography.Text>
      )}
    </Space>
  );
};
