import { Select } from 'antd';
import { useT } from '../i18n/i18n';
import { useDepartments, useFieldStaff } from './queries';

type Props = {
  id?: string;
  propertyId: number | null;
  value: number | null | undefined;
  onChange: (id: number | null) => void;
  onBlur?: () => void;
  testId?: string;
};

/** The property's departments (工程部, 秩序维护部 …). */
export const DepartmentPicker = ({ id, propertyId, value, onChange, onBlur, testId }: Props) => {
  const t = useT();
  const departments = useDepartments(propertyId);
  return (
    <Select<number>
      id={id}
      data-testid={testId}
      value={value ?? undefined}
      onChange={(v) => onChange(v ?? null)}
      onBlur={onBlur}
      loading={departments.isLoading}
      placeholder={t('wo.pickDepartment')}
      showSearch={{ filterOption: (input, o) => String(o?.label ?? '').includes(input) }}
      options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      style={{ width: '100%' }}
    />
  );
};

/** Department staff who can take the order: those of the chosen department, or everyone in the field. */
export const AssigneePicker = ({
  id,
  propertyId,
  departmentId,
  value,
  onChange,
  onBlur,
  testId,
  allowClear,
}: Props & { departmentId?: number | null; allowClear?: boolean }) => {
  const t = useT();
  const staff = useFieldStaff(propertyId);
  const rows = (staff.data ?? []).filter(
    (s) => s.roles.includes('dept_staff') && (!departmentId || s.departmentId === departmentId),
  );
  return (
    <Select<number>
      id={id}
      data-testid={testId}
      value={value ?? undefined}
      onChange={(v) => onChange(v ?? null)}
      onBlur={onBlur}
      loading={staff.isLoading}
      allowClear={allowClear}
      placeholder={departmentId === null ? t('wo.pickDepartmentFirst') : t('wo.pickAssignee')}
      disabled={departmentId === null}
      showSearch={{ filterOption: (input, o) => String(o?.label ?? '').includes(input) }}
      options={rows.map((s) => ({
        value: s.id,
        label: departmentId ? s.name : `${s.name}（${s.departmentName ?? '—'}）`,
      }))}
      notFoundContent={t('wo.noAssignee')}
      style={{ width: '100%' }}
    />
  );
};
