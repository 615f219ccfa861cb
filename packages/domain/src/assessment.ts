import { nextMonth } from './complaint-report.js';

/**
 * 员工考核 (S2 员工考核规程; DOMAIN.md §8): a monthly sheet per staff member, scored
 * "100 分 − 扣分 + 奖励分 = 最后得分". Automatic items come from recorded facts, each linked to
 * its record; manual items carry a reason. The admin sets the points of each rule.
 */

/** S2 员工考核规程 3: 实行 100 分制. */
export const ASSESSMENT_BASE = 100;

export const directions = ['deduction', 'bonus'] as const;
export type Direction = (typeof directions)[number];
export const directionLabels: Record<Direction, string> = { deduction: '扣分', bonus: '奖励分' };

/** Facts the system finds by itself, one rule each. */
export const autoRuleKinds = [
  'late',
  'earlyLeave',
  'absent',
  'shortLead',
  'breach',
  'mustKeepBroken',
  'complaintOurs',
  'praise',
] as const;
export type AutoRuleKind = (typeof autoRuleKinds)[number];

/** Every kind of item on a sheet: the automatic rules, approved rewards and penalties, manual items. */
export const assessmentItemKinds = [...autoRuleKinds, 'reward', 'penalty', 'manual'] as const;
export type AssessmentItemKind = (typeof assessmentItemKinds)[number];

export type AssessmentRule = { kind: AutoRuleKind; points: number; isActive: boolean };

/** The rules as shipped: direction, default points, label and the seed clause each implements. */
export const assessmentRuleDefaults: Record<
  AutoRuleKind,
  { direction: Direction; points: number; label: string; clause: string }
> = {
  late: {
    direction: 'deduction',
    points: 2,
    label: '迟到',
    clause: 'S3 篇一 四.2 打卡时刻与值班到岗时刻吻合',
  },
  earlyLeave: { direction: 'deduction', points: 2, label: '早退', clause: 'S3 篇一 四.2 离岗时刻吻合' },
  absent: {
    direction: 'deduction',
    points: 10,
    label: '缺勤（未到岗）',
    clause: 'S3 篇一 四.2；S2 劳动纪律',
  },
  shortLead: {
    direction: 'deduction',
    points: 1,
    label: '接班未提前 10 分钟到岗',
    clause: 'S3 篇三 接班人员提前 10–15 分钟到岗',
  },
  breach: {
    direction: 'deduction',
    points: 2,
    label: '派工未按时到场或完成',
    clause: 'S4 4.4.1 半小时内抵现场',
  },
  mustKeepBroken: {
    direction: 'deduction',
    points: 5,
    label: '改约后仍失约',
    clause: 'S1 报修：第二次一定按照约定时间准时上门',
  },
  complaintOurs: {
    direction: 'deduction',
    points: 5,
    label: '有效投诉（责任在我方）',
    clause: 'S2 网上投诉处理：被投诉部门书面回复事实与责任',
  },
  praise: { direction: 'bonus', points: 3, label: '表扬', clause: 'S0 3.3.3 表扬信张贴，以示鼓励' },
};

export const itemKindLabels: Record<AssessmentItemKind, string> = {
  ...(Object.fromEntries(autoRuleKinds.map((k) => [k, assessmentRuleDefaults[k].label])) as Record<
    AutoRuleKind,
    string
  >),
  reward: '奖励（经理批准）',
  penalty: '处罚（经理批准）',
  manual: '人工考核项',
};

/** The rules in force: the defaults, overridden by what the admin stored. */
export const effectiveRules = (stored: readonly AssessmentRule[]): AssessmentRule[] =>
  autoRuleKinds.map(
    (kind) =>
      stored.find((r) => r.kind === kind) ?? {
        kind,
        points: assessmentRuleDefaults[kind].points,
        isActive: true,
      },
  );

/** Where an automatic item's record lives, for the link on the sheet. */
export type RecordRef = { type: string; id: number; label: string };

/** A recorded fact the assessment may count, before it is placed on a sheet. */
export type AssessmentFact = {
  kind: AutoRuleKind | 'reward' | 'penalty';
  staffId: number;
  /** The table and row the fact comes from; a fact is counted on one sheet only. */
  sourceType: string;
  sourceId: number;
  /** The month the fact belongs to by its own date (local time of the property). */
  month: string;
  occurredAt: string;
  description: string;
  record: RecordRef;
  /** Rewards and penalties carry their own points, approved by the manager (S2 员工奖惩规程). */
  points?: number;
};

