import { describe, expect, it } from 'vitest';
import {
  decideRelease,
  type ReleaseFacts,
  stateAfterDecision,
  unregisteredTools,
} from './registers-release.js';
import { gateVerdict, reconcileReleaseSlips } from './registers-release-gate.js';

const facts = (over: Partial<ReleaseFacts> = {}): ReleaseFacts => ({
  carrierKind: 'owner',
  isMovingHouse: false,
  hasValidId: true,
  arrears: null,
  items: [{ name: '冰箱', quantity: 1, category: 'general' }],
  ownerConfirmation: null,
  renovation: null,
  managerArrearsMonths: 3,
  ...over,
});
const agreed = { answer: 'agreed' as const, rentOwed: false };

describe('owner release (S1 场景五 业主放行)', () => {
  it('S1: an owner with ID and no arrears is allowed without a reminder or the manager', () => {
    expect(decideRelease(facts())).toEqual({
      outcome: 'allowed',
      notifyManager: false,
      ownerReminder: null,
      clauses: [],
    });
  });
  it('S1: an owner must show ID (复印留底)', () => {
    const d = decideRelease(facts({ hasValidId: false }));
    expect(d).toMatchObject({ outcome: 'refused', code: 'ownerIdRequired' });
  });
  it('S1: 3 or more months of arrears → allowed, the manager notified and the owner reminded', () => {
    const d = decideRelease(facts({ arrears: { monthsOwed: 3, amountCents: 90000 } }));
    expect(d.outcome).toBe('allowed');
    if (d.outcome !== 'allowed') return;
    expect(d.notifyManager).toBe(true);
    expect(d.ownerReminder).toBe('提醒业主：您还有3 个月管理费共 900.00 元未交，请您尽快交清');
    expect(d.clauses.join()).toContain('欠费三个月以上需通知管理处主任');
  });
  it('S1: 2 months of arrears → allowed and reminded, the manager not told', () => {
    const d = decideRelease(facts({ arrears: { monthsOwed: 2, amountCents: 60000 } }));
    expect(d).toMatchObject({ outcome: 'allowed', notifyManager: false });
    expect(d.outcome === 'allowed' && d.ownerReminder).toContain('2 个月');
  });
  it('S1: the manager threshold is a setting', () => {
    const d = decideRelease(
      facts({ arrears: { monthsOwed: 2, amountCents: 60000 }, managerArrearsMonths: 2 }),
    );
    expect(d).toMatchObject({ outcome: 'allowed', notifyManager: true });
  });
});

describe('moving house (S3 4.5.7.4)', () => {
  it('S3 4.5.7.4: moving house is refused while any arrears are owed, even by the owner', () => {
    const d = decideRelease(facts({ isMovingHouse: true, arrears: { monthsOwed: 1, amountCents: 30000 } }));
    expect(d).toMatchObject({ outcome: 'refused', code: 'movingArrears', clause: 'S3 4.5.7.4' });
    expect(d.outcome === 'refused' && d.reason).toContain('不予放行');
  });
  it('S3 4.5.7.4: moving house with no arrears is allowed for the owner', () => {
    expect(
      decideRelease(facts({ isMovingHouse: true, arrears: { monthsOwed: 0, amountCents: 0 } })).outcome,
    ).toBe('allowed');
  });
  it('S3 4.5.7.4: a tenant moving out with no arrears still needs the owner', () => {
    expect(decideRelease(facts({ carrierKind: 'tenant', isMovingHouse: true })).outcome).toBe('needsOwner');
  });
});

describe('tenant release (S1 租户放行; S3 4.5.7.2 B)', () => {
  it('S1; S3 4.5.7.2 B: a tenant is refused while fees are owed — 租户存在欠费,不予放行', () => {
    const d = decideRelease(
      facts({
        carrierKind: 'tenant',
        arrears: { monthsOwed: 1, amountCents: 30000 },
        ownerConfirmation: agreed,
      }),
    );
    expect(d).toMatchObject({ outcome: 'refused', code: 'tenantArrears' });
    expect(d.outcome === 'refused' && d.reason).toMatch(/^租户存在欠费.*不予放行/);
  });
  it('S1; S3 4.5.7.2 B: with fees paid the owner must be phoned first', () => {
    const d = decideRelease(facts({ carrierKind: 'tenant' }));
    expect(d.outcome).toBe('needsOwner');
    expect(d.outcome === 'needsOwner' && d.reasons[0]!.clause).toBe('S1 租户放行; S3 4.5.7.2 B');
  });
  it('S1; S3 4.5.7.2 B: the owner agrees → allowed', () => {
    expect(decideRelease(facts({ carrierKind: 'tenant', ownerConfirmation: agreed })).outcome).toBe(
      'allowed',
    );
  });
  it('S1: the owner objects → refused', () => {
    const d = decideRelease(
      facts({ carrierKind: 'tenant', ownerConfirmation: { answer: 'objected', rentOwed: null } }),
    );
    expect(d).toMatchObject({ outcome: 'refused', code: 'ownerObjected' });
  });
  it('S1: the owner says rent is owed → refused', () => {
    const d = decideRelease(
      facts({ carrierKind: 'tenant', ownerConfirmation: { answer: 'agreed', rentOwed: true } }),
    );
    expect(d).toMatchObject({ outcome: 'refused', code: 'rentOwed' });
  });
});

