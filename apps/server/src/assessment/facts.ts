import {
  type AssessmentFact,
  assessmentRuleDefaults,
  attendanceFactLabels,
  breachKindLabels,
  monthOf,
  nextMonth,
  startOfLocalDay,
} from '@propdesk/domain';
import type { Executor } from '../history/history.js';

/**
 * The recorded facts the assessment counts (issue 8 item 2), each linked to its record, for a
 * property and a range of months [fromMonth, toMonth], optionally for one person. Nothing is
 * computed twice: duty attendance facts, work-order breaches, complaint findings and praise are
 * read as their features stored them.
 */
export const gatherFacts = async (
  db: Executor,
  p: { id: number; timezone: string },
  range: { fromMonth: string; toMonth: string; staffId?: number | undefined },
): Promise<AssessmentFact[]> => {
  const firstDay = `${range.fromMonth}-01`;
  const endDay = `${nextMonth(range.toMonth)}-01`;
  const from = startOfLocalDay(firstDay, p.timezone).toISOString();
  const to = startOfLocalDay(endDay, p.timezone).toISOString();
  const month = (at: string) => monthOf(new Date(at), p.timezone);
  const who = range.staffId;
  const facts: AssessmentFact[] = [];

  // Late, early leave, absence, short lead: by the date of the shift (S3 篇一 四.2; S3 篇三).
  let duty = db
    .selectFrom('dutyFacts')
    .innerJoin('dutyAssignments as a', 'a.id', 'dutyFacts.assignmentId')
    .innerJoin('dutyPosts as post', 'post.id', 'a.postId')
    .select([
      'dutyFacts.id',
      'dutyFacts.staffId',
      'dutyFacts.kind',
      'dutyFacts.minutes',
      'dutyFacts.at',
      'a.id as assignmentId',
      'a.day',
      'post.name as postName',
    ])
    .where('dutyFacts.propertyId', '=', p.id)
    .where('a.day', '>=', firstDay)
    .where('a.day', '<', endDay)
    .where('dutyFacts.kind', 'in', ['late', 'earlyLeave', 'absent', 'shortLead']);
  if (who) duty = duty.where('dutyFacts.staffId', '=', who);
  for (const f of await duty.execute()) {
    const kind = f.kind as 'late' | 'earlyLeave' | 'absent' | 'shortLead';
    const day = String(f.day);
    facts.push({
      kind,
      staffId: f.staffId,
      sourceType: 'dutyFact',
      sourceId: f.id,
      month: day.slice(0, 7),
      occurredAt: f.at,
      description: `${day} ${f.postName} ${attendanceFactLabels[kind]}${f.minutes ? ` ${f.minutes} 分钟` : ''}`,
      record: { type: 'dutyShift', id: f.assignmentId, label: `${day} ${f.postName}` },
    });
  }

  // Breaches of the assignee; a missed must-keep appointment is its own rule (S4 4.4.1; S1 报修).
  let breaches = db
    .selectFrom('workOrderBreaches as b')
    .innerJoin('workOrders as wo', 'wo.id', 'b.workOrderId')
    .select(['b.id', 'b.kind', 'b.dueAt', 'b.assigneeId', 'wo.id as workOrderId', 'wo.number'])
    .where('b.propertyId', '=', p.id)
    .where('b.assigneeId', 'is not', null)
    .where('b.dueAt', '>=', from)
    .where('b.dueAt', '<', to);
  if (who) breaches = breaches.where('b.assigneeId', '=', who);
  for (const b of await breaches.execute()) {
    const kind = b.kind === 'appointment' ? 'mustKeepBroken' : 'breach';
    facts.push({
      kind,
      staffId: b.assigneeId!,
      sourceType: 'workOrderBreach',
      sourceId: b.id,
      month: month(b.dueAt),
      occurredAt: b.dueAt,
      description: `派工单 ${b.number}：${(breachKindLabels as Record<string, string>)[b.kind] ?? b.kind}`,
      record: { type: 'workOrder', id: b.workOrderId, label: b.number },
    });
  }

  // Complaints whose department reply names the person and finds the fault ours (S2 网上投诉处理).
  let complaints = db
    .selectFrom('complaints')
    .innerJoin('cases', 'cases.id', 'complaints.caseId')
    .select([
      'complaints.caseId',
      'complaints.responsibleStaffId',
      'complaints.repliedAt',
      'cases.number',
      'cases.summary',
    ])
    .where('complaints.propertyId', '=', p.id)
    .where('complaints.finding', '=', 'ours')
    .where('complaints.responsibleStaffId', 'is not', null)
    .where('complaints.repliedAt', '>=', from)
    .where('complaints.repliedAt', '<', to);
  if (who) complaints = complaints.where('complaints.responsibleStaffId', '=', who);
  for (const c of await complaints.execute())
    facts.push({
      kind: 'complaintOurs',
      staffId: c.responsibleStaffId!,
      sourceType: 'complaint',
      sourceId: c.caseId,
      month: month(c.repliedAt!),
      occurredAt: c.repliedAt!,
      description: `投诉 ${c.number}：${c.summary.slice(0, 40)}（${assessmentRuleDefaults.complaintOurs.label}）`,
      record: { type: 'case', id: c.caseId, label: c.number },
    });

  // Praise credited to the person (S0 3.3.3).
  let praise = db
    .selectFrom('cases')
    .select(['id', 'number', 'summary', 'praisedStaffId', 'createdAt'])
    .where('propertyId', '=', p.id)
    .where('type', '=', 'praise')
    .where('praisedStaffId', 'is not', null)
    .where('createdAt', '>=', from)
    .where('createdAt', '<', to);
  if (who) praise = praise.where('praisedStaffId', '=', who);
  for (const c of await praise.execute())
    facts.push({
      kind: 'praise',
      staffId: c.praisedStaffId!,
      sourceType: 'praise',
      sourceId: c.id,
      month: month(c.createdAt),
      occurredAt: c.createdAt,
      description: `表扬 ${c.number}：${c.summary.slice(0, 40)}`,
      record: { type: 'case', id: c.id, label: c.number },
    });

  // Approved rewards and penalties, by the date of what they are for (S2 员工奖惩规程).
  let decided = db
    .selectFrom('rewardPenalties')
    .select(['id', 'staffId', 'kind', 'points', 'occurredOn', 'title', 'decidedAt'])
    .where('propertyId', '=', p.id)
    .where('state', '=', 'approved')
    .where('occurredOn', '>=', firstDay)
    .where('occurredOn', '<', endDay);
  if (who) decided = decided.where('staffId', '=', who);
  for (const r of await decided.execute()) {
    const day = String(r.occurredOn);
    facts.push({
      kind: r.kind === 'reward' ? 'reward' : 'penalty',
      staffId: r.staffId,
      sourceType: 'rewardPenalty',
      sourceId: r.id,
      month: day.slice(0, 7),
      occurredAt: startOfLocalDay(day, p.timezone).toISOString(),
      description: `${r.kind === 'reward' ? '奖励' : '处罚'}：${r.title}`,
      record: { type: 'rewardPenalty', id: r.id, label: r.title },
      points: r.points,
    });
  }
  return facts;
};
