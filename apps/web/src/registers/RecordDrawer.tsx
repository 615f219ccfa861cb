import { EditOutlined } from '@ant-design/icons';
import type { RegisterKind } from '@propdesk/domain';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { AmendModal } from './AmendModal';
import { label } from './labels';
import { useRegisterHistory } from './queries';
import { RegisterTimeline } from './RegisterTimeline';
import { deskRoles } from './roles';

export type OpenRecord = {
  register: RegisterKind;
  record: { id: number } & Record<string, unknown>;
  title: string;
};

/** One entry's history (THE history log) with the 更正 button for the desk. */
export const RecordDrawer = ({ open, onClose }: { open: OpenRecord | null; onClose: () => void }) => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const [isAmending, setAmending] = useState(false);
  const history = useRegisterHistory(open?.register ?? 'keySet', open?.record.id ?? null);
  return (
    <Drawer
      open={open !== null}
      onClose={onClose}
      size={480}
      title={open ? `${label(lang, 'register', open.register)} · ${open.title}` : ''}
      destroyOnHidden
      extra={
        open &&
        hasRole(me, ...deskRoles) && (
          <Button icon={<EditOutlined />} onClick={() => setAmending(true)} data-testid="amend-open">
            {t('reg.amend.title')}
          </Button>
        )
      }
    >
      {open && (
        <RegisterTimeline
          register={open.register}
          entries={history.data}
          isLoading={history.isLoading}
          error={history.error}
        />
      )}
      {open && (
        <AmendModal
          register={open.register}
          record={open.record}
          open={isAmending}
          onClose={() => setAmending(false)}
        />
      )}
    </Drawer>
  );
};

/** The row link that opens a record's history. */
export const HistoryLink = ({ onClick }: { onClick: () => void }) => {
  const { t } = useI18n();
  return (
    <Button type="link" size="small" onClick={onClick}>
      {t('reg.history')}
    </Button>
  );
};
