import { describe, expect, it } from 'vitest';
import {
  clockView,
  dueBreaches,
  initialDeadlines,
  type OrderClocks,
  orderClockViews,
  rescheduledDeadlines,
  resumedDeadlines,
} from './work-order-clocks.js';
import { checkTransition } from './work-orders.js';

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

describe('deadlines at dispatch (S4 4.4.1; DOMAIN.md §4)', () => {
  it('a repair is due on site 30 minutes after dispatch and done by the type default (S4 4.4.1 半小时内抵现场)', () => {
    const d = initialDeadlines({ at: T0, arrivalMinutes: 30, completionMinutes: 240 });
    expect(d).toEqual({ ok: true, arrivalDueAt: iso(30), completionDueAt: iso(240) });
  });
  it('special cases get the agreed time, and the completion default runs from that visit (S4 4.4.1 特殊情况约定期限)', () => {
    const d = initialDeadlines({
      at: T0,
      arrivalMinutes: 30,
      completionMinutes: 240,
      agreedArrivalAt: iso(300),
    });
    expect(d).toEqual({ ok: true, arrivalDueAt: iso(300), completionDueAt: iso(540) });
  });
  it('the completion agreed with the customer wins over the default', () => {
    const d = initialDeadlines({
      at: T0,
      arrivalMinutes: 30,
      completionMinutes: 240,
      agreedCompletionAt: iso(60),
    });
    expect(d).toMatchObject({ ok: true, completionDueAt: iso(60) });
  });
  it('an agreed time in the past or a completion before the visit is refused in Chinese', () => {
    expect(
      initialDeadlines({ at: T0, arrivalMinutes: 30, completionMinutes: 240, agreedArrivalAt: iso(-5) }),
    ).toEqual({ ok: false, message: '约定上门时间须晚于现在' });
    expect(
      initialDeadlines({ at: T0, arrivalMinutes: 30, completionMinutes: 240, agreedCompletionAt: iso(10) }),
    ).toEqual({ ok: false, message: '约定完成时间不能早于上门时间' });
  });
});

describe('breaches on a controlled clock (DOMAIN.md §4, S4 4.4.1)', () => {
  it('nothing is due before the arrival deadline, and the minute of the deadline is still on time', () => {
    expect(dueBreaches(order(), at(29))).toEqual([]);
    expect(dueBreaches(order(), at(30))).toEqual([]);
  });
  it('past 30 minutes without arrival the arrival clock is breached once', () => {
    expect(dueBreaches(order(), at(31))).toEqual([{ kind: 'arrival', dueAt: iso(30) }]);
    expect(dueBreaches(order({ arrivalBreachedAt: iso(31) }), at(90))).toEqual([]);
  });
  it('both clocks can be breached, each counted separately', () => {
    expect(dueBreaches(order(), at(241)).map((b) => b.kind)).toEqual(['arrival', 'completion']);
  });
  it('an arrival in time stops the arrival clock; the completion clock runs on', () => {
    const o = order({ state: 'onSite', arrivedAt: iso(20) });
    expect(dueBreaches(o, at(200))).toEqual([]);
    expect(dueBreaches(o, at(241))).toEqual([{ kind: 'completion', dueAt: iso(240) }]);
  });
  it('clocks stop while paused: no breach however late it gets', () => {
    expect(dueBreaches(order({ state: 'paused', pausedAt: iso(10) }), at(10_000))).toEqual([]);
  });
  it('clocks keep running while the order waits at the desk after being sent back', () => {
    expect(dueBreaches(order({ state: 'awaitingDispatch' }), at(31))).toHaveLength(1);
  });
  it('a closed or completed order has no running clocks', () => {
    expect(dueBreaches(order({ state: 'closed' }), at(10_000))).toEqual([]);
    expect(
      dueBreaches(order({ state: 'completed', arrivedAt: iso(10), completedAt: iso(300) }), at(10_000)),
    ).toEqual([]);
  });
  it('a breach stays counted after completion: the clock shows met late and breached', () => {
    const o = order({
      state: 'completed',
      arrivedAt: iso(45),
      arrivalBreachedAt: iso(31),
      completedAt: iso(100),
    });
    const v = orderClockViews(o, at(200));
    expect(v.arrival).toMatchObject({ status: 'metLate', isBreached: true });
    expect(v.completion).toMatchObject({ status: 'met', isBreached: false });
  });
});

describe('pause and resume: clocks stop while paused (issue 4 item 3)', () => {
  it('resuming moves unmet deadlines by the paused time', () => {
    const o = order({ state: 'paused', pausedAt: iso(10) });
    expect(resumedDeadlines(o, at(70))).toEqual({
      pausedMs: 60 * 60_000,
      arrivalDueAt: iso(90),
      completionDueAt: iso(300),
    });
  });
  it('a deadline already met does not move', () => {
    const o = order({ state: 'paused', arrivedAt: iso(5), pausedAt: iso(10) });
    expect(resumedDeadlines(o, at(70)).arrivalDueAt).toBe(iso(30));
  });
  it('while paused the board shows the time left frozen at the pause', () => {
    const v = clockView(
      { dueAt: iso(30), metAt: null, breachedAt: null, pausedAt: iso(10), isStopped: false },
      at(500),
    );
    expect(v).toMatchObject({ status: 'paused', remainingMs: 20 * 60_000 });
  });
});

describe('reschedule: the second appointment must be kept (S1 报修)', () => {
  it('the broken first promise counts as a breach, and the new time becomes the arrival deadline', () => {
    const r = rescheduledDeadlines(order(), at(10), { newArrivalAt: iso(300), completionMinutes: 240 });
    expect(r).toEqual({
      ok: true,
      firstPromiseBreach: { kind: 'arrival', dueAt: iso(30) },
      arrivalDueAt: iso(300),
      completionDueAt: iso(540),
    });
  });
  it('an arrival breach already counted by the sweep is not counted again', () => {
    const r = rescheduledDeadlines(order({ arrivalBreachedAt: iso(31) }), at(40), {
      newArrivalAt: iso(300),
      completionMinutes: 240,
    });
    expect(r).toMatchObject({ ok: true, firstPromiseBreach: null });
  });
  it('missing the must-keep appointment is a second breach of its own kind', () => {
    const o = order({
      arrivalDueAt: iso(300),
      isMustKeep: true,
      arrivalBreachedAt: null,
      completionDueAt: iso(540),
    });
    expect(dueBreaches(o, at(301))).toEqual([{ kind: 'appointment', dueAt: iso(300) }]);
  });
  it('a new time in the past is refused', () => {
    expect(rescheduledDeadlines(order(), at(10), { newArrivalAt: iso(5), completionMinutes: 240 })).toEqual({
      ok: false,
      message: '新的上门时间须晚于现在',
    });
  });
  it('a second reschedule of a must-keep appointment is refused (S1 第二次一定按照约定时间准时上门)', () => {
    const r = checkTransition('accepted', 'reschedule', { isMustKeep: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('不能再次改约');
  });
});
