import { describe, expect, it } from 'vitest';
import {
  mayTakeContact,
  missingContactFields,
  passUpClockRuns,
  passUpStage,
  routeContact,
} from './routing.js';

const ok = (r: ReturnType<typeof routeContact>) => {
  if (!r.ok) throw new Error(r.message);
  return r.routing;
};

describe('routing by type (DOMAIN.md §3; S0 客户来电来访接待工作规程 4.2)', () => {
  it('咨询 answered on the spot is closed at once (S0 4.2.1)', () => {
    expect(
      ok(routeContact('inquiry', { mode: 'answered', answer: '物业费每月 2.5 元/㎡' }, 'normal')).state,
    ).toBe('closed');
  });
  it('咨询 transferred goes to the department (S0 4.2.1)', () => {
    const r = ok(routeContact('inquiry', { mode: 'transfer', departmentId: 7 }, 'normal'));
    expect(r.state).toBe('assigned');
    expect(r.owner).toEqual({ kind: 'department', departmentId: 7 });
  });
  it('求助 is handed to a department within the service scope (S0 4.2.2)', () => {
    expect(ok(routeContact('help', { mode: 'transfer', departmentId: 3 }, 'normal')).owner).toEqual({
      kind: 'department',
      departmentId: 3,
    });
    expect(routeContact('help', { mode: 'answered', answer: 'x' }, 'normal').ok).toBe(false);
  });
  it('报修 and 有偿服务 wait for dispatch (S1 报修; S0 4.2.3)', () => {
    expect(ok(routeContact('repair', { mode: 'dispatch' }, 'normal')).state).toBe('awaitingDispatch');
    expect(ok(routeContact('paidService', { mode: 'dispatch' }, 'normal')).state).toBe('awaitingDispatch');
    expect(routeContact('repair', { mode: 'answered', answer: 'x' }, 'normal').ok).toBe(false);
  });
  it('建议/意见 handled now or reported to the supervisor (S0 4.2.4)', () => {
    expect(ok(routeContact('suggestion', { mode: 'answered', answer: '已安排' }, 'normal')).state).toBe(
      'closed',
    );
    const reported = ok(routeContact('suggestion', { mode: 'report' }, 'normal'));
    expect(reported.owner).toEqual({ kind: 'supervisor' });
    expect(reported.notify).toContain('supervisor');
  });
  it('投诉 is registered and assigned to the supervisor (S0 4.2.5)', () => {
    const r = ok(routeContact('complaint', { mode: 'complaint' }, 'normal'));
    expect(r.owner).toEqual({ kind: 'supervisor' });
    expect(r.notify).toEqual(['supervisor']);
    expect(routeContact('complaint', { mode: 'answered', answer: 'x' }, 'normal').ok).toBe(false);
  });
  it('表扬 is credited and closed (S0 作业指导书 3.3.3)', () => {
    expect(ok(routeContact('praise', { mode: 'praise', praisedStaffId: 4 }, 'normal')).state).toBe('closed');
  });
  it('其他工作联系 goes to 行政部 (S0 作业指导书 3.3.4)', () => {
    expect(ok(routeContact('otherWork', { mode: 'admin' }, 'normal')).owner).toEqual({
      kind: 'adminDepartment',
    });
  });
  it('an emergency also notifies the manager at once (S4 4.4.4)', () => {
    expect(ok(routeContact('repair', { mode: 'dispatch' }, 'emergency')).notify).toEqual(['manager']);
    expect(ok(routeContact('complaint', { mode: 'complaint' }, 'emergency')).notify).toEqual([
      'supervisor',
      'manager',
    ]);
  });
});

describe('S0 3.1.6: staff not certified for independent duty may not take calls', () => {
  it('refuses calls, allows visits and letters', () => {
    expect(mayTakeContact('call', false)).toBe(false);
    expect(mayTakeContact('visit', false)).toBe(true);
    expect(mayTakeContact('letter', false)).toBe(true);
    expect(mayTakeContact('call', true)).toBe(true);
  });
});

describe('S1 服务上移 timers: 3 minutes to the supervisor, 3 more to the manager', () => {
  const since = new Date('2026-11-23T02:00:00Z');
  const at = (min: number, sec = 0) => new Date(since.getTime() + min * 60_000 + sec * 1000);
  it('stays at the desk for the first 3 minutes', () => {
    expect(passUpStage(since, at(2, 59), 3, 3)).toBe('none');
  });
  it('goes to the supervisor at 3 minutes and the manager at 6', () => {
    expect(passUpStage(since, at(3), 3, 3)).toBe('supervisor');
    expect(passUpStage(since, at(5, 59), 3, 3)).toBe('supervisor');
    expect(passUpStage(since, at(6), 3, 3)).toBe('manager');
  });
  it('follows the settings', () => {
    expect(passUpStage(since, at(4), 5, 5)).toBe('none');
    expect(passUpStage(since, at(10), 5, 5)).toBe('manager');
  });
  it('runs only while the customer is on the phone or at the desk', () => {
    expect(passUpClockRuns('call')).toBe(true);
    expect(passUpClockRuns('visit')).toBe(true);
    expect(passUpClockRuns('letter')).toBe(false);
  });
});

describe('end-of-day completeness (S3 篇九 4.1.6)', () => {
  it('names the empty required fields', () => {
    expect(missingContactFields({ channel: 'call', callerName: '', callerPhone: null, roomId: 5 })).toEqual([
      '来电人姓名',
      '联系电话',
    ]);
    expect(
      missingContactFields({ channel: 'visit', callerName: '王先生', callerPhone: null, roomId: null }),
    ).toEqual(['联系电话或房号']);
    expect(
      missingContactFields({ channel: 'visit', callerName: '王先生', callerPhone: null, roomId: 9 }),
    ).toEqual([]);
  });
});
