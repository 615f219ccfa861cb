import { PlusOutlined } from '@ant-design/icons';
import { renovationStates } from '@propdesk/domain';
import { Button, Select, Space, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { usePropertyScope } from '../../shell/property-context';
import { shortTime } from '../format';
import { ListCard } from '../ListCard';
import { label, options } from '../labels';
import { useRenovations } from '../queries';
import { deskRoles } from '../roles';
import type { Renovation } from '../types';
import { useShortcut } from '../use-shortcut';
import { renovationStateColor } from './state';
import '../registers.css';

/** 装修登记 (S1 装修; S2 装修管理服务协议): applications, approval, works, inspection, refund. */
export const RenovationsPage = () => {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...deskRoles);
  const { propertyId } = usePropertyScope();
  const [filter, setFilter] = useState('');
  const list = useRenovations(propertyId, filter);
  const openNew = useCallback(() => navigate('/registers/renovations/new'), [navigate]);
  useShortcut('n', openNew, canWrite);

  return (
    <div data-testid="renovations-page">
      <div className="pd-page-header">
        <h1>{t('reg.reno.title')}</h1>
        <Space>
          <Select
            value={filter}
            onChange={setFilter}
            style={{ width: 170 }}
            options={[
              { value: '', label: t('reg.allStates') },
              { value: 'awaitingNotice', label: t('reg.reno.awaitingNotice') },
              ...options(lang, 'renovationState', renovationStates),
            ]}
          />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openNew} data-testid="reno-new">
              {t('reg.reno.new')} <kbd className="pd-kbd">N</kbd>
            </Button>
          )}
        </Space>
      </div>
      <ListCard<Renovation>
        query={list}
        emptyText={t('reg.reno.none')}
        testId="renovations-list"
        columns={[
          {
            title: t('reg.number'),
            dataIndex: 'number',
            width: 150,
            render: (v: string, r) => <Link to={`/registers/renovations/${r.id}`}>{v}</Link>,
          },
          { title: t('reg.room'), dataIndex: 'roomLabel', width: 130 },
          { title: t('reg.reno.applicant'), dataIndex: 'applicantName', width: 90 },
          { title: t('reg.reno.contractor'), dataIndex: 'contractorName', width: 160 },
          { title: t('reg.reno.scope'), dataIndex: 'scope' },
          {
            title: t('reg.reno.period'),
            key: 'p',
            width: 190,
            render: (_v, r) => `${r.plannedStart} ~ ${r.plannedEnd}`,
          },
          {
            title: t('reg.state'),
            dataIndex: 'state',
            width: 150,
            render: (v: Renovation['state'], r) => (
              <Space size={4} wrap>
                <Tag color={renovationStateColor[v]}>{label(lang, 'renovationState', v)}</Tag>
                {r.decidedAt && !r.customerNotifiedAt && <Tag color="orange">{t('reg.reno.toNotify')}</Tag>}
              </Space>
            ),
          },
          { title: t('reg.reno.firstTaker'), dataIndex: 'firstTakerName', width: 90 },
          { title: t('reg.reno.appliedAt'), dataIndex: 'createdAt', width: 110, render: shortTime },
        ]}
      />
    </div>
  );
};
