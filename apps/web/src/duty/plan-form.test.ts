import { defaultDutyPosts, type RosterGridView } from '@propdesk/domain';
import { describe, expect, it } from 'vitest';
import { planDefaults, planRoster, planRosterSchema } from './plan-form';

const desk = defaultDutyPosts[0]!;
const post = { ...desk, id: 7, propertyId: 1, active: true, weekendSegments: [] };
// 2030-07: the 1st is a Monday; 23 weekdays, 8 weekend days.
const grid = (people: Record<string, number[]> = {}): RosterGridView => ({
  property: { id: 1, code: 'HY', name: '华苑', timezone: 'Asia/Shanghai' },
  month: '2030-07',
  generatedAt: '2030-06-01T00:00:00Z',
  posts: [post],
  days: Array.from({ length: 31 }, (_, i) => {
    const day = `2030-07-${String(i + 1).padStart(2, '0')}`;
    const weekday = (i + 1) % 7;
    return {
      day,
      weekday,
      isWeekend: weekday === 0 || weekday === 6,
      cells: [
        {
          postId: 7,
          people: (people[day] ?? []).map((staffId, slot) => ({
            assignmentId: slot + 1,
            slot,
            staffId,
            staffName: '',
            onDutyId: staffId,
            onDutyName: '',
            isSubstitute: false,
            swapId: null,
            pendingSwapId: null,
            startsAt: '',
            endsAt: '',
          })),
        },
      ],
    };
  }),
});
const all = { postId: 7, staffIds: [3], from: '2030-07-01', to: '2030-07-31' };

describe('planRoster: 批量排班 sends only cells the server accepts (S3 篇一 值班表)', () => {
  it('weekdays of a whole future month are one cell each', () => {
    const plan = planRoster(grid(), { ...all, days: 'weekdays' }, new Date('2030-06-15T00:00:00Z'));
    expect(plan.cells).toHaveLength(23);
    expect(plan.cells[0]).toEqual({ postId: 7, day: '2030-07-01', staffIds: [3] });
  });

  it('weekends of a post with no weekend times are skipped and named', () => {
    const plan = planRoster(grid(), { ...all, days: 'all' }, new Date('2030-06-15T00:00:00Z'));
    expect(plan.cells).toHaveLength(23);
    expect(plan.noShift).toHaveLength(8);
  });

  it('a shift that has begun is left out (the server refuses it)', () => {
    // 2030-07-02 08:20 Asia/Shanghai has passed; 07-03 has not.
    const plan = planRoster(grid(), { ...all, days: 'weekdays' }, new Date('2030-07-02T01:00:00Z'));
    expect(plan.begun).toEqual(['2030-07-01', '2030-07-02']);
    expect(plan.cells[0]?.day).toBe('2030-07-03');
  });

  it('days already so are not resent; days with others are replaced', () => {
    const g = grid({ '2030-07-01': [3], '2030-07-02': [4] });
    const plan = planRoster(g, { ...all, to: '2030-07-03', days: 'all' }, new Date('2030-06-15T00:00:00Z'));
    expect(plan.unchanged).toEqual(['2030-07-01']);
    expect(plan.replacing).toEqual(['2030-07-02']);
    expect(plan.cells.map((c) => c.day)).toEqual(['2030-07-02', '2030-07-03']);
  });
});

describe('planDefaults and the form schema', () => {
  it('starts tomorrow in the current month and on the 1st of a later one', () => {
    expect(planDefaults({ month: '2030-07', today: '2030-07-10', propertyId: 1 })).toMatchObject({
      from: '2030-07-11',
      to: '2030-07-31',
    });
    expect(planDefaults({ month: '2030-07', today: '2030-06-30', propertyId: 1 }).from).toBe('2030-07-01');
    expect(planDefaults({ month: '2030-07', today: '2030-07-31', propertyId: 1 }).from).toBe('2030-07-31');
  });

  it('refuses more people than the post takes, dates outside the month and a reversed range', () => {
    const r = planRosterSchema([post], '2030-07').safeParse({
      propertyId: 1,
      postId: 7,
      staffIds: [3, 4],
      from: '2030-07-20',
      to: '2030-08-02',
      days: 'all',
    });
    expect(r.success).toBe(false);
    const messages = r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(['staffIds: 该岗位每班 1 人，不能排 2 人', 'to: 请选择 2030-07 内的日期']);
  });
});
