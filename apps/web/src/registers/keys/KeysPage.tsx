import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Space, Tabs, Tag } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { toastSuccess } from '../../lib/feedback';
import { usePropertyScope } from '../../shell/property-context';
import { dateTime, shortTime } from '../format';
import { ListCard } from '../ListCard';
import { label } from '../labels';
import { useRegAction } from '../mutations';
import { useKeyLoans, useKeySets, useTakeBacks } from '../queries';
import { HistoryLink, type OpenRecord, RecordDrawer } from '../RecordDrawer';
import { deskRoles } from '../roles';
import type { KeyLoan, KeySet, KeyTakeBack } from '../types';
import { useShortcut } from '../use-shortcut';
import { InventoryDue, InventoryModal, InventoryTab } from './InventoryTab';
import { ChaseModal, KeySetModal, LendModal } from './KeyForms';
import { TakeBackModal } from './TakeBackModal';
import '../registers.css';

type Tab = 'out' | 'dayEnd' | 'sets' | 'loans' | 'takeBacks' | 'inventory';

/** 钥匙借用登记本 (S3 篇九 4.4.3): the cabinet, loans and returns, the day-end chase, take-backs, inventories. */
export const KeysPage = () => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...deskRoles);
  const { propertyId } = usePropertyScope();
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') as Tab | null) ?? 'out';
  const sets = useKeySets(propertyId);
  const open = useKeyLoans(propertyId, true);
  const all = useKeyLoans(propertyId, false);
  const takeBacks = useTakeBacks(propertyId);
  const [form, setForm] = useState<'set' | 'lend' | 'inventory' | null>(null);
  const [chasing, setChasing] = useState<KeyLoan | null>(null);
  const [takingBack, setTakingBack] = useState<{ loan: KeyLoan | null; keySetId: number | null } | null>(
    null,
  );
  const [record, setRecord] = useState<OpenRecord | null>(null);
  const returnNote = useRef('');
  const giveBack = useRegAction<{ note: string | null }>((id) => `/api/registers/key-loans/${id}/return`, {
    isToasted: true,
  });
  const openLend = useCallback(() => setForm('lend'), []);
  useShortcut('n', openLend, canWrite && propertyId !== null);

  const askReturn = (l: KeyLoan) => {
    returnNote.current = '';
    modal.confirm({
      title: t('reg.keys.returnConfirm', { key: `${l.keyCode} ${l.keyLabel}`, name: l.borrowerName }),
      content: <Input placeholder={t('reg.note')} onChange={(e) => (returnNote.current = e.target.value)} />,
      okText: t('reg.keys.return'),
      cancelText: t('common.cancel'),
      onOk: () =>
        giveBack
          .mutateAsync({ id: l.id, body: { note: returnNote.current || null } })
          .then(() => toastSuccess(t('reg.keys.returned'))),
    });
  };
  const loanRecord = (l: KeyLoan) =>
    setRecord({ register: 'keyLoan', record: l, title: `${l.keyCode} · ${l.borrowerName}` });

  const loanColumns = (isDayEnd: boolean) => [
    { title: t('reg.keys.code'), dataIndex: 'keyCode', width: 80 },
    { title: t('reg.keys.label'), dataIndex: 'keyLabel' },
    { title: t('reg.keys.quantity'), dataIndex: 'quantity', width: 60 },
    {
      title: t('reg.keys.borrower'),
      key: 'b',
      render: (_: unknown, l: KeyLoan) => (
        <span>
          {l.borrowerName} <Tag>{label(lang, 'borrowerKind', l.borrowerKind)}</Tag>
          <div style={{ color: '#888', fontSize: 12 }}>{l.borrowerPhone}</div>
        </span>
      ),
    },
    { title: t('reg.keys.purpose'), dataIndex: 'purpose' },
    { title: t('reg.keys.lentAt'), dataIndex: 'lentAt', width: 110, render: shortTime },
    isDayEnd
      ? {
          title: t('reg.keys.chases'),
          key: 'chases',
          render: (_: unknown, l: KeyLoan) => (
            <div>
              {l.chasedToday ? (
                <Tag color="green">{t('reg.keys.chasedToday')}</Tag>
              ) : (
                <Tag color="red">{t('reg.keys.notChased')}</Tag>
              )}
              {l.chases.slice(-2).map((c) => (
                <div key={c.id} style={{ fontSize: 12, color: '#555' }}>
                  {shortTime(c.calledAt)} {c.note}
                </div>
              ))}
            </div>
          ),
        }
      : {
          title: t('reg.keys.returnedAt'),
          dataIndex: 'returnedAt',
          width: 110,
          render: (v: string | null, l: KeyLoan) =>
            l.takeBackId ? (
              <Tag color="purple">{t('reg.keys.takenBack')}</Tag>
            ) : v ? (
              shortTime(v)
            ) : (
              <Tag color="orange">{t('reg.keys.out')}</Tag>
            ),
        },
    {
      title: t('common.actions'),
      key: 'a',
      width: 230,
      render: (_: unknown, l: KeyLoan) => (
        <Space size={0} wrap>
          {canWrite && l.isOpen && isDayEnd && (
            <Button type="link" size="small" onClick={() => setChasing(l)} data-testid={`chase-${l.id}`}>
              {t('reg.keys.chase')}
            </Button>
          )}
          {canWrite && l.isOpen && (
            <Button type="link" size="small" onClick={() => askReturn(l)} data-testid={`return-${l.id}`}>
              {t('reg.keys.return')}
            </Button>
          )}
          {canWrite && l.isOpen && !isDayEnd && (
            <Button type="link" size="small" onClick={() => setTakingBack({ loan: l, keySetId: l.keySetId })}>
              {t('reg.keys.takeBack')}
            </Button>
          )}
          <HistoryLink onClick={() => loanRecord(l)} />
        </Space>
      ),
    },
  ];

  const unchased = (open.data ?? []).filter((l) => !l.chasedToday).length;
  const tabs = [
    {
      key: 'out',
      label: t('reg.keys.tabOut', { n: open.data?.length ?? 0 }),
      children: (
        <ListCard<KeyLoan>
          query={open}
          columns={loanColumns(false)}
          emptyText={t('reg.keys.noneOut')}
          testId="keys-out"
        />
      ),
    },
    {
      key: 'dayEnd',
      label: t('reg.keys.tabDayEnd', { n: unchased }),
      children: (
        <>
          <Alert type="info" showIcon title={t('reg.keys.dayEndNote')} style={{ marginBottom: 12 }} />
          <ListCard<KeyLoan>
            query={open}
            columns={loanColumns(true)}
            emptyText={t('reg.keys.noneOut')}
            testId="keys-day-end"
          />
        </>
      ),
    },
    {
      key: 'sets',
      label: t('reg.keys.tabSets'),
      children: (
        <ListCard<KeySet>
          query={sets}
          emptyText={t('reg.keys.noSets')}
          rowClassName={(s) => (s.active ? '' : 'pd-reg-row-muted')}
          columns={[
            { title: t('reg.keys.code'), dataIndex: 'code', width: 80 },
            {
              title: t('reg.keys.label'),
              dataIndex: 'label',
              render: (v: string, s) => (s.roomLabel ? `${v}（${s.roomLabel}）` : v),
            },
            { title: t('reg.keys.location'), dataIndex: 'location', width: 110 },
            { title: t('reg.keys.quantity'), dataIndex: 'quantity', width: 60 },
            { title: t('reg.keys.onLoan'), dataIndex: 'onLoan', width: 60 },
            { title: t('reg.keys.inCabinet'), dataIndex: 'inCabinet', width: 80 },
            {
              title: t('common.actions'),
              key: 'a',
              width: 200,
              render: (_v, s) => (
                <Space size={0}>
                  {canWrite && s.active === 1 && s.inCabinet > 0 && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setTakingBack({ loan: null, keySetId: s.id })}
                    >
                      {t('reg.keys.takeBack')}
                    </Button>
                  )}
                  <HistoryLink
                    onClick={() =>
                      setRecord({ register: 'keySet', record: s, title: `${s.code} ${s.label}` })
                    }
                  />
                </Space>
              ),
            },
          ]}
        />
      ),
    },
    {
      key: 'loans',
      label: t('reg.keys.tabLoans'),
      children: (
        <ListCard<KeyLoan> query={all} columns={loanColumns(false)} emptyText={t('reg.keys.noLoans')} />
      ),
    },
    {
      key: 'takeBacks',
      label: t('reg.keys.tabTakeBacks'),
      children: (
        <ListCard<KeyTakeBack>
          query={takeBacks}
          emptyText={t('reg.keys.noTakeBacks')}
          columns={[
            { title: t('reg.number'), dataIndex: 'number', width: 150 },
            { title: t('reg.keys.set'), key: 'k', render: (_v, x) => `${x.keyCode} ${x.keyLabel}` },
            { title: t('reg.keys.quantity'), dataIndex: 'quantity', width: 60 },
            { title: t('reg.keys.taker'), dataIndex: 'takerName', width: 100 },
            { title: t('reg.keys.takeBackReason'), dataIndex: 'reason' },
            { title: t('reg.time'), dataIndex: 'takenAt', width: 150, render: dateTime },
            {
              title: t('common.actions'),
              key: 'a',
              width: 90,
              render: (_v, x) => (
                <Link to={`/registers/keys/take-backs/${x.id}/print`}>{t('reg.print')}</Link>
              ),
            },
          ]}
        />
      ),
    },
    {
      key: 'inventory',
      label: t('reg.keys.tabInventory'),
      children: <InventoryTab propertyId={propertyId} />,
    },
  ];

  return (
    <div data-testid="keys-page">
      <div className="pd-page-header">
        <h1>{t('reg.keys.title')}</h1>
        {canWrite && propertyId !== null && (
          <Space wrap>
            <Button icon={<PlusOutlined />} onClick={() => setForm('set')}>
              {t('reg.keys.newSet')}
            </Button>
            <Button onClick={() => setForm('inventory')} data-testid="inventory-open">
              {t('reg.keys.inventory')}
            </Button>
            <Button type="primary" icon={<KeyOutlined />} onClick={openLend} data-testid="lend-open">
              {t('reg.keys.lend')} <kbd className="pd-kbd">N</kbd>
            </Button>
          </Space>
        )}
      </div>
      <InventoryDue propertyId={propertyId} onCount={() => setForm('inventory')} />
      <Tabs activeKey={tab} onChange={(k) => setParams({ tab: k }, { replace: true })} items={tabs} />
      {propertyId !== null && (
        <>
          <KeySetModal open={form === 'set'} onClose={() => setForm(null)} propertyId={propertyId} />
          <LendModal open={form === 'lend'} onClose={() => setForm(null)} sets={sets.data ?? []} />
          <InventoryModal
            open={form === 'inventory'}
            onClose={() => setForm(null)}
            propertyId={propertyId}
            sets={sets.data ?? []}
          />
        </>
      )}
      <ChaseModal loan={chasing} onClose={() => setChasing(null)} />
      <TakeBackModal from={takingBack} sets={sets.data ?? []} onClose={() => setTakingBack(null)} />
      <RecordDrawer open={record} onClose={() => setRecord(null)} />
    </div>
  );
};
