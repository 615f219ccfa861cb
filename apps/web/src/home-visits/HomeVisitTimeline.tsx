import { satisfactionLabels } from '@propdesk/domain';
import { Alert, Empty, Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { HistoryEntry } from '../history/HistoryTimeline';
import { useI18n } from '../i18n/i18n';
import { homeVisitMessages as messages } from './messages';

const fields: Record<string, [string, string]> = {
  scheduledAt: ['约定到访时间', 'Visit time'],
  state: ['状态', 'State'],
  metName: ['接待人', 'Received by'],
  satisfaction: ['评价', 'Rating'],
  opinions: ['业户意见及建议', 'Opinions'],
  followUp: ['需跟进事项', 'Follow-up'],
};

const shown = (key: string, v: unknown, lang: string) => {
  if (v === null || v === undefined || v === '') return '—';
  if (key.endsWith('At') && typeof v === 'string') return dayjs(v).format('YYYY-MM-DD HH:mm');
  if (key === 'satisfaction' && lang !== 'en') return satisfactionLabels[v as 'satisfied'] ?? String(v);
  if (key === 'state') {
    const k = `hv.state.${String(v)}` as keyof typeof messages;
    return k in messages ? messages[k][lang === 'en' ? 1 : 0] : String(v);
  }
  return String(v);
};

/** What changed in one event: an amendment's field, or the before/after of a state change. */
const lines = (data: unknown, lang: string): string[] => {
  const d = (data ?? {}) as { field?: string; before?: unknown; after?: unknown };
  const name = (k: string) => fields[k]?.[lang === 'en' ? 1 : 0] ?? k;
  if (d.field)
    return [`${name(d.field)}：${shown(d.field, d.before, lang)} → ${shown(d.field, d.after, lang)}`];
  const before = (d.before ?? {}) as Record<string, unknown>;
  const after = (d.after ?? {}) as Record<string, unknown>;
  if (!d.before) return [];
  return Object.keys(after)
    .filter((k) => k in fields)
    .map((k) => `${name(k)}：${shown(k, before[k], lang)} → ${shown(k, after[k], lang)}`);
};

/** The history of an appointment or a visit record, newest first. */
export const HomeVisitTimeline = ({
  entries,
  isLoading,
  error,
}: {
  entries: HistoryEntry[] | undefined;
  isLoading: boolean;
  error: Error | null;
}) => {
  const { t, lang } = useI18n();
  if (isLoading) return <Skeleton active />;
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!entries?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const action = (a: string) => {
    const k = `hv.act.${a}` as keyof typeof messages;
    return k in messages ? t(k) : a;
  };
  return (
    <Timeline
      data-testid="hv-timeline"
      items={[...entries].reverse().map((e) => ({
        key: e.seq,
        content: (
          <div>
            <Typography.Text strong>{action(e.action)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {e.actorName ?? '—'}
            </Typography.Text>
            {e.reason && <Typography.Text type="secondary">（{e.reason}）</Typography.Text>}
            {lines(e.data, lang).map((l) => (
              <div key={l} style={{ fontSize: 12, color: '#666', wordBreak: 'break-all' }}>
                {l}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
};
