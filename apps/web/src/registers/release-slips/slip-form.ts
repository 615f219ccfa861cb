import type { MessageKey } from '../../i18n/messages';

/** What the desk must ask for, per carrier (S1 放行; S3 篇九 4.5.7.2–4.5.7.5). */
export const caseHint: Record<string, MessageKey> = {
  owner: 'reg.slip.hint.owner',
  tenant: 'reg.slip.hint.tenant',
  resident: 'reg.slip.hint.agent',
  authorized: 'reg.slip.hint.agent',
  nanny: 'reg.slip.hint.nanny',
  decorator: 'reg.slip.hint.decorator',
  other: 'reg.slip.hint.other',
};

/** Enter moves on instead of saving a half-filled slip; Ctrl+Enter saves. */
export const slipFormKeys = (submit: () => void) => (e: React.KeyboardEvent) => {
  if (e.key !== 'Enter') return;
  if (e.ctrlKey || e.metaKey) {
    e.preventDefault();
    submit();
  } else if ((e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
};
