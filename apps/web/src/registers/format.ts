import dayjs from 'dayjs';

/** An instant from the API in the desk's local time. */
export const dateTime = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');
export const shortTime = (v: string | null | undefined) => {
  if (!v) return '—';
  const d = dayjs(v);
  return d.isSame(dayjs(), 'day') ? d.format('HH:mm') : d.format('MM-DD HH:mm');
};

/** Cents to "¥1,234.50". */
export const yuan = (cents: number | null | undefined) =>
  cents === null || cents === undefined
    ? '—'
    : `¥${(cents / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export const thisMonth = () => dayjs().format('YYYY-MM');
export const today = () => dayjs().format('YYYY-MM-DD');
