/**
 * Search tokens for case text, the same on SQLite and PostgreSQL: every 2-character run of
 * Chinese text (so 漏水 and 停车 are found, which trigram indexes miss), and each Latin word or
 * digit run of 2+ characters, lowercased.
 */
const han = /\p{Script=Han}+/gu;
const word = /[\p{L}\p{N}]+/gu;

export const searchTokens = (text: string): string[] => {
  const out = new Set<string>();
  for (const m of text.matchAll(han)) {
    const run = m[0];
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const m of text.replace(han, ' ').matchAll(word)) {
    const w = m[0].toLowerCase();
    if (w.length >= 2) out.add(w.slice(0, 32));
  }
  return [...out];
};

/** The tokens a query must all match; single Han characters match as prefixes of bigrams. */
export const queryTokens = (query: string) => searchTokens(query.trim());
