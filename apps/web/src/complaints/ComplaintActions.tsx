import type { ComplaintAction } from '@propdesk/domain';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { AmendModal } from './AmendModal';
import { amendableFor } from './amend-fields';
import { InformModal, VerifyModal } from './CloseModals';
import type { ComplaintDetail } from './queries';
import { ReplyModal } from './ReplyModal';
import { AcknowledgeModal, SeverityModal } from './SeverityModal';
import { SignModal } from './SignModal';
import { TypicalModal } from './TypicalModal';
import { ReturnVisitModal, SkipReturnVisitModal } from './VisitModals';

type Open = ComplaintAction | 'amend' | null;

const order: ComplaintAction[] = [
  'acknowledge',
  'severity',
  'sign',
  'reply',
  'inform',
  'verify',
  'returnVisit',
  'skipReturnVisit',
  'typical',
];
/** The step that moves the path on: the one button in blue. */
const pathSteps = new Set<ComplaintAction>(['sign', 'reply', 'inform', 'verify', 'returnVisit']);

/** The buttons come from the server's allowedActions: what this user may do on this complaint now. */
export const ComplaintActions = ({ c }: { c: ComplaintDetail }) => {
  const t = useT();
  const { data: me } = useMe();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const actions = order.filter((a) => c.allowedActions.includes(a));
  const primary =
    actions.find((a) => pathSteps.has(a)) ??
    (c.severityConfirmedAt ? undefined : actions.find((a) => a === 'severity'));
  const canAmend = !!me && amendableFor(c, me).length > 0;
  const label = (a: ComplaintAction): MessageKey =>
    a === 'severity' && c.severityConfirmedAt ? 'cmp.act.changeSeverity' : (`cmp.act.${a}` as MessageKey);
  return (
    <>
      <Space wrap data-testid="complaint-actions">
        {actions.map((a) => (
          <Button
            key={a}
            type={a === primary ? 'primary' : 'default'}
            onClick={() => setOpen(a)}
            data-testid={`act-${a}`}
          >
            {t(label(a))}
          </Button>
        ))}
        {canAmend && (
          <Button onClick={() => setOpen('amend')} data-testid="act-amend">
            {t('cmp.act.amend')}
          </Button>
        )}
      </Space>
      <AcknowledgeModal c={c} open={open === 'acknowledge'} onClose={close} />
      <SeverityModal c={c} open={open === 'severity'} onClose={close} />
      <SignModal c={c} open={open === 'sign'} onClose={close} />
      <ReplyModal c={c} open={open === 'reply'} onClose={close} />
      <InformModal c={c} open={open === 'inform'} onClose={close} />
      <VerifyModal c={c} open={open === 'verify'} onClose={close} />
      <ReturnVisitModal c={c} open={open === 'returnVisit'} onClose={close} />
      <SkipReturnVisitModal c={c} open={open === 'skipReturnVisit'} onClose={close} />
      <TypicalModal c={c} open={open === 'typical'} onClose={close} />
      {canAmend && <AmendModal c={c} open={open === 'amend'} onClose={close} />}
    </>
  );
};
