import { z } from 'zod';
import { NIGHT_VISITOR_HOURS } from './registers-desk.js';
import { instantAt, isWeekendDay, localDate, minutesOfTime } from './time.js';

/** Duty posts (值班岗位, DOMAIN.md §6): the desks of S3 篇一 and the night duty post of S1. */
export const dutyPostKinds = ['desk', 'night', 'other'] as const;
export const DutyPostKind = z.enum(dutyPostKinds, { message: '请选择岗位类别' });
export type DutyPostKind = z.infer<typeof DutyPostKind>;
export const dutyPostKindLabels: Record<DutyPostKind, string> = {
  desk: '前台岗',
  night: '物业总值（夜间值班）',
  other: '其他岗位',
};

export const HhMm = z
  .string({ message: '请填写时间' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM（如 08:20）');
/** One working period of a shift; an end at or before the start is on the next day (20:00–08:00). */
export const DutySegment = z.object({
  start: HhMm.describe('开始时间（当地时间）'),
  end: HhMm.describe('结束时间（当地时间，早于开始时间表示次日）'),
});
export type DutySegment = z.infer<typeof DutySegment>;

/** Minutes of each segment counted from midnight of the shift's date; a time earlier than the one before it is on the next day. */
export const segmentMinutes = (segments: DutySegment[]) => {
  const out: { start: number; end: number }[] = [];
  let base = 0;
  let prevEnd = Number.NEGATIVE_INFINITY;
  for (const seg of segments) {
    let start = base + minutesOfTime(seg.start);
    if (start < prevEnd) {
      base += 1440;
      start += 1440;
    }
    let end = base + minutesOfTime(seg.end);
    if (end <= start) {
      base += 1440;
      end += 1440;
    }
    out.push({ start, end });
    prevEnd = end;
  }
  return out;
};

/** Why a list of segments cannot be a shift, or null: each period has a length, a shift lasts at most 24 hours. */
export const segmentsProblem = (segments: DutySegment[]): string | null => {
  if (segments.some((s) => s.start === s.end)) return '时段的开始时间与结束时间不能相同';
  const mins = segmentMinutes(segments);
  const first = mins[0];
  const last = mins[mins.length - 1];
  if (first && last && last.end - first.start > 1440) return '一个班次从开始到结束不能超过 24 小时';
  return null;
};

export type TimeWindow = { startsAt: Date; endsAt: Date };
export type ShiftWindow = TimeWindow & { segments: TimeWindow[] };

/** The UTC instants of a shift on a local date in the property's time zone (STYLE 10), or null if the post has no times that day. */
export const shiftWindow = (day: string, segments: DutySegment[], timeZone: string): ShiftWindow | null => {
  const mins = segmentMinutes(segments);
  if (!mins.length) return null;
  const parts = mins.map((m) => ({
    startsAt: instantAt(day, m.start, timeZone),
    endsAt: instantAt(day, m.end, timeZone),
  }));
  return { startsAt: parts[0]!.startsAt, endsAt: parts[parts.length - 1]!.endsAt, segments: parts };
};

export type PostTimes = { weekdaySegments: DutySegment[]; weekendSegments: DutySegment[] };
/** S3 篇一 二: weekdays and weekends (双休日) have their own times; no weekend times means no weekend shift. */
export const segmentsForDay = (post: PostTimes, day: string) =>
  isWeekendDay(day) ? post.weekendSegments : post.weekdaySegments;

export const overlaps = (a: TimeWindow, b: TimeWindow) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** The first of `existing` that overlaps `candidate` (one person cannot be on two shifts at once). */
export const findOverlap = <T extends TimeWindow>(candidate: TimeWindow, existing: T[]): T | undefined =>
  existing.find((w) => overlaps(candidate, w));

/** Why the people of one roster cell are refused, or null. */
export const rosterCellProblem = (staffIds: number[], headcount: number): string | null => {
  if (new Set(staffIds).size !== staffIds.length) return '同一人不能在同一班次重复排班';
  if (staffIds.length > headcount) return `该岗位每班 ${headcount} 人，不能排 ${staffIds.length} 人`;
  return null;
};

export type DutyPostTemplate = PostTimes & {
  name: string;
  kind: DutyPostKind;
  headcount: number;
  sortOrder: number;
};

const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
/**
 * The default posts of a property: two desks, one person each (S3 篇一 一), weekday
 * 08:20–12:00 and 14:30–18:00, weekend 09:00–12:00 and 14:30–17:30 (S3 篇一 二), and the night
 * duty post 物业总值, whose hours are those of night visitor registration (S1 十二).
 */
export const defaultDutyPosts: DutyPostTemplate[] = [
  {
    name: '一楼前台',
    kind: 'desk',
    headcount: 1,
    sortOrder: 1,
    weekdaySegments: [
      { start: '08:20', end: '12:00' },
      { start: '14:30', end: '18:00' },
    ],
    weekendSegments: [
      { start: '09:00', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ],
  },
  {
    name: '二楼前台',
    kind: 'desk',
    headcount: 1,
    sortOrder: 2,
    weekdaySegments: [
      { start: '08:20', end: '12:00' },
      { start: '14:30', end: '18:00' },
    ],
    weekendSegments: [
      { start: '09:00', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ],
  },
  {
    name: '物业总值',
    kind: 'night',
    headcount: 1,
    sortOrder: 3,
    weekdaySegments: [{ start: pad(NIGHT_VISITOR_HOURS.from), end: pad(NIGHT_VISITOR_HOURS.to) }],
    weekendSegments: [{ start: pad(NIGHT_VISITOR_HOURS.from), end: pad(NIGHT_VISITOR_HOURS.to) }],
  },
];

// ——— Swaps (调班, S3 篇一 五.4; S3 篇六 caps) ———

export const swapModes = ['reported', 'applied'] as const;
export const SwapMode = z.enum(swapModes, { message: '请选择调班方式' });
export type SwapMode = z.infer<typeof SwapMode>;
export const swapModeLabels: Record<SwapMode, string> = {
  reported: '自行调班后报行政部',
  applied: '提前一天申请',
};

export const swapStates = ['reported', 'pending', 'approved', 'refused', 'withdrawn', 'expired'] as const;
export type SwapState = (typeof swapStates)[number];
export const swapStateLabels: Record<SwapState, string> = {
  reported: '已报备（生效）',
  pending: '待审批',
  approved: '已批准（生效）',
  refused: '未批准',
  withdrawn: '已撤回',
  expired: '已失效（未及时审批）',
};
/** States in which the substitute is on duty. */
export const effectiveSwapStates: SwapState[] = ['reported', 'approved'];
/** States that count against the monthly cap and block a second swap of the same shift. */
export const activeSwapStates: SwapState[] = ['reported', 'pending', 'approved'];

/** S3 篇一 五.4 提前一天: an application is made on a local date before the shift's date. */
export const isAppliedInTime = (appliedAt: Date, shiftDay: string, timeZone: string) =>
  localDate(appliedAt, timeZone) < shiftDay;

/** S3 篇六 每月每人值班调换不得超过 N 天次; a cap of 0 means none. */
export const isOverSwapCap = (alreadyThisMonth: number, cap: number) => cap > 0 && alreadyThisMonth >= cap;

// ——— Handover (交接班, S3 篇三, 篇七) ———

export const handoverStates = ['draft', 'handedOver', 'signed', 'closed'] as const;
export type HandoverState = (typeof handoverStates)[number];
export const handoverStateLabels: Record<HandoverState, string> = {
  draft: '交班人填写中',
  handedOver: '交班人已签字，待接班人签字',
  signed: '双方已签字',
  closed: '交班人已下岗',
};

/**
 * The shifts that take over from `outgoing`: they start after it started and no later than
 * `gapMinutes` after it ends, and outlast it (the night post's 08:00 → the desks' 08:20).
 * When there is one, the outgoing person may not leave before the incoming one has signed
 * (S3 篇三: 接班人员未到岗，交班人员不得下岗).
 */
export const successorsOf = <T extends TimeWindow>(outgoing: TimeWindow, others: T[], gapMinutes: number) =>
  others.filter(
    (o) =>
      o.startsAt > outgoing.startsAt &&
      o.startsAt.getTime() <= outgoing.endsAt.getTime() + gapMinutes * 60_000 &&
      o.endsAt > outgoing.endsAt,
  );
