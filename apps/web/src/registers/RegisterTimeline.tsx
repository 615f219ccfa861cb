import { Alert, Empty, Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { HistoryEntry } from '../history/HistoryTimeline';
import { useI18n } from '../i18n/i18n';
import { actionLabel, historyLines } from './history-lines';

type Props = {
  register: string;
  entries: HistoryEntry[] | undefined;
  isLoading?: boolean;
  error?: Error | null;
};

/** A register record's history, newest first; corrections show the old and the new value and the reason. */
export const RegisterTimeline = ({ register, entries, isLoading, error }: Props) => {
  const { lang, t } = useI18n();
  if (isLoading) return <Skeleton active />;
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!entries?.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  return (
    <Timeline
      data-testid="register-history"
      items={[...entries].reverse().map((e) => ({
        key: e.seq,
        color: e.action === 'amended' ? 'orange' : e.action.includes('refused') ? 'red' : undefined,
        content: (
          <div>
            <Typography.Text strong>{actionLabel(register, e.action, lang)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {e.actorName ?? t('history.system')}
            </Typography.Text>
            {e.reason && (
              <div style={{ fontSize: 12 }}>
                {t('reg.amend.reasonShort')}
                {e.reason}
              </div>
            )}
            {historyLines(e.data, lang, register).map((line) => (
              <div key={line} style={{ fontSize: 12, color: '#666', wordBreak: 'break-all' }}>
                {line}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
};
