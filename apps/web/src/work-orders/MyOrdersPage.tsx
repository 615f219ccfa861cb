import { DesktopOutlined, PhoneOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Segmented, Skeleton, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { phoneText } from '../archive/format';
import { useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import type { ActionTarget } from './action-form';
import { ClockTag } from './ClockTag';
import { CompleteModal, type CompleteTarget } from './CompleteModal';
import { typeText, urgencyColor, urgencyText, woStateColor, woStateText } from './labels';
import { useConfirmedStep } from './OrderActions';
import { SendBackModal } from './PauseSendBackModals';
import { type MyOrder, useMyOrders } from './queries';
import './work-orders.css';

const OrderCard = ({
  o,
  fetchedAt,
  onComplete,
  onSendBack,
}: {
  o: MyOrder;
  fetchedAt: number;
  onComplete: (o: MyOrder) => void;
  onSendBack: (o: MyOrder) => void;
}) => {
  const { t, lang } = useI18n();
  const step = useConfirmedStep();
  const can = (a: MyOrder['allowedActions'][number]) => o.allowedActions.includes(a);
  return (
    <article className={`wo-phone-card wo-phone-${o.urgency}`} data-testid={`my-order-${o.number}`}>
      <div className="wo-phone-card-top">
        <Link to={`/work-orders/${o.id}`} className="wo-phone-number">
          {o.number}
        </Link>
        <Space size={4} wrap>
          {o.urgency !== 'normal' && (
            <Tag color={urgencyColor[o.urgency]}>{urgencyText(o.urgency, lang)}</Tag>
          )}
          <Tag color={woStateColor[o.state]} data-testid="my-order-state">
            {woStateText(o.state, lang)}
          </Tag>
        </Space>
      </div>
      <div className="wo-phone-desc">{o.description}</div>
      <div className="wo-phone-room">
        {o.roomLabel ?? t('mine.noRoom')} · {typeText(o.type, lang)}
      </div>
      <div className="wo-phone-customer">
        <span>{o.callerName || '—'}</span>
        {o.callerPhone && (
          <a className="wo-phone-call" href={`tel:${o.callerPhone}`} data-testid="call-customer">
            <PhoneOutlined /> {phoneText(o.callerPhone)}
          </a>
        )}
      </div>
      {o.state !== 'closed' && o.completion.metAt === null && (
        <div className="wo-phone-clocks">
          <ClockTag view={o.arrival} fetchedAt={fetchedAt} label={t('clock.arrival')} />
          <ClockTag view={o.completion} fetchedAt={fetchedAt} label={t('clock.completion')} />
          {o.isMustKeep && <Tag color="volcano">{t('wo.mustKeep')}</Tag>}
        </div>
      )}
      {o.state === 'paused' && <Alert type="info" title={t('mine.paused')} showIcon />}
      {o.completion.metAt && (
        <div className="wo-phone-room">
          {t('mine.doneAt', { at: dayjs(o.completion.metAt).format('MM-DD HH:mm') })}
        </div>
      )}
      <div className="wo-phone-case">{t('mine.case', { number: o.caseNumber })}</div>
      <div className="wo-phone-actions">
        {can('accept') && (
          <Button
            type="primary"
            size="large"
            block
            onClick={() => step(o, 'accept')}
            data-testid="mine-accept"
          >
            {t('wo.act.accept')}
          </Button>
        )}
        {can('arrive') && (
          <Button
            type="primary"
            size="large"
            block
            onClick={() => step(o, 'arrive')}
            data-testid="mine-arrive"
          >
            {t('mine.arrive')}
          </Button>
        )}
        {can('complete') && (
          <Button type="primary" size="large" block onClick={() => onComplete(o)} data-testid="mine-complete">
            {t('wo.act.complete')}
          </Button>
        )}
        {can('sendBack') && (
          <Button type="link" onClick={() => onSendBack(o)}>
            {t('wo.act.sendBack')}
          </Button>
        )}
      </div>
    </article>
  );
};

/**
 * 我的派工单 for department staff on a phone (issue 4 item 4): big buttons to accept, arrive and
 * complete; the case and the customer's phone one tap away. Outside the desk's shell so it fits
 * a 390-pixel screen.
 */
export const MyOrdersPage = () => {
  const { t } = useI18n();
  const { data: me } = useMe();
  const [scope, setScope] = useState<'mine' | 'department'>('mine');
  const q = useMyOrders(scope);
  const [completing, setCompleting] = useState<CompleteTarget | null>(null);
  const [sendingBack, setSendingBack] = useState<ActionTarget | null>(null);
  const { open, done } = useMemo(() => {
    const rows = q.data ?? [];
    return {
      open: rows.filter((o) => o.completion.metAt === null),
      done: rows.filter((o) => o.completion.metAt !== null),
    };
  }, [q.data]);
  const card = (o: MyOrder) => (
    <OrderCard
      key={o.id}
      o={o}
      fetchedAt={q.dataUpdatedAt}
      onComplete={(x) =>
        setCompleting({
          id: x.id,
          number: x.number,
          propertyId: x.propertyId,
          version: x.version,
          type: x.type,
        })
      }
      onSendBack={(x) =>
        setSendingBack({
          id: x.id,
          number: x.number,
          propertyId: x.propertyId,
          departmentId: x.departmentId,
          assigneeId: x.assigneeId,
          version: x.version,
        })
      }
    />
  );
  return (
    <div className="wo-phone" data-testid="my-orders">
      <header className="wo-phone-header">
        <strong>{t('nav.myOrders')}</strong>
        <span className="wo-phone-me">{me?.name}</span>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => void q.refetch()}
          loading={q.isFetching}
          aria-label={t('mine.refresh')}
        />
        <Link to="/" aria-label={t('mine.desktop')}>
          <DesktopOutlined />
        </Link>
      </header>
      {me?.isDeptHead && (
        <Segmented
          block
          value={scope}
          onChange={setScope}
          options={[
            { value: 'mine', label: t('mine.scopeMine') },
            { value: 'department', label: t('mine.scopeDept') },
          ]}
          style={{ margin: '12px 12px 0' }}
        />
      )}
      <main className="wo-phone-list">
        {q.isLoading ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : q.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('board.loadFailed', { message: q.error.message })}
            action={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <>
            {open.length ? open.map(card) : <Empty description={t('mine.empty')} />}
            {done.length > 0 && <h2 className="wo-phone-section">{t('mine.recent', { n: done.length })}</h2>}
            {done.map(card)}
          </>
        )}
      </main>
      <CompleteModal order={completing} onClose={() => setCompleting(null)} isLarge />
      <SendBackModal order={sendingBack} onClose={() => setSendingBack(null)} />
    </div>
  );
};
