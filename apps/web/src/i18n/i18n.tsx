import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { type MessageKey, messages } from './messages';

export type Lang = 'zh-CN' | 'en';

const STORAGE_KEY = 'propdesk.lang';

const initialLang = (): Lang => {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

type I18n = { lang: Lang; setLang: (lang: Lang) => void; t: Translate };

const I18nContext = createContext<I18n | null>(null);

/** Fills `{name}` placeholders. */
const fill = (text: string, params?: Record<string, string | number>) =>
  params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;

export const translate = (lang: Lang, key: MessageKey, params?: Record<string, string | number>) => {
  const [zh, en] = messages[key];
  return fill(lang === 'en' ? en : zh, params);
};

/** Chinese by default; the choice is kept in localStorage. */
export const I18nProvider = ({ children }: { children: ReactNode }) => {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this tab only.
    }
    document.documentElement.lang = next;
  }, []);
  const t = useCallback<Translate>((key, params) => translate(lang, key, params), [lang]);
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
};

export const useT = () => useI18n().t;
