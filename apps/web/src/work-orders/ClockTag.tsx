import type { ClockView } from '@propdesk/domain';
import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n/i18n';
import { clockColor, formatDuration, liveClock } from './clock-format';
import { useNow } from './use-now';

type Props = {
  view: ClockView;
  /** When the view was read (the query's dataUpdatedAt): the clock counts on from there. */
  fetchedAt: number;
  /** 到场 / 完工, shown before the time. */
  label?: string;
  testId?: string;
};

/** One of an order's two clocks, ticking: time left, overdue, paused, or met. */
export const ClockTag = ({ view, fetchedAt, label, testId }: Props) => {
  const { t, lang } = useI18n();
  const now = useNow();
  const c = liveClock(view, fetchedAt, now);
  const span = c.remainingMs === null ? '' : formatDuration(c.remainingMs, lang);
  const at = (v: string) => dayjs(v).format('MM-DD HH:mm');
  const text = {
    running: t('clock.left', { span }),
    // A breach once counted stays counted, even when a later deadline still lies ahead.
    overdue:
      c.remainingMs !== null && c.remainingMs >= 0
        ? t('clock.breachedLeft', { span })
        : t('clock.overdue', { span }),
    paused: t('clock.paused', { span }),
    met: t('clock.met', { at: view.metAt ? at(view.metAt) : '' }),
    metLate: t('clock.metLate', { at: view.metAt ? at(view.metAt) : '' }),
    stopped: t('clock.stopped'),
  }[c.status];
  return (
    <Tooltip title={t('clock.due', { at: dayjs(view.dueAt).format('YYYY-MM-DD HH:mm') })}>
      <Tag color={clockColor(c)} data-testid={testId} data-status={c.status} style={{ marginInlineEnd: 4 }}>
        {label ? `${label} ` : ''}
        {text}
      </Tag>
    </Tooltip>
  );
};
