import { type SeverityRule, severityRules } from '@propdesk/domain';
import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n/i18n';
import { ruleText } from './labels';
import type { ComplaintDetail } from './queries';
import { SeverityTag } from './SeverityTag';

const at = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '');

/** The class: what the rules proposed and why (each matching rule named), and who confirmed it. */
export const SeverityCard = ({ c }: { c: ComplaintDetail }) => {
  const { t, lang } = useI18n();
  const now = c.proposalNow;
  const isDifferent = now.severity !== c.severity;
  return (
    <Card size="small" title={t('cmp.sev.title')} data-testid="severity-card">
      {c.majorRaisedAt && (
        <Alert
          type="error"
          showIcon
          title={t('cmp.sev.raised', { at: at(c.majorRaisedAt) })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'current',
            label: t('cmp.sev.current'),
            children: (
              <Space size={4} wrap>
                <SeverityTag severity={c.severity} />
                {c.severityConfirmedAt ? (
                  <Typography.Text type="secondary">
                    {t('cmp.sev.confirmedBy', {
                      name: c.severityConfirmedByName ?? '',
                      at: at(c.severityConfirmedAt),
                    })}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="warning">{t('cmp.sev.waiting')}</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            key: 'proposed',
            label: t('cmp.sev.atRegistration'),
            children: (
              <span>
                <SeverityTag severity={c.proposedSeverity} />
                {lang === 'en' ? ruleText(c.proposedRule, lang) : c.proposedReason}
              </span>
            ),
          },
          {
            key: 'now',
            label: t('cmp.sev.rulesNow'),
            children: (
              <div data-testid="severity-rules">
                {now.matches.map((m) => (
                  <div key={m} style={{ marginBottom: 2 }}>
                    <SeverityTag severity={severityRules[m as SeverityRule]?.severity ?? 'ordinary'} />
                    {ruleText(m, lang)}
                    {m === now.rule && now.matches.length > 1 && (
                      <Typography.Text type="secondary"> {t('cmp.sev.decides')}</Typography.Text>
                    )}
                  </div>
                ))}
              </div>
            ),
          },
        ]}
      />
      {isDifferent && <Alert type="warning" showIcon title={t('cmp.sev.differs')} description={now.reason} />}
    </Card>
  );
};
