import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { type ActionKind, ActionModal } from './ActionModal';
import { AmendModal } from './AmendModal';
import { PassUpModal } from './PassUpModal';
import { type CaseDetail, useCaseAction } from './queries';
import { type TaskDraft, TaskModal } from './TaskModal';

/** What the desk can do with a case: the buttons follow its type and state (S0 4.2, S1 服务上移, S4 4.3). */
export const CaseActions = ({ detail: c }: { detail: CaseDetail }) => {
  const t = useT();
  const { modal } = App.useApp();
  const [action, setAction] = useState<ActionKind | null>(null);
  const [isPassUp, setPassUp] = useState(false);
  const [isAmend, setAmend] = useState(false);
  const [task, setTask] = useState<TaskDraft | null>(null);
  const act = useCaseAction(c.id);
  const isOpen = c.state !== 'closed';
  const isHandled = isOpen && c.state !== 'awaitingDispatch';
  const canAnswer = isOpen && (c.type === 'inquiry' || c.type === 'suggestion');
  const report = () =>
    modal.confirm({
      title: t('case.reportConfirm'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        act.mutateAsync({ action: 'report' }).then(
          () => toastSuccess(t('common.saved')),
          (e: Error) => {
            modal.error({ title: e.message });
          },
        ),
    });
  return (
    <>
      <Space wrap data-testid="case-actions">
        {canAnswer && (
          <Button type="primary" onClick={() => setAction('answer')}>
            {t('case.act.answer')}
          </Button>
        )}
        {/* A repair or paid service waiting for dispatch is the work orders' to route. */}
        {isHandled && <Button onClick={() => setAction('transfer')}>{t('case.act.transfer')}</Button>}
        {isHandled && <Button onClick={report}>{t('case.act.report')}</Button>}
        {isHandled && <Button onClick={() => setAction('close')}>{t('case.act.close')}</Button>}
        {isOpen && (
          <Button danger onClick={() => setPassUp(true)} data-testid="pass-up-button">
            {t('case.act.passUp')}
          </Button>
        )}
        {isOpen && (
          <Button
            onClick={() =>
              setTask({
                kind: 'callback',
                caseId: c.id,
                callerName: c.callerName,
                callerPhone: c.callerPhone ?? '',
                note: c.summary,
              })
            }
          >
            {t('case.act.callback')}
          </Button>
        )}
        <Button onClick={() => setAmend(true)} data-testid="amend-button">
          {t('case.act.amend')}
        </Button>
      </Space>
      <ActionModal caseId={c.id} propertyId={c.propertyId} kind={action} onClose={() => setAction(null)} />
      <PassUpModal caseId={c.id} propertyId={c.propertyId} open={isPassUp} onClose={() => setPassUp(false)} />
      <AmendModal detail={c} open={isAmend} onClose={() => setAmend(false)} />
      <TaskModal propertyId={c.propertyId} draft={task} onClose={() => setTask(null)} />
    </>
  );
};
