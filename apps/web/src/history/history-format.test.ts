import { describe, expect, it } from 'vitest';
import { actionText, changeLines } from './history-format';

describe('history timeline texts', () => {
  it('shows what changed in the desk’s words, leaving out ids and unchanged fields', () => {
    const lines = changeLines(
      {
        before: { name: '刘凯', phones: ['13800001111'], personId: 5 },
        after: { name: '刘凯', phones: ['13700001111'], personId: 5 },
      },
      'zh-CN',
    );
    expect(lines).toEqual(['电话：13800001111 → 13700001111']);
  });

  it('formats money, relations and flags of a flat record', () => {
    expect(changeLines({ monthsOwed: 2, amountCents: 32150, occupancyId: 9 }, 'zh-CN')).toEqual([
      '欠费月数：2',
      '欠费金额：¥321.50',
    ]);
    expect(changeLines({ after: { relation: 'owner', active: false } }, 'zh-CN')).toEqual([
      '身份：业主',
      '在职：否',
    ]);
  });

  it('names actions in Chinese, or keeps the code in English', () => {
    expect(actionText('move-in', 'zh-CN')).toBe('迁入');
    expect(actionText('move-in', 'en')).toBe('move-in');
  });
});
