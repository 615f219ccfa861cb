import { complaintStates } from '@propdesk/domain';
import { Steps } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { ackText, methodText, severityText, skipReasonText } from './labels';
import type { ComplaintDetail } from './queries';

const at = (v: string | null) => (v ? dayjs(v).format('MM-DD HH:mm') : '');

type Step = { key: string; title: string; isDone: boolean; lines: ReactNode[] };

/**
 * The path (S4 4.4.2, S2): received with the apology or thanks → class confirmed → the manager
 * signs → passed to the department → its written reply → customer told → verified → return
 * visit and closed. A step is done by the state reached, so a failed verification reopens the
 * department's steps.
 */
export const PathSteps = ({ c }: { c: ComplaintDetail }) => {
  const { t, lang } = useI18n();
  const reached = complaintStates.indexOf(c.state as (typeof complaintStates)[number]);
  const isAnswered = c.immediateMode === 'answered';
  const reply = c.replies[c.replies.length - 1];
  const steps: Step[] = [
    {
      key: 'received',
      title: t('cmp.step.received'),
      isDone: !!c.acknowledgement,
      lines: [
        c.firstTakerName,
        at(c.receivedAt),
        c.acknowledgement ? ackText(c.acknowledgement, lang) : t('cmp.step.noAck'),
      ],
    },
    {
      key: 'severity',
      title: t('cmp.step.severity'),
      isDone: !!c.severityConfirmedAt,
      lines: c.severityConfirmedAt
        ? [c.severityConfirmedByName, at(c.severityConfirmedAt), severityText(c.severity, lang)]
        : [t('cmp.step.bySupervisor')],
    },
    {
      key: 'sign',
      title: t('cmp.step.sign'),
      isDone: !!c.signedAt,
      lines: c.signedAt ? [c.signedByName, at(c.signedAt)] : [t('cmp.step.byManager')],
    },
    {
      key: 'referred',
      title: t('cmp.step.referred'),
      isDone: reached >= 1 || (isAnswered && !!c.signedAt),
      lines: isAnswered ? [t('cmp.step.onSpot')] : [c.departmentName, at(c.referredAt)],
    },
    {
      key: 'replied',
      title: t('cmp.step.replied'),
      isDone: reached >= 2 || (isAnswered && !!c.signedAt),
      lines: isAnswered
        ? [t('cmp.step.onSpot')]
        : reached >= 2 && reply
          ? [reply.writtenByName, at(reply.writtenAt)]
          : [c.departmentName],
    },
    {
      key: 'informed',
      title: t('cmp.step.informed'),
      isDone: reached >= 3,
      lines:
        reached >= 3
          ? [c.informedByName, at(c.informedAt), methodText(c.informMethod, lang)]
          : [t('cmp.step.byDesk')],
    },
    {
      key: 'verified',
      title: t('cmp.step.verified'),
      isDone: reached >= 4,
      lines: reached >= 4 ? [c.verifiedByName, at(c.verifiedAt)] : [t('cmp.step.bySupervisor')],
    },
    {
      key: 'closed',
      title: t('cmp.step.closed'),
      isDone: reached >= 5,
      lines:
        reached >= 5
          ? [
              c.returnVisitByName,
              at(c.closedAt),
              c.returnVisitSkipReason
                ? t('cmp.step.skipped', { reason: skipReasonText(c.returnVisitSkipReason, lang) })
                : t('cmp.step.visited'),
            ]
          : [t('cmp.step.bySupervisor')],
    },
  ];
  const current = steps.findIndex((s) => !s.isDone);
  return (
    <Steps
      size="small"
      titlePlacement="vertical"
      // All done: no step is "current", so none is drawn as in progress.
      current={current < 0 ? steps.length : current}
      data-testid="complaint-path"
      items={steps.map((s, i) => ({
        key: s.key,
        title: s.title,
        status: s.isDone ? 'finish' : i === current ? 'process' : 'wait',
        content: (
          <div className="pd-cmp-step" data-step={s.key} data-done={s.isDone ? '1' : '0'}>
            {s.lines.filter(Boolean).map((l, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of one step keep their order
              <div key={j}>{l}</div>
            ))}
          </div>
        ),
      }))}
    />
  );
};
