import type { ReleaseDecision } from '@propdesk/domain';
import { Alert } from 'antd';
import { useT } from '../../i18n/i18n';

/**
 * The release rules' verdict in the desk's words (S1 放行; S3 篇九 4.5.7): why it is refused,
 * whose confirmation is still needed, or that it may be issued (with the owner's reminder).
 */
export const DecisionPanel = ({
  decision,
  isPreview,
}: {
  decision: ReleaseDecision;
  isPreview?: boolean;
}) => {
  const t = useT();
  const prefix = isPreview ? t('reg.slip.preview') : '';
  if (decision.outcome === 'refused')
    return (
      <Alert
        type="error"
        showIcon
        className="pd-reg-decision"
        data-testid="slip-decision"
        title={`${prefix}${t('reg.slip.refused')}：${decision.reason}`}
        description={
          <span className="pd-reg-clause">{t('reg.slip.clause', { clause: decision.clause })}</span>
        }
      />
    );
  if (decision.outcome === 'needsOwner')
    return (
      <Alert
        type="warning"
        showIcon
        className="pd-reg-decision"
        data-testid="slip-decision"
        title={`${prefix}${t('reg.slip.needsOwner')}`}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {decision.reasons.map((r) => (
              <li key={r.reason}>
                {r.reason}
                <span className="pd-reg-clause">{r.clause}</span>
              </li>
            ))}
          </ul>
        }
      />
    );
  return (
    <Alert
      type="success"
      showIcon
      className="pd-reg-decision"
      data-testid="slip-decision"
      title={`${prefix}${t('reg.slip.allowed')}`}
      description={
        (decision.ownerReminder || decision.notifyManager || decision.clauses.length > 0) && (
          <div>
            {decision.ownerReminder && <div>{decision.ownerReminder}</div>}
            {decision.notifyManager && <div>{t('reg.slip.managerTold')}</div>}
            {decision.clauses.length > 0 && (
              <div className="pd-reg-clause" style={{ marginInlineStart: 0 }}>
                {t('reg.slip.clause', { clause: decision.clauses.join('；') })}
              </div>
            )}
          </div>
        )
      }
    />
  );
};
