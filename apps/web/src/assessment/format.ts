import dayjs from 'dayjs';

/** An instant from the API in the desk's local time. */
export const dateTime = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');
export const dateOnly = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD') : '—');
