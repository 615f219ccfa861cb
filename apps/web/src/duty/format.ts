import dayjs from 'dayjs';
import type { Translate } from '../i18n/i18n';
import type { Fact } from './queries';

export const hm = (iso: string | null | undefined) => (iso ? dayjs(iso).format('HH:mm') : '—');
export const dhm = (iso: string | null | undefined) => (iso ? dayjs(iso).format('MM-DD HH:mm') : '—');
export const span = (from: string, to: string) => `${dhm(from)}–${hm(to)}`;

export const factText = (t: Translate, f: Fact) => {
  if (f.kind === 'late') return t('duty.fact.late', { m: f.minutes });
  if (f.kind === 'earlyLeave') return t('duty.fact.earlyLeave', { m: f.minutes });
  if (f.kind === 'absent') return t('duty.fact.absent');
  return t('duty.fact.shortLead', { m: f.minutes });
};
