import { caseTypes, openStates } from '@propdesk/domain';
import { Alert, Badge, Button, Card, Select, Space, Tabs, Tooltip } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { BoardCasesTable, BoardOrdersTable } from './BoardTables';
import { useBoardStream } from './board-stream';
import { type DispatchCase, DispatchModal, RedispatchModal, type RedispatchTarget } from './DispatchModal';
import { typeText, woStateText } from './labels';
import { deskRoles } from './menu';
import { type BoardFilter, useBoard, useDepartments, useFieldStaff, woKeys } from './queries';
import './work-orders.css';

const flags = ['overdue', 'breached', 'followUp'] as const;
type Flag = (typeof flags)[number];
const num = (v: string | null) => (v ? Number(v) : undefined);

/**
 * 跟进看板 (issue 4 item 7; S3 篇九 4.5.4): every open order with its two clocks ticking, the
 * cases still waiting for dispatch, filters by department, type, state and person, kept live
 * over server-sent events; orders without today's follow-up note are flagged.
 */
export const BoardPage = () => {
  const { t, lang } = useI18n();
  const { propertyId } = usePropertyScope();
  const { data: me } = useMe();
  const canDispatch = hasRole(me, ...deskRoles);
  const [params, setParams] = useSearchParams();
  const [dispatching, setDispatching] = useState<DispatchCase | null>(null);
  const [redispatching, setRedispatching] = useState<RedispatchTarget | null>(null);
  const flag = (flags as readonly string[]).includes(params.get('flag') ?? '')
    ? (params.get('flag') as Flag)
    : undefined;
  const filter: BoardFilter = {
    propertyId,
    departmentId: num(params.get('dept')),
    type: params.get('type') ?? undefined,
    state: params.get('state') ?? undefined,
    assigneeId: num(params.get('person')),
    flag,
    page: num(params.get('page')) ?? 1,
  };
  const tab = params.get('tab') ?? 'orders';
  const board = useBoard(filter);
  const status = useBoardStream(propertyId, woKeys.boardAll());
  const departments = useDepartments(propertyId);
  const staff = useFieldStaff(propertyId);
  const set = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  const b = board.data;
  const awaiting = (b?.cases ?? []).filter((c) => c.state === 'awaitingDispatch');
  const others = (b?.cases ?? []).filter((c) => c.state !== 'awaitingDispatch');
  const fetchedAt = board.dataUpdatedAt;
  const isFiltered = !!(filter.departmentId || filter.type || filter.state || filter.assigneeId || flag);
  const empty = isFiltered ? t('board.emptyFiltered') : t('board.empty');
  const statCount = (key: Flag) =>
    key === 'followUp'
      ? b?.counts.followUpMissing
      : key === 'overdue'
        ? b?.counts.overdue
        : b?.counts.breached;

  return (
    <div data-testid="board-page">
      <div className="pd-page-header">
        <h1>
          {t('board.title')}{' '}
          <Tooltip title={t(`board.stream.${status}Hint`)}>
            <Badge
              status={status === 'live' ? 'processing' : status === 'down' ? 'error' : 'warning'}
              text={t(`board.stream.${status}`)}
              data-testid="board-live"
              data-status={status}
              style={{ fontWeight: 400, fontSize: 13, marginInlineStart: 8 }}
            />
          </Tooltip>
        </h1>
        <Space wrap>
          <Button type={!flag ? 'primary' : 'default'} onClick={() => set({ flag: undefined })}>
            {t('board.open', { n: b?.counts.open ?? '…' })}
          </Button>
          {flags.map((f) => (
            <Button
              key={f}
              danger={f !== 'followUp'}
              type={flag === f ? 'primary' : 'default'}
              onClick={() => set({ flag: flag === f ? undefined : f, tab: 'orders' })}
              data-testid={`board-flag-${f}`}
            >
              {t(`board.flag.${f}`)} {statCount(f) ?? '…'}
            </Button>
          ))}
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('board.filter.department')}
            value={filter.departmentId}
            onChange={(v) => set({ dept: v })}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            style={{ width: 150 }}
            data-testid="board-filter-department"
          />
          <Select
            allowClear
            placeholder={t('board.filter.type')}
            value={filter.type}
            onChange={(v) => set({ type: v })}
            options={caseTypes.map((c) => ({ value: c, label: typeText(c, lang) }))}
            style={{ width: 130 }}
            data-testid="board-filter-type"
          />
          <Select
            allowClear
            placeholder={t('board.filter.state')}
            value={filter.state}
            onChange={(v) => set({ state: v })}
            options={openStates.map((s) => ({ value: s, label: woStateText(s, lang) }))}
            style={{ width: 130 }}
            data-testid="board-filter-state"
          />
          <Select
            allowClear
            showSearch={{ filterOption: (input, o) => String(o?.label ?? '').includes(input) }}
            placeholder={t('board.filter.person')}
            value={filter.assigneeId}
            onChange={(v) => set({ person: v })}
            options={(staff.data ?? []).map((s) => ({
              value: s.id,
              label: `${s.name}${s.departmentName ? `（${s.departmentName}）` : ''}`,
            }))}
            style={{ width: 200 }}
            data-testid="board-filter-person"
          />
          {isFiltered && (
            <Button type="link" onClick={() => setParams(tab === 'orders' ? {} : { tab }, { replace: true })}>
              {t('board.clear')}
            </Button>
          )}
        </Space>
      </Card>
      {board.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('board.loadFailed', { message: board.error.message })}
          action={<Button onClick={() => void board.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <Card size="small" styles={{ body: { paddingTop: 0 } }}>
          <Tabs
            activeKey={tab}
            onChange={(k) => set({ tab: k === 'orders' ? undefined : k, page: filter.page })}
            items={[
              {
                key: 'orders',
                label: t('board.tab.orders', { n: b?.orders.total ?? '…' }),
                children: (
                  <BoardOrdersTable
                    rows={b?.orders.items ?? []}
                    total={b?.orders.total ?? 0}
                    page={filter.page ?? 1}
                    fetchedAt={fetchedAt}
                    isLoading={board.isLoading}
                    onPage={(p) => set({ page: p })}
                    onRedispatch={
                      canDispatch
                        ? (o) =>
                            setRedispatching({
                              id: o.id,
                              number: o.number,
                              propertyId: o.propertyId,
                              departmentId: o.departmentId,
                              version: o.version,
                            })
                        : undefined
                    }
                    emptyText={empty}
                  />
                ),
              },
              {
                key: 'dispatch',
                label: (
                  <Badge count={awaiting.length} size="small" offset={[8, -2]}>
                    <span data-testid="board-tab-dispatch">{t('board.tab.dispatch')}</span>
                  </Badge>
                ),
                children: (
                  <BoardCasesTable
                    rows={awaiting}
                    fetchedAt={fetchedAt}
                    isLoading={board.isLoading}
                    canDispatch={canDispatch}
                    onDispatch={(c) => setDispatching({ ...c, propertyId: propertyId! })}
                    emptyText={t('board.noAwaiting')}
                  />
                ),
              },
              {
                key: 'cases',
                label: t('board.tab.cases', { n: others.length }),
                children: (
                  <BoardCasesTable
                    rows={others}
                    fetchedAt={fetchedAt}
                    isLoading={board.isLoading}
                    canDispatch={canDispatch}
                    onDispatch={(c) => setDispatching({ ...c, propertyId: propertyId! })}
                    emptyText={empty}
                  />
                ),
              },
            ]}
          />
        </Card>
      )}
      <DispatchModal from={dispatching} onClose={() => setDispatching(null)} />
      <RedispatchModal order={redispatching} onClose={() => setRedispatching(null)} />
    </div>
  );
};
