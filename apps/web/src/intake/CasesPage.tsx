import { SearchOutlined } from '@ant-design/icons';
import { caseStates, caseTypes } from '@propdesk/domain';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { channelText, stateColor, stateText, typeColor, typeText, urgencyColor, urgencyText } from './labels';
import { type CaseListRow, useCases } from './queries';

/** 案件查询: by number, room, phone digits or words (漏水, 停车), with state/type/我的 filters. */
export const CasesPage = () => {
  const { t, lang } = useI18n();
  const { propertyId } = usePropertyScope();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const filter = {
    propertyId,
    q: q || undefined,
    state: params.get('state') || undefined,
    type: params.get('type') || undefined,
    mine: params.get('mine') === '1',
    open: params.get('open') === '1',
  };
  const cases = useCases(filter);
  const rows = cases.data?.pages.flat() ?? [];
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const isFiltered = !!(filter.q || filter.state || filter.type || filter.mine || filter.open);

  return (
    <div data-testid="cases-page">
      <div className="pd-page-header">
        <h1>{t('cases.title')}</h1>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search
            allowClear
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (!e.target.value) setParam('q', undefined);
            }}
            onSearch={(v) => setParam('q', v.trim() || undefined)}
            prefix={<SearchOutlined />}
            placeholder={t('cases.search')}
            style={{ width: 340 }}
            data-testid="cases-search"
            enterButton
          />
          <Select
            allowClear
            placeholder={t('cases.state')}
            value={filter.state}
            onChange={(v) => setParam('state', v)}
            options={caseStates.map((s) => ({ value: s, label: stateText(s, lang) }))}
            style={{ width: 140 }}
            data-testid="cases-state"
          />
          <Select
            allowClear
            placeholder={t('cases.type')}
            value={filter.type}
            onChange={(v) => setParam('type', v)}
            options={caseTypes.map((s) => ({ value: s, label: typeText(s, lang) }))}
            style={{ width: 140 }}
            data-testid="cases-type"
          />
          <Tooltip title={t('cases.mineHint')}>
            <Checkbox
              checked={filter.mine}
              onChange={(e) => setParam('mine', e.target.checked ? '1' : undefined)}
              data-testid="cases-mine"
            >
              {t('cases.mine')}
            </Checkbox>
          </Tooltip>
          <Checkbox
            checked={filter.open}
            onChange={(e) => setParam('open', e.target.checked ? '1' : undefined)}
          >
            {t('cases.openOnly')}
          </Checkbox>
        </Space>
      </Card>
      <Card styles={{ body: { padding: 0 } }}>
        {cases.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('intake.loadFailed', { message: cases.error.message })}
            action={<Button onClick={() => void cases.refetch()}>{t('common.retry')}</Button>}
            style={{ margin: 16 }}
          />
        ) : (
          <Table<CaseListRow>
            rowKey="id"
            size="small"
            data-testid="cases-table"
            loading={cases.isLoading || (cases.isFetching && !cases.isFetchingNextPage)}
            dataSource={rows}
            pagination={false}
            rowClassName={(r) => (r.isOverdue ? 'pd-row-overdue' : '')}
            locale={{
              emptyText: <Empty description={isFiltered ? t('cases.empty') : t('common.empty')} />,
            }}
            columns={[
              {
                title: t('cases.number'),
                dataIndex: 'number',
                width: 140,
                render: (v: string, r) => <Link to={`/cases/${r.id}`}>{v}</Link>,
              },
              {
                title: t('cases.createdAt'),
                dataIndex: 'createdAt',
                width: 100,
                render: (v: string) => dayjs(v).format('MM-DD HH:mm'),
              },
              {
                title: t('cases.type'),
                dataIndex: 'type',
                width: 110,
                render: (v: string, r) => (
                  <Space size={2} wrap>
                    <Tag color={typeColor[v]}>{typeText(v, lang)}</Tag>
                    {r.urgency !== 'normal' && (
                      <Tag color={urgencyColor[r.urgency]}>{urgencyText(r.urgency, lang)}</Tag>
                    )}
                  </Space>
                ),
              },
              {
                title: t('cases.caller'),
                key: 'caller',
                width: 160,
                ellipsis: true,
                render: (_v, r) => (
                  <span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {channelText(r.channel, lang)}
                    </Typography.Text>{' '}
                    {[r.callerName || '—', r.roomLabel ?? r.callerPhone].filter(Boolean).join(' · ')}
                  </span>
                ),
              },
              { title: t('cases.summary'), dataIndex: 'summary', ellipsis: true },
              {
                title: t('cases.state'),
                dataIndex: 'state',
                width: 100,
                render: (v: string) => <Tag color={stateColor[v]}>{stateText(v, lang)}</Tag>,
              },
              {
                title: t('cases.owner'),
                key: 'owner',
                width: 84,
                ellipsis: true,
                render: (_v, r) => r.departmentName ?? r.ownerName ?? '—',
              },
              {
                title: t('cases.due'),
                dataIndex: 'dueAt',
                width: 130,
                render: (v: string | null, r) =>
                  v ? (
                    <span className={r.isOverdue ? 'pd-overdue' : undefined}>
                      {dayjs(v).format('MM-DD HH:mm')}{' '}
                      {r.isOverdue && <Tag color="red">{t('cases.overdue')}</Tag>}
                    </span>
                  ) : (
                    '—'
                  ),
              },
              { title: t('cases.firstTaker'), dataIndex: 'firstTakerName', width: 75 },
            ]}
          />
        )}
        {cases.hasNextPage && (
          <div style={{ textAlign: 'center', padding: 12 }}>
            <Button onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
              {t('cases.more')}
            </Button>
          </div>
        )}
      </Card>
    </div>
  );
};
