import { describe, expect, it } from 'vitest';
import { defaultDutyPosts, segmentsForDay, shiftWindow } from './duty.js';
import { clockInFacts, clockOutFacts, shiftToClockIn } from './duty-attendance.js';
import { attributeContact, dutyWorkload, type RosterShift } from './duty-attribution.js';
import { isWeekendDay } from './time.js';

const TZ = 'Asia/Shanghai';
const [desk1, desk2, night] = defaultDutyPosts;
let nextId = 1;
const shift = (postIndex: 0 | 1 | 2, day: string, rosteredId: number, onDutyId = rosteredId): RosterShift => {
  const post = defaultDutyPosts[postIndex]!;
  const w = shiftWindow(day, segmentsForDay(post, day), TZ)!;
  return {
    assignmentId: nextId++,
    postId: postIndex + 1,
    postKind: post.kind,
    postOrder: post.sortOrder,
    day,
    isWeekend: isWeekendDay(day),
    rosteredId,
    onDutyId,
    startsAt: w.startsAt,
    endsAt: w.endsAt,
  };
};
const at = (local: string) => new Date(`${local}+08:00`);

// Monday 23 Nov 2026: 1F 李 (1), 2F 王 (2), night 陈 (3); Saturday 28 Nov: 1F 李, night 陈 swapped to 赵 (4).
const roster = [
  shift(0, '2026-11-23', 1),
  shift(1, '2026-11-23', 2),
  shift(2, '2026-11-23', 3),
  shift(0, '2026-11-28', 1),
  shift(2, '2026-11-28', 3, 4),
  shift(2, '2026-11-30', 3),
];

describe('attribution (S3 篇一 五.5: 值班时段接待的客户归属于值班人员，替班人员接待的归替班人员)', () => {
  it('a contact at 01:30 belongs to the night person of the evening before (night shift across midnight)', () => {
    const a = attributeContact({ receivedAt: at('2026-11-24T01:30:00'), takerId: 1 }, roster);
    expect(a).toMatchObject({ staffId: 3, day: '2026-11-23', postId: 3, basis: 'post', isSubstitute: false });
  });

  it('a contact taken at the 2F desk belongs to the 2F person; one taken by someone off duty goes to the 1F desk', () => {
    expect(attributeContact({ receivedAt: at('2026-11-23T10:00:00'), takerId: 2 }, roster)).toMatchObject({
      staffId: 2,
      postId: 2,
      basis: 'taker',
    });
    expect(attributeContact({ receivedAt: at('2026-11-23T10:00:00'), takerId: 99 }, roster)).toMatchObject({
      staffId: 1,
      postId: 1,
      basis: 'post',
    });
  });

  it('the substitute on a weekend night gets the contact, even one taken by the rostered person', () => {
    const a = attributeContact({ receivedAt: at('2026-11-29T02:00:00'), takerId: 3 }, roster);
    expect(a).toMatchObject({ staffId: 4, isSubstitute: true, isWeekend: true, day: '2026-11-28' });
  });

  it('shift boundaries: 08:00 sharp is no longer night; 08:19 is before the desk; 08:20 is the desk', () => {
    expect(attributeContact({ receivedAt: at('2026-11-24T07:59:59'), takerId: 1 }, roster)?.staffId).toBe(3);
    expect(attributeContact({ receivedAt: at('2026-11-24T08:00:00'), takerId: 1 }, roster)).toBeNull();
    expect(attributeContact({ receivedAt: at('2026-11-23T08:19:00'), takerId: 1 }, roster)).toBeNull();
    expect(attributeContact({ receivedAt: at('2026-11-23T08:20:00'), takerId: 1 }, roster)?.staffId).toBe(1);
  });

  it('a Saturday uses weekend times: 08:30 on Saturday is outside every shift, 09:00 is the 1F desk', () => {
    expect(attributeContact({ receivedAt: at('2026-11-28T08:30:00'), takerId: 1 }, roster)).toBeNull();
    expect(attributeContact({ receivedAt: at('2026-11-28T09:00:00'), takerId: 1 }, roster)).toMatchObject({
      staffId: 1,
      isWeekend: true,
    });
  });
});

