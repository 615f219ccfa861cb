import { BarChartOutlined, BookOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  complaintActionRoles,
  complaintCategories,
  complaintSeverities,
  complaintStates,
} from '@propdesk/domain';
import { Alert, Button, Card, Checkbox, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { categoryText, stateColor, stateText } from './labels';
import { reportReaders } from './menu';
import { type ComplaintRow, useComplaints, useDepartmentOptions } from './queries';
import { SeverityTag } from './SeverityTag';

/** 投诉: every complaint of the property with its class, state and department; filters live in the URL. */
export const ComplaintsPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const departments = useDepartmentOptions(propertyId);
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const filter = {
    propertyId,
    q: params.get('q') || undefined,
    severity: params.get('severity') || undefined,
    state: params.get('state') || undefined,
    category: params.get('category') || undefined,
    departmentId: Number(params.get('departmentId')) || undefined,
    open: params.get('open') === '1',
    mine: params.get('mine') === '1',
  };
  const list = useComplaints(filter);
  const rows = list.data?.pages.flat() ?? [];
  const setParam = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, String(value));
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const isFiltered = Object.entries(filter).some(([k, v]) => k !== 'propertyId' && !!v);
  const canRegister = hasRole(me, ...complaintActionRoles.register);
  const isDeptStaff = hasRole(me, 'dept_staff');

  return (
    <div data-testid="complaints-page">
      <div className="pd-page-header">
        <h1>{t('cmp.list.title')}</h1>
        <Space wrap>
          <Link to="/complaints/library">
            <Button icon={<BookOutlined />}>{t('cmp.library.title')}</Button>
          </Link>
          {hasRole(me, 'receptionist', ...reportReaders) && (
            <Link to="/complaints/public-list">
              <Button icon={<PrinterOutlined />}>{t('cmp.public.short')}</Button>
            </Link>
          )}
          {hasRole(me, ...reportReaders) && (
            <Link to="/complaints/reports">
              <Button icon={<BarChartOutlined />}>{t('cmp.report.short')}</Button>
            </Link>
          )}
          {canRegister && (
            <Link to="/complaints/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="complaint-new">
                {t('cmp.reg.title')}
              </Button>
            </Link>
          )}
        </Space>
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
            placeholder={t('cmp.list.search')}
            style={{ width: 220 }}
            data-testid="complaints-search"
          />
          <Select
            allowClear
            placeholder={t('cmp.severity')}
            value={filter.severity}
            onChange={(v) => setParam('severity', v)}
            options={complaintSeverities.map((s) => ({ value: s, label: <SeverityTag severity={s} /> }))}
            style={{ width: 120 }}
            data-testid="complaints-severity"
          />
          <Select
            allowClear
            placeholder={t('cmp.state')}
            value={filter.state}
            onChange={(v) => setParam('state', v)}
            options={complaintStates.map((s) => ({ value: s, label: stateText(s, lang) }))}
            style={{ width: 140 }}
            data-testid="complaints-state"
          />
          <Select
            allowClear
            placeholder={t('cmp.category')}
            value={filter.category}
            onChange={(v) => setParam('category', v)}
            options={complaintCategories.map((c) => ({ value: c, label: categoryText(c, lang) }))}
            style={{ width: 150 }}
            data-testid="complaints-category"
          />
          <Select<number>
            allowClear
            placeholder={t('cmp.department')}
            value={filter.departmentId}
            onChange={(v) => setParam('departmentId', v)}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            style={{ width: 130 }}
            data-testid="complaints-department"
          />
          <Checkbox
            checked={filter.open}
            onChange={(e) => setParam('open', e.target.checked ? '1' : undefined)}
          >
            {t('cmp.list.open')}
          </Checkbox>
          {isDeptStaff && (
            <Checkbox
              checked={filter.mine}
              onChange={(e) => setParam('mine', e.target.checked ? '1' : undefined)}
            >
              {t('cmp.list.mine')}
            </Checkbox>
          )}
        </Space>
      </Card>
      <Card styles={{ body: { padding: 0 } }}>
        {list.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('cmp.loadFailed', { message: list.error.message })}
            action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
            style={{ margin: 16 }}
          />
        ) : (
          <Table<ComplaintRow>
            rowKey="caseId"
            size="middle"
            data-testid="complaints-table"
            loading={list.isLoading || (list.isFetching && !list.isFetchingNextPage)}
            dataSource={rows}
            pagination={false}
            locale={{
              emptyText: (
                <Empty description={isFiltered ? t('cmp.list.emptyFiltered') : t('cmp.list.empty')} />
              ),
            }}
            columns={[
              {
                title: t('cmp.number'),
                dataIndex: 'number',
                width: 150,
                render: (v: string, r) => <Link to={`/complaints/${r.caseId}`}>{v}</Link>,
              },
              {
                title: t('cmp.receivedAt'),
                dataIndex: 'receivedAt',
                width: 105,
                render: (v: string) => dayjs(v).format('MM-DD HH:mm'),
              },
              {
                title: t('cmp.severity'),
                dataIndex: 'severity',
                width: 110,
                render: (v: string, r) => <SeverityTag severity={v} isPending={!r.severityConfirmedAt} />,
              },
              {
                title: t('cmp.category'),
                dataIndex: 'category',
                width: 120,
                render: (v: string, r) => (
                  <div>
                    <div>{categoryText(v, lang)}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.location || '—'}
                    </Typography.Text>
                  </div>
                ),
              },
              {
                title: t('cmp.summary'),
                dataIndex: 'summary',
                ellipsis: true,
                render: (v: string, r) => (
                  <span>
                    {r.isTypical && <Tag color="blue">{t('cmp.typical')}</Tag>}
                    {r.complainantCount > 1 && <Tag>{t('cmp.list.people', { n: r.complainantCount })}</Tag>}
                    {v}
                  </span>
                ),
              },
              { title: t('cmp.caller'), dataIndex: 'callerName', width: 110, ellipsis: true },
              {
                title: t('cmp.state'),
                dataIndex: 'state',
                width: 120,
                render: (v: string) => <Tag color={stateColor[v]}>{stateText(v, lang)}</Tag>,
              },
              {
                title: t('cmp.department'),
                dataIndex: 'departmentName',
                width: 90,
                render: (v: string | null) => v ?? '—',
              },
              {
                title: t('cmp.age'),
                dataIndex: 'ageDays',
                width: 70,
                align: 'right',
                render: (v: number, r) =>
                  r.closedAt ? (
                    t('cmp.days', { n: v })
                  ) : (
                    <Typography.Text type={v >= 30 ? 'danger' : undefined}>
                      {t('cmp.days', { n: v })}
                    </Typography.Text>
                  ),
              },
            ]}
          />
        )}
        {list.hasNextPage && (
          <div style={{ textAlign: 'center', padding: 12 }}>
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('cmp.more')}
            </Button>
          </div>
        )}
      </Card>
    </div>
  );
};
