import { describe, expect, it } from 'vitest';
import { nextDueAt, type OrderClocks, priorityRank } from './work-order-clocks.js';
import { feeFromItems, lineAmountCents } from './work-order-fees.js';
import {
  allowedActions,
  checkTransition,
  isSpotChecked,
  needsFollowUpNote,
  returnVisitDueAt,
  returnVisitKind,
  type WorkOrderAction,
  type WorkOrderState,
  workOrderActions,
  workOrderStates,
} from './work-orders.js';

const T0 = new Date('2026-11-23T02:00:00.000Z'); // 10:00 in Shanghai
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();

/** A freshly dispatched repair: on site by +30, done by +240. */
const order = (over: Partial<OrderClocks> = {}): OrderClocks => ({
  state: 'dispatched',
  arrivalDueAt: iso(30),
  arrivedAt: null,
  arrivalBreachedAt: null,
  isMustKeep: false,
  completionDueAt: iso(240),
  completedAt: null,
  completionBreachedAt: null,
  pausedAt: null,
  ...over,
});

/** The full table of legal moves; every other (state, action) pair must be refused. */
const legal: Record<WorkOrderAction, Partial<Record<WorkOrderState, WorkOrderState>>> = {
  dispatch: { awaitingDispatch: 'dispatched' },
  accept: { dispatched: 'accepted' },
  arrive: { accepted: 'onSite' },
  complete: { onSite: 'completed' },
  reschedule: { dispatched: 'dispatched', accepted: 'accepted' },
  reassign: { dispatched: 'dispatched', accepted: 'dispatched' },
  sendBack: { dispatched: 'awaitingDispatch', accepted: 'awaitingDispatch', onSite: 'awaitingDispatch' },
  refer: { awaitingDispatch: 'closed', dispatched: 'closed', accepted: 'closed', onSite: 'closed' },
  pause: { dispatched: 'paused', accepted: 'paused', onSite: 'paused' },
  resume: { paused: 'accepted' },
  returnVisit: { completed: 'returnVisited' },
  close: { returnVisited: 'closed' },
};

describe('state machine (issue 4 item 3; S3 篇九 4.5.3–4.5.5)', () => {
  const ctx = { pausedFrom: 'accepted' as const, isVisitRequired: true, isSatisfied: true };
  for (const action of workOrderActions)
    for (const state of workOrderStates) {
      const to = legal[action][state];
      if (to)
        it(`${action} from ${state} leads to ${to}`, () => {
          expect(checkTransition(state, action, ctx)).toEqual({ ok: true, to });
        });
      else
        it(`${action} from ${state} is refused with a Chinese message`, () => {
          const r = checkTransition(state, action, ctx);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
        });
    }

  it('a completed order waiting for its return visit cannot be closed (S3 篇九 4.5.5)', () => {
    expect(checkTransition('completed', 'close', { isVisitRequired: true })).toMatchObject({
      ok: false,
      message: expect.stringContaining('回访'),
    });
    expect(checkTransition('completed', 'close', { isVisitRequired: false })).toEqual({
      ok: true,
      to: 'closed',
    });
  });
  it('a return visit with the customer not satisfied closes the order (a new one is opened)', () => {
    expect(checkTransition('completed', 'returnVisit', { isSatisfied: false })).toEqual({
      ok: true,
      to: 'closed',
    });
  });
  it('resume returns to the state the order was paused in', () => {
    expect(checkTransition('paused', 'resume', { pausedFrom: 'onSite' })).toEqual({ ok: true, to: 'onSite' });
  });
  it('the refusals say why: arriving before accepting, completing before arriving, acting on a paused order', () => {
    expect(checkTransition('dispatched', 'arrive')).toEqual({ ok: false, message: '请先接单，再报到场' });
    expect(checkTransition('accepted', 'complete')).toEqual({
      ok: false,
      message: '维修人员尚未到场，不能完工',
    });
    expect(checkTransition('paused', 'complete')).toEqual({
      ok: false,
      message: '派工单已暂停，请先恢复再完工',
    });
    expect(checkTransition('closed', 'accept')).toEqual({ ok: false, message: '派工单已关闭，不能接单' });
  });
  it('allowedActions lists what the buttons may offer', () => {
    expect(allowedActions('dispatched', {})).toEqual([
      'accept',
      'reschedule',
      'reassign',
      'sendBack',
      'refer',
      'pause',
    ]);
    expect(allowedActions('closed', {})).toEqual([]);
  });
});

