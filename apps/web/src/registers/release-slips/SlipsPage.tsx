import { AuditOutlined, PlusOutlined } from '@ant-design/icons';
import { releaseSlipStates } from '@propdesk/domain';
import { Button, Select, Space, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { usePropertyScope } from '../../shell/property-context';
import { shortTime } from '../format';
import { ListCard } from '../ListCard';
import { label, options } from '../labels';
import { useSlips } from '../queries';
import { deskRoles } from '../roles';
import type { ReleaseSlip } from '../types';
import { useShortcut } from '../use-shortcut';
import { slipStateColor } from './slip-state';
import '../registers.css';

const reasonOf = (s: ReleaseSlip) =>
  s.decision.outcome === 'refused'
    ? s.decision.reason
    : s.decision.outcome === 'needsOwner'
      ? s.decision.reasons.map((r) => r.reason).join('；')
      : (s.ownerReminder ?? '');

/** 物品放行条 (S1 放行; S3 篇九 4.5.7): every application, refused ones too. */
export const SlipsPage = () => {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...deskRoles);
  const { propertyId } = usePropertyScope();
  const [state, setState] = useState('');
  const list = useSlips(propertyId, state);
  const openNew = useCallback(() => navigate('/registers/release-slips/new'), [navigate]);
  useShortcut('n', openNew, canWrite);

  return (
    <div data-testid="slips-page">
      <div className="pd-page-header">
        <h1>{t('reg.slip.title')}</h1>
        <Space wrap>
          <Select
            value={state}
            onChange={setState}
            style={{ width: 160 }}
            options={[
              { value: '', label: t('reg.allStates') },
              ...options(lang, 'slipState', releaseSlipStates),
            ]}
          />
          <Link to="/registers/release-slips/reconciliation">
            <Button icon={<AuditOutlined />}>{t('reg.recon.title')}</Button>
          </Link>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openNew} data-testid="slip-new">
              {t('reg.slip.new')} <kbd className="pd-kbd">N</kbd>
            </Button>
          )}
        </Space>
      </div>
      <ListCard<ReleaseSlip>
        query={list}
        emptyText={t('reg.slip.none')}
        testId="slips-list"
        columns={[
          {
            title: t('reg.number'),
            dataIndex: 'number',
            width: 150,
            render: (v: string | null, s) => (
              <Link to={`/registers/release-slips/${s.id}`}>{v ?? t('reg.slip.unnumbered')}</Link>
            ),
          },
          { title: t('reg.slip.createdAt'), dataIndex: 'createdAt', width: 110, render: shortTime },
          { title: t('reg.room'), dataIndex: 'roomLabel', width: 130 },
          {
            title: t('reg.slip.carrier'),
            key: 'c',
            width: 170,
            render: (_v, s) => (
              <span>
                {s.carrierName} <Tag>{label(lang, 'carrierKind', s.carrierKind)}</Tag>
                {s.isMovingHouse === 1 && <Tag color="purple">{t('reg.slip.movingShort')}</Tag>}
              </span>
            ),
          },
          {
            title: t('reg.slip.items'),
            dataIndex: 'items',
            render: (items: ReleaseSlip['items']) => items.map((i) => `${i.name}×${i.quantity}`).join('、'),
          },
          {
            title: t('reg.state'),
            dataIndex: 'state',
            width: 120,
            render: (v: ReleaseSlip['state']) => (
              <Tag color={slipStateColor[v]}>{label(lang, 'slipState', v)}</Tag>
            ),
          },
          {
            title: t('reg.slip.why'),
            key: 'why',
            width: 300,
            render: (_v, s) => (
              <span style={{ fontSize: 12, color: s.state === 'refused' ? '#cf1322' : '#666' }}>
                {reasonOf(s)}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
};
