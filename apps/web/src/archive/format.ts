import { endKindLabels, type Relation, relationLabels, startKindLabels } from '@propdesk/domain';
import type { Lang } from '../i18n/i18n';

/** Cents to "¥1,234.50". */
export const yuan = (cents: number) =>
  `¥${(cents / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export const relationText = (r: Relation, lang: Lang) => (lang === 'en' ? r : relationLabels[r]);
export const startKindText = (k: string, lang: Lang) =>
  lang === 'en' ? k.replace('_', ' ') : (startKindLabels[k] ?? k);
export const endKindText = (k: string | null, lang: Lang) =>
  k ? (lang === 'en' ? k.replace('_', ' ') : (endKindLabels[k] ?? k)) : '';

export const relationColor: Record<Relation, string> = { owner: 'gold', tenant: 'blue', family: 'green' };

/** 13812345678 → 138 1234 5678, easier to read out on the phone. */
export const phoneText = (p: string) =>
  p.length === 11 ? `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}` : p;
