import { type DutySegment, segmentMinutes, type UpdateDutyPostInput } from '@propdesk/domain';
import type { DutyPost } from './queries-setup';

/** Pure helpers of the 岗位与班次 form and list. */

const DAY_MINUTES = 1440;
const isTime = (hhmm: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(hhmm);

/** Which ends of each period fall on the next day (night 20:00–08:00 crosses midnight); none while a time is missing. */
export const nextDayFlags = (segments: DutySegment[]) => {
  if (!segments.every((s) => isTime(s.start) && isTime(s.end)))
    return segments.map(() => ({ start: false, end: false }));
  return segmentMinutes(segments).map((m) => ({ start: m.start >= DAY_MINUTES, end: m.end >= DAY_MINUTES }));
};

/** "08:20–12:00、14:30–18:00", with the next-day prefix on the times after midnight. */
export const segmentsText = (segments: DutySegment[], nextDay: string) => {
  const flags = nextDayFlags(segments);
  return segments
    .map((s, i) => {
      const f = flags[i];
      return `${f?.start ? nextDay : ''}${s.start}–${f?.end ? nextDay : ''}${s.end}`;
    })
    .join('、');
};

type PostValues = Omit<DutyPost, 'id' | 'propertyId' | 'active'>;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed is sent: new times re-time the shifts not started yet, so unchanged times stay out. */
export const postChanges = (post: PostValues, v: PostValues): UpdateDutyPostInput => {
  const out: UpdateDutyPostInput = {};
  if (v.name !== post.name) out.name = v.name;
  if (v.kind !== post.kind) out.kind = v.kind;
  if (v.headcount !== post.headcount) out.headcount = v.headcount;
  if (v.sortOrder !== post.sortOrder) out.sortOrder = v.sortOrder;
  if (!sameJson(v.weekdaySegments, post.weekdaySegments)) out.weekdaySegments = v.weekdaySegments;
  if (!sameJson(v.weekendSegments, post.weekendSegments)) out.weekendSegments = v.weekendSegments;
  return out;
};
