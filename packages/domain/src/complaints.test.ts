import { describe, expect, it } from 'vitest';
import { RegisterComplaintInput } from './complaint-inputs.js';
import {
  availableComplaintActions,
  dueForMajorRaise,
  type PathView,
  pathRefusal,
  proposeSeverity,
  registrationReport,
  type SeverityFacts,
  skipReasonRefusal,
} from './complaints.js';

const plain: SeverityFacts = {
  lawsuit: false,
  mediaExposed: false,
  complainantCount: 1,
  overdueOurs: false,
  sameSpotCount: 1,
  hotSpotThreshold: 3,
  safetyInvolved: false,
  priorSameMatter: 0,
  passedUpToManager: false,
};
const propose = (over: Partial<SeverityFacts>) => proposeSeverity({ ...plain, ...over });

describe('重大 (S2 投诉通报处理制度 一.1)', () => {
  it('already in a lawsuit → 重大', () => {
    expect(propose({ lawsuit: true })).toMatchObject({ severity: 'major', rule: 'major.lawsuit' });
  });
  it('exposed by the media → 重大', () => {
    expect(propose({ mediaExposed: true })).toMatchObject({ severity: 'major', rule: 'major.media' });
  });
  it('a collective complaint of 10 or more people → 重大; 9 is not', () => {
    expect(propose({ complainantCount: 10 })).toMatchObject({ severity: 'major', rule: 'major.collective' });
    expect(propose({ complainantCount: 10 }).reason).toContain('10 人');
    expect(propose({ complainantCount: 9 }).severity).toBe('ordinary');
  });
  it('still unresolved a month after it was made through our fault → 重大', () => {
    expect(propose({ overdueOurs: true })).toMatchObject({ severity: 'major', rule: 'major.overdue' });
  });
  it('重大 wins over every other class, and every matching rule is listed', () => {
    const p = propose({ lawsuit: true, safetyInvolved: true, sameSpotCount: 5 });
    expect(p.severity).toBe('major');
    expect(p.matches).toEqual(['major.lawsuit', 'hotspot.cluster', 'important.safety']);
  });
});

describe('热点 (S2 投诉整理分析; threshold and window are settings)', () => {
  it('the 3rd complaint of a category about one building or common area within the window → 热点', () => {
    expect(propose({ sameSpotCount: 3 })).toMatchObject({ severity: 'hotspot', rule: 'hotspot.cluster' });
    expect(propose({ sameSpotCount: 3 }).reason).toContain('第 3 宗');
    expect(propose({ sameSpotCount: 2 }).severity).toBe('ordinary');
  });
  it('follows the threshold setting', () => {
    expect(propose({ sameSpotCount: 3, hotSpotThreshold: 4 }).severity).toBe('ordinary');
    expect(propose({ sameSpotCount: 4, hotSpotThreshold: 4 }).severity).toBe('hotspot');
  });
  it('热点 ranks above 重要', () => {
    expect(propose({ sameSpotCount: 3, safetyInvolved: true }).severity).toBe('hotspot');
  });
});

describe('重要 (our reading: the seed names it without defining it)', () => {
  it('personal safety, fire or security involved → 重要', () => {
    expect(propose({ safetyInvolved: true })).toMatchObject({
      severity: 'important',
      rule: 'important.safety',
    });
  });
  it("the same resident's second complaint on the same matter → 重要", () => {
    expect(propose({ priorSameMatter: 1 })).toMatchObject({
      severity: 'important',
      rule: 'important.repeat',
    });
  });
  it('already passed up to the manager → 重要', () => {
    expect(propose({ passedUpToManager: true })).toMatchObject({
      severity: 'important',
      rule: 'important.passedUp',
    });
  });
});

describe('一般 (S3 篇九 4.5.2.1)', () => {
  it('otherwise → 一般', () => {
    expect(propose({})).toEqual({
      severity: 'ordinary',
      rule: 'ordinary',
      reason: expect.stringContaining('4.5.2.1'),
      matches: ['ordinary'],
    });
  });
});

describe('the 30-day raise to 重大 (S2: 投诉发生一个月后由于我方原因仍未解决), controlled clock', () => {
  const made = '2026-10-01T02:00:00.000Z';
  const c = {
    receivedAt: made,
    state: 'replied' as const,
    severity: 'ordinary' as const,
    finding: 'ours' as const,
  };
  const at = (ms: number) => new Date(Date.parse(made) + ms);
  const DAY = 86_400_000;
  it('not before 30 days, at exactly 30 days yes', () => {
    expect(dueForMajorRaise(c, at(30 * DAY - 1), 30)).toBe(false);
    expect(dueForMajorRaise(c, at(30 * DAY), 30)).toBe(true);
  });
  it('only with the finding "ours"', () => {
    expect(dueForMajorRaise({ ...c, finding: 'notOurs' }, at(40 * DAY), 30)).toBe(false);
    expect(dueForMajorRaise({ ...c, finding: 'shared' }, at(40 * DAY), 30)).toBe(false);
    expect(dueForMajorRaise({ ...c, finding: null }, at(40 * DAY), 30)).toBe(false);
  });
  it('not once closed, and not when already 重大', () => {
    expect(dueForMajorRaise({ ...c, state: 'closed' }, at(40 * DAY), 30)).toBe(false);
    expect(dueForMajorRaise({ ...c, severity: 'major' }, at(40 * DAY), 30)).toBe(false);
  });
  it('follows the days setting', () => {
    expect(dueForMajorRaise(c, at(20 * DAY), 20)).toBe(true);
  });
});

