import { describe, expect, it } from 'vitest';
import {
  belongsOnPublicList,
  buildClassificationReport,
  monthBounds,
  monthOf,
  nextMonth,
  previousMonth,
  type ReportComplaint,
  reportDeadline,
  reportMonthDue,
  reportReminderAt,
  reportStatus,
} from './complaint-report.js';

const TZ = 'Asia/Shanghai';

describe('the monthly report deadline (S2 知识管理: 每月3日前提交), in the property time zone', () => {
  it('months roll over the year', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(previousMonth('2027-01')).toBe('2026-12');
  });
  it('the October report is due before 3 November 00:00 Beijing time, i.e. 2 November 16:00 UTC', () => {
    expect(reportDeadline('2026-10', TZ).toISOString()).toBe('2026-11-02T16:00:00.000Z');
    expect(reportDeadline('2026-12', TZ).toISOString()).toBe('2027-01-02T16:00:00.000Z');
  });
  it('the reminder is due at the start of the 1st, local time', () => {
    expect(reportReminderAt('2026-10', TZ).toISOString()).toBe('2026-10-31T16:00:00.000Z');
  });
  it('in another time zone the deadline moves with it', () => {
    expect(reportDeadline('2026-10', 'Europe/London').toISOString()).toBe('2026-11-03T00:00:00.000Z');
  });
  it('status: in progress during the month, due on the 1st and 2nd, overdue from the 3rd until confirmed', () => {
    const at = (iso: string) => new Date(iso);
    expect(reportStatus('2026-10', TZ, at('2026-10-31T15:59:59Z'), null)).toBe('inProgress');
    expect(reportStatus('2026-10', TZ, at('2026-10-31T16:00:00Z'), null)).toBe('due');
    expect(reportStatus('2026-10', TZ, at('2026-11-02T15:59:59Z'), null)).toBe('due');
    expect(reportStatus('2026-10', TZ, at('2026-11-02T16:00:00Z'), null)).toBe('overdue');
    expect(reportStatus('2026-10', TZ, at('2026-12-20T00:00:00Z'), null)).toBe('overdue');
    expect(reportStatus('2026-10', TZ, at('2026-12-20T00:00:00Z'), '2026-12-19T00:00:00Z')).toBe('confirmed');
  });
  it('the month due is the one before now, local time (1 Nov 00:30 Beijing is still 31 Oct in UTC)', () => {
    expect(reportMonthDue(new Date('2026-10-31T16:30:00Z'), TZ)).toBe('2026-10');
    expect(monthOf(new Date('2026-10-31T16:30:00Z'), TZ)).toBe('2026-11');
  });
});

describe('顾客投诉分类统计表 (S2 知识管理)', () => {
  const { from, to } = monthBounds('2026-10', TZ);
  const c = (over: Partial<ReportComplaint>): ReportComplaint => ({
    category: 'repair',
    severity: 'ordinary',
    departmentId: 2,
    departmentName: '工程部',
    receivedAt: '2026-10-10T02:00:00Z',
    closedAt: null,
    finding: null,
    ...over,
  });
  const complaints = [
    c({ closedAt: '2026-10-12T02:00:00Z', finding: 'ours' }),
    c({ severity: 'major', closedAt: '2026-10-30T02:00:00Z', finding: 'ours' }),
    c({ category: 'attitude', severity: 'important', departmentId: null, departmentName: null }),
    // Received in September, closed in October: counts as closed, not received.
    c({ receivedAt: '2026-09-20T02:00:00Z', closedAt: '2026-10-05T02:00:00Z', severity: 'hotspot' }),
    // Received 1 Nov 00:10 Beijing time: November, not October.
    c({ receivedAt: '2026-10-31T16:10:00Z' }),
  ];
  const r = buildClassificationReport({
    complaints,
    from,
    to,
    asOf: new Date('2026-11-05T00:00:00Z'),
    onTimeDays: 7,
  });
  it('one row per category, in the fixed order, with every category present', () => {
    expect(r.categories.map((x) => x.category)).toContain('other');
    expect(r.categories).toHaveLength(12);
  });
  it('severity columns count the month’s received complaints', () => {
    const repair = r.categories.find((x) => x.category === 'repair')!;
    expect(repair.bySeverity).toEqual({ major: 1, hotspot: 0, important: 0, ordinary: 1 });
    expect(repair.received).toBe(2);
  });
  it('closed counts closures in the month; on-time rate = closed within the days setting', () => {
    const repair = r.categories.find((x) => x.category === 'repair')!;
    expect(repair.closed).toBe(3);
    expect(repair.closedOnTime).toBe(1);
    expect(repair.onTimeRate).toBeCloseTo(1 / 3, 4);
  });
  it('still open = received by month end and not closed by then', () => {
    expect(r.categories.find((x) => x.category === 'attitude')!.open).toBe(1);
    expect(r.total.open).toBe(1);
    expect(r.total.received).toBe(3);
  });
  it('no closures → no rate, not 0%', () => {
    expect(r.categories.find((x) => x.category === 'attitude')!.onTimeRate).toBeNull();
  });
  it('a second table by responsible department, with the findings', () => {
    expect(r.departments.map((d) => d.name)).toEqual(['工程部', '未转部门']);
    expect(r.departments[0]).toMatchObject({
      received: 2,
      closed: 3,
      findings: { ours: 2, notOurs: 0, shared: 0 },
    });
  });
});

describe('the monthly public list (S2 顾客投诉规范)', () => {
  const base = {
    locationKind: 'building',
    publicInterest: false,
    category: 'repair' as const,
    severity: 'ordinary' as const,
    returnVisitSkipReason: null,
  };
  it('common areas, public interest, disputes between residents and hot spots are published', () => {
    expect(belongsOnPublicList({ ...base, locationKind: 'commonArea' })).toBe(true);
    expect(belongsOnPublicList({ ...base, publicInterest: true })).toBe(true);
    expect(belongsOnPublicList({ ...base, category: 'neighbour' })).toBe(true);
    expect(belongsOnPublicList({ ...base, severity: 'hotspot' })).toBe(true);
    expect(belongsOnPublicList(base)).toBe(false);
  });
  it('a sensitive complaint never is', () => {
    expect(
      belongsOnPublicList({ ...base, locationKind: 'commonArea', returnVisitSkipReason: 'sensitive' }),
    ).toBe(false);
  });
});
