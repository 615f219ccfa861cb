import {
  addDays,
  type BulkRosterInput,
  daysOfMonth,
  isWeekendDay,
  type RosterGridView,
  rosterCellProblem,
  segmentsForDay,
  shiftWindow,
} from '@propdesk/domain';
import { z } from 'zod';

/** Pure helpers of 批量排班: one post, the same people on every chosen day of the shown month. */

export const planDayKinds = ['all', 'weekdays', 'weekends'] as const;
export type PlanDayKind = (typeof planDayKinds)[number];
type Post = RosterGridView['posts'][number];

/** The form's schema; the post's headcount and the month come from the grid on screen. */
export const planRosterSchema = (posts: Post[], month: string) =>
  z
    .object({
      propertyId: z.number({ error: '请选择项目' }).int().positive(),
      postId: z.number({ error: '请选择岗位' }).int().positive(),
      staffIds: z.array(z.number().int().positive()).min(1, '请选择值班人员'),
      from: z.iso.date({ error: '请选择开始日期' }),
      to: z.iso.date({ error: '请选择结束日期' }),
      days: z.enum(planDayKinds, { error: '请选择排哪些日子' }),
    })
    .superRefine((v, ctx) => {
      const post = posts.find((p) => p.id === v.postId);
      const problem = post ? rosterCellProblem(v.staffIds, post.headcount) : null;
      if (problem) ctx.addIssue({ code: 'custom', path: ['staffIds'], message: problem });
      for (const key of ['from', 'to'] as const)
        if (!v[key].startsWith(`${month}-`))
          ctx.addIssue({ code: 'custom', path: [key], message: `请选择 ${month} 内的日期` });
      if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
    });
export type PlanRosterValues = z.infer<ReturnType<typeof planRosterSchema>>;

/** From tomorrow (or the 1st of a later month) to the month's end; every day. */
export const planDefaults = (p: { month: string; today: string; propertyId: number; postId?: number }) => {
  const days = daysOfMonth(p.month);
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const tomorrow = addDays(p.today, 1);
  // Tomorrow held inside the month (ISO dates sort as text): the middle of the three.
  const from = [first, tomorrow, last].sort()[1]!;
  return {
    propertyId: p.propertyId,
    postId: p.postId,
    staffIds: [] as number[],
    from,
    to: last,
    days: 'all' as PlanDayKind,
  };
};

const matches = (kind: PlanDayKind, day: string) =>
  kind === 'all' || (kind === 'weekends') === isWeekendDay(day);

export type RosterPlan = {
  /** What is sent: the chosen days whose shift has not begun and that change. */
  cells: BulkRosterInput['cells'];
  /** Days whose shift has begun: the server refuses them, so they are left out. */
  begun: string[];
  /** Days the post has no times (a weekend of a weekday-only post). */
  noShift: string[];
  /** Days already planned with exactly these people. */
  unchanged: string[];
  /** Days planned with other people, who are replaced. */
  replacing: string[];
};

/** Expands the form into roster cells of `grid` as the server will judge them at `now`. */
export const planRoster = (
  grid: RosterGridView,
  v: Pick<PlanRosterValues, 'postId' | 'staffIds' | 'from' | 'to' | 'days'>,
  now: Date,
): RosterPlan => {
  const plan: RosterPlan = { cells: [], begun: [], noShift: [], unchanged: [], replacing: [] };
  const post = grid.posts.find((p) => p.id === v.postId);
  if (!post) return plan;
  for (const d of grid.days) {
    if (d.day < v.from || d.day > v.to || !matches(v.days, d.day)) continue;
    const w = shiftWindow(d.day, segmentsForDay(post, d.day), grid.property.timezone);
    if (!w) plan.noShift.push(d.day);
    else if (w.startsAt <= now) plan.begun.push(d.day);
    else {
      const before = (d.cells.find((c) => c.postId === post.id)?.people ?? []).map((x) => x.staffId);
      if (before.join(',') === v.staffIds.join(',')) plan.unchanged.push(d.day);
      else {
        if (before.length) plan.replacing.push(d.day);
        plan.cells.push({ postId: post.id, day: d.day, staffIds: v.staffIds });
      }
    }
  }
  return plan;
};
