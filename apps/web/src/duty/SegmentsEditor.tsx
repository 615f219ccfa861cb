import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { DutySegment } from '@propdesk/domain';
import { Button, Space, Tag, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../i18n/i18n';
import { nextDayFlags } from './post-form';

const MAX_SEGMENTS = 4;
const asTime = (hhmm: string) => (/^\d\d:\d\d$/.test(hhmm) ? dayjs(`2000-01-01T${hhmm}:00`) : null);

type Props = {
  id?: string;
  label: string;
  value?: DutySegment[];
  onChange: (v: DutySegment[]) => void;
  emptyText: string;
};

/** The periods of one shift: a start and an end picker per row; an end at or before the start is the next day. */
export const SegmentsEditor = ({ id, label, value = [], onChange, emptyText }: Props) => {
  const t = useT();
  const flags = nextDayFlags(value);
  const set = (i: number, patch: Partial<DutySegment>) =>
    onChange(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const picker = (i: number, side: 'start' | 'end', v: string) => (
    <TimePicker
      id={i === 0 && side === 'start' ? id : undefined}
      format="HH:mm"
      needConfirm={false}
      allowClear={false}
      value={asTime(v)}
      onChange={(d) => set(i, { [side]: d ? d.format('HH:mm') : '' })}
      aria-label={t(side === 'start' ? 'posts.segStart' : 'posts.segEnd', { label, n: i + 1 })}
      style={{ width: 96 }}
    />
  );
  return (
    <Space
      orientation="vertical"
      size={4}
      data-testid={`segments-${label}`}
      // Enter confirms the typed time; it must not also submit the whole form (Ctrl+Enter does).
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) e.preventDefault();
      }}
    >
      {value.length === 0 && <Typography.Text type="secondary">{emptyText}</Typography.Text>}
      {value.map((s, i) => (
        // Rows have no identity beyond their position; the list is short and edited in place.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Space key={i} align="center">
          {picker(i, 'start', s.start)}
          <span>–</span>
          {picker(i, 'end', s.end)}
          {flags[i]?.end && <Tag color="purple">{t('posts.nextDay')}</Tag>}
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('posts.removeSeg', { label, n: i + 1 })}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          />
        </Space>
      ))}
      <Button
        type="dashed"
        size="small"
        icon={<PlusOutlined />}
        disabled={value.length >= MAX_SEGMENTS}
        onClick={() => onChange([...value, { start: '', end: '' }])}
      >
        {t('posts.addSeg')}
      </Button>
    </Space>
  );
};
