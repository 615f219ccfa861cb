import type { MenuProps } from 'antd';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n';
import { menuItems, selectedMenuKey } from './menu';

const t = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key);
const keys = (items: MenuProps['items']) =>
  (items ?? []).flatMap((g) => ((g as { children?: { key: string }[] }).children ?? []).map((i) => i.key));

describe('left menu (DOMAIN.md §1 roles)', () => {
  it('hides the admin group from a receptionist and the import page too', () => {
    const k = keys(menuItems(t, ['receptionist']));
    expect(k).toContain('/archive');
    expect(k).not.toContain('/imports');
    expect(k.filter((x) => x.startsWith('/admin'))).toEqual([]);
  });

  it('shows every admin page to an admin', () => {
    expect(keys(menuItems(t, ['admin']))).toEqual(
      expect.arrayContaining([
        '/admin/staff',
        '/admin/departments',
        '/admin/properties',
        '/admin/history',
        '/admin/settings',
        '/admin/webhooks',
        '/imports',
      ]),
    );
  });

  it('highlights the section a deep page belongs to', () => {
    expect(selectedMenuKey('/archive/rooms/12', t)).toBe('/archive');
    expect(selectedMenuKey('/', t)).toBe('/');
    expect(selectedMenuKey('/admin/staff', t)).toBe('/admin/staff');
  });
});
