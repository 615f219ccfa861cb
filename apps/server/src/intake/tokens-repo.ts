import { phoneGrams, searchTokens } from '@propdesk/domain';
import type { Executor } from '../history/history.js';

export type IndexedCase = {
  id: number;
  propertyId: number;
  number: string;
  summary: string;
  callerName: string;
  callerPhone: string | null;
  answer: string | null;
};

/** Rebuilds a case's search tokens from its text: number, summary, caller, phone, answer. */
export const indexCase = async (db: Executor, c: IndexedCase, opts: { isNew?: boolean } = {}) => {
  const { id: caseId, propertyId } = c;
  if (!opts.isNew) await db.deleteFrom('caseTokens').where('caseId', '=', caseId).execute();
  const text = [c.number, c.summary, c.callerName, c.callerPhone, c.answer].filter(Boolean).join(' ');
  // Phone numbers are found by any 4 digits, like the archive lookup.
  const grams = (text.match(/\d{4,}/g) ?? []).flatMap((d) => phoneGrams(d));
  const tokens = [...new Set([...searchTokens(text), ...grams])];
  if (tokens.length)
    await db
      .insertInto('caseTokens')
      .values(tokens.map((token) => ({ propertyId, token, caseId })))
      .execute();
};
