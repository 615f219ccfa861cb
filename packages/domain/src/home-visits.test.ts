import { describe, expect, it } from 'vitest';
import {
  appointmentNext,
  areaOverlap,
  householdsByArea,
  quarterBounds,
  quarterOf,
  quarterProgress,
  RecordHomeVisitInput,
  shiftQuarter,
} from './home-visits.js';

const SH = 'Asia/Shanghai';

describe('the quarter of a visit (S2 家访 (一)2 每季度), on the property calendar', () => {
  it('31 March 23:30 in Shanghai is still Q1 although it is 15:30 UTC', () => {
    expect(quarterOf(new Date('2026-03-31T15:30:00Z'), SH)).toBe('2026-Q1');
  });
  it('1 April 00:30 in Shanghai is Q2 although UTC still shows 31 March', () => {
    expect(quarterOf(new Date('2026-03-31T16:30:00Z'), SH)).toBe('2026-Q2');
  });
  it('the same instant lands in another quarter in another zone', () => {
    expect(quarterOf(new Date('2026-12-31T20:00:00Z'), SH)).toBe('2027-Q1');
    expect(quarterOf(new Date('2026-12-31T20:00:00Z'), 'UTC')).toBe('2026-Q4');
  });
  it('a quarter runs from local midnight of its first day to that of the next quarter', () => {
    const b = quarterBounds('2026-Q4', SH);
    expect(b.start.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(b.end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
  it('quarters step across years both ways', () => {
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q2', -6)).toBe('2024-Q4');
  });
});

describe('progress against 不少于20户 per 苑区 per quarter (S2 家访 (一)2)', () => {
  const { start, end } = quarterBounds('2026-Q4', SH);
  const at = (iso: string) => new Date(iso);
  it('20 households meet the target, 19 do not', () => {
    const now = at('2026-11-15T00:00:00Z');
    expect(quarterProgress({ households: 20, target: 20, start, end, now }).status).toBe('met');
    const p = quarterProgress({ households: 19, target: 20, start, end, now });
    expect(p.status).not.toBe('met');
    expect(p.remaining).toBe(1);
    expect(p.percent).toBe(95);
  });
  it('half-way through the quarter 10 households are expected: 10 is on track, 9 is behind', () => {
    const mid = new Date((start.getTime() + end.getTime()) / 2);
    expect(quarterProgress({ households: 10, target: 20, start, end, now: mid }).status).toBe('onTrack');
    expect(quarterProgress({ households: 9, target: 20, start, end, now: mid }).status).toBe('behind');
  });
  it('after the quarter, short of the target is missed', () => {
    const p = quarterProgress({ households: 12, target: 20, start, end, now: at('2027-01-05T00:00:00Z') });
    expect(p.status).toBe('missed');
    expect(p.expectedByNow).toBe(20);
  });
  it('more than the target never shows over 100 % or a negative remainder', () => {
    const p = quarterProgress({ households: 31, target: 20, start, end, now: start });
    expect(p.percent).toBe(100);
    expect(p.remaining).toBe(0);
  });
});

describe('households per 苑区', () => {
  const areas = [
    { id: 1, name: '东区', buildingIds: [10, 11] },
    { id: 2, name: '西区', buildingIds: [20] },
  ];
  it('a household visited twice counts once; rooms of buildings in no area go to 未划分苑区', () => {
    const rows = householdsByArea(
      areas,
      [
        { roomId: 1, buildingId: 10 },
        { roomId: 1, buildingId: 10 },
        { roomId: 2, buildingId: 11 },
        { roomId: 3, buildingId: 20 },
        { roomId: 4, buildingId: 99 },
      ],
      '华苑小区',
    );
    expect(rows.map((r) => [r.name, r.households])).toEqual([
      ['东区', 2],
      ['西区', 1],
      ['未划分苑区', 1],
    ]);
  });
  it('a property without areas is one area named after it', () => {
    const rows = householdsByArea([], [{ roomId: 7, buildingId: 1 }], '华苑小区');
    expect(rows).toEqual([{ id: null, name: '华苑小区', buildingIds: [], households: 1 }]);
  });
  it('a building already in another area is reported; re-saving an area with its own buildings is not', () => {
    expect(areaOverlap(areas, { id: null, name: '新区', buildingIds: [11, 30] })).toEqual([11]);
    expect(areaOverlap(areas, { id: 1, name: '东区', buildingIds: [10, 11] })).toEqual([]);
  });
});

describe('appointments (S2 家访 (二)1 电话预约)', () => {
  it('a scheduled appointment may be rescheduled, visited, missed or cancelled', () => {
    expect(appointmentNext('scheduled', 'reschedule')).toBe('scheduled');
    expect(appointmentNext('scheduled', 'record')).toBe('visited');
    expect(appointmentNext('scheduled', 'notHome')).toBe('notHome');
    expect(appointmentNext('scheduled', 'cancel')).toBe('cancelled');
  });
  it('a finished appointment moves no more: a second record or a late cancel is refused', () => {
    expect(appointmentNext('visited', 'record')).toBeNull();
    expect(appointmentNext('visited', 'cancel')).toBeNull();
    expect(appointmentNext('cancelled', 'reschedule')).toBeNull();
    expect(appointmentNext('notHome', 'record')).toBeNull();
  });
});

describe('the visit record', () => {
  const base = { metName: '王先生', satisfaction: 'satisfied', opinions: '希望加强夜间巡逻', followUp: null };
  it('requires the visitor to have tidied up before calling (S2 家访 (二)2, (一)1)', () => {
    const r = RecordHomeVisitInput.safeParse({ ...base, groomingChecked: false });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('仪容仪表');
    expect(RecordHomeVisitInput.safeParse({ ...base, groomingChecked: true }).success).toBe(true);
  });
});
