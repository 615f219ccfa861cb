import { DesktopOutlined, PlusOutlined } from '@ant-design/icons';
import {
  DecideNoticeInput,
  DraftNoticeInput,
  noticeStates,
  PublishNoticeInput,
  WithdrawNoticeInput,
} from '@propdesk/domain';
import { Button, DatePicker, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { usePropertyScope } from '../../shell/property-context';
import { dateTime, shortTime } from '../format';
import { ListCard } from '../ListCard';
import { label, options } from '../labels';
import { useRegAction, useRegPost } from '../mutations';
import { useNotices } from '../queries';
import { HistoryLink, type OpenRecord, RecordDrawer } from '../RecordDrawer';
import { deskRoles } from '../roles';
import type { Notice } from '../types';
import { useShortcut } from '../use-shortcut';
import '../registers.css';

type Act = { kind: 'decide' | 'publish' | 'withdraw'; n: Notice };
type Out<S extends z.ZodType> = z.output<S>;

const stateColor: Record<Notice['state'], string> = {
  pending: 'orange',
  rejected: 'default',
  approved: 'blue',
  published: 'green',
  withdrawn: 'default',
};

/** 信息屏发布 (S3 篇九 4.5.8): the supervisor drafts, the manager approves, the desk publishes. */
export const NoticesPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const isSupervisor = hasRole(me, 'supervisor');
  const isManager = hasRole(me, 'manager');
  const isDesk = hasRole(me, ...deskRoles);
  const { propertyId } = usePropertyScope();
  const [state, setState] = useState('');
  const list = useNotices(propertyId, state);
  const [isDrafting, setDrafting] = useState(false);
  const [act, setAct] = useState<Act | null>(null);
  const [record, setRecord] = useState<OpenRecord | null>(null);
  const draft = useRegPost<Out<typeof DraftNoticeInput>>('/api/registers/notices');
  const decide = useRegAction<Out<typeof DecideNoticeInput>>((id) => `/api/registers/notices/${id}/decision`);
  const publish = useRegAction<Out<typeof PublishNoticeInput>>(
    (id) => `/api/registers/notices/${id}/publish`,
  );
  const withdraw = useRegAction<Out<typeof WithdrawNoticeInput>>(
    (id) => `/api/registers/notices/${id}/withdraw`,
  );
  const openDraft = useCallback(() => setDrafting(true), []);
  useShortcut('n', openDraft, isSupervisor && propertyId !== null);

  return (
    <div data-testid="notices-page">
      <div className="pd-page-header">
        <h1>{t('reg.notice.title')}</h1>
        <Space>
          <Select
            value={state}
            onChange={setState}
            style={{ width: 150 }}
            options={[
              { value: '', label: t('reg.allStates') },
              ...options(lang, 'noticeState', noticeStates),
            ]}
          />
          <a href="/registers/notices/screen" target="_blank" rel="noreferrer">
            <Button icon={<DesktopOutlined />} data-testid="notice-screen">
              {t('reg.notice.screen')}
            </Button>
          </a>
          {isSupervisor && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openDraft} data-testid="notice-new">
              {t('reg.notice.draft')} <kbd className="pd-kbd">N</kbd>
            </Button>
          )}
        </Space>
      </div>
      <ListCard<Notice>
        query={list}
        emptyText={t('reg.notice.none')}
        testId="notices-list"
        columns={[
          {
            title: t('reg.notice.titleCol'),
            dataIndex: 'title',
            render: (v: string, n) => (
              <div style={{ maxWidth: 420 }}>
                <strong>{v}</strong>
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 2 }}
                  style={{ margin: 0, fontSize: 12 }}
                >
                  {n.body}
                </Typography.Paragraph>
              </div>
            ),
          },
          {
            title: t('reg.notice.drafter'),
            key: 'd',
            width: 120,
            render: (_v, n) => `${n.draftedByName ?? ''} ${shortTime(n.draftedAt)}`,
          },
          {
            title: t('reg.state'),
            dataIndex: 'state',
            width: 150,
            render: (v: Notice['state'], n) => (
              <Space size={4} wrap>
                <Tag color={stateColor[v]}>{label(lang, 'noticeState', v)}</Tag>
                {n.isShowing && <Tag color="green">{t('reg.notice.showing')}</Tag>}
                {n.isExpired && <Tag>{t('reg.notice.expired')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('reg.notice.validity'),
            key: 'v',
            width: 240,
            render: (_v, n) => (n.validFrom ? `${dateTime(n.validFrom)} ~ ${dateTime(n.validTo)}` : '—'),
          },
          {
            title: t('common.actions'),
            key: 'a',
            width: 200,
            render: (_v, n) => (
              <Space size={0}>
                {isManager && n.state === 'pending' && (
                  <Button type="link" size="small" onClick={() => setAct({ kind: 'decide', n })}>
                    {t('reg.notice.decide')}
                  </Button>
                )}
                {isDesk && n.state === 'approved' && (
                  <Button type="link" size="small" onClick={() => setAct({ kind: 'publish', n })}>
                    {t('reg.notice.publish')}
                  </Button>
                )}
                {isDesk && (n.state === 'published' || n.state === 'approved') && (
                  <Button type="link" size="small" danger onClick={() => setAct({ kind: 'withdraw', n })}>
                    {t('reg.notice.withdraw')}
                  </Button>
                )}
                <HistoryLink onClick={() => setRecord({ register: 'notice', record: n, title: n.title })} />
              </Space>
            ),
          },
        ]}
      />
      {propertyId !== null && (
        <ModalForm
          title={t('reg.notice.draft')}
          open={isDrafting}
          onClose={() => setDrafting(false)}
          schema={DraftNoticeInput}
          defaults={{ propertyId, title: '', body: '' }}
          successText={t('reg.notice.drafted')}
          onSubmit={(v) => draft.mutateAsync(v)}
        >
          {({ control }) => (
            <>
              <FormField
                control={control}
                name="title"
                label={t('reg.notice.titleCol')}
                required
                render={(f) => <Input {...f} autoFocus />}
              />
              <FormField
                control={control}
                name="body"
                label={t('reg.notice.body')}
                required
                render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 5 }} />}
              />
            </>
          )}
        </ModalForm>
      )}
      <ModalForm
        title={act ? t('reg.notice.decideTitle', { title: act.n.title }) : ''}
        open={act?.kind === 'decide'}
        onClose={() => setAct(null)}
        schema={DecideNoticeInput}
        defaults={{ approve: undefined, note: null }}
        intro={
          act && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12 }}>
              {act.n.body}
            </Typography.Paragraph>
          )
        }
        onSubmit={(body) => decide.mutateAsync({ id: act!.n.id, body })}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="approve"
              label={t('reg.reno.decision')}
              required
              render={(f) => (
                <Radio.Group
                  id={f.id}
                  value={f.value}
                  onChange={(e) => f.onChange(e.target.value)}
                  optionType="button"
                  options={[
                    { value: true, label: t('reg.reno.approve') },
                    { value: false, label: t('reg.reno.reject') },
                  ]}
                />
              )}
            />
            <FormField
              control={control}
              name="note"
              label={t('reg.reno.decisionNote')}
              render={(f) => <Input {...f} value={f.value ?? ''} />}
            />
          </>
        )}
      </ModalForm>
      <ModalForm
        title={act ? t('reg.notice.publishTitle', { title: act.n.title }) : ''}
        open={act?.kind === 'publish'}
        onClose={() => setAct(null)}
        schema={PublishNoticeInput}
        defaults={{
          validFrom: dayjs().toISOString(),
          validTo: dayjs().add(7, 'day').endOf('day').toISOString(),
        }}
        confirmText={(v) =>
          t('reg.notice.publishConfirm', { from: dateTime(v.validFrom), to: dateTime(v.validTo) })
        }
        onSubmit={(body) => publish.mutateAsync({ id: act!.n.id, body })}
      >
        {({ control, setValue, watch }) => (
          <FormField
            control={control}
            name="validTo"
            label={t('reg.notice.validity')}
            required
            render={(f) => (
              <DatePicker.RangePicker
                id={f.id}
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                allowClear={false}
                value={[dayjs(watch('validFrom')), f.value ? dayjs(f.value) : null]}
                onChange={(r) => {
                  if (r?.[0]) setValue('validFrom', r[0].toISOString());
                  f.onChange(r?.[1]?.toISOString() ?? '');
                }}
                style={{ width: '100%' }}
              />
            )}
          />
        )}
      </ModalForm>
      <ModalForm
        title={act ? t('reg.notice.withdrawTitle', { title: act.n.title }) : ''}
        open={act?.kind === 'withdraw'}
        onClose={() => setAct(null)}
        schema={WithdrawNoticeInput}
        defaults={{ reason: '' }}
        okText={t('reg.notice.withdraw')}
        confirmText={() => t('reg.notice.withdrawConfirm')}
        onSubmit={(body) => withdraw.mutateAsync({ id: act!.n.id, body })}
      >
        {({ control }) => (
          <FormField
            control={control}
            name="reason"
            label={t('reg.reason')}
            required
            render={(f) => <Input {...f} autoFocus />}
          />
        )}
      </ModalForm>
      <RecordDrawer open={record} onClose={() => setRecord(null)} />
    </div>
  );
};
