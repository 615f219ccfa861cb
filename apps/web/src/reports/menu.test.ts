import type { MenuProps } from 'antd';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n';
import { menuItems } from '../shell/menu';

const t = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key);
const reportKeys = (roles: Parameters<typeof menuItems>[1]) =>
  (menuItems(t, roles) ?? [])
    .filter((g) => g?.key === 'reports')
    .flatMap((g) => ((g as { children?: { key: string }[] }).children ?? []).map((i) => i.key));

describe('the 报表 menu group (issue 8 item 1; mirrors apps/server/src/reports/routes.ts)', () => {
  it('shows every report to the supervisor, the manager and the company', () => {
    for (const role of ['assistant', 'supervisor', 'manager', 'company'] as const)
      expect(reportKeys([role]), role).toEqual([
        '/reports/contacts',
        '/reports/work-orders',
        '/reports/fees',
        '/reports/return-visits',
        '/reports/feedback',
        '/reports/workload',
        '/reports/contact-register',
      ]);
  });

  it('gives the receptionist only the contact register (S0, the desk’s own form)', () => {
    expect(reportKeys(['receptionist'])).toEqual(['/reports/contact-register']);
  });

  it('leaves the group out for roles that read no report', () => {
    for (const role of ['dept_staff', 'gate_guard', 'admin'] as const) {
      const groups = (menuItems(t, [role]) ?? []) as NonNullable<MenuProps['items']>;
      expect(groups.map((g) => g?.key)).not.toContain('reports');
    }
  });
});
