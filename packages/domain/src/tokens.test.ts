import { describe, expect, it } from 'vitest';
import { searchTokens } from './tokens.js';

describe('case search tokens (issue 3 item 10: two-character words like 漏水, 停车)', () => {
  it('indexes every Chinese bigram', () => {
    expect(searchTokens('厨房漏水')).toEqual(['厨房', '房漏', '漏水']);
  });
  it('finds two-character words inside longer text', () => {
    const t = searchTokens('地下停车场B2层车位被占');
    expect(t).toContain('停车');
    expect(t).toContain('车位');
    expect(t).toContain('b2');
  });
  it('keeps Latin words and digits, lowercased, and lone characters', () => {
    expect(searchTokens('WiFi 密码 2026 水')).toEqual(expect.arrayContaining(['wifi', '密码', '2026', '水']));
  });
});
