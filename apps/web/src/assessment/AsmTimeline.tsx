import { Empty, Timeline, Typography } from 'antd';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { dateTime } from './format';

type Entry = {
  seq: number;
  at: string;
  action: string;
  actorName: string | null;
  data: unknown;
  reason: string | null;
};

// The history log's actions of sheets, rewards/penalties and training plans, in the desk's words.
const actionKeys: Record<string, MessageKey> = {
  'item-added': 'asm.act.itemAdded',
  'item-withdrawn': 'asm.act.itemWithdrawn',
  confirmed: 'asm.act.confirmed',
  created: 'asm.act.created',
  updated: 'asm.act.updated',
  submitted: 'asm.act.submitted',
  approved: 'asm.act.approved',
  rejected: 'asm.act.rejected',
  withdrawn: 'asm.act.withdrawn',
  'session-added': 'asm.act.sessionAdded',
  'attendance-recorded': 'asm.act.attendance',
  'signed-off': 'asm.act.signedOff',
};

/** The figures an event carries that a reader cares about: points of an item, the confirmed score. */
const detail = (data: unknown): Record<string, number | string> => {
  const after = (data as { after?: Record<string, unknown> } | null)?.after;
  const before = (data as { before?: Record<string, unknown> } | null)?.before;
  const src = after ?? before ?? {};
  const out: Record<string, number | string> = {};
  for (const k of ['points', 'score', 'direction', 'kind'] as const) {
    const v = src[k];
    if (typeof v === 'number' || typeof v === 'string') out[k] = v;
  }
  return out;
};

/** One record's history from the history log, newest first. */
export const AsmTimeline = ({ entries }: { entries: Entry[] }) => {
  const t = useT();
  if (!entries.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('asm.timeline.empty')} />;
  return (
    <Timeline
      data-testid="asm-timeline"
      items={[...entries].reverse().map((e) => {
        const d = detail(e.data);
        const figures =
          e.action === 'confirmed' && d.score !== undefined
            ? t('asm.timeline.score', { score: d.score })
            : typeof d.points === 'number' && (d.direction || d.kind)
              ? `${d.direction === 'bonus' || d.kind === 'reward' ? '+' : '−'}${d.points}`
              : '';
        const key = actionKeys[e.action];
        return {
          key: e.seq,
          content: (
            <div>
              <Typography.Text strong>{key ? t(key) : e.action}</Typography.Text> {figures}
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                {dateTime(e.at)} · {e.actorName ?? t('asm.timeline.system')}
              </Typography.Text>
              {e.reason && <div style={{ fontSize: 12, color: '#666' }}>{e.reason}</div>}
            </div>
          ),
        };
      })}
    />
  );
};
