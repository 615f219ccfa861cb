import { PrinterOutlined } from '@ant-design/icons';
import type { WorkOrderAction } from '@propdesk/domain';
import { App, Button, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { toastSuccess } from '../lib/feedback';
import type { ActionTarget, DeskModalKind } from './action-form';
import { CompleteModal } from './CompleteModal';
import { ReassignModal, ReferModal, RescheduleModal } from './DeskActionModals';
import { RedispatchModal } from './DispatchModal';
import { woActionText } from './labels';
import { PauseModal, SendBackModal } from './PauseSendBackModals';
import { type OrderDetail, type SimpleAction, useSimpleAction } from './queries';
import { ReturnVisitModal } from './ReturnVisitModal';

const confirms: Record<SimpleAction, { title: MessageKey; done: MessageKey }> = {
  accept: { title: 'wo.acceptConfirm', done: 'wo.accepted' },
  arrive: { title: 'wo.arriveConfirm', done: 'wo.arrived' },
  resume: { title: 'wo.resumeConfirm', done: 'wo.resumed' },
  close: { title: 'wo.closeConfirm', done: 'wo.closed' },
};

/** Asks first, then takes one of the version-only steps (accept, arrive, resume, close). */
export const useConfirmedStep = () => {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const step = useSimpleAction();
  return (o: { id: number; number: string; version: number }, action: SimpleAction) =>
    modal.confirm({
      title: t(confirms[action].title, { number: o.number }),
      okText: t(`wo.act.${action}`),
      cancelText: t('common.cancel'),
      onOk: () =>
        step.mutateAsync({ id: o.id, action, version: o.version }).then(
          (r) => {
            toastSuccess(r.isCaseClosed ? t('wo.closedWithCase') : t(confirms[action].done));
          },
          () => undefined,
        ),
    });
};

// The order the buttons appear in: the next step of the work first, then the desk's levers.
const order: WorkOrderAction[] = [
  'dispatch',
  'accept',
  'arrive',
  'complete',
  'returnVisit',
  'close',
  'resume',
  'reschedule',
  'reassign',
  'pause',
  'sendBack',
  'refer',
];
type ModalKind = DeskModalKind | 'dispatch' | 'complete' | 'visit';
const primary = new Set<WorkOrderAction>(['dispatch', 'accept', 'arrive', 'complete', 'returnVisit']);

/** The buttons the signed-in person may press on this order now (the server lists them), and printing. */
export const OrderActions = ({ order: o }: { order: OrderDetail }) => {
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  const step = useConfirmedStep();
  // The order as it was when a form opened: a change by someone else meanwhile is a 409 on
  // saving (told and refreshed), never a form silently reset under the typing hand.
  const [open, setOpen] = useState<{ kind: ModalKind; at: OrderDetail } | null>(null);
  const press = (a: WorkOrderAction) => {
    if (a === 'accept' || a === 'arrive' || a === 'resume' || a === 'close') return step(o, a);
    setOpen({ kind: a === 'returnVisit' ? 'visit' : a, at: o });
  };
  const close = () => setOpen(null);
  const targets = useMemo(() => {
    if (!open) return null;
    const a = open.at;
    const desk: ActionTarget = {
      id: a.id,
      number: a.number,
      propertyId: a.propertyId,
      departmentId: a.departmentId,
      assigneeId: a.assigneeId,
      version: a.version,
    };
    return {
      desk,
      complete: { id: a.id, number: a.number, propertyId: a.propertyId, version: a.version, type: a.type },
      visit: {
        id: a.id,
        number: a.number,
        version: a.version,
        kind: a.returnVisit?.kind ?? ('required' as const),
        callerName: a.callerName,
        callerPhone: a.callerPhone,
        description: a.description,
        result: a.result,
        assigneeName: a.assigneeName,
      },
    };
  }, [open]);
  const of = (k: ModalKind) => (open?.kind === k ? (targets?.desk ?? null) : null);
  const allowed = order.filter((a) => o.allowedActions.includes(a));
  return (
    <>
      <Space wrap data-testid="order-actions">
        {allowed.map((a) => (
          <Button
            key={a}
            type={primary.has(a) ? 'primary' : 'default'}
            danger={a === 'refer'}
            onClick={() => press(a)}
            data-testid={`act-${a}`}
          >
            {woActionText(a, lang)}
          </Button>
        ))}
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/work-orders/${o.id}/slip`)}>
          {t('wo.printSlip')}
        </Button>
        {o.completion.metAt !== null && o.items.length > 0 && (
          <Button icon={<PrinterOutlined />} onClick={() => navigate(`/work-orders/${o.id}/receipt`)}>
            {t('wo.printReceipt')}
          </Button>
        )}
      </Space>
      <RedispatchModal order={of('dispatch')} onClose={close} />
      <RescheduleModal order={of('reschedule')} onClose={close} />
      <ReassignModal order={of('reassign')} onClose={close} />
      <ReferModal order={of('refer')} onClose={close} />
      <PauseModal order={of('pause')} onClose={close} />
      <SendBackModal order={of('sendBack')} onClose={close} />
      <CompleteModal order={open?.kind === 'complete' ? (targets?.complete ?? null) : null} onClose={close} />
      <ReturnVisitModal order={open?.kind === 'visit' ? (targets?.visit ?? null) : null} onClose={close} />
    </>
  );
};
