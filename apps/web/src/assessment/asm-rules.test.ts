import { describe, expect, it } from 'vitest';
import {
  canEditItems,
  confirmBlock,
  dutyTrainees,
  lastMonthOf,
  monthParam,
  recordPath,
  scoreFormula,
  signedPoints,
} from './asm-rules';

const TZ = 'Asia/Shanghai';
// 1 December 2026, 00:30 in Shanghai is still 30 November in UTC: the property's month counts.
const DEC_1_LOCAL = new Date('2026-11-30T16:30:00.000Z');
const NOV_23 = new Date('2026-11-23T02:00:00.000Z');
const manager = { id: 5, roles: ['manager'] as const };
const open = (month: string, staffId = 9) => ({ staffId, month, isFrozen: false });

describe('record links of automatic items (issue 8 item 2: each linked to its record)', () => {
  it('work orders and cases open their pages; rewards open the reward; a duty shift has no page', () => {
    expect(recordPath({ type: 'workOrder', id: 12, label: 'WO-1' })).toBe('/work-orders/12');
    expect(recordPath({ type: 'case', id: 7, label: 'C-1' })).toBe('/cases/7');
    expect(recordPath({ type: 'rewardPenalty', id: 3, label: '拾金不昧' })).toBe('/assessment/rewards?id=3');
    expect(recordPath({ type: 'dutyShift', id: 40, label: '2026-10-03 前台' })).toBeNull();
    expect(recordPath(null)).toBeNull();
  });
});

describe('who confirms a sheet, and when (S2 员工考核规程: the manager confirms; then frozen)', () => {
  it('the manager confirms another person’s sheet of a finished month', () => {
    expect(confirmBlock(open('2026-10'), manager, NOV_23, TZ)).toBeNull();
  });
  it('not a running month, counted in the property’s time zone', () => {
    expect(confirmBlock(open('2026-11'), manager, NOV_23, TZ)).toBe('monthOpen');
    expect(confirmBlock(open('2026-11'), manager, DEC_1_LOCAL, TZ)).toBeNull();
  });
  it('not twice, not by other roles, not one’s own', () => {
    expect(confirmBlock({ ...open('2026-10'), isFrozen: true }, manager, NOV_23, TZ)).toBe('frozen');
    expect(confirmBlock(open('2026-10'), { id: 3, roles: ['assistant'] }, NOV_23, TZ)).toBe('notManager');
    expect(confirmBlock(open('2026-10', 5), manager, NOV_23, TZ)).toBe('own');
  });
});

describe('manual items: assessors, open sheets, no future month', () => {
  it('the assistant, supervisor and manager add to an open sheet; nobody to a frozen one', () => {
    for (const role of ['assistant', 'supervisor', 'manager'] as const)
      expect(canEditItems(open('2026-11'), { id: 1, roles: [role] }, NOV_23, TZ)).toBe(true);
    expect(canEditItems({ ...open('2026-10'), isFrozen: true }, manager, NOV_23, TZ)).toBe(false);
    expect(canEditItems(open('2026-11'), { id: 1, roles: ['receptionist'] }, NOV_23, TZ)).toBe(false);
    expect(canEditItems(open('2026-11'), { id: 1, roles: ['company'] }, NOV_23, TZ)).toBe(false);
    expect(canEditItems(open('2026-12'), manager, NOV_23, TZ)).toBe(false);
  });
});

describe('months and figures', () => {
  it('a month in the address is kept when well formed, else the property’s current month', () => {
    expect(monthParam('2026-09', NOV_23, TZ)).toBe('2026-09');
    expect(monthParam('2026-13', NOV_23, TZ)).toBe('2026-11');
    expect(monthParam(null, DEC_1_LOCAL, TZ)).toBe('2026-12');
    expect(lastMonthOf(DEC_1_LOCAL, TZ)).toBe('2026-11');
    expect(lastMonthOf(new Date('2027-01-05T00:00:00Z'), TZ)).toBe('2026-12');
  });
  it('the score line reads as the seed’s formula: 100 − deductions + bonus', () => {
    expect(scoreFormula({ base: 100, deductions: 8, bonus: 5, score: 97 })).toBe('100 − 8 + 5 = 97');
    expect(signedPoints('deduction', 2)).toBe('−2');
    expect(signedPoints('bonus', 3)).toBe('+3');
  });
});

describe('the independent-duty list (S0 3.1.6: new desk staff take no calls until signed off)', () => {
  const row = (staffId: number, extra: { signedOffAt?: string; plans?: unknown[] } = {}) => ({
    staffId,
    signedOffAt: extra.signedOffAt ?? null,
    plans: extra.plans ?? [],
  });
  const staff = [
    { id: 1, roles: ['receptionist'] },
    { id: 2, roles: ['dept_staff'] },
    { id: 3, roles: ['gate_guard'] },
    { id: 4, roles: ['dept_staff'] },
    { id: 5, roles: ['admin'] },
  ];
  it('keeps uncertified desk staff, anyone in a plan and those signed off; drops engineers and guards without one', () => {
    const rows = [
      row(1),
      row(2),
      row(3, { plans: [{ id: 9 }] }),
      row(4, { signedOffAt: '2026-11-02T02:00:00Z' }),
      row(5),
    ];
    expect(dutyTrainees(rows, staff).map((r) => r.staffId)).toEqual([1, 3, 4]);
  });
});
