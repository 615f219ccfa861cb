import { defaultDutyPosts } from '@propdesk/domain';
import { describe, expect, it } from 'vitest';
import { nextDayFlags, postChanges, segmentsText } from './post-form';

const desk = defaultDutyPosts[0]!;
const night = defaultDutyPosts[2]!;

describe('segmentsText: the post list shows the local times, 次日 after midnight', () => {
  it('the desk defaults of S3 篇一 二 stay on one day', () => {
    expect(segmentsText(desk.weekdaySegments, '次日 ')).toBe('08:20–12:00、14:30–18:00');
    expect(segmentsText(desk.weekendSegments, '次日 ')).toBe('09:00–12:00、14:30–17:30');
  });

  it('the night duty 20:00–08:00 (S1) ends the next day', () => {
    expect(segmentsText(night.weekdaySegments, '次日 ')).toBe('20:00–次日 08:00');
  });

  it('a period that starts after midnight is on the next day at both ends', () => {
    const split = [
      { start: '22:00', end: '23:30' },
      { start: '00:30', end: '02:00' },
    ];
    expect(segmentsText(split, '次日 ')).toBe('22:00–23:30、次日 00:30–次日 02:00');
  });

  it('while a time is still missing nothing is flagged', () => {
    expect(nextDayFlags([{ start: '20:00', end: '' }])).toEqual([{ start: false, end: false }]);
  });
});

describe('postChanges: an edit sends only what changed', () => {
  const post = { ...desk, sortOrder: 1 };

  it('unchanged times are left out, so rostered shifts are not re-timed for nothing', () => {
    expect(postChanges(post, { ...post, name: '一楼大堂前台' })).toEqual({ name: '一楼大堂前台' });
    expect(postChanges(post, { ...post })).toEqual({});
  });

  it('new weekend times are sent whole; an emptied list means no weekend shift', () => {
    expect(postChanges(post, { ...post, weekendSegments: [] })).toEqual({ weekendSegments: [] });
    const later = [{ start: '09:30', end: '12:00' }];
    expect(postChanges(post, { ...post, weekdaySegments: later, headcount: 2 })).toEqual({
      headcount: 2,
      weekdaySegments: later,
    });
  });
});
