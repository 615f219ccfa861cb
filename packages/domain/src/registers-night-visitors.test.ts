import { describe, expect, it } from 'vitest';
import { defaultDutyPosts } from './duty.js';
import { isNightVisitorTime, type NightPostTimes, nightVisitorWindow } from './registers-night-visitors.js';

const TZ = 'Asia/Shanghai';
/** Local Shanghai wall-clock time as an instant: at('2026-11-24 19:30'). */
const at = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`);
const post = (p: Partial<NightPostTimes>): NightPostTimes => ({
  kind: 'night',
  active: true,
  weekdaySegments: [{ start: '19:00', end: '07:30' }],
  weekendSegments: [{ start: '19:00', end: '07:30' }],
  ...p,
});
const isNight = (when: string, posts: NightPostTimes[], timeZone = TZ) =>
  isNightVisitorTime({ at: at(when), posts, timeZone });
const desks = defaultDutyPosts
  .filter((p) => p.kind === 'desk')
  .map((p) => ({ ...p, active: true }) satisfies NightPostTimes);

describe('S1 夜间访客登记由物业总值负责 (DOMAIN.md §6): the night window is the night post’s own', () => {
  it('a night post of 19:00–07:30: 19:30 and 07:15 are night, 18:59 and 07:45 are not', () => {
    const posts = [...desks, post({})];
    // 2026-11-24 is a Tuesday.
    expect(isNight('2026-11-24 18:59', posts)).toBe(false);
    expect(isNight('2026-11-24 19:00', posts)).toBe(true);
    expect(isNight('2026-11-24 19:30', posts)).toBe(true);
    expect(isNight('2026-11-25 07:15', posts)).toBe(true);
    expect(isNight('2026-11-25 07:30', posts)).toBe(false);
    expect(isNight('2026-11-25 07:45', posts)).toBe(false);
  });

  it('the window names the period and the evening it started on', () => {
    const w = nightVisitorWindow({ at: at('2026-11-25 01:00'), posts: [post({})], timeZone: TZ })!;
    expect(w).toMatchObject({ start: '19:00', end: '07:30', day: '2026-11-24', isFallback: false });
    expect(w.startsAt.toISOString()).toBe('2026-11-24T11:00:00.000Z');
    expect(w.endsAt.toISOString()).toBe('2026-11-24T23:30:00.000Z');
  });

  it('weekend times apply by the evening the shift starts: Friday night keeps weekday times into Saturday', () => {
    const posts = [
      post({
        weekdaySegments: [{ start: '20:00', end: '07:00' }],
        weekendSegments: [{ start: '18:00', end: '09:00' }],
      }),
    ];
    // Friday 2026-11-27 → Saturday 28th uses the weekday 20:00–07:00.
    expect(isNight('2026-11-27 19:00', posts)).toBe(false);
    expect(isNight('2026-11-28 06:59', posts)).toBe(true);
    expect(isNight('2026-11-28 08:00', posts)).toBe(false);
    // Saturday evening's shift is a weekend one: from 18:00 to Sunday 09:00.
    expect(isNight('2026-11-28 18:30', posts)).toBe(true);
    expect(isNight('2026-11-29 08:30', posts)).toBe(true);
    // Sunday night → Monday is a weekend evening too.
    expect(isNight('2026-11-30 08:30', posts)).toBe(true);
    // Monday evening is a weekday one again.
    expect(isNight('2026-11-30 19:00', posts)).toBe(false);
  });

  it('a night post with no weekend times has no night window at the weekend (no fallback)', () => {
    const posts = [post({ weekendSegments: [] })];
    expect(isNight('2026-11-28 22:00', posts)).toBe(false);
    expect(isNight('2026-11-27 22:00', posts)).toBe(true);
  });

  it('a break between the night post’s periods is not night registration time', () => {
    const posts = [
      post({
        weekdaySegments: [
          { start: '19:00', end: '23:00' },
          { start: '00:00', end: '07:30' },
        ],
      }),
    ];
    expect(isNight('2026-11-24 22:59', posts)).toBe(true);
    expect(isNight('2026-11-24 23:30', posts)).toBe(false);
    expect(isNight('2026-11-25 00:10', posts)).toBe(true);
    expect(nightVisitorWindow({ at: at('2026-11-25 00:10'), posts, timeZone: TZ })?.day).toBe('2026-11-24');
  });

  it('two night posts: either one’s times count', () => {
    const posts = [post({}), post({ weekdaySegments: [{ start: '18:00', end: '06:00' }] })];
    expect(isNight('2026-11-24 18:30', posts)).toBe(true);
    expect(isNight('2026-11-25 07:00', posts)).toBe(true);
  });

  it('no active night post: S1’s fixed 20:00–08:00 applies, every day', () => {
    const inactive = [...desks, post({ active: false })];
    for (const posts of [[], desks, inactive]) {
      expect(isNight('2026-11-24 19:30', posts)).toBe(false);
      expect(isNight('2026-11-24 20:00', posts)).toBe(true);
      expect(isNight('2026-11-25 07:45', posts)).toBe(true);
      expect(isNight('2026-11-25 08:00', posts)).toBe(false);
      expect(isNight('2026-11-28 23:00', posts)).toBe(true);
    }
    expect(nightVisitorWindow({ at: at('2026-11-24 21:00'), posts: [], timeZone: TZ })).toMatchObject({
      start: '20:00',
      end: '08:00',
      isFallback: true,
    });
  });

  it('local times are the property’s: 19:30 in Berlin is night for a Berlin property', () => {
    const berlin = new Date('2026-11-24T18:30:00Z'); // 19:30 CET, 02:30 in Shanghai
    expect(isNightVisitorTime({ at: berlin, posts: [post({})], timeZone: 'Europe/Berlin' })).toBe(true);
    const morning = new Date('2026-11-25T06:45:00Z'); // 07:45 CET
    expect(isNightVisitorTime({ at: morning, posts: [post({})], timeZone: 'Europe/Berlin' })).toBe(false);
  });
});
