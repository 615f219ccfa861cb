import type { ReportScope } from '@propdesk/domain';
import { useCallback, useMemo } from 'react';
import { useT } from '../i18n/i18n';
import { useReportDepartments } from './queries';
import type { Ctx } from './report-def';

/**
 * What the report definitions need to draw their tables. Over several properties each has
 * its own 工程部, so a department is named with its property there.
 */
export const useReportCtx = (scope: ReportScope | undefined): Ctx => {
  const t = useT();
  const departments = useReportDepartments();
  const propertyOf = useMemo(
    () => new Map((departments.data ?? []).map((d) => [d.id, d.propertyId])),
    [departments.data],
  );
  const names = useMemo(() => new Map((scope?.properties ?? []).map((p) => [p.id, p.name])), [scope]);
  const isMany = (scope?.properties.length ?? 0) > 1;
  const dept = useCallback(
    (id: number, name: string) => {
      const property = names.get(propertyOf.get(id) ?? 0);
      return isMany && property ? `${property} · ${name}` : name;
    },
    [isMany, names, propertyOf],
  );
  return useMemo(() => ({ t, dept }), [t, dept]);
};

/** The line under a report's title: properties, department and period. */
export const scopeText = (s: ReportScope, t: Ctx['t']) =>
  [
    t('rep.scope', {
      properties: s.properties.map((p) => p.name).join('、'),
      from: s.period.from,
      to: s.period.to,
    }),
    s.departmentName ? t('rep.scopeDept', { name: s.departmentName }) : null,
  ]
    .filter(Boolean)
    .join('　');
