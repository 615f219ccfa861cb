import { InboxOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { usePropertyScope } from '../../shell/property-context';
import { dateTime, shortTime } from '../format';
import { ListCard } from '../ListCard';
import { label } from '../labels';
import { useMail } from '../queries';
import { HistoryLink, type OpenRecord, RecordDrawer } from '../RecordDrawer';
import { deskRoles } from '../roles';
import type { MailItem } from '../types';
import { useShortcut } from '../use-shortcut';
import { MailForms } from './MailForms';
import '../registers.css';

/** 邮件收发记录本 (S3 篇九 4.5.6): received → resident notified → collected against an ID. */
export const MailPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...deskRoles);
  const { propertyId } = usePropertyScope();
  const [status, setStatus] = useState<'uncollected' | 'all'>('uncollected');
  const list = useMail(propertyId, status);
  const [isReceiving, setReceiving] = useState(false);
  const [notifying, setNotifying] = useState<MailItem | null>(null);
  const [collecting, setCollecting] = useState<MailItem | null>(null);
  const [record, setRecord] = useState<OpenRecord | null>(null);
  const openReceive = useCallback(() => setReceiving(true), []);
  useShortcut('n', openReceive, canWrite && propertyId !== null);

  return (
    <div data-testid="mail-page">
      <div className="pd-page-header">
        <h1>{t('reg.mail.title')}</h1>
        <Space>
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as typeof status)}
            options={[
              { value: 'uncollected', label: t('reg.mail.uncollected') },
              { value: 'all', label: t('reg.all') },
            ]}
          />
          {canWrite && (
            <Button type="primary" icon={<InboxOutlined />} onClick={openReceive} data-testid="mail-receive">
              {t('reg.mail.receive')} <kbd className="pd-kbd">N</kbd>
            </Button>
          )}
        </Space>
      </div>
      <ListCard<MailItem>
        query={list}
        emptyText={status === 'uncollected' ? t('reg.mail.noneWaiting') : t('reg.mail.none')}
        rowClassName={(m) => (!m.collectedAt && (m.daysWaiting ?? 0) >= 3 ? 'pd-reg-row-warn' : '')}
        testId="mail-list"
        columns={[
          {
            title: t('reg.mail.type'),
            dataIndex: 'itemType',
            width: 80,
            render: (v: string) => label(lang, 'mailType', v),
          },
          { title: t('reg.room'), dataIndex: 'roomLabel', width: 130 },
          { title: t('reg.mail.addressee'), dataIndex: 'addressee', width: 100 },
          {
            title: t('reg.mail.carrier'),
            key: 'c',
            render: (_v, m) => (
              <span>
                {m.carrier}
                {m.trackingNo && <div style={{ fontSize: 12, color: '#888' }}>{m.trackingNo}</div>}
              </span>
            ),
          },
          { title: t('reg.mail.receivedAt'), dataIndex: 'receivedAt', width: 110, render: shortTime },
          {
            title: t('reg.mail.notified'),
            dataIndex: 'notifiedAt',
            width: 130,
            render: (v: string | null, m) =>
              v ? (
                `${shortTime(v)} ${label(lang, 'notifyMethod', m.notifyMethod)}`
              ) : (
                <Tag color="orange">{t('reg.mail.notNotified')}</Tag>
              ),
          },
          {
            title: t('reg.mail.collected'),
            dataIndex: 'collectedAt',
            width: 170,
            render: (v: string | null, m) =>
              v ? (
                `${dateTime(v)} ${m.collectorName ?? ''}`
              ) : (
                <Tag color={(m.daysWaiting ?? 0) >= 3 ? 'red' : 'default'}>
                  {t('reg.mail.waitingDays', { n: m.daysWaiting ?? 0 })}
                </Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 200,
            render: (_v, m) => (
              <Space size={0}>
                {canWrite && !m.collectedAt && (
                  <>
                    <Button type="link" size="small" onClick={() => setNotifying(m)}>
                      {t('reg.mail.notify')}
                    </Button>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setCollecting(m)}
                      data-testid={`collect-${m.id}`}
                    >
                      {t('reg.mail.collect')}
                    </Button>
                  </>
                )}
                <HistoryLink
                  onClick={() =>
                    setRecord({ register: 'mailItem', record: m, title: `${m.roomLabel} ${m.addressee}` })
                  }
                />
              </Space>
            ),
          },
        ]}
      />
      <MailForms
        propertyId={propertyId}
        isReceiving={isReceiving}
        setReceiving={setReceiving}
        notifying={notifying}
        setNotifying={setNotifying}
        collecting={collecting}
        setCollecting={setCollecting}
      />
      <RecordDrawer open={record} onClose={() => setRecord(null)} />
    </div>
  );
};