describe('workload and weekend allowance per person per month (S3 篇一 三, 五.5)', () => {
  const contacts = [
    { receivedAt: at('2026-11-23T09:00:00'), takerId: 1 },
    { receivedAt: at('2026-11-23T09:05:00'), takerId: 2 },
    { receivedAt: at('2026-11-24T01:30:00'), takerId: 1 },
    { receivedAt: at('2026-11-29T02:00:00'), takerId: 3 },
    { receivedAt: at('2026-11-23T19:00:00'), takerId: 1 },
    // the night of 30 Nov belongs to November although the contact is on 1 Dec
    { receivedAt: at('2026-12-01T03:00:00'), takerId: 3 },
  ];
  it('counts shifts, weekend shifts for the substitute, and contacts by the shift they belong to', () => {
    const w = dutyWorkload({
      month: '2026-11',
      timeZone: TZ,
      asOf: at('2026-12-02T00:00:00'),
      shifts: roster,
      contacts,
      absentAssignmentIds: new Set(),
    });
    const byId = Object.fromEntries(w.rows.map((r) => [r.staffId, r]));
    expect(byId[1]).toMatchObject({ shifts: 2, weekendShifts: 1, weekendAllowance: 1, contacts: 1 });
    expect(byId[3]).toMatchObject({ shifts: 2, weekendShifts: 0, contacts: 2 });
    expect(byId[4]).toMatchObject({
      shifts: 1,
      weekendShifts: 1,
      substituteShifts: 1,
      weekendAllowance: 1,
      contacts: 1,
      contactsAsSubstitute: 1,
    });
    expect(w.totalContacts).toBe(6);
    expect(w.unattributedContacts).toBe(1);
  });
  it('an absent person gets no weekend allowance; a shift not yet over earns none yet', () => {
    const sat = roster[3]!;
    const w = dutyWorkload({
      month: '2026-11',
      timeZone: TZ,
      asOf: at('2026-12-02T00:00:00'),
      shifts: roster,
      contacts: [],
      absentAssignmentIds: new Set([sat.assignmentId]),
    });
    expect(w.rows.find((r) => r.staffId === 1)).toMatchObject({
      weekendShifts: 1,
      absentShifts: 1,
      weekendAllowance: 0,
    });
    const early = dutyWorkload({
      month: '2026-11',
      timeZone: TZ,
      asOf: at('2026-11-28T12:00:00'),
      shifts: roster,
      contacts: [],
      absentAssignmentIds: new Set(),
    });
    expect(early.rows.find((r) => r.staffId === 4)?.weekendAllowance).toBe(0);
  });
});

describe('clock-in and clock-out against the roster (S3 篇一 四.2; S3 篇三 提前10分钟到岗)', () => {
  const w = shiftWindow('2026-11-23', desk1!.weekdaySegments, TZ)!;
  it('arriving 15 minutes early is fine; 5 minutes early is flagged; after the start is late', () => {
    expect(clockInFacts(at('2026-11-23T08:05:00'), w, 10)).toEqual([]);
    expect(clockInFacts(at('2026-11-23T08:10:00'), w, 10)).toEqual([]);
    expect(clockInFacts(at('2026-11-23T08:15:00'), w, 10)).toEqual([{ kind: 'shortLead', minutes: 5 }]);
    expect(clockInFacts(at('2026-11-23T08:32:30'), w, 10)).toEqual([{ kind: 'late', minutes: 13 }]);
  });
  it('leaving before 18:00 is early leave; at 18:00 it is not', () => {
    expect(clockOutFacts(at('2026-11-23T17:40:00'), w)).toEqual([{ kind: 'earlyLeave', minutes: 20 }]);
    expect(clockOutFacts(at('2026-11-23T18:00:00'), w)).toEqual([]);
  });
  it('picks the shift to clock in to: open from 2 hours before, not one already clocked', () => {
    const n = shiftWindow('2026-11-23', night!.weekdaySegments, TZ)!;
    const d2 = shiftWindow('2026-11-24', desk2!.weekdaySegments, TZ)!;
    const mine = [
      { ...n, hasClockIn: true, id: 'night' },
      { ...d2, hasClockIn: false, id: 'desk' },
    ];
    expect(shiftToClockIn(mine, at('2026-11-24T07:00:00'), 120)?.id).toBe('desk');
    expect(shiftToClockIn(mine, at('2026-11-24T06:00:00'), 120)).toBeUndefined();
  });
});