export type AssessmentItem = {
  kind: AssessmentItemKind;
  /** The month of the fact itself; earlier than the sheet's month when carried over. */
  factMonth: string | null;
  direction: Direction;
  points: number;
  sourceType: string | null;
  sourceId: number | null;
  occurredAt: string;
  description: string;
  record: RecordRef | null;
};

/**
 * The items a fact gives under the rules: one per fact; nothing for a rule the admin switched
 * off or set to 0 points. Rewards add, penalties deduct, with the points approved.
 */
export const itemsFromFacts = (facts: readonly AssessmentFact[], rules: readonly AssessmentRule[]) => {
  const byKind = new Map(effectiveRules(rules).map((r) => [r.kind, r]));
  const out: AssessmentItem[] = [];
  for (const f of facts) {
    const base = {
      kind: f.kind,
      factMonth: f.month,
      sourceType: f.sourceType,
      sourceId: f.sourceId,
      occurredAt: f.occurredAt,
      description: f.description,
      record: f.record,
    };
    if (f.kind === 'reward' || f.kind === 'penalty') {
      if (f.points && f.points > 0)
        out.push({ ...base, direction: f.kind === 'reward' ? 'bonus' : 'deduction', points: f.points });
      continue;
    }
    const rule = byKind.get(f.kind);
    if (!rule?.isActive || rule.points <= 0) continue;
    out.push({ ...base, direction: assessmentRuleDefaults[f.kind].direction, points: rule.points });
  }
  return out.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
};

/** S2 员工考核规程 3: 100 分 − 扣分 + 奖励分 = 最后得分 (no floor or cap: the seed names none). */
export const scoreOf = (items: readonly { direction: Direction; points: number }[]) => {
  const deductions = items.filter((i) => i.direction === 'deduction').reduce((n, i) => n + i.points, 0);
  const bonus = items.filter((i) => i.direction === 'bonus').reduce((n, i) => n + i.points, 0);
  return { deductions, bonus, score: ASSESSMENT_BASE - deductions + bonus };
};

/**
 * A confirmed sheet is frozen: a fact of a month whose sheet is already confirmed (found or
 * approved later) goes to the next month whose sheet is still open.
 */
export const assessmentMonthFor = (factMonth: string, confirmedMonths: ReadonlySet<string>) => {
  let m = factMonth;
  while (confirmedMonths.has(m)) m = nextMonth(m);
  return m;
};

/** How far back a late fact is still carried forward (months). */
export const ASSESSMENT_CARRY_MONTHS = 12;

/** The month `n` months before `month`. */
export const monthsBefore = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) - n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

/** Roles assessed on the monthly sheet: the office's staff; not the manager who confirms, nor admin or company. */
export const assessedRoles = ['receptionist', 'assistant', 'supervisor', 'dept_staff', 'gate_guard'] as const;

/** A training session as the sign-off sees it: when it ended, and the trainee's attendance. */
export type SessionAttendance = { sessionId: number; topic: string; endsAt: string; status: string | null };

/**
 * S2 培训实施作业规程 / S0 3.1.6: the manager signs off a trainee for independent duty only after
 * training took place and the trainee attended it: at least one session has ended, the trainee
 * was present (or late) at one at least, and every ended session has their attendance recorded
 * as present, late or excused. Returns what is missing, or null.
 */
export const signOffProblem = (sessions: readonly SessionAttendance[], now: Date) => {
  const held = sessions.filter((s) => Date.parse(s.endsAt) <= now.getTime());
  if (!held.length) return { message: '培训尚未进行，不能签字确认上岗', sessionIds: [] as number[] };
  const missing = held.filter((s) => s.status !== 'present' && s.status !== 'late' && s.status !== 'excused');
  if (missing.length)
    return {
      message: `受训员工缺少出勤记录或缺席：${missing.map((s) => s.topic).join('、')}`,
      sessionIds: missing.map((s) => s.sessionId),
    };
  if (!held.some((s) => s.status === 'present' || s.status === 'late'))
    return { message: '受训员工未参加任何一次培训，不能签字确认上岗', sessionIds: [] as number[] };
  return null;
};
