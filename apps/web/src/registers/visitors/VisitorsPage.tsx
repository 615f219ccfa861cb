import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Segmented, Space, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { DateField } from '../../lib/DateField';
import { toastSuccess } from '../../lib/feedback';
import { usePropertyScope } from '../../shell/property-context';
import { shortTime } from '../format';
import { ListCard } from '../ListCard';
import { label } from '../labels';
import { useRegAction } from '../mutations';
import { useVisitors } from '../queries';
import { HistoryLink, type OpenRecord, RecordDrawer } from '../RecordDrawer';
import { deskRoles } from '../roles';
import type { Visitor } from '../types';
import { useShortcut } from '../use-shortcut';
import { VisitorModal } from './VisitorModal';
import '../registers.css';

/** 访客登记 (S1): the day's visitors, and those still inside at closing. */
export const VisitorsPage = () => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...deskRoles);
  const { propertyId } = usePropertyScope();
  const [view, setView] = useState<'day' | 'inside'>('day');
  const [day, setDay] = useState<string | null>(null);
  const list = useVisitors(propertyId, view === 'inside', day);
  const [isNew, setNew] = useState(false);
  const [record, setRecord] = useState<OpenRecord | null>(null);
  const out = useRegAction<{ outAt?: string }>((id) => `/api/registers/visitors/${id}/out`, {
    isToasted: true,
  });
  const openNew = useCallback(() => setNew(true), []);
  useShortcut('n', openNew, canWrite && propertyId !== null);

  const askOut = (v: Visitor) =>
    modal.confirm({
      title: t('reg.visit.outConfirm', { name: v.visitorName }),
      okText: t('reg.visit.out'),
      cancelText: t('common.cancel'),
      onOk: () => out.mutateAsync({ id: v.id, body: {} }).then(() => toastSuccess(t('reg.visit.outDone'))),
    });

  return (
    <div data-testid="visitors-page">
      <div className="pd-page-header">
        <h1>{t('reg.visit.title')}</h1>
        <Space wrap>
          <Segmented
            value={view}
            onChange={(v) => setView(v as typeof view)}
            options={[
              { value: 'day', label: t('reg.visit.byDay') },
              { value: 'inside', label: t('reg.visit.inside') },
            ]}
          />
          {view === 'day' && (
            <div style={{ width: 150 }}>
              <DateField value={day} onChange={setDay} />
            </div>
          )}
          {canWrite && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={openNew} data-testid="visitor-new">
              {t('reg.visit.new')} <kbd className="pd-kbd">N</kbd>
            </Button>
          )}
        </Space>
      </div>
      <ListCard<Visitor>
        query={list}
        emptyText={view === 'inside' ? t('reg.visit.noneInside') : t('reg.visit.none')}
        rowClassName={(v) => (v.admitted ? '' : 'pd-reg-row-muted')}
        testId="visitors-list"
        columns={[
          {
            title: t('reg.visit.name'),
            key: 'n',
            render: (_v, v) => (
              <span>
                {v.visitorName}
                {v.partySize > 1 && (
                  <Tag style={{ marginInlineStart: 6 }}>{t('reg.visit.partyN', { n: v.partySize })}</Tag>
                )}
                {v.isNight === 1 && (
                  <Tag color="purple" data-testid={`visitor-night-${v.id}`}>
                    {v.nightDutyName
                      ? t('reg.visit.nightDuty', { name: v.nightDutyName })
                      : t('reg.visit.nightTag')}
                  </Tag>
                )}
              </span>
            ),
          },
          {
            title: t('reg.idNumber'),
            dataIndex: 'idNumberMasked',
            width: 180,
            render: (v: string | null) => v ?? '—',
          },
          { title: t('reg.visit.hostRoom'), dataIndex: 'hostRoomLabel', width: 130 },
          { title: t('reg.visit.host'), dataIndex: 'hostName', width: 90 },
          { title: t('reg.visit.reason'), dataIndex: 'reason' },
          {
            title: t('reg.visit.car'),
            dataIndex: 'carPlate',
            width: 100,
            render: (v: string | null) => v ?? '',
          },
          {
            title: t('reg.visit.answer'),
            dataIndex: 'hostAnswer',
            width: 140,
            render: (v: string, x) => (
              <Tag color={x.admitted ? 'green' : 'red'}>
                {label(lang, 'hostContact', x.hostContactMethod)} · {label(lang, 'hostAnswer', v)}
              </Tag>
            ),
          },
          { title: t('reg.visit.in'), dataIndex: 'inAt', width: 90, render: shortTime },
          {
            title: t('reg.visit.outAt'),
            dataIndex: 'outAt',
            width: 100,
            render: (v: string | null, x) =>
              v ? shortTime(v) : x.inAt ? <Tag color="orange">{t('reg.visit.stillIn')}</Tag> : '—',
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 150,
            render: (_v, v) => (
              <Space size={0}>
                {canWrite && v.inAt && !v.outAt && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => askOut(v)}
                    data-testid={`visitor-out-${v.id}`}
                  >
                    {t('reg.visit.out')}
                  </Button>
                )}
                <HistoryLink
                  onClick={() => setRecord({ register: 'visitor', record: v, title: v.visitorName })}
                />
              </Space>
            ),
          },
        ]}
      />
      {propertyId !== null && (
        <VisitorModal open={isNew} onClose={() => setNew(false)} propertyId={propertyId} />
      )}
      <RecordDrawer open={record} onClose={() => setRecord(null)} />
    </div>
  );
};
