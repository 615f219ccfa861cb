import {
  type DutyPostKind,
  defaultDutyPosts,
  type PostTimes,
  segmentsForDay,
  shiftWindow,
  type TimeWindow,
} from './duty.js';
import { addDays, localDate } from './time.js';

/** S1 十二's 20:00–08:00, the default night post's times: used only when a property has no active night post. */
const fallbackNightPost: PostTimes = defaultDutyPosts.find((p) => p.kind === 'night')!;

export type NightPostTimes = PostTimes & { kind: DutyPostKind; active: boolean };
export type NightVisitorWindow = TimeWindow & {
  /** Local 'HH:MM' of the period as the post gives it (an end before the start is the next day). */
  start: string;
  end: string;
  /** The local date of the evening the shift started on. */
  day: string;
  /** True when the property has no active night post and S1's fixed hours apply. */
  isFallback: boolean;
};

/**
 * The night visitor registration period that `at` falls in, or null (S1 十二: 夜间访客登记由物业总值负责;
 * DOMAIN.md §6). The period is the property's own: a working period of an active night duty post
 * on that local day, weekday or weekend times by the date the shift starts, so a period crossing
 * midnight belongs to the evening it started. Only a property without an active night post keeps
 * the fixed 20:00–08:00.
 */
export const nightVisitorWindow = ({
  at,
  posts,
  timeZone,
}: {
  at: Date;
  posts: NightPostTimes[];
  timeZone: string;
}): NightVisitorWindow | null => {
  const night = posts.filter((p) => p.kind === 'night' && p.active);
  const sources: PostTimes[] = night.length ? night : [fallbackNightPost];
  const today = localDate(at, timeZone);
  // A shift lasts at most 24 hours (segmentsProblem), so only yesterday's evening and today's can hold `at`.
  for (const day of [addDays(today, -1), today])
    for (const post of sources) {
      const segments = segmentsForDay(post, day);
      const w = shiftWindow(day, segments, timeZone);
      const i = w?.segments.findIndex((s) => s.startsAt <= at && at < s.endsAt) ?? -1;
      const period = w?.segments[i];
      const seg = segments[i];
      if (period && seg) return { ...period, ...seg, day, isFallback: !night.length };
    }
  return null;
};

/** Whether a visitor registered at `at` is the night duty post's (S1 十二); see nightVisitorWindow. */
export const isNightVisitorTime = (args: { at: Date; posts: NightPostTimes[]; timeZone: string }) =>
  nightVisitorWindow(args) !== null;
