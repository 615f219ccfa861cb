import type { TimeWindow } from './duty.js';

/** Attendance facts kept for the monthly assessment (S3 篇一 四.2; DOMAIN.md §8 deductions). */
export const attendanceFactKinds = ['late', 'earlyLeave', 'absent', 'shortLead'] as const;
export type AttendanceFactKind = (typeof attendanceFactKinds)[number];
export const attendanceFactLabels: Record<AttendanceFactKind, string> = {
  late: '迟到',
  earlyLeave: '早退',
  absent: '缺勤（未到岗打卡）',
  shortLead: '接班未提前 10 分钟到岗',
};
export type AttendanceFact = { kind: AttendanceFactKind; minutes: number };

const MINUTE = 60_000;

/**
 * What a clock-in says against the roster (S3 篇一 四.2 打卡时刻与值班到岗时刻吻合): after the
 * start is late (whole minutes, rounded up); before it but less than `leadMinutes` early is
 * flagged, since the incoming person arrives 10 minutes early to take over (S3 篇三).
 */
export const clockInFacts = (at: Date, shift: TimeWindow, leadMinutes: number): AttendanceFact[] => {
  const diff = at.getTime() - shift.startsAt.getTime();
  if (diff > 0) return [{ kind: 'late', minutes: Math.ceil(diff / MINUTE) }];
  const early = Math.floor(-diff / MINUTE);
  if (-diff < leadMinutes * MINUTE) return [{ kind: 'shortLead', minutes: early }];
  return [];
};

/** A clock-out before the shift's end is leaving early (S3 篇一 四.2 离岗时刻吻合). */
export const clockOutFacts = (at: Date, shift: TimeWindow): AttendanceFact[] => {
  const diff = shift.endsAt.getTime() - at.getTime();
  return diff > 0 ? [{ kind: 'earlyLeave', minutes: Math.ceil(diff / MINUTE) }] : [];
};

/**
 * The shift a person clocks in to at `at`: one of theirs not yet clocked in, open from
 * `earlyMinutes` before its start until its end; the earliest such.
 */
export const shiftToClockIn = <T extends TimeWindow & { hasClockIn: boolean }>(
  shifts: T[],
  at: Date,
  earlyMinutes: number,
): T | undefined =>
  shifts
    .filter(
      (s) => !s.hasClockIn && s.startsAt.getTime() - earlyMinutes * MINUTE <= at.getTime() && at < s.endsAt,
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
