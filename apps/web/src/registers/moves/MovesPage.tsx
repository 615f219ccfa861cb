import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { type MoveWelcomeInput, welcomeSteps } from '@propdesk/domain';
import { App, Button, Card, Checkbox, Descriptions, Drawer, Segmented, Space, Tag } from 'antd';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { toastSuccess } from '../../lib/feedback';
import { usePropertyScope } from '../../shell/property-context';
import { AmendModal } from '../AmendModal';
import { dateTime, shortTime } from '../format';
import { ListCard } from '../ListCard';
import { label } from '../labels';
import { useRegAction } from '../mutations';
import { useMove, useMoves } from '../queries';
import { RegAttachments } from '../RegAttachments';
import { RegisterTimeline } from '../RegisterTimeline';
import { deskRoles } from '../roles';
import type { MoveDetail, MoveRegistration } from '../types';
import { useShortcut } from '../use-shortcut';
import { MoveModal } from './MoveModal';
import '../registers.css';

type Step = (typeof welcomeSteps)[number];

/** The welcome (S1 场景一), each step ticked once with its time. */
const WelcomeCard = ({ m, canWrite }: { m: MoveDetail; canWrite: boolean }) => {
  const { t, lang } = useI18n();
  const [picked, setPicked] = useState<Step[]>([]);
  const welcome = useRegAction<z.output<typeof MoveWelcomeInput>>(
    (id) => `/api/registers/moves/${id}/welcome`,
    { isToasted: true },
  );
  const open = welcomeSteps.filter((s) => !m.welcome[s]);
  return (
    <Card size="small" title={t('reg.move.welcome')} data-testid="move-welcome">
      <Space orientation="vertical">
        {welcomeSteps.map((s) =>
          m.welcome[s] ? (
            <span key={s}>
              <Checkbox checked disabled /> {label(lang, 'welcome', s)}
              <span style={{ color: '#888', fontSize: 12, marginInlineStart: 8 }}>
                {shortTime(m.welcome[s])}
              </span>
            </span>
          ) : (
            <Checkbox
              key={s}
              disabled={!canWrite}
              checked={picked.includes(s)}
              onChange={(e) => setPicked(e.target.checked ? [...picked, s] : picked.filter((x) => x !== s))}
            >
              {label(lang, 'welcome', s)}
            </Checkbox>
          ),
        )}
        {canWrite && open.length > 0 && (
          <Button
            size="small"
            type="primary"
            disabled={!picked.length}
            loading={welcome.isPending}
            onClick={() =>
              welcome.mutate(
                { id: m.id, body: { steps: picked, note: null } },
                { onSuccess: () => setPicked([]) },
              )
            }
          >
            {t('reg.move.welcomeSave')}
          </Button>
        )}
      </Space>
    </Card>
  );
};

