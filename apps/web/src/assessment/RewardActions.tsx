import { Button, Space } from 'antd';
import { useState } from 'react';
import { useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { type RewardPenaltyView, useDecideReward, useWithdrawReward } from './queries-training';
import { DecideModal, ReasonModal } from './RewardForms';

/** What the viewer may do with a request still waiting: the manager decides, the submitter withdraws. */
export const RewardActions = ({ r }: { r: RewardPenaltyView }) => {
  const t = useI18n().t;
  const { data: me } = useMe();
  const decide = useDecideReward();
  const withdraw = useWithdrawReward();
  const [open, setOpen] = useState<'approve' | 'reject' | 'withdraw' | null>(null);
  if (r.state !== 'submitted' || !me) return null;
  // The server refuses a manager deciding on their own record; the buttons follow it.
  const canDecide = me.roles.includes('manager') && r.staffId !== me.id;
  const canWithdraw = me.roles.includes('assistant') && r.submittedBy === me.id;
  if (!canDecide && !canWithdraw) return null;
  const what = `${r.staffName}「${r.title}」`;
  return (
    <Space size={4}>
      {canDecide && (
        <>
          <Button size="small" type="primary" onClick={() => setOpen('approve')} data-testid="rp-approve">
            {t('asm.approve')}
          </Button>
          <Button size="small" danger onClick={() => setOpen('reject')} data-testid="rp-reject">
            {t('asm.reject')}
          </Button>
        </>
      )}
      {canWithdraw && (
        <Button size="small" onClick={() => setOpen('withdraw')}>
          {t('asm.rp.withdraw')}
        </Button>
      )}
      <DecideModal
        open={open === 'approve' || open === 'reject'}
        onClose={() => setOpen(null)}
        approve={open === 'approve'}
        title={t(open === 'approve' ? 'asm.rp.approveTitle' : 'asm.rp.rejectTitle', { what })}
        onDecide={(v) => decide.mutateAsync({ ...v, id: r.id })}
      />
      <ReasonModal
        open={open === 'withdraw'}
        onClose={() => setOpen(null)}
        title={t('asm.rp.withdrawTitle', { what })}
        onReason={(reason) => withdraw.mutateAsync({ id: r.id, reason })}
      />
    </Space>
  );
};
