import {
  type AssessmentItemKind,
  type AttendanceStatus,
  attendanceStatusLabels,
  type Direction,
  directionLabels,
  itemKindLabels,
  type RewardPenaltyKind,
  type RewardPenaltyState,
  rewardPenaltyKindLabels,
  rewardPenaltyStateLabels,
  type TrainingPlanState,
  trainingPlanStateLabels,
} from '@propdesk/domain';
import type { Lang } from '../i18n/i18n';

// Chinese comes from the shared domain labels (one source for server and web); English here.
const en = {
  itemKind: {
    late: 'Late',
    earlyLeave: 'Left early',
    absent: 'Absent from post',
    shortLead: 'Arrived < 10 min before shift',
    breach: 'Work order late on site or unfinished',
    mustKeepBroken: 'Rescheduled visit missed again',
    complaintOurs: 'Valid complaint (our fault)',
    praise: 'Praise',
    reward: 'Reward (approved)',
    penalty: 'Penalty (approved)',
    manual: 'Manual item',
  } satisfies Record<AssessmentItemKind, string>,
  direction: { deduction: 'Deduction', bonus: 'Bonus' } satisfies Record<Direction, string>,
  rpKind: { reward: 'Reward', penalty: 'Penalty' } satisfies Record<RewardPenaltyKind, string>,
  rpState: {
    submitted: 'Awaiting the manager',
    approved: 'Approved',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  } satisfies Record<RewardPenaltyState, string>,
  planState: {
    draft: 'Draft',
    submitted: 'Awaiting the manager',
    approved: 'Approved',
    rejected: 'Rejected (edit and resubmit)',
  } satisfies Record<TrainingPlanState, string>,
  attendance: { present: 'Present', late: 'Late', absent: 'Absent', excused: 'Excused' } satisfies Record<
    AttendanceStatus,
    string
  >,
};

const zh = {
  itemKind: itemKindLabels,
  direction: directionLabels,
  rpKind: rewardPenaltyKindLabels,
  rpState: rewardPenaltyStateLabels,
  planState: trainingPlanStateLabels,
  attendance: attendanceStatusLabels,
};

type Tables = typeof en;

/** The label of a domain value in the chosen language. */
export const label = <G extends keyof Tables>(lang: Lang, group: G, value: keyof Tables[G]): string =>
  ((lang === 'en' ? en : zh)[group] as Record<string, string>)[value as string] ?? String(value);

export const rpStateColor: Record<RewardPenaltyState, string> = {
  submitted: 'gold',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
};
export const planStateColor: Record<TrainingPlanState, string> = {
  draft: 'default',
  submitted: 'gold',
  approved: 'green',
  rejected: 'red',
};
export const attendanceColor: Record<AttendanceStatus, string> = {
  present: 'green',
  late: 'orange',
  absent: 'red',
  excused: 'blue',
};