describe('follow-up every day until done (S3 篇九 4.5.4.3)', () => {
  it('an unfinished order past its first day without a note today is flagged', () => {
    expect(
      needsFollowUpNote({
        state: 'accepted',
        openedDay: '2026-11-22',
        today: '2026-11-23',
        hasNoteToday: false,
      }),
    ).toBe(true);
  });
  it('not on its first day, not once today has a note, not once done', () => {
    expect(
      needsFollowUpNote({
        state: 'accepted',
        openedDay: '2026-11-23',
        today: '2026-11-23',
        hasNoteToday: false,
      }),
    ).toBe(false);
    expect(
      needsFollowUpNote({
        state: 'accepted',
        openedDay: '2026-11-22',
        today: '2026-11-23',
        hasNoteToday: true,
      }),
    ).toBe(false);
    expect(
      needsFollowUpNote({
        state: 'completed',
        openedDay: '2026-11-20',
        today: '2026-11-23',
        hasNoteToday: false,
      }),
    ).toBe(false);
  });
});

describe('return visits (S3 篇九 4.5.5; S4 篇3 抽查回访)', () => {
  it('an order completed on a day is due for its visit by the end of that local day', () => {
    // 23:30 in Shanghai on the 23rd is 15:30 UTC; the visit is due at local midnight.
    expect(returnVisitDueAt(new Date('2026-11-23T15:30:00Z'), 'Asia/Shanghai')).toBe(
      '2026-11-23T16:00:00.000Z',
    );
    expect(returnVisitDueAt(new Date('2026-11-23T16:30:00Z'), 'Asia/Shanghai')).toBe(
      '2026-11-24T16:00:00.000Z',
    );
  });
  it('every desk order needs a visit; department orders are sampled', () => {
    expect(returnVisitKind('desk', 7, 0)).toBe('required');
    expect(returnVisitKind('department', 7, 0)).toBeNull();
    expect(returnVisitKind('department', 7, 100)).toBe('spotCheck');
  });
  it('spot-check sampling is deterministic per order id and picks about the set share (default 20 %)', () => {
    const picked = Array.from({ length: 10_000 }, (_, i) => isSpotChecked(i + 1, 20)).filter(Boolean).length;
    expect(picked).toBeGreaterThan(1_850);
    expect(picked).toBeLessThan(2_150);
    expect(isSpotChecked(4242, 20)).toBe(isSpotChecked(4242, 20));
    const at20 = Array.from({ length: 200 }, (_, i) => i + 1).filter((n) => isSpotChecked(n, 20));
    expect(at20.every((n) => isSpotChecked(n, 50))).toBe(true);
  });
});

describe('ordering and fees', () => {
  it('urgent first in every list (S3 篇九 4.5.3.3)', () => {
    expect([priorityRank('normal'), priorityRank('urgent'), priorityRank('emergency')]).toEqual([2, 1, 0]);
  });
  it('the next deadline is arrival, then completion, then the return visit', () => {
    expect(nextDueAt(order())).toBe(iso(30));
    expect(nextDueAt(order({ arrivedAt: iso(5) }))).toBe(iso(240));
    expect(nextDueAt(order({ arrivedAt: iso(5), completedAt: iso(60) }), iso(900))).toBe(iso(900));
  });
  it('fees come only from price-list lines (S1 经物价局审批的维修价目表)', () => {
    expect(lineAmountCents(1250, 1.5)).toBe(1875);
    expect(
      feeFromItems([
        { unitPriceCents: 3000, quantity: 1 },
        { unitPriceCents: 1250, quantity: 2 },
      ]),
    ).toBe(5500);
    expect(feeFromItems([])).toBe(0);
  });
});
