import { Select } from 'antd';
import { useT } from '../i18n/i18n';
import { useDeskStaff, usePropertyDepartments } from './queries';

type Props = {
  id?: string;
  propertyId: number | null;
  value: number | null | undefined;
  onChange: (id: number | null) => void;
  onBlur?: () => void;
  /** Leave someone out, e.g. the signed-in user when passing a customer on. */
  excludeId?: number;
  status?: 'error';
  testId?: string;
};

/** Staff of the property, searchable by name or department, grouped by department. */
export const StaffSelect = ({
  id,
  propertyId,
  value,
  onChange,
  onBlur,
  excludeId,
  status,
  testId,
}: Props) => {
  const t = useT();
  const staff = useDeskStaff(propertyId);
  const groups = new Map<string, { value: number; label: string }[]>();
  for (const s of staff.data ?? []) {
    if (s.id === excludeId) continue;
    const dept = s.departmentName ?? '—';
    groups.set(dept, [...(groups.get(dept) ?? []), { value: s.id, label: s.name }]);
  }
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange(v ?? null)}
      onBlur={onBlur}
      status={status}
      data-testid={testId}
      loading={staff.isLoading}
      allowClear
      showSearch={{
        filterOption: (input, option) =>
          String(option?.label ?? '').includes(input) || String(option?.dept ?? '').includes(input),
      }}
      placeholder={t('desk.pickStaff')}
      options={[...groups].map(([dept, options]) => ({
        label: dept,
        title: dept,
        options: options.map((o) => ({ ...o, title: o.label, dept })),
      }))}
      style={{ width: '100%' }}
    />
  );
};

/** Departments of the property (工程部, 行政部 …). */
export const DepartmentSelect = ({
  id,
  propertyId,
  value,
  onChange,
  onBlur,
  status,
  testId,
}: Omit<Props, 'excludeId'>) => {
  const departments = usePropertyDepartments(propertyId);
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange(v ?? null)}
      onBlur={onBlur}
      status={status}
      data-testid={testId}
      loading={departments.isLoading}
      showSearch={{ filterOption: (input, option) => String(option?.label ?? '').includes(input) }}
      options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      style={{ width: '100%' }}
    />
  );
};