describe('handling per class at registration (S3 篇九 4.5.2)', () => {
  it('重大 is reported to the manager, 重要 and 热点 to the supervisor, 一般 to nobody extra', () => {
    expect(registrationReport('major')?.role).toBe('manager');
    expect(registrationReport('important')?.role).toBe('supervisor');
    expect(registrationReport('hotspot')?.role).toBe('supervisor');
    expect(registrationReport('ordinary')).toBeNull();
  });
});

describe('the path (S4 4.4.2; S2 投诉回访)', () => {
  const base: PathView = {
    state: 'received',
    severityConfirmedAt: '2026-11-01T00:00:00Z',
    acknowledgement: 'apology',
    signedAt: null,
    departmentId: null,
    immediateMode: 'none',
    isTypical: false,
  };
  it('the manager signs only after the apology or thanks and the confirmed class', () => {
    expect(pathRefusal(base, 'sign')).toBeNull();
    expect(pathRefusal({ ...base, acknowledgement: null }, 'sign')).toContain('致歉');
    expect(pathRefusal({ ...base, severityConfirmedAt: null }, 'sign')).toContain('等级');
  });
  it('each step follows the one before', () => {
    expect(pathRefusal(base, 'reply')).not.toBeNull();
    expect(pathRefusal({ ...base, state: 'referred' }, 'reply')).toBeNull();
    expect(pathRefusal({ ...base, state: 'referred' }, 'inform')).not.toBeNull();
    expect(pathRefusal({ ...base, state: 'replied' }, 'inform')).toBeNull();
    expect(pathRefusal({ ...base, state: 'informed', signedAt: 'x' }, 'verify')).toBeNull();
    expect(pathRefusal({ ...base, state: 'informed' }, 'verify')).toContain('签字');
    expect(pathRefusal({ ...base, state: 'informed', signedAt: 'x' }, 'returnVisit')).toContain('验证');
    expect(pathRefusal({ ...base, state: 'verified', signedAt: 'x' }, 'returnVisit')).toBeNull();
  });
  it('the responsible department alone sees the reply action', () => {
    const referred = { ...base, state: 'referred' as const, departmentId: 7 };
    expect(availableComplaintActions(referred, { roles: ['dept_staff'], departmentId: 7 })).toEqual([
      'reply',
    ]);
    expect(availableComplaintActions(referred, { roles: ['dept_staff'], departmentId: 8 })).toEqual([]);
    expect(availableComplaintActions(base, { roles: ['manager'], departmentId: null })).toContain('sign');
  });
});

describe('return-visit exceptions (S2 投诉回访 ①②③)', () => {
  const c = { immediateMode: 'none', onSpotSatisfied: false, anonymous: false, callerPhone: '13900000000' };
  it('① only a complaint handled on the spot with the customer satisfied', () => {
    expect(skipReasonRefusal('onSpotSatisfied', c)).not.toBeNull();
    expect(
      skipReasonRefusal('onSpotSatisfied', { ...c, immediateMode: 'answered', onSpotSatisfied: false }),
    ).not.toBeNull();
    expect(
      skipReasonRefusal('onSpotSatisfied', { ...c, immediateMode: 'answered', onSpotSatisfied: true }),
    ).toBeNull();
  });
  it('② only anonymous or without a contact', () => {
    expect(skipReasonRefusal('anonymousOrNoContact', c)).not.toBeNull();
    expect(
      skipReasonRefusal('anonymousOrNoContact', { ...c, anonymous: true, callerPhone: null }),
    ).toBeNull();
    expect(skipReasonRefusal('anonymousOrNoContact', { ...c, callerPhone: null })).toBeNull();
  });
  it('③ a sensitive complaint, by the supervisor’s judgement', () => {
    expect(skipReasonRefusal('sensitive', c)).toBeNull();
  });
});

describe('registration input (issue 5 item 4: anonymous complaints allowed)', () => {
  const base = {
    propertyId: 1,
    idempotencyKey: 'abcdefgh1',
    channel: 'online',
    summary: '小区大门道闸经常失灵',
    category: 'facilities',
    acknowledgement: { kind: 'thanks' },
  };
  it('an anonymous complaint needs no caller', () => {
    expect(RegisterComplaintInput.safeParse({ ...base, anonymous: true }).success).toBe(true);
  });
  it('an anonymous complaint may not carry a caller', () => {
    expect(
      RegisterComplaintInput.safeParse({ ...base, anonymous: true, callerPhone: '13900000000' }).success,
    ).toBe(false);
  });
  it('a named complaint needs a room, a person, or name and phone', () => {
    expect(RegisterComplaintInput.safeParse(base).success).toBe(false);
    expect(
      RegisterComplaintInput.safeParse({ ...base, callerName: '王先生', callerPhone: '13900000000' }).success,
    ).toBe(true);
  });
  it('the apology or thanks is required (S4 4.4.2)', () => {
    const { acknowledgement: _, ...rest } = base;
    expect(RegisterComplaintInput.safeParse({ ...rest, anonymous: true }).success).toBe(false);
  });
});
