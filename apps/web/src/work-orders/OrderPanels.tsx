import { Card, Descriptions, Empty, Steps, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { ClockTag } from './ClockTag';
import {
  breachText,
  closedAsText,
  methodText,
  modeText,
  ratingText,
  stepStates,
  typeText,
  woStateText,
  yuan,
} from './labels';
import type { OrderDetail } from './queries';

export const at = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');

/** Where a paused order stands on the main line: the last step it reached. */
const reached = (o: OrderDetail) => {
  if (o.state !== 'paused') return o.state;
  if (o.arrival.metAt) return 'onSite';
  return o.acceptedAt ? 'accepted' : 'dispatched';
};

/** 待派工 → 已派工 → 已接单 → 已到场 → 已完工 → 已回访 → 已关闭. */
export const OrderSteps = ({ order: o }: { order: OrderDetail }) => {
  const { lang, t } = useI18n();
  const current = stepStates.indexOf(reached(o) as (typeof stepStates)[number]);
  const isClosed = o.state === 'closed';
  return (
    <Steps
      size="small"
      current={current}
      status={
        o.state === 'paused'
          ? 'wait'
          : isClosed && o.closedAs !== 'done'
            ? 'error'
            : isClosed
              ? 'finish'
              : 'process'
      }
      data-testid="order-steps"
      items={stepStates.map((s, n) => ({
        title: woStateText(s, lang),
        content:
          n === current && o.state === 'paused'
            ? t('wo.pausedUntil', { at: at(o.resumeAt) })
            : n === current && isClosed
              ? closedAsText(o.closedAs, lang)
              : undefined,
      }))}
    />
  );
};

/** The two clocks, big: arrival (to be on site) and completion. */
export const ClocksCard = ({ order: o, fetchedAt }: { order: OrderDetail; fetchedAt: number }) => {
  const { t } = useI18n();
  const row = (label: string, c: OrderDetail['arrival'], testId: string, extra?: React.ReactNode) => (
    <div className="wo-clock-row">
      <div className="wo-clock-label">{label}</div>
      <div>
        <ClockTag view={c} fetchedAt={fetchedAt} testId={testId} />
        {extra}
        <div className="wo-clock-due">{t('clock.due', { at: at(c.dueAt) })}</div>
      </div>
    </div>
  );
  return (
    <Card size="small" title={t('wo.clocks')}>
      {row(
        t('wo.arrivalClock'),
        o.arrival,
        'clock-arrival',
        o.isMustKeep && (
          <Tag color="volcano" data-testid="must-keep">
            {t('wo.mustKeep')}
          </Tag>
        ),
      )}
      {row(t('wo.completionClock'), o.completion, 'clock-completion')}
      {o.state === 'paused' && (
        <Typography.Text type="secondary">
          {t('wo.pausedBecause', { reason: o.pauseReason ?? '—', at: at(o.resumeAt) })}
        </Typography.Text>
      )}
    </Card>
  );
};

export const InfoCard = ({ order: o }: { order: OrderDetail }) => {
  const { t, lang } = useI18n();
  return (
    <Card size="small" title={t('wo.info')}>
      <Descriptions
        size="small"
        column={2}
        data-testid="order-info"
        items={[
          {
            key: 'case',
            label: t('wo.case'),
            children: <Link to={`/cases/${o.caseId}`}>{o.caseNumber}</Link>,
          },
          { key: 'type', label: t('wo.type'), children: typeText(o.type, lang) },
          { key: 'room', label: t('wo.room'), children: o.roomLabel ?? '—' },
          {
            key: 'customer',
            label: t('wo.customer'),
            children: (
              <span>
                {o.callerName || '—'} {o.callerPhone && <a href={`tel:${o.callerPhone}`}>{o.callerPhone}</a>}
              </span>
            ),
          },
          { key: 'dept', label: t('wo.department'), children: o.departmentName ?? '—' },
          {
            key: 'assignee',
            label: t('wo.assignee'),
            children: o.assigneeName ? `${o.assigneeName} ${o.assigneePhone ?? ''}` : '—',
          },
          {
            key: 'mode',
            label: t('wo.dispatchMode'),
            children: `${modeText(o.dispatchMode, lang)}${o.dispatchedByName ? ` · ${o.dispatchedByName}` : ''}`,
          },
          { key: 'at', label: t('wo.dispatchedAt'), children: at(o.dispatchedAt) },
          { key: 'desc', label: t('wo.description'), span: 2, children: o.description },
          ...(o.referredTo
            ? [{ key: 'ref', label: t('wo.externalContact'), span: 2, children: o.referredTo }]
            : []),
          ...(o.reworkOfId
            ? [
                {
                  key: 'rework',
                  label: t('wo.reworkOf'),
                  span: 2,
                  children: <Link to={`/work-orders/${o.reworkOfId}`}>#{o.reworkOfId}</Link>,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
};

/** The result, the materials, the priced lines and the fee. */
export const CompletionCard = ({ order: o }: { order: OrderDetail }) => {
  const { t } = useI18n();
  if (!o.completion.metAt) return null;
  return (
    <Card size="small" title={t('wo.completion')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'r', label: t('wo.result'), children: o.result ?? '—' },
          {
            key: 'm',
            label: t('wo.materials'),
            children: o.materials.length
              ? o.materials.map((m) => `${m.name} ${m.quantity}${m.unit}`).join('；')
              : t('wo.none'),
          },
        ]}
      />
      {o.items.length > 0 && (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={o.items}
          style={{ marginTop: 8 }}
          columns={[
            { title: t('price.name'), dataIndex: 'name' },
            { title: t('price.unitPrice'), dataIndex: 'unitPriceCents', render: (v: number) => yuan(v) },
            { title: t('wo.quantity'), dataIndex: 'quantity', render: (v: number, r) => `${v}${r.unit}` },
            { title: t('wo.amount'), dataIndex: 'amountCents', render: (v: number) => yuan(v) },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                {t('wo.feeTotal')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1}>
                <strong data-testid="order-fee">{yuan(o.feeCents)}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      )}
    </Card>
  );
};

export const VisitCard = ({ order: o }: { order: OrderDetail }) => {
  const { t, lang } = useI18n();
  const v = o.returnVisit;
  if (!v) return null;
  const kind = v.kind === 'spotCheck' ? t('rv.kind.spotCheck') : t('rv.kind.required');
  return (
    <Card size="small" title={`${t('rv.card')} · ${kind}`} data-testid="visit-card">
      {v.visitedAt ? (
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'm', label: t('rv.method'), children: methodText(v.method, lang) },
            {
              key: 'by',
              label: t('rv.visitedBy'),
              children: `${v.visitedByName ?? '—'} · ${at(v.visitedAt)}`,
            },
            { key: 'a', label: t('rv.attitude'), children: ratingText(v.attitude, lang) },
            { key: 'q', label: t('rv.quality'), children: ratingText(v.quality, lang) },
            {
              key: 'c',
              label: t('rv.charges'),
              span: 2,
              children:
                v.improperCharge || v.cashCharge ? (
                  <Tag color="red">{v.chargeDetail}</Tag>
                ) : (
                  t('rv.noCharges')
                ),
            },
            {
              key: 's',
              label: t('rv.satisfied'),
              children: v.satisfied ? (
                <Tag color="green">{t('rv.yes')}</Tag>
              ) : (
                <Tag color="red">{t('rv.no')}</Tag>
              ),
            },
            ...(v.reworkOrderId
              ? [
                  {
                    key: 'rw',
                    label: t('rv.reworkOrder'),
                    children: <Link to={`/work-orders/${v.reworkOrderId}`}>#{v.reworkOrderId}</Link>,
                  },
                ]
              : []),
            { key: 'cm', label: t('rv.comment'), span: 2, children: v.comment ?? '—' },
          ]}
        />
      ) : (
        <Typography.Text type={dayjs(v.dueAt).isBefore(dayjs()) ? 'danger' : 'secondary'}>
          {t('rv.dueBy', { at: dayjs(v.dueAt).subtract(1, 'minute').format('YYYY-MM-DD HH:mm') })}
        </Typography.Text>
      )}
    </Card>
  );
};

export const BreachesCard = ({ order: o }: { order: OrderDetail }) => {
  const { t, lang } = useI18n();
  return (
    <Card
      size="small"
      title={t('wo.breaches', { n: o.breaches.length })}
      styles={{ body: { padding: o.breaches.length ? 0 : undefined } }}
    >
      {o.breaches.length ? (
        <Table
          rowKey={(b) => `${b.kind}-${b.dueAt}`}
          size="small"
          pagination={false}
          dataSource={o.breaches}
          data-testid="breaches"
          columns={[
            {
              title: t('wo.breachKind'),
              dataIndex: 'kind',
              render: (k: string) => <Tag color="red">{breachText(k, lang)}</Tag>,
            },
            { title: t('wo.breachDue'), dataIndex: 'dueAt', render: at },
            { title: t('wo.breachDetected'), dataIndex: 'detectedAt', render: at },
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wo.noBreaches')} />
      )}
    </Card>
  );
};
