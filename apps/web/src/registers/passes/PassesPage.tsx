import { IdcardOutlined } from '@ant-design/icons';
import { LostPassInput, ReturnPassInput } from '@propdesk/domain';
import { Button, Input, Segmented, Space, Tag } from 'antd';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { usePropertyScope } from '../../shell/property-context';
import { yuan } from '../format';
import { ListCard } from '../ListCard';
import { label } from '../labels';
import { useRegAction } from '../mutations';
import { usePasses } from '../queries';
import { HistoryLink, type OpenRecord, RecordDrawer } from '../RecordDrawer';
import { deskRoles } from '../roles';
import type { AccessPass } from '../types';
import { useShortcut } from '../use-shortcut';
import { YuanInput } from '../YuanInput';
import { PassModal } from './PassModal';
import '../registers.css';

type Status = 'out' | 'expired' | 'all';
type Act = { kind: 'return' | 'lost'; p: AccessPass };

/** 出入证 (S2 小区出入证管理规定): temporary passes and resident cards; issue, return, loss; expired ones still out. */
export const PassesPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...deskRoles);
  const { propertyId } = usePropertyScope();
  const [status, setStatus] = useState<Status>('out');
  const list = usePasses(propertyId, status);
  const [isNew, setNew] = useState(false);
  const [act, setAct] = useState<Act | null>(null);
  const [record, setRecord] = useState<OpenRecord | null>(null);
  const giveBack = useRegAction<z.output<typeof ReturnPassInput>>(
    (id) => `/api/registers/passes/${id}/return`,
  );
  const lose = useRegAction<z.output<typeof LostPassInput>>((id) => `/api/registers/passes/${id}/lost`);
  const openNew = useCallback(() => setNew(true), []);
  useShortcut('n', openNew, canWrite && propertyId !== null);

  return (
    <div data-testid="passes-page">
      <div className="pd-page-header">
        <h1>{t('reg.pass.title')}</h1>
        <Space>
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as Status)}
            options={[
              { value: 'out', label: t('reg.pass.out') },
              { value: 'expired', label: t('reg.pass.expired') },
              { value: 'all', label: t('reg.all') },
            ]}
          />
          {canWrite && (
            <Button type="primary" icon={<IdcardOutlined />} onClick={openNew} data-testid="pass-new">
              {t('reg.pass.new')} <kbd className="pd-kbd">N</kbd>
            </Button>
          )}
        </Space>
      </div>
      <ListCard<AccessPass>
        query={list}
        emptyText={status === 'expired' ? t('reg.pass.noneExpired') : t('reg.pass.none')}
        rowClassName={(p) => (p.isExpired ? 'pd-row-error' : p.state !== 'out' ? 'pd-reg-row-muted' : '')}
        testId="passes-list"
        columns={[
          { title: t('reg.number'), dataIndex: 'number', width: 140 },
          {
            title: t('reg.pass.kind'),
            dataIndex: 'kind',
            width: 110,
            render: (v: string) => label(lang, 'passKind', v),
          },
          { title: t('reg.pass.holder'), dataIndex: 'holderName', width: 90 },
          {
            title: t('reg.pass.roomOrEmployer'),
            key: 'r',
            render: (_v, p) => [p.roomLabel, p.contractor].filter(Boolean).join(' · ') || '—',
          },
          {
            title: t('reg.pass.valid'),
            key: 'v',
            width: 200,
            render: (_v, p) => (
              <span>
                {p.validFrom} ~ {p.validTo ?? t('reg.pass.longTerm')}
                {p.isExpired && (
                  <Tag color="red" style={{ marginInlineStart: 6 }}>
                    {t('reg.pass.expiredTag')}
                  </Tag>
                )}
              </span>
            ),
          },
          {
            title: t('reg.pass.deposit'),
            dataIndex: 'depositCents',
            width: 90,
            render: (v: number) => (v ? yuan(v) : '—'),
          },
          {
            title: t('reg.state'),
            dataIndex: 'state',
            width: 90,
            render: (v: string) => (
              <Tag color={v === 'out' ? 'blue' : v === 'lost' ? 'red' : 'default'}>
                {label(lang, 'passState', v)}
              </Tag>
            ),
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 200,
            render: (_v, p) => (
              <Space size={0}>
                {canWrite && p.state === 'out' && (
                  <>
                    <Button type="link" size="small" onClick={() => setAct({ kind: 'return', p })}>
                      {t('reg.pass.return')}
                    </Button>
                    <Button type="link" size="small" danger onClick={() => setAct({ kind: 'lost', p })}>
                      {t('reg.pass.lost')}
                    </Button>
                  </>
                )}
                <HistoryLink
                  onClick={() =>
                    setRecord({ register: 'accessPass', record: p, title: `${p.number} ${p.holderName}` })
                  }
                />
              </Space>
            ),
          },
        ]}
      />
      {propertyId !== null && (
        <PassModal open={isNew} onClose={() => setNew(false)} propertyId={propertyId} />
      )}
      <ModalForm
        title={act ? t('reg.pass.returnTitle', { number: act.p.number, name: act.p.holderName }) : ''}
        open={act?.kind === 'return'}
        onClose={() => setAct(null)}
        schema={ReturnPassInput}
        defaults={{ depositRefundedCents: act?.p.depositCents ?? 0, note: null }}
        confirmText={(v) => t('reg.pass.returnConfirm', { amount: yuan(v.depositRefundedCents) })}
        onSubmit={(body) => giveBack.mutateAsync({ id: act!.p.id, body })}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="depositRefundedCents"
              label={t('reg.pass.refund')}
              render={(f) => <YuanInput id={f.id} value={f.value} onChange={(v) => f.onChange(v ?? 0)} />}
            />
            <FormField
              control={control}
              name="note"
              label={t('reg.note')}
              render={(f) => <Input {...f} value={f.value ?? ''} />}
            />
          </>
        )}
      </ModalForm>
      <ModalForm
        title={act ? t('reg.pass.lostTitle', { number: act.p.number, name: act.p.holderName }) : ''}
        open={act?.kind === 'lost'}
        onClose={() => setAct(null)}
        schema={LostPassInput}
        defaults={{ note: '' }}
        okText={t('reg.pass.lost')}
        confirmText={() => t('reg.pass.lostConfirm')}
        onSubmit={(body) => lose.mutateAsync({ id: act!.p.id, body })}
      >
        {({ control }) => (
          <FormField
            control={control}
            name="note"
            label={t('reg.pass.lostNote')}
            required
            render={(f) => <Input {...f} autoFocus />}
          />
        )}
      </ModalForm>
      <RecordDrawer open={record} onClose={() => setRecord(null)} />
    </div>
  );
};
