import { describe, expect, it } from 'vitest';
import {
  FeedbackReportQuery,
  localSlotOfQuarter,
  periodInstants,
  QUARTER_MS,
  ReportQuery,
  type ReportScope,
  rate,
  reportPeriod,
} from './reports.js';
import { contactsReport } from './reports-contacts.js';
import { type FeedbackCase, feedbackReport, themeBigrams } from './reports-feedback.js';
import { type ReportOrder, workOrderLine } from './reports-work-orders.js';

const scope = (from: string, to: string): ReportScope => ({
  properties: [{ id: 1, code: 'HY', name: '华苑小区' }],
  departmentId: null,
  departmentName: null,
  period: { from, to, label: '' },
  generatedAt: '2026-12-01T00:00:00.000Z',
});

describe('report periods (issue 8 item 1): hours and months in the property time zone', () => {
  it('a month is its whole calendar month; its instants start at local midnight', () => {
    const p = reportPeriod({ month: '2026-12' });
    expect(p).toEqual({ from: '2026-12-01', to: '2026-12-31', label: '2026年12月' });
    expect(periodInstants(p, 'Asia/Shanghai')).toEqual({
      from: new Date('2026-11-30T16:00:00.000Z'),
      to: new Date('2026-12-31T16:00:00.000Z'),
    });
  });
  it('an instant’s UTC quarter hour gives its local date and hour: 2026-11-30T16:30Z is 1 December, 00 h in Shanghai', () => {
    const q = Math.floor(Date.parse('2026-11-30T16:30:00Z') / QUARTER_MS);
    expect(localSlotOfQuarter(q, 'Asia/Shanghai')).toEqual({ day: '2026-12-01', hour: 0 });
    expect(localSlotOfQuarter(q, 'UTC')).toEqual({ day: '2026-11-30', hour: 16 });
    // A zone 45 minutes off the hour still maps whole quarters exactly.
    expect(localSlotOfQuarter(q, 'Asia/Kathmandu')).toEqual({ day: '2026-11-30', hour: 22 });
  });
  it('a query names a month or a range; the feedback report is 1–2 months (S4 4.4.5)', () => {
    expect(ReportQuery.safeParse({ month: '2026-12' }).success).toBe(true);
    expect(ReportQuery.safeParse({}).success).toBe(false);
    expect(ReportQuery.safeParse({ from: '2026-12-05', to: '2026-12-01' }).success).toBe(false);
    expect(FeedbackReportQuery.safeParse({ from: '2026-11-01', to: '2026-12-31' }).success).toBe(true);
    expect(FeedbackReportQuery.safeParse({ from: '2026-10-01', to: '2026-12-31' }).success).toBe(false);
  });
  it('rates are fractions rounded to 4 places, null when there is nothing to divide', () => {
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('contacts by channel, type and hour', () => {
  it('sums counts into channels, types, hours and days, every day of the period listed', () => {
    const r = contactsReport(scope('2026-12-01', '2026-12-02'), {
      byChannelType: [
        { channel: 'call', type: 'repair', n: 3 },
        { channel: 'visit', type: 'inquiry', n: 1 },
        { channel: 'call', type: 'inquiry', n: 2 },
      ],
      bySlot: [
        { channel: 'call', day: '2026-12-01', hour: 9, n: 3 },
        { channel: 'visit', day: '2026-12-01', hour: 9, n: 1 },
        { channel: 'call', day: '2026-12-02', hour: 14, n: 2 },
      ],
    });
    expect(r.total).toBe(6);
    expect(r.byChannel.find((c) => c.key === 'call')?.count).toBe(5);
    expect(r.byHour[9]).toEqual({
      hour: 9,
      count: 4,
      byChannel: expect.objectContaining({ call: 3, visit: 1 }),
    });
    expect(r.busiestHour).toBe(9);
    expect(r.byDay).toEqual([
      { day: '2026-12-01', count: 4 },
      { day: '2026-12-02', count: 2 },
    ]);
  });
});

describe('月派工报事统计分析表 lines (S4 篇3; S4 4.4.1)', () => {
  const order = (over: Partial<ReportOrder>): ReportOrder => ({
    departmentId: 1,
    departmentName: '工程部',
    type: 'repair',
    state: 'closed',
    createdAt: '2026-11-05T01:00:00.000Z',
    dispatchedAt: '2026-11-05T01:00:00.000Z',
    arrivedAt: '2026-11-05T01:20:00.000Z',
    completedAt: '2026-11-05T02:00:00.000Z',
    closedAs: 'done',
    isMustKeep: false,
    feeCents: 0,
    breachKinds: [],
    ...over,
  });
  it('an arrival with an arrival or must-keep breach is not on time; a completion breach makes completion late', () => {
    const l = workOrderLine([
      order({}),
      order({ breachKinds: ['arrival'], arrivedAt: '2026-11-05T01:40:00.000Z' }),
      order({ breachKinds: ['arrival', 'appointment', 'completion'], isMustKeep: true }),
      order({ state: 'dispatched', arrivedAt: null, completedAt: null, closedAs: null }),
      order({ closedAs: 'referred', arrivedAt: null, completedAt: null }),
    ]);
    expect(l).toMatchObject({
      orders: 5,
      arrived: 3,
      arrivedOnTime: 1,
      arrivalOnTimeRate: 0.3333,
      completed: 3,
      completedOnTime: 2,
      unfinished: 1,
      breaches: { arrival: 2, appointment: 1, completion: 1, total: 4 },
      rescheduled: 1,
      referred: 1,
      avgArrivalMinutes: 26.7,
      avgCompletionMinutes: 60,
    });
  });
});

describe('客户反映情况报告 themes (S4 4.4.5)', () => {
  it('two-character words of a summary, stop words breaking the text so they do not pair up', () => {
    expect(themeBigrams('咨询停车月卡')).toEqual(['停车', '车月', '月卡']);
    expect(themeBigrams('业主反映漏水漏水')).toEqual(['漏水', '水漏']);
  });
  it('a bigram grows into the longest phrase all its cases share, so one matter is one theme', () => {
    const c = (id: number, summary: string): FeedbackCase => ({
      id,
      number: `N${id}`,
      type: 'repair',
      summary,
    });
    const r = feedbackReport(
      scope('2026-11-01', '2026-11-30'),
      [c(1, '3栋电梯按钮失灵'), c(2, '业主反映电梯按钮失灵'), c(3, '电梯漏水')],
      [],
    );
    expect(r.groups[0]?.themes.map((t) => [t.theme, t.count])).toEqual([
      ['电梯', 3],
      ['电梯按钮失灵', 2],
    ]);
  });

  it('groups by type, themes raised by two or more cases (latest first), and the buildings raised most', () => {
    const c = (id: number, type: string, summary: string): FeedbackCase => ({
      id,
      number: `N${id}`,
      type,
      summary,
    });
    const r = feedbackReport(
      scope('2026-11-01', '2026-11-30'),
      [
        c(1, 'repair', '厨房漏水'),
        c(2, 'repair', '阳台漏水'),
        c(3, 'complaint', '噪音扰民'),
        c(4, 'repair', '门锁坏了'),
      ],
      [
        { type: 'repair', buildingId: 3, name: '3栋', count: 2 },
        { type: 'complaint', buildingId: 5, name: '5栋', count: 1 },
      ],
    );
    expect(r.groups.map((g) => [g.type, g.count])).toEqual([
      ['repair', 3],
      ['complaint', 1],
    ]);
    expect(r.groups[0]?.themes).toEqual([
      {
        theme: '漏水',
        count: 2,
        cases: [
          { id: 2, number: 'N2', summary: '阳台漏水' },
          { id: 1, number: 'N1', summary: '厨房漏水' },
        ],
      },
    ]);
    expect(r.topBuildings).toEqual([
      { buildingId: 3, name: '3栋', count: 2 },
      { buildingId: 5, name: '5栋', count: 1 },
    ]);
  });
});
