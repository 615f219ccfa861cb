import { DownloadOutlined } from '@ant-design/icons';
import type { ImportKind, Role } from '@propdesk/domain';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { hasRole, useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { api } from '../lib/api';
import { toastError } from '../lib/feedback';
import { usePropertyScope } from '../shell/property-context';
import { exportUrl } from './queries';

/** Mirrors the server: export is for the office staff and the company level. */
export const exportRoles: readonly Role[] = ['admin', 'manager', 'supervisor', 'assistant', 'company'];

/** 导出: the current property's rooms, people (current or all) or arrears as .xlsx. */
export const ExportButtons = () => {
  const t = useT();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const [isBusy, setBusy] = useState(false);
  if (!hasRole(me, ...exportRoles) || !propertyId) return null;
  const run = async (kind: ImportKind, scope: 'current' | 'all') => {
    setBusy(true);
    try {
      await api.download(exportUrl(kind, propertyId, scope), `${kind}.xlsx`);
    } catch (e) {
      toastError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const items: MenuProps['items'] = [
    { key: 'rooms:current', label: t('exp.rooms') },
    { key: 'people:current', label: t('exp.peopleCurrent') },
    { key: 'people:all', label: t('exp.peopleAll') },
    { key: 'arrears:current', label: t('exp.arrears') },
  ];
  return (
    <Dropdown
      menu={{
        items,
        onClick: ({ key }) => {
          const [kind, scope] = key.split(':') as [ImportKind, 'current' | 'all'];
          void run(kind, scope);
        },
      }}
    >
      <Button icon={<DownloadOutlined />} loading={isBusy} data-testid="export-button">
        {t('exp.button')}
      </Button>
    </Dropdown>
  );
};
