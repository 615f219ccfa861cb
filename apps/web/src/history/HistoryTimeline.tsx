import { Alert, Empty, Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n/i18n';
import { actionText, changeLines } from './history-format';

export type HistoryEntry = {
  seq: number;
  at: string;
  action: string;
  actorId: number | null;
  actorName: string | null;
  data: unknown;
  reason: string | null;
};

type Props = { entries: HistoryEntry[] | undefined; isLoading?: boolean; error?: Error | null };

/** One entity's history from THE history log, newest first. */
export const HistoryTimeline = ({ entries, isLoading, error }: Props) => {
  const { lang, t } = useI18n();
  if (isLoading) return <Skeleton active />;
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!entries?.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  return (
    <Timeline
      data-testid="history-timeline"
      items={[...entries].reverse().map((e) => ({
        key: e.seq,
        content: (
          <div>
            <Typography.Text strong>{actionText(e.action, lang)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {e.actorName ?? t('history.system')}
            </Typography.Text>
            {e.reason && <Typography.Text type="secondary">（{e.reason}）</Typography.Text>}
            {changeLines(e.data, lang).map((line) => (
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