const MoveDrawer = ({
  id,
  onClose,
  canWrite,
}: {
  id: number | null;
  onClose: () => void;
  canWrite: boolean;
}) => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const move = useMove(id);
  const apply = useRegAction<Record<string, never>>((x) => `/api/registers/moves/${x}/apply`, {
    isToasted: true,
    isArchiveChange: true,
  });
  const m = move.data;
  const [isAmending, setAmending] = useState(false);
  const askApply = () =>
    m &&
    modal.confirm({
      title: t('reg.move.applyConfirm', { name: m.personName, room: m.roomLabel }),
      okText: t('reg.move.apply'),
      cancelText: t('common.cancel'),
      onOk: () => apply.mutateAsync({ id: m.id, body: {} }).then(() => toastSuccess(t('reg.move.applied'))),
    });
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={560}
      title={m ? `${label(lang, 'moveKind', m.kind)} · ${m.personName}` : ''}
      destroyOnHidden
      extra={
        m &&
        canWrite && (
          <Button icon={<EditOutlined />} onClick={() => setAmending(true)}>
            {t('reg.amend.title')}
          </Button>
        )
      }
    >
      {m && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'room', label: t('reg.room'), children: m.roomLabel },
              { key: 'rel', label: t('reg.move.relation'), children: label(lang, 'relation', m.relation) },
              { key: 'date', label: t('reg.move.date'), children: m.date },
              {
                key: 'docs',
                label: t('reg.move.documents'),
                children: Object.entries(m.documents)
                  .filter(([, v]) => v)
                  .map(([k]) => label(lang, 'moveDoc', k))
                  .join('、'),
              },
              {
                key: 'arch',
                label: t('reg.move.archive'),
                children: m.archivedAt ? (
                  <Tag color="green">{t('reg.move.archivedAt', { at: dateTime(m.archivedAt) })}</Tag>
                ) : (
                  <Space>
                    <Tag color={m.isOverdue ? 'red' : 'orange'}>
                      {m.isOverdue
                        ? t('reg.move.overdue', { at: dateTime(m.dueAt) })
                        : t('reg.move.dueBy', { at: dateTime(m.dueAt) })}
                    </Tag>
                    {canWrite && (
                      <Button size="small" type="primary" onClick={askApply} data-testid="move-apply">
                        {t('reg.move.apply')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
          <WelcomeCard m={m} canWrite={canWrite} />
          <Card size="small" title={t('reg.move.copies')}>
            <RegAttachments
              target={{ propertyId: m.propertyId, entityType: 'moveRegistration', entityId: m.id }}
              canUpload={canWrite}
            />
          </Card>
          <Card size="small" title={t('history.title')}>
            <RegisterTimeline register="moveRegistration" entries={m.history} />
          </Card>
          <AmendModal
            register="moveRegistration"
            record={m}
            open={isAmending}
            onClose={() => setAmending(false)}
          />
        </Space>
      )}
    </Drawer>
  );
};

/** 过户/迁入登记 (S1 场景一; S2 顾客档案管理): the archive must show the change within 2 days. */
export const MovesPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...deskRoles);
  const { propertyId } = usePropertyScope();
  const [isPending, setPending] = useState(false);
  const list = useMoves(propertyId, isPending);
  const [isNew, setNew] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const openNew = useCallback(() => setNew(true), []);
  useShortcut('n', openNew, canWrite && propertyId !== null);

  return (
    <div data-testid="moves-page">
      <div className="pd-page-header">
        <h1>{t('reg.move.title')}</h1>
        <Space>
          <Segmented
            value={isPending ? 'pending' : 'all'}
            onChange={(v) => setPending(v === 'pending')}
            options={[
              { value: 'all', label: t('reg.all') },
              { value: 'pending', label: t('reg.move.pending') },
            ]}
          />
          {canWrite && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={openNew} data-testid="move-new">
              {t('reg.move.new')} <kbd className="pd-kbd">N</kbd>
            </Button>
          )}
        </Space>
      </div>
      <ListCard<MoveRegistration>
        query={list}
        emptyText={t('reg.move.none')}
        rowClassName={(m) => (m.isOverdue ? 'pd-row-error' : '')}
        testId="moves-list"
        columns={[
          { title: t('reg.move.reportedAt'), dataIndex: 'reportedAt', width: 110, render: shortTime },
          {
            title: t('reg.move.kind'),
            dataIndex: 'kind',
            width: 70,
            render: (v: string) => label(lang, 'moveKind', v),
          },
          { title: t('reg.room'), dataIndex: 'roomLabel', width: 130 },
          { title: t('person.name'), dataIndex: 'personName', width: 90 },
          {
            title: t('reg.move.relation'),
            dataIndex: 'relation',
            width: 70,
            render: (v: string | null) => label(lang, 'relation', v),
          },
          { title: t('reg.move.date'), dataIndex: 'date', width: 110 },
          {
            title: t('reg.move.archive'),
            key: 'arch',
            width: 170,
            render: (_v, m) =>
              m.archivedAt ? (
                <Tag color="green">{t('reg.move.archived')}</Tag>
              ) : m.isOverdue ? (
                <Tag color="red">{t('reg.move.overdue', { at: shortTime(m.dueAt) })}</Tag>
              ) : (
                <Tag color="orange">{t('reg.move.dueBy', { at: shortTime(m.dueAt) })}</Tag>
              ),
          },
          {
            title: t('reg.move.welcome'),
            key: 'w',
            width: 90,
            render: (_v, m) => `${welcomeSteps.filter((s) => m.welcome[s]).length}/${welcomeSteps.length}`,
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 80,
            render: (_v, m) => (
              <Button
                type="link"
                size="small"
                onClick={() => setOpenId(m.id)}
                data-testid={`move-open-${m.id}`}
              >
                {t('reg.open')}
              </Button>
            ),
          },
        ]}
      />
      {propertyId !== null && (
        <MoveModal open={isNew} onClose={() => setNew(false)} propertyId={propertyId} />
      )}
      <MoveDrawer id={openId} onClose={() => setOpenId(null)} canWrite={canWrite} />
    </div>
  );
};