describe('nanny, decorator, authorised person (S3 4.5.7.2 B, 4.5.7.4)', () => {
  it('S3 4.5.7.4: a nanny needs the owner’s confirmation by phone', () => {
    const d = decideRelease(facts({ carrierKind: 'nanny' }));
    expect(d.outcome === 'needsOwner' && d.reasons.map((r) => r.clause)).toEqual(['S3 4.5.7.4']);
    expect(decideRelease(facts({ carrierKind: 'nanny', ownerConfirmation: agreed })).outcome).toBe('allowed');
  });
  it('S3 4.5.7.2 B: an authorised person or resident is confirmed with the owner', () => {
    expect(decideRelease(facts({ carrierKind: 'authorized' })).outcome).toBe('needsOwner');
    expect(decideRelease(facts({ carrierKind: 'resident' })).outcome).toBe('needsOwner');
  });
  const renovation = { isActive: true, toolsIn: [{ name: '电锤', quantity: 2 }] };
  it('S3 4.5.7.4: a decorator’s tools registered in the goods register leave on the slip alone', () => {
    const d = decideRelease(
      facts({
        carrierKind: 'decorator',
        renovation,
        items: [{ name: '电锤', quantity: 2, category: 'tool' }],
      }),
    );
    expect(d.outcome).toBe('allowed');
  });
  it('S3 4.5.7.4: tools not registered in need the owner’s consent', () => {
    const d = decideRelease(
      facts({
        carrierKind: 'decorator',
        renovation,
        items: [{ name: '切割机', quantity: 1, category: 'tool' }],
      }),
    );
    expect(d.outcome === 'needsOwner' && d.reasons[0]!.reason).toContain('切割机');
    expect(
      unregisteredTools([{ name: '电锤', quantity: 3, category: 'tool' }], renovation.toolsIn),
    ).toHaveLength(1);
  });
  it('S3 4.5.7.4: materials leave only with the owner’s consent', () => {
    const items = [{ name: '瓷砖', quantity: 10, category: 'material' as const }];
    expect(decideRelease(facts({ carrierKind: 'decorator', renovation, items })).outcome).toBe('needsOwner');
    expect(
      decideRelease(facts({ carrierKind: 'decorator', renovation, items, ownerConfirmation: agreed }))
        .outcome,
    ).toBe('allowed');
  });
  it('S3 4.5.7.4: a decorator without a renovation under way is refused', () => {
    expect(
      decideRelease(facts({ carrierKind: 'decorator', renovation: { isActive: false, toolsIn: [] } })),
    ).toMatchObject({ code: 'noRenovation' });
    expect(decideRelease(facts({ carrierKind: 'decorator' }))).toMatchObject({ code: 'noRenovation' });
  });
});

describe('carrier without valid ID (S3 4.5.7.5)', () => {
  it('S3 4.5.7.5: the owner signs in person or confirms by phone, else refused', () => {
    const d = decideRelease(facts({ carrierKind: 'other', hasValidId: false }));
    expect(d.outcome === 'needsOwner' && d.reasons.map((r) => r.clause)).toContain('S3 4.5.7.5');
    expect(
      decideRelease(facts({ carrierKind: 'other', hasValidId: false, ownerConfirmation: agreed })).outcome,
    ).toBe('allowed');
    expect(
      decideRelease(
        facts({
          carrierKind: 'other',
          hasValidId: false,
          ownerConfirmation: { answer: 'objected', rentOwed: null },
        }),
      ).outcome,
    ).toBe('refused');
  });
  it('S3 4.5.7.5: a decorator without ID carrying registered tools still needs the owner', () => {
    const d = decideRelease(
      facts({
        carrierKind: 'decorator',
        hasValidId: false,
        renovation: { isActive: true, toolsIn: [] },
        items: [],
      }),
    );
    expect(d.outcome).toBe('needsOwner');
  });
});

describe('slip states and the gate (S3 4.5.7.3, 4.5.7.6)', () => {
  it('a decision maps to the state of a slip not yet issued', () => {
    expect(stateAfterDecision(decideRelease(facts()))).toBe('approved');
    expect(stateAfterDecision(decideRelease(facts({ carrierKind: 'tenant' })))).toBe('awaitingOwner');
    expect(stateAfterDecision(decideRelease(facts({ hasValidId: false })))).toBe('refused');
  });
  it('S3 4.5.7.6: the gate passes an issued slip once; a used, voided or unknown slip is refused', () => {
    expect(gateVerdict({ state: 'issued' }, true).result).toBe('passed');
    expect(gateVerdict({ state: 'issued' }, false).result).toBe('mismatch');
    expect(gateVerdict({ state: 'used' }, true)).toEqual({
      result: 'refused',
      reason: '该放行条已使用，不能重复放行',
    });
    expect(gateVerdict({ state: 'voided' }, true).result).toBe('refused');
    expect(gateVerdict({ state: 'awaitingOwner' }, true).result).toBe('refused');
    expect(gateVerdict(null, true).reason).toBe('放行条编号不存在');
  });
  it('S3 4.5.7.2 B: monthly reconciliation lists stubs not checked and gate entries without a stub', () => {
    const m = reconcileReleaseSlips(
      [
        { number: 'A-1', state: 'used', issuedAt: '2026-11-02T01:00:00Z' },
        { number: 'A-2', state: 'issued', issuedAt: '2026-11-03T01:00:00Z' },
      ],
      [
        { number: 'A-1', result: 'passed', at: '2026-11-02T02:00:00Z', slipFound: true, reason: null },
        {
          number: 'A-1',
          result: 'refused',
          at: '2026-11-02T03:00:00Z',
          slipFound: true,
          reason: '该放行条已使用，不能重复放行',
        },
        {
          number: 'X-9',
          result: 'refused',
          at: '2026-11-04T03:00:00Z',
          slipFound: false,
          reason: '放行条编号不存在',
        },
      ],
    );
    expect(m.map((x) => `${x.kind}:${x.number}`)).toEqual([
      'notChecked:A-2',
      'presentedAgain:A-1',
      'unknownNumber:X-9',
    ]);
  });
});
