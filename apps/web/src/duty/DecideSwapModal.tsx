import { DecideSwapInput } from '@propdesk/domain';
import { Descriptions, Input } from 'antd';
import { useT } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { span } from './format';
import { type SwapRow, useDecideSwap } from './queries';

/** A refusal says why (the requester reads it); an approval may add a note. */
const DecideForm = DecideSwapInput.refine((v) => v.approve || v.note.trim().length > 0, {
  path: ['note'],
  message: '不批准时请填写原因',
});

type Props = { deciding: { swap: SwapRow; approve: boolean } | null; onClose: () => void };

/** 行政部 or the manager approves or refuses an application (S3 篇一 五.4). */
export const DecideSwapModal = ({ deciding, onClose }: Props) => {
  const t = useT();
  const decide = useDecideSwap();
  const s = deciding?.swap;
  const approve = deciding?.approve ?? true;
  return (
    <ModalForm
      title={approve ? t('swap.approveTitle') : t('swap.refuseTitle')}
      open={!!deciding}
      onClose={onClose}
      schema={DecideForm}
      defaults={{ approve, note: '' }}
      okText={approve ? t('swap.approve') : t('swap.refuse')}
      successText={approve ? t('swap.approved') : t('swap.refused')}
      testId="decide-form"
      onSubmit={(v) => decide.mutateAsync({ id: s!.id, approve: v.approve, note: v.note })}
    >
      {({ control }) => (
        <>
          {s && (
            <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('duty.shift')}>
                {`${s.postName} ${span(s.startsAt, s.endsAt)}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('swap.requester')}>{s.requesterName}</Descriptions.Item>
              <Descriptions.Item label={t('swap.substitute')}>{s.substituteName}</Descriptions.Item>
              <Descriptions.Item label={t('swap.reason')}>{s.reason}</Descriptions.Item>
            </Descriptions>
          )}
          <FormField
            control={control}
            name="note"
            label={approve ? t('swap.noteOptional') : t('swap.refuseReason')}
            required={!approve}
            render={(f) => <Input.TextArea {...f} rows={3} maxLength={200} />}
          />
        </>
      )}
    </ModalForm>
  );
};
