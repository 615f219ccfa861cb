import { describe, expect, it } from 'vitest';
import { translate } from './i18n';
import { type MessageKey, messages } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI texts (Chinese default, English second)', () => {
  it('every text has both a Chinese and an English version with the same placeholders', () => {
    for (const [key, [zh, en]] of Object.entries(messages)) {
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('Chinese texts are Chinese: each has at least one CJK character', () => {
    const notChinese = Object.entries(messages)
      .filter(([, [zh]]) => !/\p{Script=Han}/u.test(zh))
      .map(([k]) => k);
    expect(notChinese).toEqual([]);
  });

  it('fills placeholders in the chosen language', () => {
    const key: MessageKey = 'imp.rowN';
    expect(translate('zh-CN', key, { n: 4 })).toBe('第 4 行');
    expect(translate('en', key, { n: 4 })).toBe('Row 4');
  });
});
