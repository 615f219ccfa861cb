import { describe, expect, it } from 'vitest';
import {
  defaultDutyPosts,
  findOverlap,
  isAppliedInTime,
  isOverSwapCap,
  rosterCellProblem,
  segmentsForDay,
  segmentsProblem,
  shiftWindow,
  successorsOf,
} from './duty.js';
import { CreateDutyPostInput } from './duty-inputs.js';
import { addDays, daysOfMonth, instantAt, isWeekendDay, localTime } from './time.js';

const TZ = 'Asia/Shanghai';
const iso = (d: Date | undefined) => d?.toISOString();
const [desk1, , night] = defaultDutyPosts;

describe('local times of a property (STYLE 10)', () => {
  it('an instant from a local date and HH:MM in Asia/Shanghai and another zone', () => {
    expect(iso(instantAt('2026-11-23', '08:20', TZ))).toBe('2026-11-23T00:20:00.000Z');
    expect(iso(instantAt('2026-11-23', '00:30', TZ))).toBe('2026-11-22T16:30:00.000Z');
    expect(iso(instantAt('2026-07-01', '09:00', 'Europe/Berlin'))).toBe('2026-07-01T07:00:00.000Z');
    // minutes past 24:00 run into the next day
    expect(iso(instantAt('2026-11-30', 32 * 60, TZ))).toBe('2026-12-01T00:00:00.000Z');
    expect(localTime(new Date('2026-11-22T17:30:00Z'), TZ)).toBe('01:30');
  });
  it('calendar helpers: months, weekends, day arithmetic across a month end', () => {
    expect(daysOfMonth('2026-11')).toHaveLength(30);
    expect(daysOfMonth('2028-02')).toHaveLength(29);
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(['2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'].map(isWeekendDay)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('shift templates (S3 篇一 二; S1 十二)', () => {
  it('defaults: weekday 08:20–12:00 and 14:30–18:00, weekend 09:00–12:00 and 14:30–17:30, night 20:00–08:00', () => {
    expect(desk1!.weekdaySegments).toEqual([
      { start: '08:20', end: '12:00' },
      { start: '14:30', end: '18:00' },
    ]);
    expect(desk1!.weekendSegments).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ]);
    expect(night!.kind).toBe('night');
    expect(night!.weekdaySegments).toEqual([{ start: '20:00', end: '08:00' }]);
    expect(defaultDutyPosts.filter((p) => p.kind === 'desk').map((p) => p.headcount)).toEqual([1, 1]);
  });

  it('a weekday desk shift in Asia/Shanghai spans 08:20–18:00 with its lunch break', () => {
    const w = shiftWindow('2026-11-23', segmentsForDay(desk1!, '2026-11-23'), TZ)!;
    expect(iso(w.startsAt)).toBe('2026-11-23T00:20:00.000Z');
    expect(iso(w.endsAt)).toBe('2026-11-23T10:00:00.000Z');
    expect(w.segments.map((s) => [localTime(s.startsAt, TZ), localTime(s.endsAt, TZ)])).toEqual([
      ['08:20', '12:00'],
      ['14:30', '18:00'],
    ]);
  });

  it('a Saturday uses the weekend times', () => {
    const w = shiftWindow('2026-11-28', segmentsForDay(desk1!, '2026-11-28'), TZ)!;
    expect([localTime(w.startsAt, TZ), localTime(w.endsAt, TZ)]).toEqual(['09:00', '17:30']);
  });

  it('the night shift 20:00–08:00 crosses midnight: it ends on the next local day', () => {
    const w = shiftWindow('2026-11-30', night!.weekdaySegments, TZ)!;
    expect(iso(w.startsAt)).toBe('2026-11-30T12:00:00.000Z');
    expect(iso(w.endsAt)).toBe('2026-12-01T00:00:00.000Z');
  });

  it('a post without weekend times has no weekend shift', () => {
    expect(
      shiftWindow(
        '2026-11-28',
        segmentsForDay({ weekdaySegments: desk1!.weekdaySegments, weekendSegments: [] }, '2026-11-28'),
        TZ,
      ),
    ).toBeNull();
  });

  it('refuses a zero-length period and a shift longer than 24 hours, in Chinese', () => {
    expect(segmentsProblem([{ start: '08:00', end: '08:00' }])).toMatch(/不能相同/);
    expect(
      segmentsProblem([
        { start: '08:00', end: '20:00' },
        { start: '07:00', end: '09:00' },
      ]),
    ).toMatch(/24 小时/);
    expect(segmentsProblem(night!.weekdaySegments)).toBeNull();
    const bad = CreateDutyPostInput.safeParse({
      propertyId: 1,
      name: '前台',
      kind: 'desk',
      headcount: 1,
      weekdaySegments: [{ start: '8:20', end: '12:00' }],
      weekendSegments: [],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/HH:MM/);
  });
});

describe('roster rules (issue 7 item 7)', () => {
  it('overlapping shifts for one person are found; back-to-back ones are not', () => {
    const nightShift = shiftWindow('2026-11-23', night!.weekdaySegments, TZ)!;
    const nextDesk = shiftWindow('2026-11-24', desk1!.weekdaySegments, TZ)!;
    const sameDayDesk = shiftWindow('2026-11-23', desk1!.weekdaySegments, TZ)!;
    expect(findOverlap(nextDesk, [{ ...nightShift, id: 1 }])).toBeUndefined();
    expect(findOverlap(sameDayDesk, [{ ...nightShift, id: 1 }])).toBeUndefined();
    const lateNight = shiftWindow('2026-11-23', [{ start: '17:00', end: '23:00' }], TZ)!;
    expect(
      findOverlap(lateNight, [
        { ...sameDayDesk, id: 7 },
        { ...nightShift, id: 8 },
      ])?.id,
    ).toBe(7);
  });
  it('one cell: no one twice, no more people than the post holds (S3 篇一 一 每班两人 各1人)', () => {
    expect(rosterCellProblem([3, 3], 2)).toMatch(/重复/);
    expect(rosterCellProblem([3, 4], 1)).toMatch(/每班 1 人/);
    expect(rosterCellProblem([3], 1)).toBeNull();
  });
});

describe('swaps (S3 篇一 五.4; S3 篇六)', () => {
  it('an application is at least a day ahead: the local day before the shift, not the same day', () => {
    expect(isAppliedInTime(new Date('2026-11-23T15:59:00Z'), '2026-11-24', TZ)).toBe(true); // 23:59 local on the 23rd
    expect(isAppliedInTime(new Date('2026-11-23T16:01:00Z'), '2026-11-24', TZ)).toBe(false); // 00:01 local on the 24th
  });
  it('the monthly cap: 0 is no cap; at the cap the next one is refused', () => {
    expect(isOverSwapCap(10, 0)).toBe(false);
    expect(isOverSwapCap(1, 2)).toBe(false);
    expect(isOverSwapCap(2, 2)).toBe(true);
  });
});

describe('handover successors (S3 篇三 接班人员未到岗，交班人员不得下岗)', () => {
  const nightShift = { ...shiftWindow('2026-11-23', night!.weekdaySegments, TZ)!, id: 1 };
  const morning = { ...shiftWindow('2026-11-24', desk1!.weekdaySegments, TZ)!, id: 2 };
  const sameDesk = { ...shiftWindow('2026-11-23', desk1!.weekdaySegments, TZ)!, id: 3 };
  it('the night post hands over to the 08:20 desk (20 minutes later)', () => {
    expect(successorsOf(nightShift, [morning, sameDesk], 60).map((s) => s.id)).toEqual([2]);
  });
  it('the 18:00 desk has no successor when night duty starts at 20:00', () => {
    expect(successorsOf(sameDesk, [nightShift], 60)).toEqual([]);
    expect(successorsOf(sameDesk, [nightShift], 120).map((s) => s.id)).toEqual([1]);
  });
});
