import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n';
import { severityColor, severityText } from './labels';

/** 重大 red, 重要 orange, 热点 purple, 一般 default; "待确认" while the supervisor has not confirmed it. */
export const SeverityTag = ({ severity, isPending }: { severity: string; isPending?: boolean }) => {
  const { t, lang } = useI18n();
  return (
    <Tag color={severityColor[severity]} data-testid="severity-tag" data-severity={severity}>
      {severityText(severity, lang)}
      {isPending ? ` · ${t('cmp.unconfirmed')}` : ''}
    </Tag>
  );
};
