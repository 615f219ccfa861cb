import { describe, expect, it } from 'vitest';
import {
  type AssessmentFact,
  assessmentMonthFor,
  assessmentRuleDefaults,
  autoRuleKinds,
  effectiveRules,
  itemsFromFacts,
  monthsBefore,
  scoreOf,
  signOffProblem,
} from './assessment.js';

const fact = (over: Partial<AssessmentFact> & Pick<AssessmentFact, 'kind'>): AssessmentFact => ({
  staffId: 7,
  sourceType: 'dutyFact',
  sourceId: 1,
  month: '2026-11',
  occurredAt: '2026-11-05T01:00:00.000Z',
  description: '',
  record: { type: 'dutyShift', id: 1, label: '2026-11-05 一楼前台' },
  ...over,
});

describe('S2 员工考核规程 3: 100 分 − 扣分 + 奖励分 = 最后得分', () => {
  it('no items: 100', () => {
    expect(scoreOf([])).toEqual({ deductions: 0, bonus: 0, score: 100 });
  });
  it('deductions subtract, bonus adds', () => {
    expect(
      scoreOf([
        { direction: 'deduction', points: 2 },
        { direction: 'deduction', points: 10 },
        { direction: 'bonus', points: 3 },
      ]),
    ).toEqual({ deductions: 12, bonus: 3, score: 91 });
  });
  it('bonus can take the score above 100, deductions below 0 (the seed names no floor or cap)', () => {
    expect(scoreOf([{ direction: 'bonus', points: 5 }]).score).toBe(105);
    expect(scoreOf([{ direction: 'deduction', points: 120 }]).score).toBe(-20);
  });
});

describe('automatic items, one per recorded fact, at the admin’s point values', () => {
  const defaults = effectiveRules([]);
  const one = (f: AssessmentFact, rules = defaults) => itemsFromFacts([f], rules)[0];

  it('S3 篇一 四.2: late, early leave and absence from duty clock-in deduct', () => {
    expect(one(fact({ kind: 'late' }))).toMatchObject({
      direction: 'deduction',
      points: 2,
      factMonth: '2026-11',
    });
    expect(one(fact({ kind: 'earlyLeave' }))).toMatchObject({ direction: 'deduction', points: 2 });
    expect(one(fact({ kind: 'absent' }))).toMatchObject({ direction: 'deduction', points: 10 });
  });
  it('S3 篇三: not arriving 10 minutes before the shift deducts', () => {
    expect(one(fact({ kind: 'shortLead' }))).toMatchObject({ direction: 'deduction', points: 1 });
  });
  it('S4 4.4.1: a work-order breach of the assignee deducts; S1 报修: a broken must-keep appointment deducts more', () => {
    const breach = one(
      fact({
        kind: 'breach',
        sourceType: 'workOrderBreach',
        record: { type: 'workOrder', id: 9, label: 'W1' },
      }),
    );
    expect(breach).toMatchObject({ direction: 'deduction', points: 2, record: { type: 'workOrder', id: 9 } });
    expect(one(fact({ kind: 'mustKeepBroken' }))!.points).toBe(5);
  });
  it('S2 网上投诉处理: a complaint whose reply finds the person responsible (ours) deducts', () => {
    expect(one(fact({ kind: 'complaintOurs' }))).toMatchObject({ direction: 'deduction', points: 5 });
  });
  it('S0 3.3.3: praise adds', () => {
    expect(one(fact({ kind: 'praise' }))).toMatchObject({ direction: 'bonus', points: 3 });
  });
  it('S2 员工奖惩规程: approved rewards add and penalties deduct their own approved points', () => {
    expect(one(fact({ kind: 'reward', points: 8 }))).toMatchObject({ direction: 'bonus', points: 8 });
    expect(one(fact({ kind: 'penalty', points: 4 }))).toMatchObject({ direction: 'deduction', points: 4 });
  });
  it('the admin’s values replace the defaults; a rule switched off or at 0 points gives nothing', () => {
    const rules = [
      { kind: 'late' as const, points: 5, isActive: true },
      { kind: 'praise' as const, points: 3, isActive: false },
      { kind: 'absent' as const, points: 0, isActive: true },
    ];
    expect(one(fact({ kind: 'late' }), rules)!.points).toBe(5);
    expect(itemsFromFacts([fact({ kind: 'praise' }), fact({ kind: 'absent' })], rules)).toEqual([]);
    expect(one(fact({ kind: 'earlyLeave' }), rules)!.points).toBe(assessmentRuleDefaults.earlyLeave.points);
  });
  it('every automatic rule has a default, a label and the clause it implements', () => {
    for (const k of autoRuleKinds) {
      expect(assessmentRuleDefaults[k].points).toBeGreaterThan(0);
      expect(assessmentRuleDefaults[k].clause).toMatch(/^S\d/);
    }
  });
});

describe('a confirmed sheet is frozen: later facts go to the next open month', () => {
  it('a fact of an open month stays in its month', () => {
    expect(assessmentMonthFor('2026-11', new Set())).toBe('2026-11');
  });
  it('a fact of a confirmed month goes to the next month not confirmed, across the year end', () => {
    expect(assessmentMonthFor('2026-11', new Set(['2026-11']))).toBe('2026-12');
    expect(assessmentMonthFor('2026-11', new Set(['2026-11', '2026-12']))).toBe('2027-01');
  });
  it('months count back across years', () => {
    expect(monthsBefore('2026-03', 12)).toBe('2025-03');
    expect(monthsBefore('2026-01', 1)).toBe('2025-12');
  });
});

describe('S0 3.1.6 / S2 培训实施作业规程: the sign-off needs training attended', () => {
  const now = new Date('2026-11-30T10:00:00Z');
  const s = (id: number, endsAt: string, status: string | null) => ({
    sessionId: id,
    topic: `课${id}`,
    endsAt,
    status,
  });
  it('no session held yet: refused', () => {
    expect(signOffProblem([s(1, '2026-12-01T10:00:00Z', null)], now)?.message).toContain('尚未进行');
  });
  it('a held session without attendance, or absent: refused, naming it', () => {
    const p = signOffProblem(
      [s(1, '2026-11-20T10:00:00Z', 'present'), s(2, '2026-11-25T10:00:00Z', 'absent')],
      now,
    );
    expect(p?.sessionIds).toEqual([2]);
    expect(p?.message).toContain('课2');
  });
  it('only excused: refused; present or late at every held session: allowed', () => {
    expect(signOffProblem([s(1, '2026-11-20T10:00:00Z', 'excused')], now)).not.toBeNull();
    expect(
      signOffProblem([s(1, '2026-11-20T10:00:00Z', 'late'), s(2, '2026-11-21T10:00:00Z', 'excused')], now),
    ).toBeNull();
  });
});
