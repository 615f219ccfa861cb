import { describe, expect, it } from 'vitest';
import { actionLabel, historyLines } from './history-lines';

describe('register history lines (S4 4.3 corrections kept with the old value)', () => {
  it('shows a correction as 项目：旧 → 新 in the desk’s words', () => {
    expect(historyLines({ field: 'addressee', before: '张三', after: '张珊' }, 'zh-CN', 'mailItem')).toEqual([
      '收件人：张三 → 张珊',
    ]);
    expect(historyLines({ field: 'trackingNo', before: 'SF1', after: null }, 'en', 'mailItem')).toEqual([
      'Tracking no.：SF1 → —',
    ]);
  });

  it('names enum values per register: a slip state is not a renovation state', () => {
    const slip = historyLines(
      { before: { state: 'approved' }, after: { state: 'issued' } },
      'zh-CN',
      'releaseSlip',
    );
    expect(slip).toEqual(['状态：可开具（待签字） → 已开具']);
    const reno = historyLines(
      { before: { state: 'pending' }, after: { state: 'inProgress' } },
      'zh-CN',
      'renovation',
    );
    expect(reno).toEqual(['状态：待审批 → 施工中']);
  });

  it('adds the release rules’ refusal reason and hides ids', () => {
    const lines = historyLines(
      {
        after: { roomId: 3, carrierKind: 'tenant', items: [{ name: '衣柜', quantity: 1 }] },
        decision: { outcome: 'refused', reason: '租户存在欠费，不予放行' },
      },
      'zh-CN',
      'releaseSlip',
    );
    expect(lines).toEqual(['携带人身份：租户', '物品：衣柜×1', '✗ 租户存在欠费，不予放行']);
  });

  it('labels the same action differently where the register needs it', () => {
    expect(actionLabel('deskPayment', 'received', 'zh-CN')).toBe('收款');
    expect(actionLabel('mailItem', 'received', 'zh-CN')).toBe('登记收到');
  });
});
